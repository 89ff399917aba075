// TsvFolderSource: a folder of per-table tab-separated files as a RowSource, in two forms
// (see tsv-parser.ts for the escaping of each):
//   'tab'   — `mysqldump --tab=DIR db`: <table>.sql holds the CREATE TABLE (the column order of
//             the data), <table>.txt the rows in LOAD DATA format, NULL as \N;
//   'batch' — `mysql --batch -e 'SELECT * FROM <table>' db > <table>.tsv`: a header line of
//             column names, then the rows; NULL is the bare text NULL, so a value that is the
//             text "NULL" reads as NULL too: the text columns (a value that is not a
//             number) where NULL was read are listed in one `input-ambiguous` info issue per table.
// Tables are read in name order. Each row's place is its own file and line.

import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../input-error.js';
import type { RowSource, SourceEvent, SqlValue } from '../rows.js';
import { readSqlDump } from '../sql-dump/read-sql-dump.js';
import { TsvParser, type TsvRow } from './tsv-parser.js';

export type TsvForm = 'tab' | 'batch';

const utf8 = new TextDecoder('utf-8');

/** A decimal number as MySQL prints one (so the column is numeric, not text). */
function isNumber(value: Uint8Array): boolean {
  return /^-?\d+(\.\d+)?$/.test(utf8.decode(value));
}

export class TsvFolderSource implements RowSource {
  readonly kind: string;

  constructor(
    readonly file: string,
    private readonly form: TsvForm,
    private readonly tables: readonly string[],
  ) {
    this.kind = form === 'tab' ? 'mysqldump-tab' : 'mysql-batch';
  }

  async *events(): AsyncGenerator<SourceEvent> {
    const names = new Set(await readdir(this.file));
    const extension = this.form === 'tab' ? '.txt' : '.tsv';
    for (const table of [...this.tables].sort()) {
      if (!names.has(table + extension)) continue;
      if (this.form === 'tab') yield* this.tabTable(table, names);
      else yield* this.batchTable(table);
    }
  }

  private async *tabTable(table: string, names: ReadonlySet<string>): AsyncGenerator<SourceEvent> {
    const schemaFile = join(this.file, `${table}.sql`);
    const dataFile = join(this.file, `${table}.txt`);
    if (!names.has(`${table}.sql`)) {
      throw new InputError(dataFile, null, `no ${table}.sql beside it`, 'the <table>.sql file mysqldump --tab writes next to each <table>.txt (its CREATE TABLE gives the column order)');
    }
    let columns: string[] | null = null;
    for await (const event of readSqlDump(schemaFile, { tables: [] })) {
      if (event.kind === 'table' && event.table === table) {
        columns = event.columns.map((c) => c.name);
        yield { kind: 'table', table, line: event.line, columns, file: schemaFile };
      }
    }
    if (columns === null) throw new InputError(schemaFile, null, `no CREATE TABLE \`${table}\``, 'the CREATE TABLE statement mysqldump --tab writes');
    for await (const row of this.rows(dataFile, 'load-data')) yield this.rowEvent(table, columns, row, dataFile);
  }

  private async *batchTable(table: string): AsyncGenerator<SourceEvent> {
    const dataFile = join(this.file, `${table}.tsv`);
    let columns: string[] | null = null;
    const nulls = new Map<string, number>();
    /** Columns that hold text (a value that is not a number): only there can "NULL" have been text. */
    const textual = new Set<string>();
    for await (const row of this.rows(dataFile, 'batch')) {
      if (columns === null) {
        columns = row.values.map((v) => (v === null ? 'NULL' : utf8.decode(v)));
        yield { kind: 'table', table, line: row.line, columns, file: dataFile };
        continue;
      }
      row.values.forEach((v, k) => {
        const column = columns![k];
        if (column === undefined) return;
        if (v === null) nulls.set(column, (nulls.get(column) ?? 0) + 1);
        else if (!isNumber(v)) textual.add(column);
      });
      yield this.rowEvent(table, columns, row, dataFile);
    }
    const ambiguous = [...nulls].filter(([column]) => textual.has(column));
    if (ambiguous.length > 0) {
      const list = ambiguous.map(([c, n]) => `${c} (${n})`).join(', ');
      yield {
        kind: 'issue',
        ruleId: 'input-ambiguous',
        severity: 'info',
        file: dataFile,
        line: 1,
        message: `mysql --batch writes NULL and the text "NULL" alike; read as NULL in ${table}: ${list}`,
      };
    }
  }

  private rowEvent(table: string, columns: readonly string[], row: TsvRow, file: string): SourceEvent {
    if (row.values.length !== columns.length) {
      throw new InputError(
        file,
        row.line,
        `this row of ${table} has ${row.values.length} field(s) but the table has ${columns.length} column(s)`,
        `${columns.length} tab-separated fields per row${this.form === 'batch' ? ' (mysql --batch without --raw)' : ''}`,
      );
    }
    const values = new Map<string, SqlValue>();
    columns.forEach((column, k) => values.set(column, row.values[k]));
    return { kind: 'row', table, line: row.line, row: values, file };
  }

  private async *rows(path: string, dialect: 'load-data' | 'batch'): AsyncGenerator<TsvRow> {
    const parser = new TsvParser(dialect);
    try {
      for await (const chunk of createReadStream(path)) {
        parser.push(chunk as Buffer);
        yield* parser.drain();
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code !== undefined) throw new InputError(path, null, `cannot be read (${code})`, 'a readable tab-separated file');
      throw error;
    }
    if (!parser.end()) throw new InputError(path, parser.currentLine, 'the file ends inside a backslash escape', 'a complete file; it looks truncated');
    yield* parser.drain();
  }
}
