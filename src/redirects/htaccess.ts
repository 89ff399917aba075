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
import { asciiLower, isPlainParam, type RedirectModel } from './model.js';
import { joinedChunks } from './text-chunks.js';

/** One pattern for the values: each folded spelling once, as pcreLiteral. */
function alternatives(values: readonly string[]): string {
  if (values.length === 1) return pcreLiteral(values[0]);
  const seen: string[] = [];
  let pattern = '';
  for (const v of values) {
    const folded = asciiLower(v);
    if (seen.includes(folded)) continue;
    pattern += (seen.length ? '|' : '') + pcreLiteral(v);
    seen.push(folded);
  }
  return seen.length === 1 ? pattern : `(?:${pattern})`;
}

const relative = (path: string) => (path.charCodeAt(0) === 0x2f ? path.replace(/^\/+/, '') : path);

export function htaccessFile(model: RedirectModel): Iterable<string> {
  return joinedChunks(lines(model), '\n', '\n');
}

function* lines(model: RedirectModel): Generator<string> {
  yield '# tiki2md legacy URL redirects, .htaccess variant (generated; do not edit). Put in the document root;';
  yield '# needs mod_rewrite and AllowOverride FileInfo. Requests with an encoded slash (%2F) reach these rules';
  yield '# only with AllowEncodedSlashes On in the vhost.';
  yield 'RewriteEngine On';
  yield '';
  const redirectFlags = ' ' + apacheFlags(model, false).replace('[', '[NC,');
  const goneFlags = '- ' + apacheFlags(model, true).replace('[', '[NC,');
  const substitution = (to: string | null) => (to ? rewriteSubstitution(to) + redirectFlags : goneFlags);
  // Query forms name a handful of script paths: each path's pattern is made once.
  const scripts = new Map<string, string>();
  const script = (path: string) => {
    let pattern = scripts.get(path);
    if (pattern === undefined) scripts.set(path, (pattern = `RewriteRule ^${pcreLiteral(relative(path))}$ `));
    return pattern;
  };
  for (const [name, forms] of model.query) {
    if (!isPlainParam(name)) continue;
    yield `# ?${name}=`;
    let values: readonly string[] = [];
    let cond = '';
    for (const f of forms) {
      // Consecutive forms of a page share their values array (model.ts): one pattern for them.
      if (f.rawValues !== values) cond = `RewriteCond %{QUERY_STRING} (?:^|&)${name}=${alternatives((values = f.rawValues))}(?:&|$) [NC]\n`;
      yield `${cond}${script(f.path)}${substitution(f.to)}`;
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
    yield `${script(f.path)}${substitution(f.to)}`;
  }
}
