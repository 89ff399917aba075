// The SQL dump reader's public surface: readSqlDump() and its event, value and error types.

export { readSqlDump, type ReadSqlDumpOptions } from './read-sql-dump.js';
export { DumpError } from './dump-error.js';
export type { DumpColumn, DumpEvent, DumpRowEvent, DumpTableEvent, SqlValue } from './events.js';
