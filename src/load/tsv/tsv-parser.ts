// A streaming byte-level parser for the two tab-separated forms MySQL tools write. Fields end at
// an unescaped TAB, rows at an unescaped LF; every other byte is data, taken as is (blobs are raw,
// so a file need not be valid UTF-8). After a backslash:
//   0 → NUL   b → BS   n → LF   r → CR   t → TAB   Z → 0x1A   any other byte → that byte
// which covers both writers:
//   mysqldump --tab / SELECT … INTO OUTFILE (LOAD DATA format): a TAB, LF or backslash in data is
//     written as a backslash followed by that raw byte, NUL as \0, and NULL as the field \N;
//   mysql --batch: TAB, LF, backslash and NUL in data as \t \n \\ \0 (CR stays raw), and NULL as
//     the bare text NULL — the same as a value that is the text "NULL" (`nullText` dialect).
// `line` of a row is the 1-based physical line it starts on (escaped newlines count).

import { ByteBuilder } from '../sql-dump/byte-builder.js';

export type TsvValue = Uint8Array | null;

export interface TsvRow {
  line: number;
  values: TsvValue[];
}

const unescape: Record<number, number> = { 0x30: 0x00, 0x62: 0x08, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x5a: 0x1a };
const nullText = Uint8Array.from([0x4e, 0x55, 0x4c, 0x4c]); // NULL

export class TsvParser {
  private readonly field = new ByteBuilder();
  private values: TsvValue[] = [];
  private escaped = false;
  /** The field so far is exactly the escape sequence \N. */
  private escapedNull = false;
  /** Bytes were seen in the current row (so an LF ends a row, not a blank line). */
  private started = false;
  private line = 1;
  private rowLine = 1;
  private readonly rows: TsvRow[] = [];

  constructor(private readonly dialect: 'load-data' | 'batch') {}

  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (!this.started) {
        this.started = true;
        this.rowLine = this.line;
      }
      if (this.escaped) {
        this.escaped = false;
        if (byte === 0x0a) this.line++;
        if (byte === 0x4e && this.field.length === 0 && this.dialect === 'load-data') this.escapedNull = true;
        else {
          this.escapedNull = false;
          this.field.push(unescape[byte] ?? byte);
        }
        continue;
      }
      if (this.escapedNull && byte !== 0x09 && byte !== 0x0a) {
        this.escapedNull = false;
        this.field.push(0x4e);
      }
      if (byte === 0x5c) this.escaped = true;
      else if (byte === 0x09) this.endField();
      else if (byte === 0x0a) {
        this.line++;
        this.endField();
        this.rows.push({ line: this.rowLine, values: this.values });
        this.values = [];
        this.started = false;
      } else this.field.push(byte);
    }
  }

  /** Rows completed so far (each returned once). */
  drain(): TsvRow[] {
    return this.rows.splice(0, this.rows.length);
  }

  /** Ends the input; a last row without a final newline is completed. Returns false when the file ended inside an escape. */
  end(): boolean {
    if (this.escaped) return false;
    if (this.started) {
      this.endField();
      this.rows.push({ line: this.rowLine, values: this.values });
      this.values = [];
      this.started = false;
    }
    return true;
  }

  /** The line the parser is on (for messages about the end of the file). */
  get currentLine(): number {
    return this.line;
  }

  private endField(): void {
    if (this.escapedNull) {
      this.escapedNull = false;
      this.field.clear();
      this.values.push(null);
      return;
    }
    const bytes = this.field.take();
    this.values.push(this.dialect === 'batch' && equal(bytes, nullText) ? null : bytes);
  }
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
