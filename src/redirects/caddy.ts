// Caddy v2 Caddyfile snippet (legacy-urls-and-redirects.md §2.6): `import` it inside a site
// block. One `map` per source, then a `redir` / `respond` per map:
//   map {path}?page={query.page} {tiki2md_q_page} {
//       "/tiki-index.php?page=My Page" /pages/my-page/
//       default ""
//   }
//   @tiki2md_q_page expression `{tiki2md_q_page} != "" && {tiki2md_q_page} != "gone"`
//   redir @tiki2md_q_page {tiki2md_q_page} 301
// Caddy decodes query values ("+" and %20 → space) and paths, so keys are decoded (NFC and NFD
// when they differ). Plain map inputs are case-sensitive: Tiki's own spelling of the name
// matches, other case variants do not.
//
// Escaping: a key is a double-quoted Caddyfile token. Keys made only of letters, digits,
// non-ASCII text and / . _ ~ - + , ; = : @ ! ' ( ) * & % ? and space are written as they are.
// Any other key (quotes, backslash, braces — which Caddy reads as placeholders or {$ENV} — "$",
// "#", control characters …) is written as an anchored regular-expression input "~^…$" in which
// every such character is \xHH, so the token holds no quote, brace or backslash-quote. Targets
// are plan targets (percent-encoded).

import { GONE, isPlainParam, pathEntries, type MapEntry, type RedirectModel } from './model.js';
import { joinedChunks } from './text-chunks.js';

const PLAIN = /^[\p{L}\p{N}\p{M} /._~\-+,;=:@!'()*&%?]*$/u;

/** A Caddyfile map input matching exactly `key`. */
export function caddyMapInput(key: string): string {
  if (PLAIN.test(key) && !key.startsWith('~') && key !== 'default') return `"${key}"`;
  let re = '';
  for (const ch of key) {
    const code = ch.codePointAt(0)!;
    const literal = /[A-Za-z0-9]/.test(ch) || (code > 0x9f && /[\p{L}\p{N}\p{M}\p{P}\p{S}]/u.test(ch));
    re += literal ? ch : code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\x{${code.toString(16)}}`;
  }
  return `"~^${re}$"`;
}

interface CaddyMap {
  source: string;
  variable: string;
  /** The map's entries, made as they are written. */
  entries: () => Iterable<MapEntry>;
}

export function caddyfile(model: RedirectModel): Iterable<string> {
  const maps: CaddyMap[] = [];
  for (const [name, forms] of model.query) {
    if (!isPlainParam(name)) continue;
    const entries = function* () {
      for (const f of forms) for (const v of f.values) yield { key: `${f.path}?${name}=${v}`, value: f.to ?? GONE };
    };
    maps.push({ source: `{path}?${name}={query.${name}}`, variable: `tiki2md_q_${name}`, entries });
  }
  if (model.bare.length) maps.push({ source: '{uri}', variable: 'tiki2md_bare', entries: () => model.bare.map((f) => ({ key: f.path, value: f.to ?? GONE })) });
  maps.push({ source: '{path}', variable: 'tiki2md_path', entries: () => pathEntries(model) });

  return joinedChunks(lines(model, maps), '\n', '\n');
}

function* lines(model: RedirectModel, maps: CaddyMap[]): Generator<string> {
  yield '# tiki2md legacy URL redirects for Caddy 2 (generated; do not edit). Inside your site block: import tiki2md.caddy';
  for (const m of maps) {
    yield `map ${m.source} {${m.variable}} {`;
    const seen = new Set<string>();
    for (const e of m.entries()) {
      if (seen.has(e.key)) continue;
      seen.add(e.key);
      yield `\t${caddyMapInput(e.key)} ${e.value}`;
    }
    yield '\tdefault ""';
    yield '}';
  }
  for (const m of maps) {
    const v = `{${m.variable}}`;
    yield `@${m.variable} expression \`${v} != "" && ${v} != "${GONE}"\``;
    yield `redir @${m.variable} ${v} ${model.redirectStatus}`;
    yield `@${m.variable}_gone expression \`${v} == "${GONE}"\``;
    yield `respond @${m.variable}_gone ${model.goneStatus}`;
  }
}
