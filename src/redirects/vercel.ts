// Vercel `vercel.json` (legacy-urls-and-redirects.md §2.5):
//   { "redirects": [
//     { "source": "/tiki-index.php", "has": [{ "type": "query", "key": "page", "value": "My Page" }],
//       "destination": "/pages/my-page/", "statusCode": 301 },
//     { "source": "/My\\+Page", "destination": "/pages/my-page/", "statusCode": 301 } ] }
// Query rules first, then paths, then bare script paths (with `missing` conditions for Tiki's
// parameters). Vercel redirects cannot answer 410: gone URLs are left out (they 404). Vercel
// caps the number of redirects per project (historically 1,024, unverified): beyond that use
// Bulk Redirects with redirects.json.
//
// Escaping: JSON.stringify escapes quotes, backslashes and control characters. `source` is a
// path-to-regexp pattern: ":" "*" "+" "?" "(" ")" "{" "}" "\" "!" are backslash-escaped so a page
// name can never become a parameter, group or wildcard. `has.value` is a regular expression
// matched against the decoded value: every regex metacharacter is backslash-escaped.

import { dedupeBy, upperHexOnly, type RedirectModel } from './model.js';
import { joinedChunks } from './text-chunks.js';

export const pathToRegexpLiteral = (path: string) => path.replace(/[:*+?(){}\\!]/g, (c) => `\\${c}`);
export const regexLiteral = (value: string) => value.replace(/[\\^$.*+?()[\]{}|/-]/g, (c) => `\\${c}`);

interface VercelRedirect {
  source: string;
  has?: { type: 'query'; key: string; value: string }[];
  missing?: { type: 'query'; key: string }[];
  destination: string;
  statusCode: number;
}

/** Four spaces before each line; only "\n" ends a line (JSON leaves U+2028 unescaped inside strings). */
const indent = (json: string) => '    ' + json.split('\n').join('\n    ');

export function vercelJson(model: RedirectModel): Iterable<string> {
  // JSON.stringify({ redirects }, null, 2) + '\n', one redirect at a time (the whole text can pass V8's longest string).
  const items = formatted(model);
  const first = items.next();
  if (first.done) return ['{\n  "redirects": []\n}\n'];
  return joinedChunks(
    (function* () {
      yield '{\n  "redirects": [\n' + first.value;
      yield* items;
    })(),
    ',\n',
    '\n  ]\n}\n',
  );
}

/** Each redirect as JSON.stringify(…, null, 2) indented into the list, duplicates (same source and condition) left out. */
function* formatted(model: RedirectModel): Generator<string> {
  const seen = new Set<string>();
  for (const r of redirects(model)) {
    const key = JSON.stringify([r.source, r.has]);
    if (seen.has(key)) continue;
    seen.add(key);
    yield indent(JSON.stringify(r, null, 2));
  }
}

function* redirects(model: RedirectModel): Generator<VercelRedirect> {
  const statusCode = model.redirectStatus;
  for (const [name, forms] of model.query) {
    for (const f of forms) {
      if (f.to === null) continue;
      for (const value of f.values) yield { source: pathToRegexpLiteral(f.rawPath), has: [{ type: 'query', key: name, value: regexLiteral(value) }], destination: f.to, statusCode };
    }
  }
  for (const f of model.paths) {
    if (f.to === null) continue;
    for (const p of dedupeBy(upperHexOnly(f.rawPaths), (x) => x)) yield { source: pathToRegexpLiteral(p), destination: f.to, statusCode };
  }
  const missing = [...model.query.keys()].map((key) => ({ type: 'query' as const, key }));
  for (const f of model.bare) {
    if (f.to !== null) yield { source: pathToRegexpLiteral(f.rawPath), missing, destination: f.to, statusCode };
  }
}
