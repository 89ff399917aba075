// The load stage's public surface: dump → SiteModel, the row model other sources implement, and
// the errors the CLI prints without a stack (every InputError, DumpError included).

export { loadSqlDump, type LoadSqlDumpOptions } from './load-sql-dump.js';
export { buildSiteModel } from './build-site-model.js';
export { InputError } from './input-error.js';
export { DumpError, readSqlDump, type DumpEvent, type ReadSqlDumpOptions } from './sql-dump/index.js';
export { SqlDumpSource } from './sql-dump/sql-dump-source.js';
export { siteModelTables } from './tables/schema.js';
export * from './rows.js';
export type * from './site-model.js';
