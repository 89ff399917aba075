// The embedded sample site (input/tiki-sample.sql), loaded once per test file.

import { fileURLToPath } from 'node:url';
import { loadSqlDump } from '../../src/load/load-sql-dump.js';
import type { Page } from '../../src/load/site-model.js';

export const sampleDump = fileURLToPath(new URL('../../input/tiki-sample.sql', import.meta.url));

let cached: Promise<Page[]> | null = null;
export function samplePages(): Promise<Page[]> {
  cached ??= loadSqlDump(sampleDump).then((site) => site.pages);
  return cached;
}
