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

import { added, GONE, isPlainParam, type RedirectModel } from './model.js';
import { joinedChunks } from './text-chunks.js';

const PLAIN = /^[\p{L}\p{N}\p{M} /._~\-+,;=:@!'()*&%?]*$/u;
const UNICODE_LITERAL = /[\p{L}\p{N}\p{M}\p{P}\p{S}]/u;
const MAY_BE_PLAIN = 1; // the character may appear in a key written as it is (PLAIN)
const LITERAL = 2; // the character stands for itself in a "~^…$" input

/** MAY_BE_PLAIN | LITERAL bits of a code point. */
function classify(code: number): number {
  const ch = String.fromCodePoint(code);
  const literal = /[A-Za-z0-9]/.test(ch) || (code > 0x9f && UNICODE_LITERAL.test(ch));
  return (PLAIN.test(ch) ? MAY_BE_PLAIN : 0) | (literal ? LITERAL : 0);
}

// Code point → classify(), made on first use: a site's names hold few distinct characters, and
// testing Unicode-property regexes per key and per character took half of this file's time.
const ASCII_KINDS = Array.from({ length: 0x80 }, (_, c) => classify(c));
const kinds = new Map<number, number>();
function kind(code: number): number {
  if (code < 0x80) return ASCII_KINDS[code];
  let k = kinds.get(code);
  if (k === undefined) kinds.set(code, (k = classify(code)));
  return k;
}

const BYTE_ESCAPE = Array.from({ length: 256 }, (_, b) => `\\x${b.toString(16).padStart(2, '0')}`);

/** A Caddyfile map input matching exactly `key` (code points; a lone surrogate is one). */
export function caddyMapInput(key: string): string {
  let plain = !key.startsWith('~') && key !== 'default';
  for (let i = 0; plain && i < key.length; i++) {
    const code = key.codePointAt(i)!;
    if (code > 0xffff) i++;
    plain = (kind(code) & MAY_BE_PLAIN) !== 0;
  }
  if (plain) return `"${key}"`;
  let re = '';
  let start = 0; // key[start, i) is literal text not yet copied
  for (let i = 0; i < key.length; i++) {
    const code = key.codePointAt(i)!;
    const end = code > 0xffff ? i + 2 : i + 1;
    if ((kind(code) & LITERAL) === 0) {
      re += key.slice(start, i) + (code <= 0xff ? BYTE_ESCAPE[code] : `\\x{${code.toString(16)}}`);
      start = end;
    }
    i = end - 1;
  }
  return `"~^${re}${key.slice(start)}$"`;
}

/**
 * A group of a map's keys: `prefix` + each of `keys`, all with one value. A key is identified by
 * its group's `id` and its tail in `keys`, so duplicates are found on the model's own strings.
 */
interface KeyGroup {
  id: string;
  prefix: string;
  keys: readonly string[];
  value: string;
}

interface CaddyMap {
  source: string;
  variable: string;
  /** The groups, made as they are written. */
  groups: () => Iterable<KeyGroup>;
}

export function caddyfile(model: RedirectModel): Iterable<string> {
  const maps: CaddyMap[] = [];
  for (const [name, forms] of model.query) {
    if (!isPlainParam(name)) continue;
    // Without "?" in any path, a key's first "?" ends its path: path and value identify it.
    const byPath = forms.every((f) => !f.path.includes('?'));
    const groups = function* (): Generator<KeyGroup> {
      for (const f of forms) {
        const prefix = `${f.path}?${name}=`;
        const value = f.to ?? GONE;
        yield byPath ? { id: f.path, prefix, keys: f.values, value } : { id: '', prefix: '', keys: f.values.map((v) => prefix + v), value };
      }
    };
    maps.push({ source: `{path}?${name}={query.${name}}`, variable: `tiki2md_q_${name}`, groups });
  }
  if (model.bare.length) maps.push({ source: '{uri}', variable: 'tiki2md_bare', groups: () => model.bare.map((f) => ({ id: '', prefix: '', keys: [f.path], value: f.to ?? GONE })) });
  const paths = function* (): Generator<KeyGroup> {
    for (const f of model.paths) yield { id: '', prefix: '', keys: f.paths, value: f.to ?? GONE };
  };
  maps.push({ source: '{path}', variable: 'tiki2md_path', groups: paths });

  return joinedChunks(lines(model, maps), '\n', '\n');
}

function* lines(model: RedirectModel, maps: CaddyMap[]): Generator<string> {
  yield '# tiki2md legacy URL redirects for Caddy 2 (generated; do not edit). Inside your site block: import tiki2md.caddy';
  for (const m of maps) {
    yield `map ${m.source} {${m.variable}} {`;
    const seen = new Map<string, Set<string>>(); // group id → tails written
    for (const { id, prefix, keys, value } of m.groups()) {
      let tails = seen.get(id);
      if (tails === undefined) seen.set(id, (tails = new Set()));
      for (const k of keys) if (added(tails, k)) yield `\t${caddyMapInput(prefix + k)} ${value}`;
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
