// Scans a whole mysqldump file (MySQL or MariaDB flavour), byte by byte, statement by statement:
//   /*M!999999\- enable the sandbox mode */   (MariaDB's first line)      -> skipped
//   -- comment · # comment · /* comment */ · /*!40101 SET … */;           -> skipped (SQL_MODE noted)
//   CREATE TABLE `t` (…) …;                                               -> a `table` event
//   INSERT [IGNORE] INTO `t` [(`a`,…)] VALUES …; · REPLACE INTO …         -> `row` events (row-scanner.ts)
//   DROP / LOCK / UNLOCK / ALTER / SET / USE / CREATE DATABASE|VIEW / …  -> skipped
//   DELIMITER ;;  (trigger and routine blocks)                            -> statements end at ;; until reset
// Statements end at the delimiter outside 'strings', "strings", `names` and comments. A UTF-8 BOM
// at the start is skipped. A SQL_MODE containing NO_BACKSLASH_ESCAPES (in a SET statement or a
// conditional comment) makes backslashes ordinary bytes in later strings. Push chunks split
// anywhere with push(); collected events are taken with drain().

import { ByteBuilder } from './byte-builder.js';
import {
  BACKSLASH, BACKTICK, DASH, DQUOTE, HASH, NL, QUOTE, SEMICOLON, SLASH, STAR,
  describeByte, isSpace, isWordByte,
} from './bytes.js';
import { parseCreateTable } from './create-table.js';
import { DumpError } from './dump-error.js';
import type { DumpEvent } from './events.js';
import { parseInsertHead } from './insert-head.js';
import { RowScanner, type Cursor, type Fail } from './row-scanner.js';
import { backslashEscapesAfter } from './sql-mode.js';
import { SqlTextError } from './sql-tokens.js';

const Start = 0, Between = 1, Dash = 2, Slash = 3, LineComment = 4, BlockComment = 5, FirstWord = 6,
  Statement = 7, StmtQuoted = 8, StmtEscape = 9, StmtSlash = 10, StmtComment = 11, StmtDash = 12,
  StmtLineComment = 13, DelimiterLine = 14, Rows = 15;

/** Statements whose text is kept and parsed; the text of any other statement is skipped unread. */
const keptStatements = new Set(['CREATE', 'SET', 'INSERT', 'REPLACE']);
/** Longest conditional comment kept to look for a SQL_MODE. */
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

interface TableColumns {
  columns: string[];
  line: number;
}

