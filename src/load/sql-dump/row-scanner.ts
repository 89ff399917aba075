// Scans the rows of one INSERT statement, byte by byte, from just after its VALUES keyword to its
// closing ';'. It accepts what MySQL and MariaDB dumps write:
//   VALUES\n(…),\n(…);   VALUES (…);   VALUES (…),(…);   … ON DUPLICATE KEY UPDATE …;
// and, inside a row, comma-separated values:
//   NULL · 5 · -1.5 · 1e-3 (unquoted, kept as written) ·
//   '…' or "…" with backslash escapes (see literals.ts) and doubled quotes ('') ·
//   _binary '…' / _utf8mb4 '…' (introducer dropped) ·
//   N'…' · 0xABCD (--hex-blob) · X'ab' · 0b101 / b'101' (BIT).
// Quoted and hex/bit values become exact bytes; raw bytes (TAB, invalid UTF-8, even raw newlines)
// are kept. Input may arrive in chunks split anywhere; the scanner keeps its state between feed()
// calls and never looks back, so time is linear in the input.

import type { SqlValue } from '../rows.js';
import { ByteBuilder } from './byte-builder.js';
import {
  BACKSLASH, COMMA, DQUOTE, LPAREN, NL, QUOTE, RPAREN, SEMICOLON,
  describeByte, hexDigit, isLiteralByte, isSpace,
} from './bytes.js';
import { bitsToBytes, hexToBytes, preview, pushEscaped } from './literals.js';

/** Throws a DumpError for `line` (the scanner never recovers from a syntax error). */
export type Fail = (line: number, problem: string, expected: string) => never;

/** Shared with the statement scanner: the 1-based line of the next byte to be consumed. */
export interface Cursor {
  line: number;
}

export interface RowStatement {
  table: string;
  columns: readonly string[];
  /** Where `columns` come from, for messages: "the 29 columns of its CREATE TABLE on line 120". */
  columnsOrigin: string;
  /** False for tables the caller does not want: rows are checked but neither kept nor emitted. */
  keep: boolean;
  /** False under NO_BACKSLASH_ESCAPES: a backslash is then an ordinary byte. */
  backslashEscapes: boolean;
}

/** Receives each complete row of a statement whose rows are kept. */
export type RowCallback = (statement: RowStatement, line: number, values: SqlValue[]) => void;

const RowOpen = 0, ValueStart = 1, Str = 2, StrEscape = 3, StrQuote = 4, Literal = 5, Hex = 6,
  QuotedHex = 7, QuotedBits = 8, Introduced = 9, AfterValue = 10, AfterRow = 11, Trailer = 12,
  TrailerStr = 13, TrailerEscape = 14, Done = 15;

const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const bitsPattern = /^0b[01]+$/;
const maxLiteral = 200;
const valueShape = 'a value: a quoted string, a number, NULL or a 0x… hex literal';

export class RowScanner {
  private state = Done;
  private statement!: RowStatement;
  private rowLine = 0;
  private valueLine = 0;
  private values: SqlValue[] = [];
  private valueCount = 0;
  private quote = QUOTE;
  private literal = '';
  /** Hex digits seen in the current 0x… or X'…' literal. */
  private digits = 0;
  private readonly value = new ByteBuilder();
  /** The last value when it was a quoted string (for hints about unbalanced quotes). */
  private lastString: Uint8Array | null = null;

  constructor(
    private readonly cursor: Cursor,
    private readonly fail: Fail,
    private readonly onRow: RowCallback,
  ) {}

  get done(): boolean {
    return this.state === Done;
  }

  begin(statement: RowStatement): void {
    this.statement = statement;
    this.state = RowOpen;
  }

