// output/redirects/redirects.json: the whole legacy URL record model (legacy-urls-and-redirects.md
// §3.1), for tools, Workers/Edge functions and `tiki2md verify-redirects`:
//   { "generator": "tiki2md", "format": 1, "redirectStatus": 301, "goneStatus": 410,
//     "records": [{ from, matchKey, url: {path, param?, bare?}, spellings, to, status, kind,
//                   pageId, priority, origin, sourceObject?, hugoAlias? }] }
// Escaping: JSON.stringify (quotes, backslashes, control characters, lone surrogates escaped).

import type { LegacyUrlRecord } from '../plan/plan-types.js';
import type { RedirectModel } from './model.js';

export interface RedirectsJson {
  generator: 'tiki2md';
  format: 1;
  redirectStatus: number;
  goneStatus: number;
  records: LegacyUrlRecord[];
}

export function redirectsJson(records: readonly LegacyUrlRecord[], model: RedirectModel): string {
  const head: Omit<RedirectsJson, 'records'> = { generator: 'tiki2md', format: 1, redirectStatus: model.redirectStatus, goneStatus: model.goneStatus };
  // One record per line: diffable between runs, and valid JSON as a whole.
  const body = records.map((r) => JSON.stringify(r)).join(',\n');
  return `${JSON.stringify(head).slice(0, -1)},"records":[\n${body}\n]}\n`;
}
