// The redirect emitters' fast escaping and dedupe code equals the straightforward code it
// replaced (kept here as the reference), on arbitrary text: every UTF-16 code unit (lone
// surrogates included), astral characters, and the characters each format escapes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LegacyUrlRecord } from '../../src/plan/plan-types.js';
import { apacheFlags, pcreLiteral, rewriteSubstitution } from '../../src/redirects/apache.js';
import { caddyfile, caddyMapInput } from '../../src/redirects/caddy.js';
import { csvField } from '../../src/redirects/csv.js';
import { DROPPED, FIRST, FIRST_IN_MAP, pathKeyVerdicts, queryKeyVerdicts } from '../../src/redirects/folded-keys.js';
import { htaccessFile } from '../../src/redirects/htaccess.js';
import { xmlAttr, xmlUnrepresentable } from '../../src/redirects/iis.js';
import { asciiLower, distinct, isPlainParam, redirectModel, upperHexOnly, type RedirectModel } from '../../src/redirects/model.js';
import { netlifyRedirects } from '../../src/redirects/netlify.js';
import { nginxMapKey, nginxString } from '../../src/redirects/nginx.js';
import { pathToRegexpLiteral, regexLiteral, vercelJson } from '../../src/redirects/vercel.js';

const reference = {
  pcreLiteral(text: string): string {
    let out = '';
    for (const byte of Buffer.from(text, 'utf8')) {
      const ch = String.fromCharCode(byte);
      out += /[A-Za-z0-9]/.test(ch) ? ch : `\\x${byte.toString(16).padStart(2, '0')}`;
    }
    return out;
  },
  rewriteSubstitution: (target: string) => target.replace(/[%$\\]/g, (c) => `\\${c}`).replace(/[\s"]/g, (c) => encodeURIComponent(c)),
  asciiLower: (value: string) => (/^[\x00-\x7f]*$/.test(value) ? value.toLowerCase() : value.replace(/[A-Z]+/g, (m) => m.toLowerCase())),
  caddyMapInput(key: string): string {
    if (/^[\p{L}\p{N}\p{M} /._~\-+,;=:@!'()*&%?]*$/u.test(key) && !key.startsWith('~') && key !== 'default') return `"${key}"`;
    let re = '';
    for (const ch of key) {
      const code = ch.codePointAt(0)!;
      const literal = /[A-Za-z0-9]/.test(ch) || (code > 0x9f && /[\p{L}\p{N}\p{M}\p{P}\p{S}]/u.test(ch));
      re += literal ? ch : code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\x{${code.toString(16)}}`;
    }
    return `"~^${re}$"`;
  },
  nginxString: (value: string) => '"' + value.replace(/[\\"\t\r\n]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\t': '\\t', '\r': '\\r', '\n': '\\n' })[c]!) + '"',
  nginxMapKey(key: string): string {
    const quoted = reference.nginxString(key);
    return /^[~\\]/.test(key) || ['default', 'include', 'volatile', 'hostnames'].includes(key.toLowerCase()) ? '"\\\\' + quoted.slice(1) : quoted;
  },
  xmlAttr: (value: string) => value.replace(/[&<>"'\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!),
  xmlInvalid: (text: string) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text),
  csvField(value: string): string {
    const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  },
  pathToRegexpLiteral: (path: string) => path.replace(/[:*+?(){}\\!]/g, (c) => `\\${c}`),
  regexLiteral: (value: string) => value.replace(/[\\^$.*+?()[\]{}|/-]/g, (c) => `\\${c}`),
};

// One "character" of arbitrary text: any UTF-16 code unit, any code point, or a piece the formats treat specially.
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom(...'AZaz09 +%/?=&#~-_.:*,"\'\\${}()[]|^!@;<>\t\n\r\u0000\u007f\u0085\u00a0\u00ff\u0100éÉİßK\u2013\u2028\ufeff\ufffe\uffff😀\ud800\udc00Жж日'.split('')),
  fc.constantFrom('e\u0301', '%C3%A9', '%c3%a9', '%20', '😀', '\ud83d\ude00', 'default', 'include', 'HostNames', '?page=', '?page_id='),
);
const text = fc.string({ unit, maxLength: 24 });
const runs = { numRuns: 2000, seed: 11 };

describe('escaping fast paths equal the reference', () => {
  const cases: [string, (s: string) => unknown, (s: string) => unknown][] = [
    ['pcreLiteral', pcreLiteral, reference.pcreLiteral],
    ['rewriteSubstitution', rewriteSubstitution, reference.rewriteSubstitution],
    ['asciiLower', asciiLower, reference.asciiLower],
    ['caddyMapInput', caddyMapInput, reference.caddyMapInput],
    ['nginxString', nginxString, reference.nginxString],
    ['nginxMapKey', nginxMapKey, reference.nginxMapKey],
    ['xmlAttr', xmlAttr, reference.xmlAttr],
    ['xmlUnrepresentable', xmlUnrepresentable, reference.xmlInvalid],
    ['csvField', csvField, reference.csvField],
    ['pathToRegexpLiteral', pathToRegexpLiteral, reference.pathToRegexpLiteral],
    ['regexLiteral', regexLiteral, reference.regexLiteral],
  ];
  for (const [name, fast, slow] of cases) {
    it(name, () => fc.assert(fc.property(text, (s) => {
      expect(fast(s)).toBe(slow(s));
    }), runs));
  }

  it('distinct', () => fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'A', ''), { maxLength: 40 }), (a) => {
    expect(distinct(a)).toEqual([...new Set(a)]);
  }), runs));
});

// Records shaped like the plan's (query, path and bare forms), from a small pool of names,
// values and paths so that forms repeat values, keys collide after case folding, and a decoded
// path holding "?page=" can make one parameter's key equal another's.
const piece = fc.constantFrom('/tiki-index.php', '/x', '/X', '?page=', '?page_id=', 'Vitamin', 'vitamin', '+D', '%20D', '%C3%A9', '%c3%a9', 'é', '😀', ':', '*', '(', '\\', '"', '');
const word = fc.oneof(fc.array(piece, { maxLength: 4 }).map((p) => p.join('')), text);
const status = fc.constantFrom(301, 301, 302, 404, 410);
const to = fc.oneof(fc.constantFrom('/pages/a/', '/pages/b%20c/', '', 'https://x.example/"y'), word);
const mostly = (common: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...common), weight: 4 }, { arbitrary: word, weight: 1 });
const record = (values: string[][]): fc.Arbitrary<LegacyUrlRecord> =>
  fc.oneof(
    { arbitrary: query(values), weight: 3 },
    { arbitrary: pathForm, weight: 1 },
    { arbitrary: bareForm, weight: 1 },
  );
const query = (values: string[][]): fc.Arbitrary<LegacyUrlRecord> =>
  fc
    .record({ rawPath: mostly(['/tiki-index.php', '/x', '/X']), path: mostly(['/tiki-index.php', '/x', '/X', '/x?page=a']), name: mostly(['page', 'page_id', 'page_ref_id', 'attId']), values: fc.constantFrom(...values), status, to })
    .map((r) => ({ ...base(r.status, r.to), url: { path: r.path, param: { name: r.name, value: r.values[0] } }, spellings: r.values.map((v) => `${r.rawPath}?${r.name}=${v}`) }));
const pathForm: fc.Arbitrary<LegacyUrlRecord> = fc
  .record({ spellings: fc.array(word.map((w) => '/' + w), { minLength: 1, maxLength: 4 }), status, to })
  .map((r) => ({ ...base(r.status, r.to), url: { path: r.spellings[0] }, spellings: r.spellings }));
const bareForm: fc.Arbitrary<LegacyUrlRecord> = fc.record({ path: word, status, to }).map((r) => ({ ...base(r.status, r.to), url: { path: r.path, bare: true as const }, spellings: [r.path] }));
const base = (s: number, target: string) => ({ from: '', matchKey: '', to: s >= 404 ? '' : target, status: s as LegacyUrlRecord['status'], kind: 'page-param' as LegacyUrlRecord['kind'], pageId: 1, priority: 0, origin: 'generated' as LegacyUrlRecord['origin'] });
const models = fc
  .array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .map((pool) => pool.flatMap((values) => [values, values.map((v) => v.toUpperCase())]))
  .chain((values) => fc.tuple(fc.array(record(values), { minLength: 3, maxLength: 40 }), fc.constantFrom(301, 302, 308) as fc.Arbitrary<301 | 302 | 308>))
  .map(([records, redirectStatus]) => redirectModel(records, { redirectStatus }));

/** vercel.json as it was written: an object per redirect, JSON.stringify(…, null, 2), indented, deduped on JSON.stringify([source, has]). */
function referenceVercel(model: RedirectModel): string {
  type Rule = { source: string; has?: object[]; missing?: object[]; destination: string; statusCode: number };
  const rules: Rule[] = [];
  const statusCode = model.redirectStatus;
  for (const [name, forms] of model.query)
    for (const f of forms) if (f.to !== null) for (const value of f.values) rules.push({ source: reference.pathToRegexpLiteral(f.rawPath), has: [{ type: 'query', key: name, value: reference.regexLiteral(value) }], destination: f.to, statusCode });
  for (const f of model.paths) if (f.to !== null) for (const p of [...new Set(upperHexOnly(f.rawPaths))]) rules.push({ source: reference.pathToRegexpLiteral(p), destination: f.to, statusCode });
  const missing = [...model.query.keys()].map((key) => ({ type: 'query', key }));
  for (const f of model.bare) if (f.to !== null) rules.push({ source: reference.pathToRegexpLiteral(f.rawPath), missing, destination: f.to, statusCode });
  const seen = new Set<string>();
  const redirects = rules.filter((r) => !seen.has(JSON.stringify([r.source, r.has])) && seen.add(JSON.stringify([r.source, r.has])));
  return JSON.stringify({ redirects }, null, 2) + '\n';
}

/** .htaccess as it was written (per-form patterns, reference pcreLiteral). */
function referenceHtaccess(model: RedirectModel): string {
  const alternatives = (values: string[]) => {
    const seen = new Set<string>();
    const unique = values.filter((v) => !seen.has(reference.asciiLower(v)) && !!seen.add(reference.asciiLower(v))).map(reference.pcreLiteral);
    return unique.length === 1 ? unique[0] : `(?:${unique.join('|')})`;
  };
  const relative = (path: string) => path.replace(/^\/+/, '');
  const substitution = (to: string | null) => `${to ? reference.rewriteSubstitution(to) : '-'} ${apacheFlags(model, !to).replace('[', '[NC,')}`;
  const lines = ['# tiki2md legacy URL redirects, .htaccess variant (generated; do not edit). Put in the document root;', '# needs mod_rewrite and AllowOverride FileInfo. Requests with an encoded slash (%2F) reach these rules', '# only with AllowEncodedSlashes On in the vhost.', 'RewriteEngine On', ''];
  for (const [name, forms] of model.query) {
    if (!isPlainParam(name)) continue;
    lines.push(`# ?${name}=`);
    for (const f of forms) lines.push(`RewriteCond %{QUERY_STRING} (?:^|&)${name}=${alternatives(f.rawValues)}(?:&|$) [NC]`, `RewriteRule ^${reference.pcreLiteral(relative(f.path))}$ ${substitution(f.to)}`);
  }
  lines.push('', '# legacy paths', ...model.paths.map((f) => `RewriteRule ^${alternatives(f.paths.map(relative))}$ ${substitution(f.to)}`));
  if (model.bare.length) lines.push('', '# script paths requested without a query string');
  for (const f of model.bare) lines.push('RewriteCond %{QUERY_STRING} ^$', `RewriteRule ^${reference.pcreLiteral(relative(f.path))}$ ${substitution(f.to)}`);
  return lines.join('\n') + '\n';
}

/** _redirects as it was written (a line per form and raw spelling). */
function referenceNetlify(model: RedirectModel): string {
  const field = (value: string) => value.replace(/[:*]/g, (c) => (c === ':' ? '%3A' : '%2A'));
  const end = (to: string | null) => `  ${to ?? '/404.html'}  ${to === null ? model.goneStatus : model.redirectStatus}!`;
  const lines = ['# tiki2md legacy URL redirects for Netlify (generated; do not edit). Copy to the published folder (Hugo: static/_redirects).'];
  for (const [name, forms] of model.query) for (const f of forms) for (const v of new Set(f.rawValues.map(field))) lines.push(`${field(f.rawPath)}  ${field(name)}=${v}${end(f.to)}`);
  for (const f of model.paths) for (const p of new Set(f.rawPaths.map(field))) lines.push(`${p}${end(f.to)}`);
  for (const f of model.bare) lines.push(`${field(f.rawPath)}${end(f.to)}`);
  return lines.join('\n') + '\n';
}

/** The Caddyfile's maps as they were written (duplicates found on whole keys). */
function referenceCaddyMaps(model: RedirectModel): string {
  const maps: [string, string, [string, string][]][] = [];
  for (const [name, forms] of model.query) if (isPlainParam(name)) maps.push([`{path}?${name}={query.${name}}`, `tiki2md_q_${name}`, forms.flatMap((f) => f.values.map((v): [string, string] => [`${f.path}?${name}=${v}`, f.to ?? 'gone']))]);
  if (model.bare.length) maps.push(['{uri}', 'tiki2md_bare', model.bare.map((f) => [f.path, f.to ?? 'gone'])]);
  maps.push(['{path}', 'tiki2md_path', model.paths.flatMap((f) => f.paths.map((p): [string, string] => [p, f.to ?? 'gone']))]);
  return maps.map(([source, variable, entries]) => {
    const seen = new Set<string>();
    const lines = entries.filter(([key]) => !seen.has(key) && !!seen.add(key)).map(([key, value]) => `\t${reference.caddyMapInput(key)} ${value}\n`);
    return `map ${source} {${variable}} {\n${lines.join('')}\tdefault ""\n}\n`;
  }).join('');
}

describe('map writers equal the reference', () => {
  it('Caddyfile maps', () => {
    fc.assert(fc.property(models, (model) => {
      const text = [...caddyfile(model)].join('');
      expect(text.slice(text.indexOf('\n') + 1, text.lastIndexOf('}\n') + 2)).toBe(referenceCaddyMaps(model));
    }), { numRuns: 300, seed: 13 });
  });

  it('Caddyfile maps when a decoded path holds "?": whole keys are compared', () => {
    const form = (path: string, value: string): LegacyUrlRecord => ({ ...base(301, '/t/'), url: { path, param: { name: 'page', value } }, spellings: [`/raw?page=${value}`] });
    const model = redirectModel([form('/x?page=a', 'b'), form('/x', 'a?page=b'), form('/x', 'c')]);
    expect([...caddyfile(model)].join('')).toContain(referenceCaddyMaps(model));
    expect(referenceCaddyMaps(model).match(/page=a\?page=b/g)).toHaveLength(1);
  });

  it('.htaccess', () => {
    fc.assert(fc.property(models, (model) => {
      expect([...htaccessFile(model)].join('')).toBe(referenceHtaccess(model));
    }), { numRuns: 300, seed: 7 });
  });

  it('netlify _redirects', () => {
    fc.assert(fc.property(models, (model) => {
      expect([...netlifyRedirects(model)].join('')).toBe(referenceNetlify(model));
    }), { numRuns: 300, seed: 9 });
  });

  it('vercel.json text equals JSON.stringify of the redirect objects', () => {
    fc.assert(fc.property(models, (model) => {
      expect([...vercelJson(model)].join('')).toBe(referenceVercel(model));
    }), { numRuns: 400, seed: 3 });
  });

  const check = (maps: string[][], verdicts: Uint8Array) => {
      const overall = new Set<string>();
      const expected = maps.flatMap((keys) => {
        const inMap = new Set<string>();
        return keys.map((key) => {
          const folded = reference.asciiLower(key);
          const firstInMap = !inMap.has(folded) && !!inMap.add(folded);
          const first = !overall.has(folded) && !!overall.add(folded);
          return first ? FIRST : firstInMap ? FIRST_IN_MAP : DROPPED;
        });
      });
      expect([...verdicts]).toEqual(expected);
  };
  const queryMaps = (model: RedirectModel) =>
    [...model.query].filter(([name]) => isPlainParam(name)).map(([name, forms]) => forms.flatMap((f) => f.rawValues.map((v) => `${f.path}?${name}=${v}`)));

  it('folded-key verdicts: first overall (Apache, IIS) and first within the parameter map (nginx)', () => {
    fc.assert(
      fc.property(models, (model) => {
        check(queryMaps(model), queryKeyVerdicts(model));
        check([model.paths.flatMap((f) => f.paths)], pathKeyVerdicts(model));
      }),
      { numRuns: 400, seed: 5 },
    );
  });

  it('folded-key verdicts when a decoded path holds another parameter: the key is first in its own map only', () => {
    const form = (path: string, name: string, values: string[]): LegacyUrlRecord => ({
      ...base(301, '/t/'),
      url: { path, param: { name, value: values[0] } },
      spellings: values.map((v) => `/raw?${name}=${v}`),
    });
    const model = redirectModel([form('/a?page=1', 'page_id', ['2']), form('/A', 'page', ['1?PAGE_ID=2', '1?page_id=2']), form('/b', 'page', ['x'])]);
    expect([...queryKeyVerdicts(model)]).toEqual([FIRST, FIRST_IN_MAP, DROPPED, FIRST]);
    check(queryMaps(model), queryKeyVerdicts(model));
  });
});
