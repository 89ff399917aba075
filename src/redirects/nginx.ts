// nginx: `map` files + two include snippets (legacy-urls-and-redirects.md §2.1).
//
//   nginx/tiki2md-http.conf     inside http {}: hash sizes, one map per source, a chain of maps
//                               that yields $tiki2md_redirect (a target, "gone", or "")
//   nginx/tiki2md-server.conf   inside server {}: `return <status> $tiki2md_redirect` / 404|410
//   nginx/query-<param>.map     key "<decoded path>?<param>=<raw value>", source "$uri?<param>=$arg_<param>"
//   nginx/paths.map             key "<decoded path>", source $uri (nginx decodes %XX, keeps "+")
//   nginx/bare.map              key "<decoded path>", source "$uri$is_args$args" (no query string)
// The include paths are relative to nginx's configuration folder: copy this folder to
// /etc/nginx/tiki2md/ (see tiki2md-http.conf's header).
//
// Escaping: every key and value is a double-quoted nginx string: "\" → "\\", '"' → '\"', tab,
// CR, LF → \t \r \n (the only escapes nginx's parser knows; other bytes are literal inside
// quotes, so ";", "{", "}", "#", "$" and spaces are inert). A key starting with "~" or "\", or
// equal to a map keyword (default, include, volatile, hostnames), gets a leading "\" that the
// map module strips, so no key can become a regex or a directive. Values are targets already
// percent-encoded by the plan (no "$": nginx would expand it as a variable); only paths,
// never variables. Keys equal after ASCII lower-casing are written once (nginx compares map
// keys case-insensitively and refuses duplicates with "conflicting parameter").

import type { FileText } from './index.js';
import { DROPPED, FIRST, foldedVerdicts, pathKeyVerdicts, queryKeyVerdicts } from './folded-keys.js';
import { GONE, isPlainParam, type RedirectModel } from './model.js';
import { joinedChunks } from './text-chunks.js';

export const NGINX_DIR = 'tiki2md';

const MAP_KEYWORDS = new Set(['default', 'include', 'volatile', 'hostnames']);

