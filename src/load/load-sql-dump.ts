// loadSqlDump(path): the SiteModel of a Tiki site from a mysqldump .sql (or .sql.gz) file. Rows
// of tables the SiteModel does not use (comments, users…) are checked for syntax but never
// decoded. loadInput() (open-input.ts) is the entry point for every other form.

import { buildSiteModel } from './build-site-model.js';
import type { SiteModel } from './site-model.js';
import { SqlDumpSource } from './sql-dump/sql-dump-source.js';
import { tablesFor } from './tables/schema.js';

export interface LoadSqlDumpOptions {
  /** Chunk size of the file stream in bytes. */
  highWaterMark?: number;
  /** Also read tiki_history and tiki_actionlog. */
  history?: boolean;
  /** Folder holding on-disk attachment/file bytes. */
  filesDir?: string | null;
}

/** Throws an InputError (a DumpError for dump syntax) with file, line and expectation on bad input. */
export async function loadSqlDump(path: string, options: LoadSqlDumpOptions = {}): Promise<SiteModel> {
  const source = new SqlDumpSource(path, { tables: tablesFor(options), highWaterMark: options.highWaterMark });
  return buildSiteModel(source, options);
}
