// MysqlSource: a live MySQL/MariaDB database as a RowSource (input `mysql://user:pass@host/db`).
//   - read-only: SELECTs only, inside `START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT` at
//     REPEATABLE READ, so every table is read from one snapshot (InnoDB; MyISAM tables, Tiki's
//     default engine, have no snapshots: keep the site read-only while converting);
//   - schema from information_schema: which Tiki tables exist, their columns in ordinal order
//     (announced like a dump's CREATE TABLE), their primary keys (rows come ORDER BY the primary
//     key, so runs are deterministic) and each column's character set;
//   - bytes as stored: character_set_results = binary; latin1 columns are repaired value by value
//     (mysql-values.ts) and reported once per column; columns in other non-UTF-8 charsets are
//     converted by the server (CONVERT … USING utf8mb4);
//   - streaming: rows arrive one at a time (mysql2 query stream, paused while the consumer works),
//     so a table of large blobs is never held whole; big columns no source needs are not selected.
// Places: the file of a row is `<url>/<table>` and its line is the row's 1-based number.

import mysql from 'mysql2';
import type { Connection, FieldPacket, QueryError } from 'mysql2';
import { InputError } from '../input-error.js';
import type { RowSource, SourceEvent, SqlValue } from '../rows.js';
import { unusedColumns } from '../tables/schema.js';
import { parseMysqlUrl, type MysqlUrl } from './mysql-url.js';
import { castValue, latin1ColumnValue } from './mysql-values.js';

interface ColumnInfo {
  name: string;
  charset: string | null;
}

const utf8Charsets = new Set(['utf8', 'utf8mb3', 'utf8mb4', 'ascii', 'binary']);

export class MysqlSource implements RowSource {
  readonly kind = 'mysql';
  readonly file: string;
  private readonly url: MysqlUrl;

  constructor(
    url: string,
    private readonly tables: readonly string[],
  ) {
    this.url = parseMysqlUrl(url);
    this.file = this.url.display;
  }

  async *events(): AsyncGenerator<SourceEvent> {
    let connection: Connection;
    try {
      connection = await this.connect();
    } catch (error) {
      throw this.asInputError(error);
    }
    try {
      await run(connection, 'SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      await run(connection, 'START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT');
      const schema = await this.readSchema(connection);
      await run(connection, 'SET SESSION character_set_results = binary');
      for (const table of [...schema.keys()].sort()) {
        yield* this.readTable(connection, table, schema.get(table)!);
      }
      await run(connection, 'COMMIT');
    } catch (error) {
      throw this.asInputError(error);
    } finally {
      connection.destroy();
    }
  }

  private async connect(): Promise<Connection> {
    const { host, port, user, password, database, socketPath } = this.url;
    const connection = mysql.createConnection({
      host,
      port,
      user,
      password,
      database,
      socketPath,
      charset: 'utf8mb4',
      connectTimeout: 10_000,
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: true,
    });
    try {
      await new Promise<void>((resolve, reject) => connection.connect((error) => (error ? reject(error) : resolve())));
    } catch (error) {
      connection.destroy();
      throw error;
    }
    return connection;
  }

  /** Wanted tables that exist → their columns (ordinal order), charsets and primary key. */
  private async readSchema(connection: Connection): Promise<Map<string, { columns: ColumnInfo[]; key: string[] }>> {
    const wanted = new Set(this.tables);
    const columns = await query<{ t: string; c: string; cs: string | null }>(
      connection,
      'SELECT TABLE_NAME AS t, COLUMN_NAME AS c, CHARACTER_SET_NAME AS cs FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION',
      [this.url.database],
    );
    const keys = await query<{ t: string; c: string }>(
      connection,
      "SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND INDEX_NAME = 'PRIMARY' ORDER BY TABLE_NAME, SEQ_IN_INDEX",
      [this.url.database],
    );
    const schema = new Map<string, { columns: ColumnInfo[]; key: string[] }>();
    for (const row of columns) {
      if (!wanted.has(row.t)) continue;
      if (!schema.has(row.t)) schema.set(row.t, { columns: [], key: [] });
      schema.get(row.t)!.columns.push({ name: row.c, charset: row.cs === null ? null : row.cs.toLowerCase() });
    }
    for (const row of keys) schema.get(row.t)?.key.push(row.c);
    return schema;
  }

  private async *readTable(connection: Connection, table: string, info: { columns: ColumnInfo[]; key: string[] }): AsyncGenerator<SourceEvent> {
    const file = `${this.file}/${table}`;
    const skip = new Set(unusedColumns.get(table) ?? []);
    const columns = info.columns.filter((c) => !skip.has(c.name));
    yield { kind: 'table', table, line: 0, columns: columns.map((c) => c.name), file };

    const latin1 = new Set(columns.filter((c) => c.charset === 'latin1').map((c) => c.name));
    const select = columns.map((c) =>
      c.charset !== null && c.charset !== 'latin1' && !utf8Charsets.has(c.charset)
        ? `CONVERT(${ident(c.name)} USING utf8mb4) AS ${ident(c.name)}`
        : ident(c.name),
    );
    const order = info.key.length > 0 ? ` ORDER BY ${info.key.map(ident).join(', ')}` : '';
    const sql = `SELECT ${select.join(', ')} FROM ${ident(table)}${order}`;
    const stream = connection.query({ sql, typeCast: castValue }).stream({ highWaterMark: 16 });
    const repaired = new Set<string>();
    let line = 0;
    for await (const record of stream as AsyncIterable<Record<string, SqlValue>>) {
      line++;
      const row = new Map<string, SqlValue>();
      for (const { name } of columns) {
        let value = record[name] ?? null;
        if (value instanceof Uint8Array && latin1.has(name)) {
          const fixed = latin1ColumnValue(value);
          if (fixed !== null) {
            value = fixed;
            repaired.add(name);
          }
        }
        row.set(name, value);
      }
      yield { kind: 'row', table, line, row, file };
    }
    for (const name of latin1) {
      yield {
        kind: 'issue',
        ruleId: 'charset-repaired',
        severity: 'info',
        file,
        line: 0,
        message:
          `column ${table}.${name} is declared latin1: its bytes were read as stored (UTF-8 kept as UTF-8, ` +
          `${repaired.has(name) ? 'and values that were real latin1 text converted from cp1252' : 'no value was real latin1 text'})`,
      };
    }
  }

  private asInputError(error: unknown): unknown {
    if (error instanceof InputError) return error;
    const e = error as Partial<QueryError> | null;
    if (e && typeof e.code === 'string') {
      return new InputError(
        this.file,
        null,
        `the database could not be read: ${e.code}${e.message ? ` (${e.message})` : ''}`,
        'a reachable MySQL/MariaDB server, the right credentials, and a user allowed to SELECT from the database and information_schema',
      );
    }
    return error;
  }
}

function ident(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function run(connection: Connection, sql: string): Promise<void> {
  return new Promise((resolve, reject) => connection.query(sql, (error) => (error ? reject(error) : resolve())));
}

function query<T>(connection: Connection, sql: string, values: unknown[]): Promise<T[]> {
  return new Promise((resolve, reject) =>
    connection.query(sql, values, (error, rows: unknown, _fields: FieldPacket[]) => (error ? reject(error) : resolve(rows as T[]))),
  );
}
