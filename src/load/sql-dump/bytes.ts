// Byte constants and byte classes of the SQL text a dump contains (ASCII only: everything else is
// data), plus how to show one byte in an error message.

export const NL = 0x0a;
export const CR = 0x0d;
export const TAB = 0x09;
export const SPACE = 0x20;
export const QUOTE = 0x27; // '
export const DQUOTE = 0x22; // "
export const BACKTICK = 0x60; // `
export const BACKSLASH = 0x5c;
export const LPAREN = 0x28;
export const RPAREN = 0x29;
export const COMMA = 0x2c;
export const SEMICOLON = 0x3b;
export const DASH = 0x2d;
export const SLASH = 0x2f;
export const STAR = 0x2a;
export const HASH = 0x23;
export const UNDERSCORE = 0x5f;

/** Whitespace between SQL tokens: space, TAB, LF, CR, VT, FF. */
export function isSpace(b: number): boolean {
  return b === SPACE || (b >= 0x09 && b <= 0x0d);
}

/** Letters, digits and `_`: the bytes of an SQL keyword or unquoted identifier. */
export function isWordByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === UNDERSCORE;
}

/** Bytes of an unquoted literal: a keyword (NULL), a number (-1.5e+3) or a 0x… hex literal. */
export function isLiteralByte(b: number): boolean {
  return isWordByte(b) || b === 0x2e || b === 0x2b || b === DASH;
}

/** Value of a hex digit, or -1. */
export function hexDigit(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x61 + 10;
  if (b >= 0x41 && b <= 0x46) return b - 0x41 + 10;
  return -1;
}

/** One byte as a reader would want to see it in a message: 'x', a named control, or 0xFF. */
export function describeByte(b: number): string {
  if (b === NL) return 'a line break';
  if (b === TAB) return 'a TAB';
  if (b === CR) return 'a carriage return';
  if (b >= 0x21 && b <= 0x7e) return `'${String.fromCharCode(b)}'`;
  if (b === SPACE) return 'a space';
  return `byte 0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}
