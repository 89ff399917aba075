// SqlDumpSource: a mysqldump file as a RowSource. Each CREATE TABLE becomes a table announcement
// and each row a Map from column name to value (see sql-dump/ for the syntax accepted).

import type { RowSource, SourceEvent, SqlValue } from '../rows.js';
import { readSqlDump } from './read-sql-dump.js';

export interface SqlDumpSourceOptions {
  /** Only rows of these tables are decoded (all others are still checked for syntax). */
  tables?: Iterable<string>;
  highWaterMark?: number;
}

export class SqlDumpSource implements RowSource {
  readonly kind = 'sql-dump';

  constructor(
    readonly file: string,
    private readonly options: SqlDumpSourceOptions = {},
  ) {}

  async *events(): AsyncGenerator<SourceEvent> {
    for await (const event of readSqlDump(this.file, this.options)) {
      if (event.kind === 'table') {
        yield { kind: 'table', table: event.table, line: event.line, columns: event.columns.map((c) => c.name) };
        continue;
      }
      const row = new Map<string, SqlValue>();
      event.columns.forEach((column, k) => row.set(column, event.values[k]));
      yield { kind: 'row', table: event.table, line: event.line, row };
    }
  }
}
