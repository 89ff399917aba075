// output/redirects/redirects.csv: one row per legacy URL record (RFC 4180 quoting).
//   legacy_url,new_url,status,page_id,kind

import type { LegacyUrlRecord } from '../plan/plan-types.js';

export function redirectsCsv(records: readonly LegacyUrlRecord[]): string {
  const rows = records.map((r) => [r.from, r.to, String(r.status), String(r.pageId), r.kind].map(csvField).join(','));
  return ['legacy_url,new_url,status,page_id,kind', ...rows].join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  // A leading = + - @ would be read as a formula by spreadsheet programs.
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
