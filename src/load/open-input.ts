// `--input` dispatch: which source reads a given input, decided from its form.
//   mysql://… or mariadb://…                 → live database (mysql/mysql-source.ts)
//   a file:  *.tar, or a valid tar header     → Tiki page export (tiki-export/)
//            *.json, or text starting "["    → phpMyAdmin JSON export (json-export.ts)
//            anything else (.sql, .sql.gz)    → mysqldump file (sql-dump/)
//   a folder holding tiki_pages.txt + .sql   → mysqldump --tab folder (tsv/)
//   a folder holding tiki_pages.tsv          → mysql --batch folder (tsv/)
//   any other folder                         → the one .sql / .sql.gz / .json / .tar file in it
// loadInput() then builds the SiteModel. The bytes Tiki kept on disk are looked up in `filesDir`,
// by default the folder `files/` beside the input (inside it, for a folder) when that exists.

import { existsSync, statSync, readdirSync, openSync, readSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSiteModel } from './build-site-model.js';
import { InputError } from './input-error.js';
import { PhpMyAdminJsonSource } from './json-export.js';
import { MysqlSource } from './mysql/mysql-source.js';
import { isDatabaseUrl } from './mysql/mysql-url.js';
import type { RowSource } from './rows.js';
import type { SiteModel } from './site-model.js';
import { SqlDumpSource } from './sql-dump/sql-dump-source.js';
import { tablesFor } from './tables/schema.js';
import { looksLikeTar } from './tiki-export/tar.js';
import { TikiExportSource } from './tiki-export/tiki-export-source.js';
import { TsvFolderSource } from './tsv/tsv-folder-source.js';

export interface LoadInputOptions {
  /** Read tiki_history and tiki_actionlog too. */
  history?: boolean;
  /** Where on-disk attachment/file bytes are; undefined = `files/` beside the input if present; null = nowhere. */
  filesDir?: string | null;
}

export interface LoadedInput {
  site: SiteModel;
  /** The input as reports name it: the file read, or the database URL without its password. */
  input: string;
  /** The folder on-disk bytes were looked up in, or null. */
  filesDir: string | null;
}

const dumpFile = /\.(sql|sql\.gz|json|tar)$/i;
const expected = 'a mysqldump .sql file, a phpMyAdmin .json export, a Tiki export .tar, a mysqldump --tab or mysql --batch folder, a folder holding one of those files, or a mysql:// URL';

export async function loadInput(input: string, options: LoadInputOptions = {}): Promise<LoadedInput> {
  const tables = tablesFor(options);
  const source = openInput(input, tables);
  const filesDir = options.filesDir !== undefined ? options.filesDir : defaultFilesDir(input);
  const site = await buildSiteModel(source, { history: options.history, filesDir });
  return { site, input: source.file, filesDir };
}

/** The RowSource for an input (see the header for the rules). */
export function openInput(input: string, tables: readonly string[]): RowSource {
  if (isDatabaseUrl(input)) return new MysqlSource(input, tables);
  let stat;
  try {
    stat = statSync(input);
  } catch {
    throw new InputError(input, null, 'no such file or folder', expected);
  }
  if (stat.isDirectory()) return openFolder(input, tables);
  return openFile(input, tables);
}

function openFile(path: string, tables: readonly string[]): RowSource {
  const head = readHead(path);
  if (/\.tar$/i.test(path) || looksLikeTar(head)) return new TikiExportSource(path, tables);
  if (/\.json$/i.test(path) || /^\uFEFF?\s*\[/.test(head.toString('utf8', 0, 64))) return new PhpMyAdminJsonSource(path, tables);
  return new SqlDumpSource(path, { tables });
}

function openFolder(dir: string, tables: readonly string[]): RowSource {
  const names = readdirSync(dir);
  if (names.includes('tiki_pages.txt') && names.includes('tiki_pages.sql')) return new TsvFolderSource(dir, 'tab', tables);
  if (names.includes('tiki_pages.tsv')) return new TsvFolderSource(dir, 'batch', tables);
  const dumps = names.filter((f) => dumpFile.test(f) && statSync(join(dir, f)).isFile()).sort();
  if (dumps.length === 1) return openFile(join(dir, dumps[0]), tables);
  if (dumps.length === 0) throw new InputError(dir, null, 'the folder holds no .sql, .json or .tar file and no tiki_pages.txt/.tsv', expected);
  throw new InputError(dir, null, `the folder holds several inputs (${dumps.join(', ')})`, 'one input file; name it with --input');
}

function readHead(path: string): Buffer {
  const head = Buffer.alloc(512);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const read = readSync(fd, head, 0, 512, 0);
    return head.subarray(0, read);
  } catch (error) {
    throw new InputError(path, null, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, expected);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `files/` inside a folder input or beside a file input, when it exists; null otherwise. */
export function defaultFilesDir(input: string): string | null {
  if (isDatabaseUrl(input)) return null;
  let base: string;
  try {
    base = statSync(input).isDirectory() ? input : dirname(input);
  } catch {
    return null;
  }
  const candidate = join(base, 'files');
  return existsSync(candidate) && statSync(candidate).isDirectory() ? candidate : null;
}
