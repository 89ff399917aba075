// Option redirectFormats: the formats a run writes. The README is always written and lists only
// the formats written; each format's files are exactly those it writes in a run of every format.

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { parseRedirectFormats, REDIRECT_FORMATS, type RedirectFormat } from '../../src/redirects/formats.js';
import { redirectFiles } from '../../src/redirects/index.js';
import { makePage, makeSite } from '../plan/site-fixture.js';

const site = makeSite([makePage(1, 'HomePage'), makePage(2, 'Café Crème'), makePage(3, 'Notes')]);
const plan = buildPlan(site, { section: 'wiki', stripTitleDates: false });
const every = redirectFiles(plan);

/** The files of `format` in a run of every format. */
const filesOf = (format: RedirectFormat) =>
  [...every.keys()].filter((name) => (format === 'csv' || format === 'json' ? name === `redirects.${format}` : name.startsWith(`${format}/`)));

describe('parseRedirectFormats', () => {
  it('all, none, and lists in the canonical order without repeats, any case', () => {
    expect(parseRedirectFormats('all')).toEqual([...REDIRECT_FORMATS]);
    expect(parseRedirectFormats('none')).toEqual([]);
    expect(parseRedirectFormats('json, NGINX,nginx')).toEqual(['nginx', 'json']);
  });

  it('an unknown or missing format is refused with the names it accepts', () => {
    expect(() => parseRedirectFormats('nginx,apachee')).toThrow(/^unknown format "apachee": expected "all", "none" or some of nginx, apache, .*, json, comma-separated$/);
    expect(() => parseRedirectFormats(',')).toThrow(/^no format given/);
    expect(() => parseRedirectFormats('all,nginx')).toThrow(/unknown format "all"/);
  });

  it('the config defaults to every format and names a bad one', () => {
    expect(parseConfig({}, 'test').redirectFormats).toEqual([...REDIRECT_FORMATS]);
    expect(() => parseConfig({ redirectFormats: ['nginx', 'lighttpd'] }, 'test')).toThrow(/option "redirectFormats\.1"/);
  });
});

describe('redirectFileEntries with formats', () => {
  it('every format has files, and the default writes them all', () => {
    for (const format of REDIRECT_FORMATS) expect(filesOf(format).length, format).toBeGreaterThan(0);
    expect(new Set([...every.keys()])).toEqual(new Set(['README.md', ...REDIRECT_FORMATS.flatMap(filesOf)]));
  });

  it('one format: its files, byte for byte as in a run of every format, and the README', () => {
    for (const format of REDIRECT_FORMATS) {
      const files = redirectFiles(plan, { formats: [format] });
      expect([...files.keys()].sort(), format).toEqual(['README.md', ...filesOf(format)].sort());
      for (const name of filesOf(format)) expect(files.get(name), name).toBe(every.get(name));
    }
  });

  it('the README lists the formats written and names the others', () => {
    const readme = redirectFiles(plan, { formats: ['nginx', 'csv'] }).get('README.md')!;
    expect(readme).toContain('| `nginx/` | nginx |');
    expect(readme).toContain('| `redirects.csv` | any |');
    expect(readme).not.toContain('| `iis/web.config`');
    expect(readme).toContain('Not written in this run (option `redirectFormats`): apache, htaccess, netlify, cloudflare, vercel, caddy, iis, json.');
    expect(readme).not.toContain('same records (`redirects.json`)');
    expect(every.get('README.md')).not.toContain('Not written');
  });

  it('none: the README alone, with the same counts', () => {
    const files = redirectFiles(plan, { formats: [] });
    expect([...files.keys()]).toEqual(['README.md']);
    const counts = (text: string) => text.split('\n').slice(0, 3).join('\n');
    expect(counts(files.get('README.md')!)).toBe(counts(every.get('README.md')!));
  });
});
