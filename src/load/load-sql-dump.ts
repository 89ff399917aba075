// loadSqlDump(path): the SiteModel of a Tiki site from a mysqldump .sql (or .sql.gz) file — the
// load stage's entry point for dumps. Rows of tables the SiteModel does not use (history, files,
// comments…) are checked for syntax but never decoded.

import { buildSiteModel } from './build-site-model.js';
import type { SiteModel } from './site-model.js';
import { SqlDumpSource } from './sql-dump/sql-dump-source.js';
import { siteModelTables } from './tables/schema.js';

export interface LoadSqlDumpOptions {
  /** Chunk size of the file stream in bytes. */
  highWaterMark?: number;
}

/** Throws an InputError (a DumpError for dump syntax) with file, line and expectation on bad input. */
export async function loadSqlDump(path: string, options: LoadSqlDumpOptions = {}): Promise<SiteModel> {
  return buildSiteModel(new SqlDumpSource(path, { tables: siteModelTables, highWaterMark: options.highWaterMark }));
}
