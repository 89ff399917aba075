// Values of the live source, as the row model wants them (rows.ts): numbers as their decimal text,
// everything else as the exact bytes the server sent (the session sets character_set_results =
// binary, so nothing is converted on the way). Text in a latin1 column is repaired here, value by
// value: old Tiki sites wrote UTF-8 bytes into latin1 tables, so bytes that are valid UTF-8 are
// kept as UTF-8; other bytes are real latin1 (= cp1252) text and are converted to UTF-8.

import { cp1252Decode } from '../charset.js';
import type { SqlValue } from '../rows.js';

const numericTypes = new Set(['DECIMAL', 'NEWDECIMAL', 'TINY', 'SHORT', 'LONG', 'LONGLONG', 'INT24', 'FLOAT', 'DOUBLE', 'YEAR']);

interface CastField {
  type: string;
  string(): string | null;
  buffer(): Buffer | null;
}

/** mysql2 typeCast: decimal text for numbers, a plain Uint8Array copy of the bytes for the rest. */
export function castValue(field: CastField): SqlValue {
  if (numericTypes.has(field.type)) return field.string();
  const buffer = field.buffer();
  return buffer === null ? null : new Uint8Array(buffer);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextEncoder();

/** The UTF-8 bytes of a value read raw from a latin1 column (see header); null when unchanged. */
export function latin1ColumnValue(value: Uint8Array): Uint8Array | null {
  if (value.every((b) => b < 0x80)) return null;
  try {
    strictUtf8.decode(value);
    return null;
  } catch {
    return utf8.encode(cp1252Decode(value));
  }
}
