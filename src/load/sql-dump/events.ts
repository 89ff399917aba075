// The events the SQL dump reader yields, in file order: a `table` for each CREATE TABLE (columns
// in the dump's own order, keys and constraints left out) and a `row` for each parenthesised row
// of an INSERT/REPLACE statement, with the column names its values map to (the INSERT's explicit
// column list when it has one, else the columns of the table's CREATE TABLE).

import type { SqlValue } from '../rows.js';

export type { SqlValue };

export interface DumpColumn {
  name: string;
  /** The column type as dumped, lower-case type name with its arguments: `int(14)`, `varchar(160)`, `int(10) unsigned`. */
  type: string;
}

export interface DumpTableEvent {
  kind: 'table';
  table: string;
  /** 1-based line of the CREATE TABLE statement. */
  line: number;
  columns: DumpColumn[];
}

export interface DumpRowEvent {
  kind: 'row';
  table: string;
  /** 1-based line where the row's `(` is. */
  line: number;
  /** Column names the values map to, position by position (shared by all rows of a statement). */
  columns: readonly string[];
  values: SqlValue[];
}

export type DumpEvent = DumpTableEvent | DumpRowEvent;
