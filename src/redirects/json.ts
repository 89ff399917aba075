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

/**
 * redirects.json piece by piece: a 100k-page site's records (about 650 MB) are longer than the
 * longest string V8 can make. `onRecord` sees each record's JSON as it is written.
 */
export function* redirectsJsonChunks(records: readonly LegacyUrlRecord[], model: RedirectModel, onRecord?: (json: string) => void): Generator<string> {
  const head: Omit<RedirectsJson, 'records'> = { generator: 'tiki2md', format: 1, redirectStatus: model.redirectStatus, goneStatus: model.goneStatus };
  // One record per line: diffable between runs, and valid JSON as a whole.
  yield `${JSON.stringify(head).slice(0, -1)},"records":[\n`;
  for (let i = 0; i < records.length; i++) {
    const json = JSON.stringify(records[i]);
    onRecord?.(json);
    yield (i ? ',\n' : '') + json;
  }
  yield '\n]}\n';
}
