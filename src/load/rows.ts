// The row model every input source feeds: tables announced with their column names, then rows
// keyed by column name. A value is NULL (null), an unquoted literal as written (string: numbers),
// or exact bytes (Uint8Array: quoted strings, hex/binary literals). Text is decoded as UTF-8 per
// value, so one bad blob never spoils the rest of the file. The typed accessors below are the only
// way the SiteModel builder reads a value.

export type SqlValue = null | string | Uint8Array;

/** One row, keyed by column name. A column absent from the map was not in the source. */
export type Row = ReadonlyMap<string, SqlValue>;

/** A table the source holds, announced before its rows (its columns, in source order). */
export interface TableAnnouncement {
  kind: 'table';
  table: string;
  /** 1-based line where the table is defined (for a dump, its CREATE TABLE). */
  line: number;
  columns: readonly string[];
  /** The file the line is in, when it is not the source's own `file` (one file per table). */
  file?: string;
}

export interface SourceRow {
  kind: 'row';
  table: string;
  /** 1-based line where the row starts (for a live database: the row's number in its table). */
  line: number;
  row: Row;
  /** The file the line is in, when it is not the source's own `file`. */
  file?: string;
}

/** A non-fatal remark of the source itself about its input (an ambiguity of the format). */
export interface SourceIssue {
  kind: 'issue';
  ruleId: 'input-ambiguous' | 'charset-repaired';
  severity: 'warning' | 'info';
  message: string;
  file: string;
  line: number;
}

export type SourceEvent = TableAnnouncement | SourceRow | SourceIssue;

/** Anything that can list tables and rows: an SQL dump, a live database, an export. */
export interface RowSource {
  /** The input as the user named it (file path, database URL without password); used in every message about it. */
  readonly file: string;
  /** The input form ('sql-dump', 'mysql', …), recorded in SiteModel.input. */
  readonly kind?: string;
  /** What this input form cannot carry; becomes one `input-limited` warning. */
  readonly limitations?: string;
  /** Tables and rows in source order. A table is announced before its first row. */
  events(): AsyncIterable<SourceEvent>;
}

/** A value that does not have the type its column needs; the builder adds file and line. */
export class RowValueError extends Error {
  override name = 'RowValueError';
  constructor(
    readonly column: string,
    readonly problem: string,
    readonly expected: string,
  ) {
    super(`column ${column}: ${problem} (expected ${expected})`);
  }
}

// ignoreBOM keeps a leading U+FEFF in a value instead of silently dropping it.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const utf8Encoder = new TextEncoder();

/** Text of a column, decoded as UTF-8 (invalid sequences become U+FFFD); null when NULL or absent. */
export function text(row: Row, column: string): string | null {
  const value = row.get(column);
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : utf8.decode(value);
}

/** Bytes of a column exactly as stored; null when NULL or absent. */
export function bytes(row: Row, column: string): Uint8Array | null {
  const value = row.get(column);
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? utf8Encoder.encode(value) : value;
}

const integerPattern = /^\s*[+-]?\d+\s*$/;

/** Integer value of a column; null when NULL or absent. Throws RowValueError for anything else. */
export function int(row: Row, column: string): number | null {
  const raw = text(row, column);
  if (raw === null) return null;
  if (!integerPattern.test(raw)) {
    throw new RowValueError(column, `found ${quoteForMessage(raw)}`, 'an integer');
  }
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) {
    throw new RowValueError(column, `integer ${raw.trim()} is too large`, `an integer below 2^53`);
  }
  return value;
}

/** Like text(), but NULL or absent is an error: for columns a row cannot do without. */
export function requiredText(row: Row, column: string): string {
  const value = text(row, column);
  if (value === null) throw new RowValueError(column, missingOrNull(row, column), 'a text value');
  return value;
}

/** Like int(), but NULL or absent is an error. */
export function requiredInt(row: Row, column: string): number {
  const value = int(row, column);
  if (value === null) throw new RowValueError(column, missingOrNull(row, column), 'an integer');
  return value;
}

function missingOrNull(row: Row, column: string): string {
  return row.has(column) ? 'value is NULL' : 'column is missing from the row';
}

/** A value shown in a message: quoted, control characters escaped, long values cut. */
export function quoteForMessage(value: string, max = 40): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}
