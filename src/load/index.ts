// The load stage's public surface: any input → SiteModel (loadInput), the sources behind one row
// model, and the errors the CLI prints without a stack (every InputError, DumpError included).

export { loadSqlDump, type LoadSqlDumpOptions } from './load-sql-dump.js';
export { buildSiteModel, type BuildOptions } from './build-site-model.js';
export { loadInput, openInput, defaultFilesDir, type LoadInputOptions, type LoadedInput } from './open-input.js';
export { MysqlSource } from './mysql/mysql-source.js';
export { PhpMyAdminJsonSource } from './json-export.js';
export { TsvFolderSource, type TsvForm } from './tsv/tsv-folder-source.js';
export { TikiExportSource } from './tiki-export/tiki-export-source.js';
export { repairDoubleEncoding } from './charset.js';
export { InputError } from './input-error.js';
export { DumpError, readSqlDump, type DumpEvent, type ReadSqlDumpOptions } from './sql-dump/index.js';
export { SqlDumpSource } from './sql-dump/sql-dump-source.js';
export { siteModelTables, tablesFor } from './tables/schema.js';
export * from './rows.js';
export type * from './site-model.js';
