// Scans a whole mysqldump file (MySQL or MariaDB flavour), byte by byte, statement by statement:
//   /*M!999999\- enable the sandbox mode */   (MariaDB's first line)      -> skipped
//   -- comment · # comment · /* comment */ · /*!40101 SET … */;           -> skipped (SQL_MODE noted)
//   CREATE TABLE `t` (…) …;                                               -> a `table` event
//   INSERT [IGNORE] INTO `t` [(`a`,…)] VALUES …; · REPLACE INTO …         -> `row` events (row-scanner.ts)
//   DROP / LOCK / UNLOCK / ALTER / SET / USE / CREATE DATABASE|VIEW / …  -> skipped
//   DELIMITER ;;  (trigger and routine blocks)                            -> statements end at ;; until reset
// Statement texts are scanned by statement-text.ts; rows by row-scanner.ts. A UTF-8 BOM at the
// start is skipped. A SQL_MODE containing NO_BACKSLASH_ESCAPES (in a SET statement or a
// conditional comment) makes backslashes ordinary bytes in later strings. Push chunks split
// anywhere with push(); collected events are taken with drain().

import { ByteBuilder } from './byte-builder.js';
import { DASH, HASH, NL, SEMICOLON, SLASH, STAR, describeByte, isSpace, isWordByte } from './bytes.js';
import { parseCreateTable } from './create-table.js';
import { DumpError } from './dump-error.js';
import type { DumpEvent } from './events.js';
import { parseInsertHead } from './insert-head.js';
import { RowScanner, type Cursor, type Fail } from './row-scanner.js';
import { backslashEscapesAfter } from './sql-mode.js';
import { SqlTextError } from './sql-tokens.js';
import { Again, Consumed, Ended, StatementText } from './statement-text.js';

const Start = 0, Between = 1, Dash = 2, Slash = 3, LineComment = 4, BlockComment = 5, FirstWord = 6,
  Statement = 7, DelimiterLine = 8, Rows = 9;

/** Statements whose text is kept and parsed; the text of any other statement is skipped unread. */
const keptStatements = new Set(['CREATE', 'SET', 'INSERT', 'REPLACE']);
/** Longest top-level comment kept to look for a SQL_MODE. */
const maxKeptComment = 4096;
const utf8 = new TextDecoder('utf-8');
const utf8Bom = [0xef, 0xbb, 0xbf];

function isLetter(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a);
}

export interface ScannerOptions {
  /** Only rows of these tables are decoded and emitted (all tables' CREATE TABLE always are). */
  tables?: ReadonlySet<string>;
}

export class DumpScanner {
  private state = Start;
  private readonly cursor: Cursor = { line: 1 };
  private readonly events: DumpEvent[] = [];
  /** Column names and CREATE TABLE line of each table defined so far. */
  private readonly tables = new Map<string, { columns: string[]; line: number }>();
  private readonly statement = new StatementText();
  private readonly rows: RowScanner;
  /** Text of the top-level comment being read. */
  private readonly comment = new ByteBuilder();
  private commentPrevStar = false;
  private bomBytes = 0;
  private backslashEscapes = true;
  private delimiter: Uint8Array = Uint8Array.of(SEMICOLON);
  private statementLine = 0;
  private firstWord = '';

  constructor(
    private readonly file: string,
    private readonly options: ScannerOptions = {},
  ) {
    this.rows = new RowScanner(this.cursor, this.fail, (statement, line, values) => {
      this.events.push({ kind: 'row', table: statement.table, line, columns: statement.columns, values });
    });
  }

  /** Events found so far; the list is emptied. */
  drain(): DumpEvent[] {
    return this.events.splice(0, this.events.length);
  }

