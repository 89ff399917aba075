// Hostile page names through every other emitter, each parsed back the way its server parses
// it: the file has exactly the directives/rules/entries intended, every key and value comes back
// byte-identical, and nothing a page name holds turns into syntax.

import { describe, expect, it } from 'vitest';
import { redirectFiles } from '../../src/redirects/index.js';
import { asciiLower, redirectModel, upperHexOnly } from '../../src/redirects/model.js';
import { apacheWords, caddyLines, parseCsv, parseXml, xmlFind } from '../helpers/config-parsers.js';
import { hostilePlan } from './hostile-site.js';

const plan = hostilePlan();
const files = redirectFiles(plan);
const model = redirectModel(plan.legacyUrls);
const file = (name: string) => {
  const content = files.get(name);
  expect(content, name).toBeDefined();
  return content!;
};
const directives = (text: string) => text.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
const queryForms = [...model.query.values()].flat();
const TARGET = /^(?:\/[A-Za-z0-9\-._~/%:?=&+,@!*()]*|https?:\/\/[A-Za-z0-9\-._~/%:?=&+,@!*()]*|gone)$/;

describe('hostile names: Apache vhost and map files', () => {
  it('every line is a known directive with the right number of words', () => {
    const allowed = new Set(['<IfDefine', '</IfDefine>', 'Define', 'AllowEncodedSlashes', 'RewriteEngine', 'RewriteMap', 'RewriteCond', 'RewriteRule']);
    const counts: Record<string, number[]> = { RewriteCond: [3, 4], RewriteRule: [4], RewriteMap: [3], Define: [3], RewriteEngine: [2], AllowEncodedSlashes: [2] };
    for (const line of directives(file('apache/tiki2md-vhost.conf'))) {
      const words = apacheWords(line);
      expect(allowed.has(words[0]), line).toBe(true);
      if (counts[words[0]]) expect(counts[words[0]], line).toContain(words.length);
    }
  });

  it('map files hold "key value" lines, keys exactly the lower-cased spellings', () => {
    const lines = directives(file('apache/paths.map')).map((l) => l.split(/\s+/));
    expect(lines.every((w) => w.length === 2 && TARGET.test(w[1]))).toBe(true);
    expect(new Set(lines.map((w) => w[0]))).toEqual(new Set(model.paths.flatMap((f) => f.rawPaths.map(asciiLower))));
    const query = directives(file('apache/query.map')).map((l) => l.split(/\s+/));
    expect(query.every((w) => w.length === 2 && TARGET.test(w[1]))).toBe(true);
    expect(new Set(query.map((w) => w[0]))).toEqual(new Set(queryForms.flatMap((f) => f.rawValues.map((v) => asciiLower(`${f.path}?${f.name}=${v}`)))));
  });
});

