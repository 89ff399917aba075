// Parses the head of an INSERT statement, everything before its VALUES keyword:
//   INSERT [LOW_PRIORITY | DELAYED | HIGH_PRIORITY] [IGNORE] [INTO] `t` [PARTITION (…)] [(`a`, `b`, …)]
//   REPLACE [LOW_PRIORITY | DELAYED] [INTO] `t` [(`a`, `b`, …)]
// Names may be `backticked`, "double-quoted" (ANSI dumps), bare, or qualified (`db`.`t`).

import {
  SqlTextError,
  isKeyword,
  isName,
  matchingParen,
  readQualifiedName,
  showToken,
  tokenize,
} from './sql-tokens.js';

export interface InsertHead {
  table: string;
  /** The explicit column list, or null when the values follow the CREATE TABLE's column order. */
  columns: string[] | null;
}

const modifiers = new Set(['LOW_PRIORITY', 'DELAYED', 'HIGH_PRIORITY', 'IGNORE']);
const shape = 'INSERT INTO `table` VALUES or INSERT INTO `table` (`column`, …) VALUES';

export function parseInsertHead(sql: string): InsertHead {
  const tokens = tokenize(sql);
  let at = 1; // tokens[0] is INSERT or REPLACE: the reader only calls this for those.
  while (tokens[at]?.kind === 'word' && modifiers.has(tokens[at].text.toUpperCase())) at++;
  if (isKeyword(tokens[at], 'INTO')) at++;
  const name = readQualifiedName(tokens, at);
  if (name === null) throw new SqlTextError(`INSERT has ${showToken(tokens[at])} where the table name should be`, shape);
  at = name.next;
  if (isKeyword(tokens[at], 'PARTITION') && tokens[at + 1]?.text === '(') {
    at = matchingParen(tokens, at + 1) + 1;
    if (at === 0) throw new SqlTextError(`INSERT INTO \`${name.name}\` PARTITION has no closing ')'`, shape);
  }
  if (at === tokens.length) return { table: name.name, columns: null };
  if (tokens[at].kind !== 'punct' || tokens[at].text !== '(') {
    throw new SqlTextError(`INSERT INTO \`${name.name}\` has ${showToken(tokens[at])} where VALUES should be`, shape);
  }
  const columns: string[] = [];
  at++;
  for (;;) {
    const column = tokens[at];
    if (!isName(column)) {
      throw new SqlTextError(`column list of INSERT INTO \`${name.name}\` has ${showToken(column)} where a column name should be`, shape);
    }
    columns.push(column.text);
    const next = tokens[at + 1];
    at += 2;
    if (next?.kind === 'punct' && next.text === ')') break;
    if (next?.kind !== 'punct' || next.text !== ',') {
      throw new SqlTextError(`column list of INSERT INTO \`${name.name}\` has ${showToken(next)} after \`${column.text}\``, "',' or ')'");
    }
  }
  if (at !== tokens.length) {
    throw new SqlTextError(`INSERT INTO \`${name.name}\` has ${showToken(tokens[at])} after its column list`, shape);
  }
  return { table: name.name, columns };
}
