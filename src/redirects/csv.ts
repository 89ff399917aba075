// output/redirects/redirects.csv: one row per legacy URL spelling (RFC 4180 quoting, CRLF).
//   legacy_url,new_url,status,page_id,kind
// Every spelling of a record is a row (`+` and `%20`, upper/lower hex, NFC/NFD), so a tool that
// matches exactly finds each request clients send. `new_url` is empty for gone (404/410) URLs.
// Escaping: a field with "," '"' CR or LF is quoted with quotes doubled; a field starting with
// = + - @ tab or CR gets a leading "'" so spreadsheet programs do not run it as a formula.

import type { LegacyUrlRecord } from '../plan/plan-types.js';
import { joinedChunks } from './text-chunks.js';

export function redirectsCsv(records: readonly LegacyUrlRecord[]): Iterable<string> {
  const rows = ['legacy_url,new_url,status,page_id,kind'];
  for (const r of records) for (const s of r.spellings) rows.push([s, r.to, String(r.status), String(r.pageId), r.kind].map(csvField).join(','));
  return joinedChunks(rows, '\r\n', '\r\n');
}

export function csvField(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