const NGINX_SPECIAL = /[\\"\t\r\n]/;
const NGINX_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\r': '\\r', '\n': '\\n' };

/** A double-quoted nginx string whose value is exactly `value`. */
export function nginxString(value: string): string {
  return '"' + (NGINX_SPECIAL.test(value) ? value.replace(/[\\"\t\r\n]/g, (c) => NGINX_ESCAPES[c]) : value) + '"';
}

/** A map key: also neutralizes regex ("~") and keyword keys. */
export function nginxMapKey(key: string): string {
  const quoted = nginxString(key);
  const first = key.charCodeAt(0);
  // A key starting with "/" (nearly all) cannot lower-case to a keyword.
  const special = first === 0x7e || first === 0x5c || (first !== 0x2f && MAP_KEYWORDS.has(key.toLowerCase()));
  return special ? '"\\\\' + quoted.slice(1) : quoted;
}

interface NginxMap {
  file: string;
  variable: string;
  source: string;
  /** Passes the map's entries (key, target or GONE; keys equal after ASCII lower-casing once) to `add`. */
  entries: (add: (key: string, value: string) => void) => void;
}

const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');
const nextPow2 = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

function mapSpecs(model: RedirectModel): NginxMap[] {
  const maps: NginxMap[] = [];
  let start = 0; // the map's first key among all query keys (queryKeyVerdicts)
  for (const [name, forms] of model.query) {
    if (!isPlainParam(name)) continue;
    const first = start;
    for (const f of forms) start += f.rawValues.length;
    const entries = (add: (key: string, value: string) => void) => {
      const verdicts = queryKeyVerdicts(model);
      let i = first;
      for (const f of forms) {
        const prefix = `${f.path}?${name}=`;
        for (const v of f.rawValues) if (verdicts[i++] !== DROPPED) add(prefix + v, f.to ?? GONE);
      }
    };
    maps.push({ file: `query-${name}.map`, variable: `$tiki2md_q_${name}`, source: `"$uri?${name}=$arg_${name}"`, entries });
  }
  if (model.bare.length) {
    const entries = (add: (key: string, value: string) => void) => {
      const verdicts = foldedVerdicts(model.bare.map((f) => f.path));
      model.bare.forEach((f, i) => verdicts[i] === FIRST && add(f.path, f.to ?? GONE));
    };
    maps.push({ file: 'bare.map', variable: '$tiki2md_bare', source: '"$uri$is_args$args"', entries });
  }
  const paths = (add: (key: string, value: string) => void) => {
    const verdicts = pathKeyVerdicts(model);
    let i = 0;
    for (const f of model.paths) for (const p of f.paths) if (verdicts[i++] === FIRST) add(p, f.to ?? GONE);
  };
  maps.push({ file: 'paths.map', variable: '$tiki2md_path', source: '$uri', entries: paths });
  return maps;
}

/** File name (inside nginx/) → content: the map files, then the two include snippets. */
export function* nginxFiles(model: RedirectModel): Generator<[string, FileText]> {
  const maps = mapSpecs(model);
  let keys = 0;
  let longest = 0;
  let bytes = 0;
  let count = 0;
  for (const map of maps) {
    // One map's entries are held at a time: its header counts them.
    const mapKeys: string[] = [];
    const values: string[] = [];
    map.entries((key, value) => {
      mapKeys.push(key);
      values.push(value);
      const length = utf8Length(key);
      longest = Math.max(longest, length);
      bytes += length;
    });
    count += mapKeys.length;
    keys = Math.max(keys, mapKeys.length);
    const lines = function* () {
      yield `# tiki2md: ${mapKeys.length} keys for ${map.variable} (source ${map.source}); included by tiki2md-http.conf`;
      let value: string | undefined;
      let quoted = '';
      for (let i = 0; i < mapKeys.length; i++) {
        if (values[i] !== value) quoted = nginxString((value = values[i])) + ';';
        yield `${nginxMapKey(mapKeys[i])} ${quoted}`;
      }
      if (mapKeys.length === 0) yield ''; // an empty map file still ends with a blank line
    };
    yield [map.file, joinedChunks(lines(), '\n', '\n')];
  }
  // nginx stores a key in ~(len + 2 + 8) bytes rounded to 8; a bucket must hold the longest key,
  // and for big maps nginx only tries table sizes within 1000 of map_hash_max_size, so the
  // buckets need room for the busiest one: ~16 average keys per bucket and a table about twice
  // the key count keep `nginx -t` free of "could not build optimal map_hash" warnings.
  const element = (length: number) => 8 + Math.ceil((length + 2) / 8) * 8;
  const average = count === 0 ? 0 : bytes / count;
  const bucket = Math.min(32768, Math.max(128, nextPow2(Math.max(element(longest) * 2, element(average) * 16))));
  const maxSize = Math.max(4096, nextPow2(keys) * 2);

  const http = [
    '# tiki2md redirect maps for nginx (generated; do not edit).',
    '# Install: copy this folder to /etc/nginx/tiki2md/, then',
    '#   inside http {}:   include tiki2md/tiki2md-http.conf;',
    '#   inside server {}: include tiki2md/tiki2md-server.conf;',
    '# Check with `nginx -t`. If your http {} already sets map_hash_max_size or map_hash_bucket_size,',
    `# remove them there or here (nginx refuses a duplicate directive); these need at least ${maxSize} and ${bucket}.`,
    `map_hash_max_size ${maxSize};`,
    `map_hash_bucket_size ${bucket};`,
    '',
    ...maps.map((m) => `map ${m.source} ${m.variable} {\n    default "";\n    include ${NGINX_DIR}/${m.file};\n}`),
    '',
    '# The first non-empty of the maps above, in Tiki\'s precedence order.',
    ...chain(maps.map((m) => m.variable)),
    '',
  ].join('\n');
  yield ['tiki2md-http.conf', http];

  const status = model.redirectStatus;
  const server = [
    '# tiki2md legacy URL redirects (generated; do not edit). Include inside server {} (see tiki2md-http.conf).',
    '# Runs before location matching, so legacy URLs win over Hugo alias pages.',
    `if ($tiki2md_redirect = "${GONE}") {`,
    `    return ${model.goneStatus};`,
    '}',
    'if ($tiki2md_redirect != "") {',
    `    return ${status} $tiki2md_redirect;`,
    '}',
    '',
  ].join('\n');
  yield ['tiki2md-server.conf', server];
}

function chain(variables: string[]): string[] {
  const out: string[] = [];
  let next = variables[variables.length - 1];
  for (let i = variables.length - 2; i >= 0; i--) {
    const name = i === 0 ? '$tiki2md_redirect' : `$tiki2md_chain_${i}`;
    out.unshift(`map ${variables[i]} ${name} {\n    "" ${next};\n    default ${variables[i]};\n}`);
    next = name;
  }
  if (variables.length === 1) out.push(`map ${variables[0]} $tiki2md_redirect {\n    "" "";\n    default ${variables[0]};\n}`);
  return out;
}
