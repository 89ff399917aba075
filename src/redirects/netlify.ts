// Netlify `_redirects` (legacy-urls-and-redirects.md §2.3): one rule per line,
//   /My+Page                 /pages/my-page/  301!
//   /tiki-index.php  page=My+Page  /pages/my-page/  301!
//   /tiki-download_wiki_attachment.php  attId=1  /404.html  410!
// "!" forces the rule even though Hugo wrote an alias page at that path. Query rules come first,
// then paths, then bare script paths (a rule without a query condition matches any query, so
// /tiki-index.php → home must be last). Whether Netlify compares query values raw or decoded is
// not documented (unverified): every raw spelling gets a line.
//
// Escaping: fields are separated by whitespace and a line starting with "#" is a comment. Every
// field is a raw spelling or a plan target: percent-encoded, no whitespace, no "#". Netlify reads
// ":name" as a placeholder and "*" as a splat, so ":" and "*" are percent-encoded (%3A, %2A).

import { distinct, type RedirectModel } from './model.js';
import { joinedChunks } from './text-chunks.js';

const field = (value: string) => (value.includes(':') || value.includes('*') ? value.replace(/[:*]/g, (c) => (c === ':' ? '%3A' : '%2A')) : value);

export function netlifyRedirects(model: RedirectModel): Iterable<string> {
  return joinedChunks(lines(model), '\n', '\n');
}

function* lines(model: RedirectModel): Generator<string> {
  // "  <target>  <status>!" for a redirect and for a gone URL.
  const end = (to: string | null) => (to === null ? `  /404.html  ${model.goneStatus}!` : `  ${to}  ${model.redirectStatus}!`);
  yield '# tiki2md legacy URL redirects for Netlify (generated; do not edit). Copy to the published folder (Hugo: static/_redirects).';
  for (const [name, forms] of model.query) {
    const param = `  ${field(name)}=`;
    let raw: readonly string[] = [];
    let values: string[] = [];
    for (const f of forms) {
      // Consecutive forms of a page share their values array (model.ts).
      if (f.rawValues !== raw) values = distinct((raw = f.rawValues).map(field));
      const start = field(f.rawPath) + param;
      const rest = end(f.to);
      for (const v of values) yield start + v + rest;
    }
  }
  for (const f of model.paths) {
    const rest = end(f.to);
    for (const p of distinct(f.rawPaths.map(field))) yield p + rest;
  }
  for (const f of model.bare) yield field(f.rawPath) + end(f.to);
}