  /** Consumes bytes of `chunk` from `start`; returns where it stopped (chunk end, or just after the statement's ';'). */
  feed(chunk: Uint8Array, start: number): number {
    const n = chunk.length;
    const cursor = this.cursor;
    let i = start;
    while (i < n) {
      const b = chunk[i];
      switch (this.state) {
        case RowOpen:
          if (isSpace(b)) break;
          if (b !== LPAREN) this.unexpected(b, "'(' starting a row");
          this.rowLine = cursor.line;
          this.valueCount = 0;
          this.values = [];
          this.state = ValueStart;
          break;
        case ValueStart:
          if (isSpace(b)) break;
          this.valueLine = cursor.line;
          if (b === QUOTE || b === DQUOTE) {
            this.startString(b);
          } else if (isLiteralByte(b)) {
            this.literal = String.fromCharCode(b);
            this.state = Literal;
          } else {
            this.unexpected(b, this.valueCount === 0 && b === RPAREN ? `${valueShape} (a row cannot be empty)` : valueShape);
          }
          break;
        case Str: {
          // Fast path: copy the run of ordinary bytes up to the next quote or backslash in one go.
          const q = this.quote;
          const escapes = this.statement.backslashEscapes;
          let j = i;
          for (; j < n; j++) {
            const c = chunk[j];
            if (c === q || (c === BACKSLASH && escapes)) break;
            if (c === NL) cursor.line++;
          }
          if (this.statement.keep) this.value.append(chunk, i, j);
          if (j === n) return n;
          this.state = chunk[j] === q ? StrQuote : StrEscape;
          i = j + 1;
          continue;
        }
        case StrEscape:
          if (this.statement.keep) pushEscaped(this.value, b);
          this.state = Str;
          break;
        case StrQuote:
          if (b === this.quote) {
            // A doubled quote stands for one quote character.
            if (this.statement.keep) this.value.push(b);
            this.state = Str;
            break;
          }
          this.endValue(this.statement.keep ? this.value.take() : null, true);
          continue; // b belongs to what follows the value
        case Literal:
          if (isLiteralByte(b)) {
            this.literal += String.fromCharCode(b);
            if (this.literal === '0x' || this.literal === '0X') {
              this.state = Hex;
              this.digits = 0;
              this.value.clear();
            }
            else if (this.literal.length > maxLiteral) this.failHere(`unquoted value longer than ${maxLiteral} characters`, valueShape);
            break;
          }
          if (this.endLiteral(b)) break; // b was the opening quote of X'…', N'…', _binary'…'
          continue;
        case Hex:
          if (hexDigit(b) >= 0) {
            if (this.statement.keep) this.value.push(b);
            this.digits++;
            break;
          }
          if (isLiteralByte(b)) this.unexpected(b, 'a hex digit (0-9, A-F) in a 0x… literal');
          if (this.digits === 0) this.failHere("hex literal '0x' has no digits", 'hex digits after 0x');
          this.endValue(this.statement.keep ? hexToBytes(this.value) : null, false);
          continue;
        case QuotedHex:
          if (b === QUOTE) {
            if (this.digits % 2 === 1) {
              this.failHere("X'…' hex literal has an odd number of digits", "an even number of hex digits in X'…'");
            }
            this.endValue(this.statement.keep ? hexToBytes(this.value) : null, false);
            break;
          }
          if (hexDigit(b) < 0) this.unexpected(b, "a hex digit (0-9, A-F) or the closing ' of an X'…' literal");
          if (this.statement.keep) this.value.push(b);
          this.digits++;
          break;
        case QuotedBits:
          if (b === QUOTE) {
            this.endValue(this.statement.keep ? bitsToBytes(this.value) : null, false);
            break;
          }
          if (b !== 0x30 && b !== 0x31) this.unexpected(b, "0, 1 or the closing ' of a b'…' literal");
          if (this.statement.keep) this.value.push(b);
          break;
        case Introduced:
          // After a charset introducer such as _binary: the value itself follows.
          if (isSpace(b)) break;
          if (b === QUOTE || b === DQUOTE) this.startString(b);
          else if (isLiteralByte(b)) {
            this.literal = String.fromCharCode(b);
            this.state = Literal;
          } else this.unexpected(b, `a quoted string or a hex literal after the ${this.literal} introducer`);
          break;
        case AfterValue:
          if (isSpace(b)) break;
          if (b === COMMA) {
            this.state = ValueStart;
          } else if (b === RPAREN) {
            this.endRow();
          } else {
            this.afterValueGarbage(b);
          }
          break;
        case AfterRow:
          if (isSpace(b)) break;
          if (b === COMMA) this.state = RowOpen;
          else if (b === SEMICOLON) this.state = Done;
          else if (isLiteralByte(b)) this.state = Trailer; // ON DUPLICATE KEY UPDATE …
          else this.unexpected(b, "',' before the next row, or ';' ending the INSERT statement");
          break;
        case Trailer:
          if (b === QUOTE || b === DQUOTE) {
            this.quote = b;
            this.state = TrailerStr;
          } else if (b === SEMICOLON) this.state = Done;
          break;
        case TrailerStr:
          if (b === BACKSLASH && this.statement.backslashEscapes) this.state = TrailerEscape;
          else if (b === this.quote) this.state = Trailer;
          break;
        case TrailerEscape:
          this.state = TrailerStr;
          break;
        case Done:
          return i;
      }
      if (b === NL) cursor.line++;
      i++;
      if (this.state === Done) return i;
    }
    return i;
  }

