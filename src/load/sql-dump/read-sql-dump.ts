// readSqlDump(path): the events of a mysqldump file (plain or gzip-compressed .sql.gz), read as a
// stream of byte chunks and never decoded as a whole (blob bytes make dumps invalid UTF-8).
// See dump-scanner.ts for the statements accepted and row-scanner.ts for the values.

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../input-error.js';
import { DumpScanner } from './dump-scanner.js';
import type { DumpEvent } from './events.js';

export interface ReadSqlDumpOptions {
  /** Only rows of these tables are decoded and yielded (CREATE TABLE events come for every table). */
  tables?: Iterable<string>;
  /** Chunk size of the file stream in bytes (tests use tiny chunks to cross every boundary). */
  highWaterMark?: number;
}

const expectedFile = 'a readable mysqldump .sql file (or .sql.gz)';

export async function* readSqlDump(path: string, options: ReadSqlDumpOptions = {}): AsyncGenerator<DumpEvent> {
  const scanner = new DumpScanner(path, { tables: options.tables === undefined ? undefined : new Set(options.tables) });
  const gzipped = await startsWithGzipMagic(path);
  const file = createReadStream(path, { highWaterMark: options.highWaterMark });
  // zlib's smallest output chunk is 64 bytes.
  const chunkSize = options.highWaterMark === undefined ? undefined : Math.max(64, options.highWaterMark);
  const stream: Readable = gzipped ? file.pipe(createGunzip({ chunkSize })) : file;
  if (gzipped) file.on('error', (error) => stream.destroy(error));
  try {
    for await (const chunk of stream) {
      scanner.push(chunk as Buffer);
      yield* scanner.drain();
    }
  } catch (error) {
    throw asInputError(path, error);
  } finally {
    file.destroy();
    stream.destroy();
  }
  scanner.end();
  yield* scanner.drain();
}

async function startsWithGzipMagic(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } catch (error) {
    throw asInputError(path, error);
  } finally {
    await handle?.close();
  }
}

/** File-system and gzip failures become InputErrors; a DumpError (or any other error) passes through. */
function asInputError(path: string, error: unknown): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT') return new InputError(path, null, 'no such file', expectedFile);
  if (code === 'EISDIR') return new InputError(path, null, 'is a directory', expectedFile);
  if (code === 'EACCES') return new InputError(path, null, 'permission denied', expectedFile);
  if (code !== undefined && code.startsWith('Z_')) return new InputError(path, null, `gzip data is damaged (${reason})`, `${expectedFile}; the .gz file looks truncated or corrupt`);
  return error;
}
