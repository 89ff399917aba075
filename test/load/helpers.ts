// Shared helpers of the load tests: fixture paths, temporary dump files, event collection, and
// `withBytes`, which turns the `<FF>` notation of tiki-data.md into raw bytes.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSqlDump, type DumpEvent, type ReadSqlDumpOptions } from '../../src/load/sql-dump/index.js';

export const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'dumps');

/** The four dumps written by test/fixtures/dumps/make-reader-fixtures.sh with real mysqldump. */
export const flavours = {
  default: join(fixtureDir, 'reader-default.sql'),
  skipExtendedInsert: join(fixtureDir, 'reader-skip-extended-insert.sql'),
  hexBlob: join(fixtureDir, 'reader-hex-blob.sql'),
  smallBuffer: join(fixtureDir, 'reader-small-buffer.sql'),
} as const;

export function readFixture(path: string): Buffer {
  return readFileSync(path);
}

let tmp: string | undefined;

/** Writes `content` to a new file in a per-run temporary folder and returns its path. */
export function writeTmp(name: string, content: string | Uint8Array): string {
  tmp ??= mkdtempSync(join(tmpdir(), 'tiki2md-load-'));
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

export async function collect(path: string, options?: ReadSqlDumpOptions): Promise<DumpEvent[]> {
  const events: DumpEvent[] = [];
  for await (const event of readSqlDump(path, options)) events.push(event);
  return events;
}

/** UTF-8 text where each `<XX>` (two upper-case hex digits) stands for that raw byte. */
export function withBytes(text: string): Buffer {
  const parts: Buffer[] = [];
  let last = 0;
  for (const match of text.matchAll(/<([0-9A-F]{2})>/g)) {
    parts.push(Buffer.from(text.slice(last, match.index), 'utf8'), Buffer.from([parseInt(match[1], 16)]));
    last = match.index + match[0].length;
  }
  parts.push(Buffer.from(text.slice(last), 'utf8'));
  return Buffer.concat(parts);
}

/** 1-based line of byte offset `at` in `bytes`. */
export function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** 1-based line of the first occurrence of `needle` in `bytes` (throws when absent). */
export function lineOf(bytes: Buffer, needle: string): number {
  const at = bytes.indexOf(needle);
  if (at < 0) throw new Error(`fixture has no ${JSON.stringify(needle)}`);
  return lineAt(bytes, at);
}

/** Replaces the first occurrence of `from` (which must exist) in `bytes`. */
export function replaceOnce(bytes: Buffer, from: string, to: string): Buffer {
  const at = bytes.indexOf(from);
  if (at < 0) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(to), bytes.subarray(at + Buffer.byteLength(from))]);
}

export function utf8(value: unknown): string {
  if (!(value instanceof Uint8Array)) throw new Error(`expected bytes, got ${String(value)}`);
  return Buffer.from(value).toString('utf8');
}

/** Rows of `table` from collected events. */
export function rowsOf(events: DumpEvent[], table: string): Extract<DumpEvent, { kind: 'row' }>[] {
  return events.filter((e): e is Extract<DumpEvent, { kind: 'row' }> => e.kind === 'row' && e.table === table);
}
