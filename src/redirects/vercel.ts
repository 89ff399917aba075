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

import { added, upperHexOnly, type RedirectModel } from './model.js';
import { joinedChunks } from './text-chunks.js';

export const pathToRegexpLiteral = (path: string) => (/[:*+?(){}\\!]/.test(path) ? path.replace(/[:*+?(){}\\!]/g, '\\$&') : path);
export const regexLiteral = (value: string) => (/[\\^$.*+?()[\]{}|/-]/.test(value) ? value.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&') : value);

/** A JSON string literal (quotes, backslashes, control characters and lone surrogates escaped). */
const str = (value: string) => JSON.stringify(value);

export function vercelJson(model: RedirectModel): Iterable<string> {
  // The text of JSON.stringify({ redirects }, null, 2) + '\n', one redirect at a time (the whole
  // text can pass V8's longest string), written directly: only string values go through JSON.
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

/**
 * Each redirect as JSON.stringify({ source, has?, missing?, destination, statusCode }, null, 2)
 * indented by four spaces into the list; a redirect with the source and `has` of an earlier one
 * is left out. Query rules first, then paths, then bare script paths. The escapes are one-to-one,
 * so duplicates are found on the model's own strings (raw path, decoded value): a large site's
 * sets then hold no new strings.
 */
function* formatted(model: RedirectModel): Generator<string> {
  const end = `,\n      "statusCode": ${JSON.stringify(model.redirectStatus)}\n    }`;
  for (const [name, forms] of model.query) {
    const has = `,\n      "has": [\n        {\n          "type": "query",\n          "key": ${str(name)},\n          "value": `;
    const written = new Map<string, Set<string>>(); // raw path → decoded values written
    let decoded: readonly string[] = [];
    let patterns: string[] = [];
    for (const f of forms) {
      if (f.to === null) continue;
      const source = str(pathToRegexpLiteral(f.rawPath));
      const rest = `\n        }\n      ],\n      "destination": ${str(f.to)}${end}`;
      let values = written.get(f.rawPath);
      if (values === undefined) written.set(f.rawPath, (values = new Set()));
      // Consecutive forms of a page share their values array (model.ts).
      if (f.values !== decoded) patterns = (decoded = f.values).map((value) => str(regexLiteral(value)));
      for (let i = 0; i < decoded.length; i++) {
        if (added(values, decoded[i])) yield `    {\n      "source": ${source}${has}${patterns[i]}${rest}`;
      }
    }
  }
  // Rules without `has` (paths, bare script paths): one per raw path.
  const seen = new Set<string>();
  for (const f of model.paths) {
    if (f.to === null) continue;
    const rest = `,\n      "destination": ${str(f.to)}${end}`;
    for (const p of upperHexOnly(f.rawPaths)) if (added(seen, p)) yield `    {\n      "source": ${str(pathToRegexpLiteral(p))}${rest}`;
  }
  const names = [...model.query.keys()];
  const missing = names.length === 0 ? '[]' : `[\n${names.map((n) => `        {\n          "type": "query",\n          "key": ${str(n)}\n        }`).join(',\n')}\n      ]`;
  for (const f of model.bare) {
    if (f.to !== null && added(seen, f.rawPath)) yield `    {\n      "source": ${str(pathToRegexpLiteral(f.rawPath))},\n      "missing": ${missing},\n      "destination": ${str(f.to)}${end}`;
  }
}