  push(chunk: Uint8Array): void {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.state === Rows) {
        i = this.rows.feed(chunk, i);
        if (this.rows.done) this.state = Between;
        continue;
      }
      const b = chunk[i];
      if (!this.step(b)) continue; // b is scanned again in the new state
      if (b === NL) this.cursor.line++;
      i++;
    }
  }

  /** Ends the input: throws a DumpError when it stops inside a statement, string or comment. */
  end(): void {
    const truncated = 'the dump looks truncated';
    const state = this.state;
    if (state === Start || state === Between || state === LineComment) return;
    if (state === DelimiterLine) return this.setDelimiter();
    if (state === Rows) this.rows.endOfInput();
    if (state === Dash || state === Slash) {
      this.fail(this.cursor.line, `file ends with a lone '${state === Dash ? '-' : '/'}'`, `a comment or an SQL statement — ${truncated}`);
    }
    if (state === BlockComment) {
      this.fail(this.cursor.line, 'file ends inside a /* comment */', `'*/' closing the comment — ${truncated}`);
    }
    if (this.statement.inQuotes) {
      this.fail(
        this.statementLine,
        `file ends inside a quoted name or string of the ${this.firstWord} statement that starts on this line`,
        `a closing ${String.fromCharCode(this.statement.quote)} — ${truncated}, or a quote is unbalanced`,
      );
    }
    this.fail(
      this.statementLine,
      `file ends inside the ${this.firstWord} statement that starts on this line`,
      `'${utf8.decode(this.delimiter)}' ending the statement — ${truncated}`,
    );
  }

  /** Scans one byte outside rows. Returns false when the byte must be scanned again (new state). */
  private step(b: number): boolean {
    switch (this.state) {
      case Start: // an optional UTF-8 BOM (EF BB BF), then statements
        if (b === utf8Bom[this.bomBytes]) {
          if (++this.bomBytes === utf8Bom.length) this.state = Between;
          return true;
        }
        if (this.bomBytes > 0) {
          this.fail(1, `found ${describeByte(b)} after byte 0xEF at the start of the file`, 'a UTF-8 BOM (EF BB BF) or an SQL statement');
        }
        this.state = Between;
        return false;
      case Between:
        if (isSpace(b) || b === SEMICOLON) return true;
        if (isLetter(b)) {
          this.statementLine = this.cursor.line;
          this.firstWord = '';
          this.statement.text.clear();
          this.state = FirstWord;
          return false;
        }
        if (b === DASH) this.state = Dash;
        else if (b === SLASH) this.state = Slash;
        else if (b === HASH) this.state = LineComment;
        else this.fail(this.cursor.line, `found ${describeByte(b)} where a statement should start`, 'an SQL statement, a -- comment or the end of the file');
        return true;
      case Dash:
        if (b !== DASH) this.fail(this.cursor.line, `found '-' then ${describeByte(b)} where a statement should start`, "'--' starting a comment, or an SQL statement");
        this.state = LineComment;
        return true;
      case Slash:
        if (b !== STAR) this.fail(this.cursor.line, `found '/' then ${describeByte(b)} where a statement should start`, "'/*' starting a comment, or an SQL statement");
        this.state = BlockComment;
        this.commentPrevStar = false;
        this.comment.clear();
        return true;
      case LineComment:
        if (b === NL) this.state = Between;
        return true;
      case BlockComment: // e.g. /*M!999999\- enable the sandbox mode */ or /*!40101 SET … */
        if (this.commentPrevStar && b === SLASH) {
          if (this.comment.length <= maxKeptComment) this.noteSqlMode(utf8.decode(this.comment.take()));
          this.comment.clear();
          this.state = Between;
        } else if (this.comment.length <= maxKeptComment) this.comment.push(b);
        this.commentPrevStar = b === STAR;
        return true;
      case FirstWord:
        if (isWordByte(b)) {
          this.firstWord += String.fromCharCode(b).toUpperCase();
          this.statement.text.push(b);
          return true;
        }
        if (this.firstWord === 'DELIMITER') {
          this.statement.text.clear();
          this.state = DelimiterLine;
          return false;
        }
        this.beginStatementText();
        return false;
      case DelimiterLine:
        if (b === NL) this.setDelimiter();
        else this.statement.text.push(b);
        return true;
      case Statement: {
        const step = this.statement.step(b);
        if (step === Consumed) return true;
        if (step === Again) return false;
        if (step === Ended) {
          this.endStatement();
          return true;
        }
        this.startRows(); // VALUES reached: b belongs to the rows
        return false;
      }
    }
    return true;
  }

  private beginStatementText(): void {
    const keep = keptStatements.has(this.firstWord);
    if (!keep) this.statement.text.clear();
    this.statement.begin({
      keep,
      watchValues: this.firstWord === 'INSERT' || this.firstWord === 'REPLACE',
      delimiter: this.delimiter,
      backslashEscapes: this.backslashEscapes,
    });
    this.state = Statement;
  }

  private endStatement(): void {
    this.state = Between;
    if (!keptStatements.has(this.firstWord)) return;
    const sql = utf8.decode(this.statement.text.take());
    switch (this.firstWord) {
      case 'SET':
        return this.noteSqlMode(sql);
      case 'CREATE':
        return this.createTable(sql);
      default: // INSERT/REPLACE that ended before any VALUES keyword
        this.fail(
          this.statementLine,
          `${this.firstWord} statement without VALUES (INSERT … SELECT and INSERT … SET are not dump syntax)`,
          'INSERT INTO `table` VALUES (…), …;',
        );
    }
  }

  private createTable(sql: string): void {
    const created = this.parse(() => parseCreateTable(sql));
    if (created === null) return; // CREATE DATABASE, CREATE TABLE … LIKE, …
    const names = created.columns.map((c) => c.name);
    this.tables.set(created.table, { columns: names, line: this.statementLine });
    this.events.push({ kind: 'table', table: created.table, line: this.statementLine, columns: created.columns });
  }

  private startRows(): void {
    const head = utf8.decode(this.statement.text.take().subarray(0, this.statement.wordStart));
    const { table, columns } = this.parse(() => parseInsertHead(head));
    let rowColumns: readonly string[];
    let columnsOrigin: string;
    if (columns !== null) {
      rowColumns = columns;
      columnsOrigin = `the ${columns.length} columns listed in its INSERT`;
    } else {
      const created = this.tables.get(table);
      if (created === undefined) {
        this.fail(
          this.statementLine,
          `INSERT into table \`${table}\` has no column list, and no CREATE TABLE \`${table}\` came before it`,
          `the dump's CREATE TABLE \`${table}\` before its rows (dump the structure too, without --no-create-info), or INSERT with a column list (--complete-insert)`,
        );
      }
      rowColumns = created.columns;
      columnsOrigin = `the ${created.columns.length} columns of its CREATE TABLE on line ${created.line}`;
    }
    const keep = this.options.tables === undefined || this.options.tables.has(table);
    this.rows.begin({ table, columns: rowColumns, columnsOrigin, keep, backslashEscapes: this.backslashEscapes });
    this.state = Rows;
  }

  private setDelimiter(): void {
    const text = utf8.decode(this.statement.text.take()).trim();
    if (text === '' || /\s/.test(text)) {
      this.fail(this.statementLine, `DELIMITER line has ${text === '' ? 'no delimiter' : `"${text}"`}`, 'DELIMITER followed by one delimiter such as ;; or ;');
    }
    this.delimiter = new TextEncoder().encode(text);
    this.state = Between;
  }

  private noteSqlMode(sql: string): void {
    this.backslashEscapes = backslashEscapesAfter(sql, this.backslashEscapes);
  }

  /** Runs a statement-text parser, turning its SqlTextError into a DumpError at the statement's line. */
  private parse<T>(parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      if (error instanceof SqlTextError) this.fail(this.statementLine, error.problem, error.expected);
      throw error;
    }
  }

  private readonly fail: Fail = (line, problem, expected) => {
    throw new DumpError(this.file, line, problem, expected);
  };
}
