import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Page, SiteModel } from '../../src/load/site-model.js';
import { buildPlan, type PlanOptions } from '../../src/plan/build-plan.js';
import { browserPathEncode, browserQueryEncode, encodeTarget, expandSpellings, identityOf, legacyMatchKey, normalizePrefix, SpellingExpander } from '../../src/plan/legacy-spellings.js';
import { formDecode, percentDecode, phpRawurlencode, phpUrlencode } from '../../src/plan/url-encoding.js';
import { makePage, makeSite, prng, shuffle } from './site-fixture.js';

const plan = (pages: Page[], extra: Partial<SiteModel> = {}, options: Partial<PlanOptions> = {}) =>
  buildPlan(makeSite(pages, extra), { section: 'pages', stripTitleDates: false, ...options });
const rules = (p: ReturnType<typeof plan>, rule: string) => p.findings.filter((f) => f.ruleId === rule);
const recordOf = (p: ReturnType<typeof plan>, spelling: string) => p.legacyUrls.find((r) => r.spellings.includes(spelling));

describe('PHP encoders', () => {
  it.each([
    ['My Page', 'My+Page', 'My%20Page'],
    ['A, B', 'A%2C+B', 'A%2C%20B'],
    ['Pages – en dash', 'Pages+%E2%80%93+en+dash', 'Pages%20%E2%80%93%20en%20dash'],
    ['Calcium + Magnesium', 'Calcium+%2B+Magnesium', 'Calcium%20%2B%20Magnesium'],
    ['C++', 'C%2B%2B', 'C%2B%2B'],
    ['Tom & Jerry', 'Tom+%26+Jerry', 'Tom%20%26%20Jerry'],
    [`Don't "quote" ’`, 'Don%27t+%22quote%22+%E2%80%99', 'Don%27t%20%22quote%22%20%E2%80%99'],
    ['Café', 'Caf%C3%A9', 'Caf%C3%A9'],
    ['Cafe\u0301', 'Cafe%CC%81', 'Cafe%CC%81'],
    ['a~b_c.d-e', 'a%7Eb_c.d-e', 'a~b_c.d-e'],
    ['50% / 100?#', '50%25+%2F+100%3F%23', '50%25%20%2F%20100%3F%23'],
    ['😀', '%F0%9F%98%80', '%F0%9F%98%80'],
  ])('%j → %s | %s', (name, plus, raw) => {
    expect(phpUrlencode(name)).toBe(plus);
    expect(phpRawurlencode(name)).toBe(raw);
    expect(percentDecode(raw)).toBe(name);
    expect(formDecode(plus)).toBe(name);
  });
});