  /** Called at the end of the input while the statement is not finished: always throws. */
  endOfInput(): never {
    const { table } = this.statement;
    const truncated = 'the dump looks truncated';
    if (this.state === Str || this.state === StrEscape) {
      this.fail(
        this.valueLine,
        `file ends inside a string value that starts on this line, in a row of table \`${table}\``,
        `a closing ${String.fromCharCode(this.quote)} after the value, then the rest of the row and ';' — ${truncated}, or a quote is unbalanced`,
      );
    }
    if (this.state === AfterRow || this.state === Trailer) {
      this.fail(this.cursor.line, `file ends after a row of table \`${table}\``, `',' and another row, or ';' — ${truncated}`);
    }
    if (this.state === RowOpen) {
      this.fail(this.cursor.line, `file ends where the next row of table \`${table}\` should start`, `'(' and a row — ${truncated}`);
    }
    this.fail(this.rowLine, `file ends inside a row of table \`${table}\``, `the rest of the row, ')' and ';' — ${truncated}`);
  }

  private startString(quote: number): void {
    this.quote = quote;
    this.value.clear();
    this.state = Str;
  }

  /**
   * Ends the unquoted literal collected so far, `next` being the byte after it. Returns true when
   * `next` belongs to the literal (the opening quote of X'…', B'…', N'…', _charset'…').
   */
  private endLiteral(next: number): boolean {
    const literal = this.literal;
    const upper = literal.toUpperCase();
    if (next === QUOTE || next === DQUOTE) {
      this.state = upper === 'X' && next === QUOTE ? QuotedHex
        : upper === 'B' && next === QUOTE ? QuotedBits
        : upper === 'N' || literal.startsWith('_') ? Str
        : this.unexpected(next, `',' or ')' after the value ${literal}`);
      this.quote = next;
      this.digits = 0;
      this.value.clear();
      return true;
    }
    if (literal.startsWith('_') && literal.length > 1 && isSpace(next)) {
      this.state = Introduced;
    } else if (upper === 'NULL') {
      this.endValue(null, false);
    } else if (numberPattern.test(literal)) {
      this.endValue(literal, false);
    } else if (bitsPattern.test(literal)) {
      this.value.clear();
      for (let k = 2; k < literal.length; k++) this.value.push(literal.charCodeAt(k));
      this.endValue(this.statement.keep ? bitsToBytes(this.value) : null, false);
    } else {
      this.failHere(`found ${JSON.stringify(literal)} in a row of table \`${this.statement.table}\``, valueShape);
    }
    return false;
  }

  private endValue(value: SqlValue, wasString: boolean): void {
    if (this.statement.keep) this.values.push(value);
    this.valueCount++;
    this.lastString = wasString ? (value instanceof Uint8Array ? value : new Uint8Array(0)) : null;
    this.state = AfterValue;
  }

  private endRow(): void {
    const { table, columns, columnsOrigin, keep } = this.statement;
    if (this.valueCount !== columns.length) {
      this.fail(
        this.rowLine,
        `row of table \`${table}\` has ${this.valueCount} value${this.valueCount === 1 ? '' : 's'} but the table has ${columns.length} column${columns.length === 1 ? '' : 's'}`,
        `one value for each of ${columnsOrigin}`,
      );
    }
    if (keep) this.onRow(this.statement, this.rowLine, this.values);
    this.values = [];
    this.state = AfterRow;
  }

  private afterValueGarbage(b: number): never {
    const expected = "',' before the next value or ')' ending the row";
    if (this.lastString === null) this.unexpected(b, expected);
    const where = this.valueLine === this.cursor.line ? '' : ` that started on line ${this.valueLine}`;
    this.fail(
      this.cursor.line,
      `found ${describeByte(b)} in a row of table \`${this.statement.table}\` right after the string value${this.statement.keep ? ` ${preview(this.lastString)}` : ''}${where}; a quote is probably unbalanced${where ? ` on line ${this.valueLine}` : ''}`,
      expected,
    );
  }

  private unexpected(b: number, expected: string): never {
    this.failHere(`found ${describeByte(b)} in a row of table \`${this.statement.table}\``, expected);
  }

  private failHere(problem: string, expected: string): never {
    this.fail(this.cursor.line, problem, expected);
  }
}
