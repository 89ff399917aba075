// output/redirects/redirects.csv: one row per legacy URL spelling (RFC 4180 quoting, CRLF).
//   legacy_url,new_url,status,page_id,kind
// Every spelling of a record is a row (`+` and `%20`, upper/lower hex, NFC/NFD), so a tool that
// matches exactly finds each request clients send. `new_url` is empty for gone (404/410) URLs.
// Escaping: a field with "," '"' CR or LF is quoted with quotes doubled; a field starting with
// = + - @ tab or CR gets a leading "'" so spreadsheet programs do not run it as a formula.

import type { LegacyUrlRecord } from '../plan/plan-types.js';
import { joinedChunks } from './text-chunks.js';

export function redirectsCsv(records: readonly LegacyUrlRecord[]): Iterable<string> {
  return joinedChunks(rows(records), '\r\n', '\r\n');
}

function* rows(records: readonly LegacyUrlRecord[]): Generator<string> {
  yield 'legacy_url,new_url,status,page_id,kind';
  for (const r of records) {
    const rest = `,${csvField(r.to)},${csvField(String(r.status))},${csvField(String(r.pageId))},${csvField(r.kind)}`;
    for (const s of r.spellings) yield csvField(s) + rest;
  }
}

// A field that may need the "'" prefix or quoting; most need neither and are returned as they are.
const CSV_SPECIAL = /^[=+\-@\t\r]|[",\r\n]/;

export function csvField(value: string): string {
  if (!CSV_SPECIAL.test(value)) return value;
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
