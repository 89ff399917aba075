// The row accessors every source's rows are read through: text decodes UTF-8 per value, int
// accepts only integers, bytes are exact, and NULL and absent columns are told apart in errors.

import { describe, expect, it } from 'vitest';
import { bytes, int, requiredInt, requiredText, RowValueError, text, type SqlValue } from '../../src/load/rows.js';

const row = new Map<string, SqlValue>([
  ['id', '42'],
  ['neg', '-7'],
  ['quotedId', new TextEncoder().encode('13')],
  ['name', new TextEncoder().encode('Café 😀')],
  ['bad', Uint8Array.of(0x61, 0xff, 0x62)],
  ['bom', Uint8Array.of(0xef, 0xbb, 0xbf, 0x78)],
  ['nothing', null],
  ['decimal', '1.5'],
  ['huge', '18446744073709551615'],
]);

describe('row accessors', () => {
  it('text decodes each value as UTF-8, keeping a leading BOM and marking invalid bytes', () => {
    expect(text(row, 'name')).toBe('Café 😀');
    expect(text(row, 'id')).toBe('42');
    expect(text(row, 'bad')).toBe('a\uFFFDb');
    expect(text(row, 'bom')).toBe('\uFEFFx');
    expect(text(row, 'nothing')).toBeNull();
    expect(text(row, 'absent')).toBeNull();
  });

  it('int reads unquoted and quoted integers, and rejects anything else', () => {
    expect(int(row, 'id')).toBe(42);
    expect(int(row, 'neg')).toBe(-7);
    expect(int(row, 'quotedId')).toBe(13);
    expect(int(row, 'nothing')).toBeNull();
    expect(() => int(row, 'decimal')).toThrow(new RowValueError('decimal', 'found "1.5"', 'an integer'));
    expect(() => int(row, 'name')).toThrow('column name: found "Café 😀" (expected an integer)');
    expect(() => int(row, 'huge')).toThrow('integer 18446744073709551615 is too large');
  });

  it('bytes are exact; unquoted literals come back as their UTF-8 bytes', () => {
    expect(bytes(row, 'bad')).toEqual(Uint8Array.of(0x61, 0xff, 0x62));
    expect(bytes(row, 'id')).toEqual(Uint8Array.of(0x34, 0x32));
    expect(bytes(row, 'nothing')).toBeNull();
  });

  it('required accessors tell NULL from a missing column', () => {
    expect(requiredText(row, 'name')).toBe('Café 😀');
    expect(requiredInt(row, 'id')).toBe(42);
    expect(() => requiredText(row, 'nothing')).toThrow('column nothing: value is NULL (expected a text value)');
    expect(() => requiredInt(row, 'absent')).toThrow('column absent: column is missing from the row (expected an integer)');
  });
});
