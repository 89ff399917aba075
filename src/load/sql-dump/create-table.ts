// Parses one CREATE TABLE statement as mysqldump writes it (also Tiki's own tiki.sql style):
//   CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] `t` (
//     `col` type[(args)] [unsigned] [zerofill] … ,     <- a column: name and type kept
//     PRIMARY KEY (…), UNIQUE KEY `k` (…), KEY …, INDEX …, FULLTEXT …, SPATIAL …,
//     CONSTRAINT …, FOREIGN KEY …, CHECK (…), PERIOD FOR …   <- keys and constraints ignored
//   ) ENGINE=… ;
// Returns null for statements that define no column list (CREATE DATABASE/VIEW/…, CREATE TABLE … LIKE).

import type { DumpColumn } from './events.js';
import {
  SqlTextError,
  isKeyword,
  isName,
  matchingParen,
  readQualifiedName,
  showToken,
  tokenize,
  type Token,
} from './sql-tokens.js';

export interface CreateTable {
  table: string;
  columns: DumpColumn[];
}

const notColumns = new Set([
  'PRIMARY', 'KEY', 'INDEX', 'UNIQUE', 'CONSTRAINT', 'FULLTEXT', 'SPATIAL', 'FOREIGN', 'CHECK', 'PERIOD',
]);
const typeModifiers = new Set(['UNSIGNED', 'SIGNED', 'ZEROFILL']);

export function parseCreateTable(sql: string): CreateTable | null {
  const tokens = tokenize(sql);
  let at = 0;
  if (!isKeyword(tokens[at], 'CREATE')) return null;
  at++;
  if (isKeyword(tokens[at], 'OR') && isKeyword(tokens[at + 1], 'REPLACE')) at += 2;
  if (isKeyword(tokens[at], 'TEMPORARY')) at++;
  if (!isKeyword(tokens[at], 'TABLE')) return null;
  at++;
  if (isKeyword(tokens[at], 'IF') && isKeyword(tokens[at + 1], 'NOT') && isKeyword(tokens[at + 2], 'EXISTS')) at += 3;
  const name = readQualifiedName(tokens, at);
  if (name === null) {
    throw new SqlTextError(`CREATE TABLE has ${showToken(tokens[at])} where the table name should be`, 'CREATE TABLE `name` (');
  }
  at = name.next;
  if (tokens[at]?.text !== '(' || tokens[at].kind !== 'punct') return null; // CREATE TABLE … LIKE / AS SELECT
  const close = matchingParen(tokens, at);
  if (close < 0) {
    throw new SqlTextError(`CREATE TABLE \`${name.name}\` has no ')' closing its column list`, "a ')' after the last column or key");
  }
  const columns: DumpColumn[] = [];
  for (const item of splitItems(tokens, at + 1, close)) {
    const column = parseColumn(sql, item, name.name);
    if (column !== null) columns.push(column);
  }
  return { table: name.name, columns };
}

/** The comma-separated items between tokens[from] and tokens[to] (exclusive), at paren depth 0. */
function splitItems(tokens: Token[], from: number, to: number): Token[][] {
  const items: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text === '(') depth++;
    if (t.kind === 'punct' && t.text === ')') depth--;
    if (depth === 0 && t.kind === 'punct' && t.text === ',') {
      items.push(current);
      current = [];
    } else {
      current.push(t);
    }
  }
  if (current.length > 0) items.push(current);
  return items;
}

function parseColumn(sql: string, item: Token[], table: string): DumpColumn | null {
  const first = item[0];
  if (first === undefined || !isName(first)) {
    throw new SqlTextError(
      `CREATE TABLE \`${table}\` has ${showToken(first)} where a column or key definition should start`,
      '`column` type, or a KEY/INDEX/CONSTRAINT definition',
    );
  }
  if (first.kind === 'word' && notColumns.has(first.text.toUpperCase())) return null;
  const typeName = item[1];
  if (typeName === undefined || typeName.kind !== 'word') {
    throw new SqlTextError(`column \`${first.text}\` of table \`${table}\` has no type`, 'a type after the column name, e.g. int(11)');
  }
  let type = typeName.text.toLowerCase();
  let at = 2;
  if (item[at]?.kind === 'punct' && item[at].text === '(') {
    const close = matchingParen(item, at);
    if (close < 0) throw new SqlTextError(`type of column \`${first.text}\` has no closing ')'`, "a ')' after the type's arguments");
    type += sql.slice(item[at].start, item[close].end).replace(/\s+/g, '');
    at = close + 1;
  }
  while (item[at]?.kind === 'word' && typeModifiers.has(item[at].text.toUpperCase())) {
    type += ` ${item[at].text.toLowerCase()}`;
    at++;
  }
  return { name: first.text, type };
}
