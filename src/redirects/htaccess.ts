// Apache httpd, .htaccess variant (no RewriteMap: not allowed in .htaccess, Apache docs): one
// mod_rewrite rule per legacy URL, for hosts without access to the vhost config
// (legacy-urls-and-redirects.md §2.2). Place it in the site's document root. Rules are scanned
// linearly on every request: prefer the vhost variant (apache.ts) for large sites.
//
//   query  RewriteCond %{QUERY_STRING} (?:^|&)page=(?:<raw spelling>|…)(?:&|$) [NC]
//          RewriteRule ^<path without leading slash>$ <target> [NC,R=301,L,NE,QSD]
//   path   RewriteRule ^(?:<decoded path>|…)$ <target> [NC,R=301,L,NE,QSD]
//   bare   RewriteCond %{QUERY_STRING} ^$ + the path rule
//   gone   the same conditions, substitution "-", [R=410,L]
//
// Escaping: every pattern is pcreLiteral(): alphanumerics literal, every other byte \xHH — no
// space, quote, "%", "$" or newline reaches the config parser; the tokens hold only
// [A-Za-z0-9\\^$()?:|&=_-]. Substitutions are plan targets (percent-encoded) with "%" and "$"
// backslash-escaped so mod_rewrite does not read "%2F" as a back-reference.

import { pcreLiteral, rewriteSubstitution, apacheFlags } from './apache.js';
import { asciiLower, dedupeBy, isPlainParam, type RedirectModel } from './model.js';
import { joinedChunks } from './text-chunks.js';

function alternatives(values: string[]): string {
  const unique = dedupeBy(values, asciiLower).map(pcreLiteral);
  return unique.length === 1 ? unique[0] : `(?:${unique.join('|')})`;
}

const relative = (path: string) => path.replace(/^\/+/, '');

export function htaccessFile(model: RedirectModel): Iterable<string> {
  return joinedChunks(lines(model), '\n', '\n');
}

function* lines(model: RedirectModel): Generator<string> {
  yield '# tiki2md legacy URL redirects, .htaccess variant (generated; do not edit). Put in the document root;';
  yield '# needs mod_rewrite and AllowOverride FileInfo. Requests with an encoded slash (%2F) reach these rules';
  yield '# only with AllowEncodedSlashes On in the vhost.';
  yield 'RewriteEngine On';
  yield '';
  const substitution = (to: string | null) => `${to ? rewriteSubstitution(to) : '-'} ${apacheFlags(model, !to).replace('[', '[NC,')}`;
  for (const [name, forms] of model.query) {
    if (!isPlainParam(name)) continue;
    yield `# ?${name}=`;
    for (const f of forms) {
      yield `RewriteCond %{QUERY_STRING} (?:^|&)${name}=${alternatives(f.rawValues)}(?:&|$) [NC]`;
      yield `RewriteRule ^${pcreLiteral(relative(f.path))}$ ${substitution(f.to)}`;
    }
  }
  yield '';
  yield '# legacy paths';
  for (const f of model.paths) yield `RewriteRule ^${alternatives(f.paths.map(relative))}$ ${substitution(f.to)}`;
  if (model.bare.length) {
    yield '';
    yield '# script paths requested without a query string';
  }
  for (const f of model.bare) {
    yield 'RewriteCond %{QUERY_STRING} ^$';
    yield `RewriteRule ^${pcreLiteral(relative(f.path))}$ ${substitution(f.to)}`;
  }
}
