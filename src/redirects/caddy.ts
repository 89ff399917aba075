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

import { dedupeBy, GONE, type RedirectModel } from './model.js';
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

export function caddyfile(model: RedirectModel): Iterable<string> {
  const maps: { source: string; variable: string; entries: { key: string; value: string }[] }[] = [];
  for (const [name, forms] of model.query) {
    if (!/^[a-z0-9_]+$/.test(name)) continue;
    const entries = forms.flatMap((f) => f.values.map((v) => ({ key: `${f.path}?${name}=${v}`, value: f.to ?? GONE })));
    maps.push({ source: `{path}?${name}={query.${name}}`, variable: `tiki2md_q_${name}`, entries });
  }
  if (model.bare.length) maps.push({ source: '{uri}', variable: 'tiki2md_bare', entries: model.bare.map((f) => ({ key: f.path, value: f.to ?? GONE })) });
  maps.push({ source: '{path}', variable: 'tiki2md_path', entries: model.paths.flatMap((f) => f.paths.map((p) => ({ key: p, value: f.to ?? GONE }))) });

  const lines = ['# tiki2md legacy URL redirects for Caddy 2 (generated; do not edit). Inside your site block: import tiki2md.caddy'];
  for (const m of maps) {
    lines.push(`map ${m.source} {${m.variable}} {`);
    for (const e of dedupeBy(m.entries, (x) => x.key)) lines.push(`\t${caddyMapInput(e.key)} ${e.value}`);
    lines.push('\tdefault ""', '}');
  }
  for (const m of maps) {
    const v = `{${m.variable}}`;
    lines.push(`@${m.variable} expression \`${v} != "" && ${v} != "${GONE}"\``, `redir @${m.variable} ${v} ${model.redirectStatus}`);
    lines.push(`@${m.variable}_gone expression \`${v} == "${GONE}"\``, `respond @${m.variable}_gone ${model.goneStatus}`);
  }
  return joinedChunks(lines, '\n', '\n');
}