describe('hostile names: .htaccess', () => {
  const lines = directives(file('htaccess/.htaccess')).map(apacheWords);

  it('has only RewriteEngine/RewriteCond/RewriteRule, one rule per legacy URL', () => {
    expect(new Set(lines.map((w) => w[0]))).toEqual(new Set(['RewriteEngine', 'RewriteCond', 'RewriteRule']));
    const rules = lines.filter((w) => w[0] === 'RewriteRule');
    expect(rules).toHaveLength(queryForms.length + model.paths.length + model.bare.length);
    for (const w of rules) {
      expect(w, w.join(' ')).toHaveLength(4);
      expect(w[1]).toMatch(/^\^[A-Za-z0-9\\()?:|]*\$$/);
      expect(w[2]).toMatch(/^(?:-|\/[A-Za-z0-9\-._~/\\%:?=&+,@!*()]*|https?:.*)$/);
    }
  });

  it('its patterns match the decoded paths they were written for, and nothing else', () => {
    const rules = lines.filter((w) => w[0] === 'RewriteRule').slice(queryForms.length, queryForms.length + model.paths.length);
    model.paths.forEach((f, i) => {
      const re = new RegExp(rules[i][1].replace(/\\x([0-9a-f]{2})/g, (_, h: string) => `\\x${h}`), 'i');
      const bytes = (s: string) => Buffer.from(s.replace(/^\//, ''), 'utf8').toString('latin1');
      for (const p of f.paths) expect(re.test(bytes(p)), p).toBe(true);
      expect(re.test(bytes(f.paths[0]) + 'x')).toBe(false);
    });
  });
});

describe('hostile names: Netlify, Cloudflare, Vercel, Caddy, IIS, CSV, JSON', () => {
  it('Netlify: every line has 3 or 4 whitespace-free fields and no placeholder or splat', () => {
    const lines = directives(file('netlify/_redirects')).map((l) => l.trim().split(/\s+/));
    const expected = queryForms.reduce((n, f) => n + new Set(f.rawValues.map((v) => v.replace(/[:*]/g, 'x'))).size, 0);
    expect(lines.length).toBeGreaterThanOrEqual(expected);
    for (const w of lines) {
      expect([3, 4], w.join(' ')).toContain(w.length);
      expect(w.join(' ')).not.toMatch(/(^|[\s/=]):|\*/);
      expect(w[w.length - 1]).toMatch(/^(?:301|410)!$/);
    }
  });

  it('Cloudflare: RFC 4180 rows of 7 fields, one per path spelling', () => {
    const rows = parseCsv(file('cloudflare/cloudflare-bulk.csv'));
    expect(rows.every((r) => r.length === 7 && r[0].startsWith('example.com/') && r[1].startsWith('https://example.com/') && r[2] === '301')).toBe(true);
    expect(rows.length).toBe(model.paths.filter((f) => f.to).reduce((n, f) => n + new Set(upperHexOnly(f.rawPaths).map((p) => p.replace(/,/g, '%2C'))).size, 0));
  });

  it('Vercel: sources have no live path-to-regexp syntax; `has` values match their decoded value exactly', () => {
    const json = JSON.parse(file('vercel/vercel.json')) as { redirects: { source: string; has?: { value: string }[] }[] };
    for (const r of json.redirects) expect(r.source.replace(/\\./g, '')).not.toMatch(/[:*+?(){}]/);
    const values = new Set(queryForms.filter((f) => f.to).flatMap((f) => f.values));
    const hasValues = json.redirects.flatMap((r) => r.has ?? []).map((h) => h.value);
    for (const v of values) expect(hasValues.some((h) => new RegExp(`^${h}$`).test(v)), v).toBe(true);
    for (const h of hasValues) expect([...values].filter((v) => new RegExp(`^${h}$`).test(v)).length, h).toBeGreaterThanOrEqual(1);
  });

  it('Caddy: map entries are 2 tokens, regex inputs match exactly their key, no {$ anywhere', () => {
    const text = file('caddy/tiki2md.caddy');
    expect(text).not.toContain('{$');
    const lines = caddyLines(text);
    let inMap = false;
    const keys: string[] = [];
    for (const l of lines) {
      if (l[0] === 'map') {
        expect(l).toHaveLength(4);
        inMap = true;
      } else if (l[0] === '}') inMap = false;
      else if (inMap) {
        expect(l, l.join(' ')).toHaveLength(2);
        keys.push(l[0]);
      } else expect(['redir', 'respond'].includes(l[0]) || l[0].startsWith('@'), l.join(' ')).toBe(true);
    }
    const expected = [...queryForms.flatMap((f) => f.values.map((v) => `${f.path}?${f.name}=${v}`)), ...model.bare.map((f) => f.path), ...model.paths.flatMap((f) => f.paths)];
    for (const k of expected) {
      const hit = keys.some((key) => (key.startsWith('~') ? new RegExp(key.slice(1).replace(/\\x\{([0-9a-f]+)\}/g, '\\u{$1}'), 'u').test(k) : key === k));
      expect(hit, JSON.stringify(k)).toBe(true);
    }
  });

  it('IIS: well-formed XML whose map keys decode to exactly the intended keys', () => {
    const root = parseXml(file('iis/web.config'));
    const maps = xmlFind(root, 'rewriteMap');
    expect(maps.map((m) => m.attributes.name)).toEqual(['tiki2md_query', 'tiki2md_path']);
    const keys = (i: number) => new Set(xmlFind(maps[i], 'add').map((a) => asciiLower(a.attributes.key)));
    const xmlSafe = (k: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(k);
    expect(keys(1)).toEqual(new Set(model.paths.flatMap((f) => f.paths).filter(xmlSafe).map(asciiLower)));
    expect(keys(0)).toEqual(new Set(queryForms.flatMap((f) => f.rawValues.map((v) => asciiLower(`${f.path}?${f.name}=${v}`)))));
    expect(xmlFind(root, 'rule').every((r) => r.attributes.name.startsWith('tiki2md'))).toBe(true);
  });

  it('redirects.csv has 5 fields per row and one row per spelling; redirects.json round-trips', () => {
    const rows = parseCsv(file('redirects.csv'));
    expect(rows[0]).toEqual(['legacy_url', 'new_url', 'status', 'page_id', 'kind']);
    expect(rows.slice(1).every((r) => r.length === 5)).toBe(true);
    expect(rows.length - 1).toBe(plan.legacyUrls.reduce((n, r) => n + r.spellings.length, 0));
    const json = JSON.parse(file('redirects.json'));
    expect(json.records).toEqual(JSON.parse(JSON.stringify(plan.legacyUrls)));
  });
});
