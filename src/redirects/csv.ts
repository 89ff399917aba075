// output/redirects/redirects.csv: one row per legacy URL spelling (RFC 4180 quoting, CRLF).
//   legacy_url,new_url,status,page_id,kind
// Every spelling of a record is a row (`+` and `%20`, upper/lower hex, NFC/NFD), so a tool that
// matches exactly finds each request clients send. `new_url` is empty for gone (404/410) URLs.
// Escaping: a field with "," '"' CR or LF is quoted with quotes doubled; a field starting with
// = + - @ tab or CR gets a leading "'" so spreadsheet programs do not run it as a formula.

import type { LegacyUrlRecord } from '../plan/plan-types.js';

export function redirectsCsv(records: readonly LegacyUrlRecord[]): string {
  const rows = records.flatMap((r) => r.spellings.map((s) => [s, r.to, String(r.status), String(r.pageId), r.kind].map(csvField).join(',')));
  return ['legacy_url,new_url,status,page_id,kind', ...rows].join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