describe('spellings and identity', () => {
  it('folds spellings a server or Tiki treats as one request', () => {
    expect(legacyMatchKey('/tiki-index.php?page=My+Page')).toBe('/tiki-index.php?page=my page');
    expect(legacyMatchKey('/tiki-index.php?page=My%20Page')).toBe('/tiki-index.php?page=my page');
    expect(legacyMatchKey('/tiki-index.php?PAGE=my+page+')).toBe('/tiki-index.php?page=my page');
    expect(legacyMatchKey('/My+Page')).toBe('/my+page');
    expect(legacyMatchKey('/My%20Page')).toBe('/my page');
    expect(legacyMatchKey('/Cafe%CC%81')).toBe(legacyMatchKey('/caf%c3%a9'));
    expect(legacyMatchKey('/A+B')).toBe(legacyMatchKey('/A%2BB'));
    expect(legacyMatchKey('/tiki-index.php?page=A+B')).not.toBe(legacyMatchKey('/tiki-index.php?page=A%2BB'));
    expect(legacyMatchKey('/tiki-index.php', true)).not.toBe(legacyMatchKey('/tiki-index.php'));
  });

  it('expands Tiki spellings with browser, lower-hex and NFC/NFD variants, all of one key', () => {
    const q = expandSpellings('/tiki-index.php?page=Omega-3%2C+Caf%C3%A9');
    expect(q).toEqual([
      '/tiki-index.php?page=Omega-3%2C+Caf%C3%A9',
      '/tiki-index.php?page=Omega-3%2c+Caf%c3%a9',
      '/tiki-index.php?page=Omega-3,%20Caf%C3%A9',
      '/tiki-index.php?page=Omega-3,%20Caf%c3%a9',
      '/tiki-index.php?page=Omega-3,%20Cafe%CC%81',
      '/tiki-index.php?page=Omega-3,%20Cafe%cc%81',
    ]);
    expect(new Set(q.map((s) => legacyMatchKey(s))).size).toBe(1);
    const p = expandSpellings('/Calcium+%2B+Magnesium');
    expect(p).toContain('/Calcium+++Magnesium');
    expect(new Set(p.map((s) => legacyMatchKey(s))).size).toBe(1);
    expect(expandSpellings('/tiki-index.php', true)).toEqual(['/tiki-index.php']);
  });

  it('never leaves a character that could break a config file unencoded', () => {
    const hostile = 'a"b\'c\\d;e{f}g$h#i?j%k&l+m n\tо\n<>|^`';
    for (const s of [browserPathEncode('/' + hostile), '/x?page=' + browserQueryEncode(hostile), encodeTarget('/p/' + hostile)]) {
      expect(s).not.toMatch(/[\s"\\{}#<>|^`\u0000-\u001f\u007f-\uffff]/);
    }
    expect(encodeTarget('/pages/a$b/%zz')).toBe('/pages/a%24b/%25zz');
  });

  it("the planner's memoizing expander gives each spelling the identity, key and spellings of the plain functions", () => {
    const name = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('My Page', 'Café', 'Cafe\u0301', 'A+B', 'a/../b', '..', 'x%zz', '\ud800'));
    // Query values as Tiki and browsers encode them; path names as Tiki did (a browser's path encoder keeps "?").
    const query = fc.tuple(name, fc.constantFrom(phpUrlencode, phpRawurlencode, browserQueryEncode), fc.constantFrom('/tiki-index.php?page=', '/tiki-print.php?PAGE=', '/tiki/tiki-index.php?page_id='));
    const path = fc.tuple(name, fc.constantFrom(phpUrlencode, phpRawurlencode), fc.constantFrom('/', '/en/', '/tiki/'));
    const spelling = fc.oneof(query, path).map(([n, encode, prefix]) => ({ spelling: prefix + encode(n), bare: false }));
    const bare = fc.constantFrom({ spelling: '/tiki-index.php', bare: true }, { spelling: '/tiki/', bare: true });
    fc.assert(
      fc.property(fc.array(fc.oneof(spelling, spelling, bare), { maxLength: 30 }), (claims) => {
        // One expander for the lot (as the planner has): its memo must not leak between claims.
        const expander = new SpellingExpander();
        for (const { spelling: s, bare: b } of claims) {
          const id = expander.identify(s, b);
          if (!id.servable) continue;
          expect(id.url).toEqual(identityOf(s, b));
          expect(id.key).toBe(legacyMatchKey(s, b));
          const all = expander.spellings(s, b);
          expect(all[0]).toBe(s);
          expect(all).toEqual(expect.arrayContaining(expandSpellings(s, b)));
          expect(new Set(all).size).toBe(all.length);
          expect(all.every((x) => legacyMatchKey(x, b) === id.key)).toBe(true);
          expect(new SpellingExpander().spellings(s, b)).toEqual(all);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('identity keeps the decoded NFC path and the form-decoded parameter', () => {
    expect(identityOf('/tiki/tiki-index.php?Page=Cafe%CC%81+x')).toEqual({ path: '/tiki/tiki-index.php', param: { name: 'page', value: 'Café x' } });
    expect(identityOf('/My%20Page')).toEqual({ path: '/My Page' });
    expect(normalizePrefix('tiki/')).toBe('/tiki');
    expect(normalizePrefix('/')).toBe('');
  });
});

describe('forms per page', () => {
  it('one record per legacy URL with every spelling; page name, id, actions, numeric forms', () => {
    const p = plan([makePage(7, 'Tom & Jerry')]);
    expect(p.legacyUrls.map((r) => `${r.kind} ${r.status} ${r.from}`)).toEqual([
      'page-param 301 /tiki-index.php?page=Tom+%26+Jerry',
      'page-id 301 /tiki-index.php?page_id=7',
      'page-sef 301 /Tom%20%26%20Jerry',
      'page-sef 301 /Tom+%26+Jerry',
      'page-numeric 301 /7',
      'page-action 301 /tiki-all_languages.php?page=Tom+%26+Jerry',
      'page-action 410 /tiki-editpage.php?page=Tom+%26+Jerry',
      'page-action 301 /tiki-index_raw.php?page=Tom+%26+Jerry',
      'page-action 301 /tiki-pagehistory.php?page=Tom+%26+Jerry',
      'page-action 301 /tiki-print.php?page=Tom+%26+Jerry',
      'page-action 301 /tiki-slideshow.php?page=Tom+%26+Jerry',
    ]);
    const param = p.legacyUrls[0];
    expect(param.spellings).toContain('/tiki-index.php?page=Tom%20%26%20Jerry');
    expect(param).toMatchObject({ to: '/pages/tom-and-jerry/', pageId: 7, priority: 0, origin: 'generated', url: { path: '/tiki-index.php', param: { name: 'page', value: 'Tom & Jerry' } } });
    expect(p.legacyUrls.find((r) => r.kind === 'page-action' && r.status === 410)!.to).toBe('');
  });

  it('honours base path, SEF prefixes, statuses and page actions from the options', () => {
    const p = plan([makePage(7, 'My Page', { pageSlug: 'My-Page' })], {}, { basePath: 'tiki/', sefPrefixes: ['/en'], redirectStatus: 308, goneStatus: 404, pageActions: [], goneActions: [] });
    const froms = p.legacyUrls.map((r) => r.from);
    expect(froms.every((f) => f.startsWith('/tiki/'))).toBe(true);
    expect(froms).toContain('/tiki/en/My+Page');
    expect(froms).toContain('/tiki/My-Page');
    expect(froms).toContain('/tiki/tiki-index.php?page=My-Page');
    expect(p.legacyUrls.every((r) => r.status === 308)).toBe(true);
    expect(p.pages[0].aliases).toEqual(['/tiki/My+Page', '/tiki/en/My+Page', '/tiki/My-Page', '/tiki/en/My-Page', '/tiki/7']);
  });

  it('skips SEF paths for names that look like files, with a finding', () => {
    const p = plan([makePage(7, 'robots.txt')], {}, { pageActions: [], goneActions: [] });
    expect(p.legacyUrls.map((r) => r.kind)).toEqual(['page-param', 'page-id', 'page-numeric']);
    expect(rules(p, 'legacy-sef-skipped')).toHaveLength(1);
  });

  it('adds structure nodes, semantic aliases, home, attachments (gone without a manifest) and config routes', () => {
    const pages = [makePage(1, 'HomePage'), makePage(2, 'Vitamin D', { data: 'text (alias(Old Vitamin Page)) more' })];
    const p = plan(
      pages,
      {
        structures: [{ pageRefId: 17, structureId: 1, parentId: 0, pageId: 2, pageAlias: '', pos: 1 }],
        attachments: [{ id: 5, page: 'Vitamin D', filename: 'x.png', filetype: 'image/png', filesize: 1, data: null, path: '', created: 0, comment: '' }],
      },
      { customRoutes: [{ from: '/vit', to: 'Vitamin D' }, { from: '/old/home', to: '/HomePage' }] },
    );
    expect(recordOf(p, '/tiki-index.php?page_ref_id=17')).toMatchObject({ kind: 'page-ref-id', to: '/pages/vitamin-d/', origin: 'tiki-data' });
    expect(recordOf(p, '/Old+Vitamin+Page')).toMatchObject({ kind: 'alias-semantic', to: '/pages/vitamin-d/', pageId: 2, priority: 30 });
    expect(recordOf(p, '/tiki-index.php')).toMatchObject({ kind: 'home', to: '/pages/homepage/', url: { path: '/tiki-index.php', bare: true } });
    expect(recordOf(p, '/tiki-download_wiki_attachment.php?attId=5')).toMatchObject({ kind: 'attachment', status: 410, to: '', sourceObject: { type: 'attachment', id: '5' } });
    expect(rules(p, 'redirect-dangling').map((f) => f.pageId)).toEqual([2]);
    expect(recordOf(p, '/vit')).toMatchObject({ kind: 'custom-route', origin: 'manual', to: '/pages/vitamin-d/' });
    expect(recordOf(p, '/old/home')).toMatchObject({ to: '/pages/homepage/' });
    expect(rules(p, 'redirect-chain').some((f) => f.message.includes('/old/home'))).toBe(true);
    expect(p.byId.get(2)!.aliases).toEqual(['/Vitamin+D', '/2', '/Old+Vitamin+Page']);
  });
});

describe('conflicts', () => {
  it('case variants: lowest page_id wins, the loser is reported once and redirects there', () => {
    const p = plan([makePage(3, 'homepage'), makePage(9, 'HomePage')], {}, { homePage: 'homepage' });
    expect(recordOf(p, '/tiki-index.php?page=HomePage')).toMatchObject({ pageId: 3, to: '/pages/homepage/' });
    expect(p.legacyUrls.filter((r) => r.pageId === 9).map((r) => r.from)).toEqual(['/tiki-index.php?page_id=9', '/9']);
    const conflicts = rules(p, 'alias-conflict');
    expect(conflicts.map((f) => [f.pageId, f.severity])).toEqual([[9, 'warning']]);
    expect(conflicts[0].message).toContain('page 3 "homepage", which keeps it');
    expect(p.byId.get(9)!.aliases).toEqual(['/9']);
  });

  it('"A B" keeps /A+B against "A+B" (whose /A%2BB servers decode to the same path)', () => {
    const p = plan([makePage(2, 'A+B'), makePage(5, 'A B')]);
    expect(recordOf(p, '/A+B')!.pageId).toBe(5);
    expect(recordOf(p, '/A%2BB')!.pageId).toBe(5);
    expect(recordOf(p, '/tiki-index.php?page=A%2BB')!.pageId).toBe(2);
  });

  it('a page named "42" keeps /42 against page_id 42', () => {
    const p = plan([makePage(7, '42'), makePage(42, 'Other')]);
    expect(recordOf(p, '/42')!.pageId).toBe(7);
    expect(rules(p, 'alias-conflict').map((f) => f.pageId)).toEqual([42]);
  });

  it('a legacy path equal to a new page URL is shadowed: no redirect, reported', () => {
    const p = plan([makePage(1, 'Pages'), makePage(2, 'Tags')]);
    expect(recordOf(p, '/Pages')).toBeUndefined();
    expect(recordOf(p, '/Tags')).toBeUndefined();
    expect(rules(p, 'redirect-shadowed').map((f) => f.message)).toEqual([
      "legacy URL /Pages equals the new site's /pages/; no redirect emitted (it would hide that page)",
      "legacy URL /Tags equals the new site's /tags; no redirect emitted (it would hide that page)",
    ]);
  });

  it('a real page name beats a semantic alias of the same name', () => {
    const p = plan([makePage(1, 'A', { data: '(alias(B))' }), makePage(2, 'B')]);
    expect(recordOf(p, '/B')!.pageId).toBe(2);
    expect(rules(p, 'alias-conflict').map((f) => f.pageId)).toEqual([1]);
  });

  it('picks the same records and findings whatever the input order', () => {
    const pages = [makePage(3, 'homepage'), makePage(9, 'HomePage'), makePage(2, 'A+B'), makePage(5, 'A B'), makePage(4, 'HOMEPAGE'), makePage(8, 'X', { data: '(alias(a b))' })];
    const expected = plan(pages);
    const random = prng(1);
    for (let i = 0; i < 10; i++) {
      const again = plan(shuffle(pages, random));
      expect(again.legacyUrls).toEqual(expected.legacyUrls);
      expect(again.findings).toEqual(expected.findings);
    }
    const owners = new Map<string, number>();
    for (const r of expected.legacyUrls) {
      expect(owners.has(r.matchKey)).toBe(false);
      owners.set(r.matchKey, r.pageId);
    }
  });
});

describe('redirect pages, chains, loops, dangling targets', () => {
  const redirectPage = (pageId: number, target: string) => ({ pageId, target, targetPageId: null });

  it('a {redirect} page sends its URLs (and its aliases) to the target, collapsed to one hop', () => {
    const pages = [makePage(1, 'Target'), makePage(2, 'Middle'), makePage(3, 'Old')];
    const p = plan(pages, { redirectPages: [redirectPage(3, 'Middle'), redirectPage(2, 'Target')] });
    expect(recordOf(p, '/Old')).toMatchObject({ kind: 'alias-redirect-plugin', to: '/pages/target/', pageId: 3, priority: 40 });
    expect(recordOf(p, '/3')!.to).toBe('/pages/target/');
    expect(p.byId.get(1)!.aliases).toEqual(['/Target', '/1', '/Middle', '/2', '/Old', '/3']);
    expect(p.byId.get(3)!.aliases).toEqual([]);
    const chain = rules(p, 'redirect-chain').find((f) => f.pageId === 3)!;
    expect(chain.message).toContain('through {redirect page="Middle"} → {redirect page="Target"}');
  });

  it('a loop of {redirect} pages is dropped: each keeps its own URL, reported', () => {
    const p = plan([makePage(1, 'A'), makePage(2, 'B')], { redirectPages: [redirectPage(1, 'B'), redirectPage(2, 'A')] });
    expect(recordOf(p, '/A')!.to).toBe('/pages/a/');
    expect(recordOf(p, '/B')!.to).toBe('/pages/b/');
    expect(rules(p, 'redirect-loop').map((f) => [f.pageId, f.severity])).toEqual([[1, 'warning'], [2, 'warning']]);
  });

  it('a {redirect} to a missing page keeps the page URL; a config route to nowhere is gone', () => {
    const p = plan([makePage(1, 'A')], { redirectPages: [redirectPage(1, 'Nowhere')] }, { customRoutes: [{ from: '/x', to: '/not/a/page/' }] });
    expect(recordOf(p, '/A')!.to).toBe('/pages/a/');
    expect(recordOf(p, '/x')).toMatchObject({ status: 410, to: '' });
    expect(rules(p, 'redirect-dangling').map((f) => f.pageId)).toEqual([null, 1]);
  });

  it('routes in a loop are dropped; a route to itself is dropped', () => {
    const p = plan([makePage(1, 'A')], {}, { customRoutes: [{ from: '/x', to: '/y' }, { from: '/y', to: '/x' }, { from: '/pages/a', to: '/pages/a/' }, { from: '/z', to: '/z' }] });
    expect(recordOf(p, '/x')).toBeUndefined();
    expect(recordOf(p, '/y')).toBeUndefined();
    expect(recordOf(p, '/z')).toBeUndefined();
    const loops = rules(p, 'redirect-loop');
    expect(loops.map((f) => [f.pageId, f.severity])).toEqual([[null, 'warning']]);
    expect(loops[0].message).toMatch(/^legacy URL \/x, \/y, \/z is part of a redirect loop/);
    expect(rules(p, 'redirect-shadowed').length).toBe(1);
  });
});