export class DumpScanner {
  private state = Start;
  /** Bytes of a UTF-8 BOM seen at the start of the file. */
  private bomBytes = 0;
  private readonly cursor: Cursor = { line: 1 };
  private readonly events: DumpEvent[] = [];
  private readonly tables = new Map<string, TableColumns>();
  private readonly rows: RowScanner;
  private readonly text = new ByteBuilder();
  private backslashEscapes = true;
  private delimiter: Uint8Array = Uint8Array.of(SEMICOLON);
  private delimiterMatched = 0;
  // The statement being scanned.
  private statementLine = 0;
  private firstWord = '';
  private keepText = false;
  private quote = 0;
  private commentPrevStar = false;
  /** For INSERT/REPLACE: the word being read outside quotes, and where it starts in `text`. */
  private word = '';
  private wordStart = 0;

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
    if (state === StmtQuoted || state === StmtEscape) {
      this.fail(
        this.statementLine,
        `file ends inside a quoted name or string of the ${this.firstWord} statement that starts on this line`,
        `a closing ${String.fromCharCode(this.quote)} — ${truncated}, or a quote is unbalanced`,
      );
    }
    this.fail(
      this.statementLine,
      `file ends inside the ${this.firstWord} statement that starts on this line`,
      `'${utf8.decode(this.delimiter)}' ending the statement — ${truncated}`,
    );
  }

  /** Scans one byte. Returns false when the byte was not consumed and must be scanned again. */
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
          this.startStatement();
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
        this.text.clear();
        return true;
      case LineComment:
        if (b === NL) this.state = Between;
        return true;
      case BlockComment:
        if (this.commentPrevStar && b === SLASH) {
          if (this.text.length <= maxKeptComment) this.noteSqlMode(utf8.decode(this.text.take()));
          this.text.clear();
          this.state = Between;
        } else if (this.text.length <= maxKeptComment) this.text.push(b);
        this.commentPrevStar = b === STAR;
        return true;
      case FirstWord:
        if (isWordByte(b)) {
          this.firstWord += String.fromCharCode(b).toUpperCase();
          this.text.push(b);
          return true;
        }
        this.keepText = keptStatements.has(this.firstWord);
        if (!this.keepText) this.text.clear();
        this.word = '';
        this.state = this.firstWord === 'DELIMITER' ? DelimiterLine : Statement;
        return false;
      case DelimiterLine:
        if (b !== NL) { this.text.push(b); return true; }
        this.setDelimiter();
        return true;
      case Statement:
        return this.statementByte(b);
      case StmtQuoted:
        this.keep(b);
        if (b === BACKSLASH && this.quote !== BACKTICK && this.backslashEscapes) this.state = StmtEscape;
        else if (b === this.quote) this.state = Statement; // a doubled quote reopens at once
        return true;
      case StmtEscape:
        this.keep(b);
        this.state = StmtQuoted;
        return true;
      case StmtSlash:
        if (b === STAR) {
          this.state = StmtComment;
          this.commentPrevStar = false;
          return true;
        }
        this.keep(SLASH);
        this.state = Statement;
        return false;
      case StmtComment: // a comment inside a statement becomes one space
        if (this.commentPrevStar && b === SLASH) {
          this.keep(0x20);
          this.state = Statement;
        }
        this.commentPrevStar = b === STAR;
        return true;
      case StmtDash:
        if (b === DASH) { this.state = StmtLineComment; return true; }
        this.keep(DASH);
        this.state = Statement;
        return false;
      case StmtLineComment:
        if (b === NL) { this.keep(NL); this.state = Statement; }
        return true;
    }
    return true;
  }

  private startStatement(): void {
    this.statementLine = this.cursor.line;
    this.firstWord = '';
    this.text.clear();
    this.delimiterMatched = 0;
    this.state = FirstWord;
  }

  /** One byte of a statement's text outside quotes and comments. */
  private statementByte(b: number): boolean {
    const delimiter = this.delimiter;
    if (b === delimiter[this.delimiterMatched]) {
      if (++this.delimiterMatched === delimiter.length) {
        this.endStatement();
        return true;
      }
      return true;
    }
    if (this.delimiterMatched > 0) {
      // A partial delimiter match was ordinary text after all.
      for (let k = 0; k < this.delimiterMatched; k++) this.keep(delimiter[k]);
      this.delimiterMatched = 0;
      return false;
    }
    if (this.firstWord === 'INSERT' || this.firstWord === 'REPLACE') {
      if (isWordByte(b)) {
        if (this.word === '') this.wordStart = this.text.length;
        this.word += String.fromCharCode(b).toUpperCase();
      } else {
        const word = this.word;
        this.word = '';
        if (word === 'VALUES' || word === 'VALUE') {
          this.startRows();
          return false;
        }
      }
    }
    if (b === QUOTE || b === DQUOTE || b === BACKTICK) {
      this.quote = b;
      this.state = StmtQuoted;
    } else if (b === SLASH) {
      this.state = StmtSlash;
      return true;
    } else if (b === DASH) {
      this.state = StmtDash;
      return true;
    } else if (b === HASH) {
      this.state = StmtLineComment;
      return true;
    }
    this.keep(b);
    return true;
  }

  private keep(b: number): void {
    if (this.keepText) this.text.push(b);
  }

  private endStatement(): void {
    this.state = Between;
    if (!this.keepText) return;
    const sql = utf8.decode(this.text.take());
    switch (this.firstWord) {
      case 'SET':
        this.noteSqlMode(sql);
        return;
      case 'CREATE':
        this.createTable(sql);
        return;
      default: // INSERT/REPLACE that ended before any VALUES keyword
        this.fail(this.statementLine, `${this.firstWord} statement without VALUES (INSERT … SELECT and INSERT … SET are not dump syntax)`, 'INSERT INTO `table` VALUES (…), …;');
    }
  }

  private createTable(sql: string): void {
    const created = this.parse(() => parseCreateTable(sql));
    if (created === null) return;
    const names = created.columns.map((c) => c.name);
    this.tables.set(created.table, { columns: names, line: this.statementLine });
    this.events.push({ kind: 'table', table: created.table, line: this.statementLine, columns: created.columns });
  }

  private startRows(): void {
    const head = utf8.decode(this.text.take().subarray(0, this.wordStart));
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
    const text = utf8.decode(this.text.take()).trim();
    if (text === '' || /\s/.test(text)) {
      this.fail(this.statementLine, `DELIMITER line has ${text === '' ? 'no delimiter' : `"${text}"`}`, 'DELIMITER followed by one delimiter such as ;; or ;');
    }
    this.delimiter = new TextEncoder().encode(text);
    this.state = Between;
  }

  private noteSqlMode(sql: string): void {
    this.backslashEscapes = backslashEscapesAfter(sql, this.backslashEscapes);
  }

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
