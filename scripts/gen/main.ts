// `npm run gen -- --pages N [--seed S] [--out PATH]`: writes a synthetic Tiki site as a real-format
// mysqldump file (default .cache/bench/tiki-<N>-s<S>.sql). Same (N, S) → byte-identical file.
// The file is written under a temporary name and renamed at the end, so an interrupted run never
// leaves a truncated dump where the benchmark's cache would pick it up.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DumpWriter } from './dump-writer.js';
import { loadDumpSchema } from './schema.js';
import { buildSite } from './site.js';
import { siteTables, type GenStats } from './tables.js';

export const cacheDir = fileURLToPath(new URL('../../.cache/bench/', import.meta.url));

export function defaultDumpPath(pages: number, seed: number): string {
  return join(cacheDir, `tiki-${pages}-s${seed}.sql`);
}

export interface GeneratedSite extends GenStats {
  path: string;
  pages: number;
  /** Size of the dump file. */
  bytes: number;
  seed: number;
}

/** The sizes recorded beside a dump (`<dump>.json`), or null when there is no such dump. */
export function readGenerated(path: string): GeneratedSite | null {
  if (!existsSync(path) || !existsSync(`${path}.json`)) return null;
  return JSON.parse(readFileSync(`${path}.json`, 'utf8')) as GeneratedSite;
}

export function generateSite(pages: number, seed = 1, out = defaultDumpPath(pages, seed)): GeneratedSite {
  const site = buildSite(pages, seed);
  const stats: GenStats = { bodyBytes: 0, wikiBodyBytes: 0, wikiPages: 0 };
  const tables = siteTables(site, stats);
  mkdirSync(dirname(out), { recursive: true });
  const temp = `${out}.partial-${process.pid}`;
  const writer = new DumpWriter(temp, loadDumpSchema());
  for (const name of writer.tableNames()) {
    const table = tables.get(name);
    writer.table(name, table ? table.rows() : [], table?.next ?? null);
  }
  writer.close();
  const result: GeneratedSite = { path: out, pages, seed, bytes: writer.bytesWritten, ...stats };
  writeFileSync(`${out}.json`, JSON.stringify(result, null, 2) + '\n');
  renameSync(temp, out);
  return result;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const pages = Number(values.pages);
  const seed = Number(values.seed);
  if (!Number.isInteger(pages) || pages < 1 || !Number.isInteger(seed)) {
    process.stderr.write('usage: npm run gen -- --pages N [--seed S] [--out PATH]\n');
    process.exit(1);
  }
  const started = Date.now();
  const result = generateSite(pages, seed, values.out);
  process.stdout.write(`wrote ${result.path}: ${pages} pages, ${(result.bytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
