import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/build-plan.js';
import { makePage, makeSite, prng, seedFrontMatter, seedSite, shuffle } from './site-fixture.js';

describe('buildPlan: the seed page', () => {
  const expected = seedFrontMatter();

  it('gives exactly the seed front matter with stripTitleDates', () => {
    const plan = buildPlan(seedSite(), { section: 'pages', stripTitleDates: true });
    expect(plan.pages).toHaveLength(1);
    const p = plan.pages[0];
    expect(p.page.id).toBe(expected.tiki_page_id);
    expect(p.title).toBe(expected.title);
    expect(p.slug).toBe(expected.slug);
    expect(p.aliases).toEqual(expected.aliases);
    expect(p.categories).toEqual(expected.categories);
    expect(p.tags).toEqual(expected.tags);
    expect(p.url).toBe(`/pages/${expected.slug}/`);
    expect(plan.byId.get(13038)).toBe(p);
    expect(plan.findings.map((f) => f.ruleId)).toEqual(['title-date-stripped']);
    expect(plan.findings[0]).toMatchObject({ pageId: 13038, severity: 'info', line: null, column: null });
    expect(plan.findings[0].message).toContain('meta-analysis Oct 2021" → "');
  });

  it('keeps the date in title and slug without stripping (aliases unchanged)', () => {
    const plan = buildPlan(seedSite(), { section: 'pages', stripTitleDates: false });
    const p = plan.pages[0];
    expect(p.title).toBe(p.page.name);
    expect(p.slug).toBe(`${expected.slug}-oct-2021`);
    expect(p.aliases).toEqual(expected.aliases);
    expect(plan.findings).toEqual([]);
  });

  it('emits the legacy URLs of the seed page', () => {
    const plan = buildPlan(seedSite(), { section: 'pages', stripTitleDates: true });
    const froms = plan.legacyUrls.filter((r) => r.kind !== 'page-action').map((r) => `${r.kind} ${r.from}`);
    const enc = 'Need+at+least+6%2C000+IU+daily+while+breastfeeding+to+eliminate+Vitamin+D+deficiency+%E2%80%93+meta-analysis+Oct+2021';
    const raw = enc.replace(/\+/g, '%20');
    expect(froms).toEqual([
      `page-param /tiki-index.php?page=${enc}`,
      'page-id /tiki-index.php?page_id=13038',
      `page-sef /${raw}`,
      `page-sef /${enc}`,
      'page-numeric /13038',
    ]);
    expect(plan.legacyUrls[0].spellings).toContain(`/tiki-index.php?page=${raw}`);
    for (const r of plan.legacyUrls) {
      const gone = r.from.startsWith('/tiki-editpage.php');
      expect(r.to).toBe(gone ? '' : `/pages/${expected.slug}/`);
      expect(r.status).toBe(gone ? 410 : 301);
      expect(r.pageId).toBe(13038);
    }
  });

  it('honours basePath for legacy URLs only', () => {
    const plan = buildPlan(seedSite(), { section: '/pages/', stripTitleDates: true, basePath: 'tiki/' });
    expect(plan.section).toBe('pages');
    expect(plan.legacyUrls.every((r) => r.from.startsWith('/tiki/'))).toBe(true);
    expect(plan.pages[0].url).toBe(`/pages/${expected.slug}/`);
  });
});

describe('buildPlan: site-wide decisions', () => {
  const names = ['Foo', 'Foo 2', 'Foo – May 2020', 'foo', 'Café', 'CAFE', 'Calcium + Magnesium', '日本語のページ', 'con', 'COVID deaths in March 2020'];
  const pages = names.map((n, i) => makePage((i + 1) * 10, n));

  it('gives Foo, Foo 2, Foo – May 2020 and foo four distinct slugs, none a suffix clash', () => {
    const plan = buildPlan(makeSite(pages.slice(0, 4)), { section: 'pages', stripTitleDates: true });
    expect(plan.pages.map((p) => p.slug)).toEqual(['foo', 'foo-2', 'foo-30', 'foo-40']);
    expect(plan.pages.map((p) => p.title)).toEqual(['Foo', 'Foo 2', 'Foo', 'foo']);
    const collisions = plan.findings.filter((f) => f.ruleId === 'slug-collision');
    expect(collisions.map((f) => f.pageId)).toEqual([30, 40]);
    expect(collisions[0].message).toContain('page 10 "Foo" (keeps it)');
    expect(plan.findings.filter((f) => f.ruleId === 'page-name-duplicate').map((f) => f.pageId)).toEqual([40]);
  });

  it('is independent of input order and frozen', () => {
    const a = buildPlan(makeSite(pages), { section: 'pages', stripTitleDates: true });
    const random = prng(7);
    for (let round = 0; round < 5; round++) {
      const b = buildPlan(makeSite(shuffle(pages, random)), { section: 'pages', stripTitleDates: true });
      expect(b.pages.map((p) => [p.page.id, p.slug, p.aliases])).toEqual(a.pages.map((p) => [p.page.id, p.slug, p.aliases]));
      expect(b.legacyUrls).toEqual(a.legacyUrls);
      expect(b.findings).toEqual(a.findings);
    }
    expect(Object.isFrozen(a.pages[0])).toBe(true);
    expect(() => (a.pages[0].aliases as string[]).push('/x')).toThrow();
  });

  it('covers fallback and reserved slugs, and the page index', () => {
    const plan = buildPlan(makeSite(pages), { section: 'pages', stripTitleDates: true });
    expect(plan.byId.get(80)!.slug).toBe('page-80');
    expect(plan.byId.get(90)!.slug).toBe('con-90');
    expect(plan.byId.get(100)!.title).toBe('COVID deaths in March 2020');
    expect(plan.index.resolve('Foo 2')).toMatchObject({ status: 'exact', page: { slug: 'foo-2' } });
    expect(plan.index.resolve('cafe').status).toBe('ambiguous');
    const rules = new Set(plan.findings.map((f) => f.ruleId));
    for (const r of ['slug-fallback', 'slug-reserved', 'slug-collision', 'page-name-duplicate', 'title-date-stripped', 'alias-unsafe-path']) {
      expect(rules).toContain(r);
    }
  });

  it('converts load issues into findings', () => {
    const site = makeSite([makePage(1, 'A')], {
      issues: [
        { ruleId: 'page-id-duplicate', message: 'page_id 1 appears twice', place: { file: 'dump.sql', line: 12 }, pageId: 1, pageName: 'A' },
        { ruleId: 'orphan-row', message: 'category object for missing page "B"', place: null, pageId: null, pageName: 'B' },
      ],
    });
    const plan = buildPlan(site, { section: 'pages', stripTitleDates: false });
    expect(plan.findings).toEqual([
      { ruleId: 'orphan-row', severity: 'warning', pageId: null, pageName: 'B', line: null, column: null, message: 'category object for missing page "B"' },
      { ruleId: 'page-id-duplicate', severity: 'error', pageId: 1, pageName: 'A', line: null, column: null, message: 'page_id 1 appears twice (dump.sql:12)' },
    ]);
  });

  it('builds categories in id order and tags as a code-point sorted union', () => {
    const page = makePage(1, 'P');
    const site = makeSite([page], {
      categories: new Map([
        [9, { id: 9, name: 'Zeta', parentId: 0 }],
        [3, { id: 3, name: 'alpha', parentId: 0 }],
      ]),
      pageCategories: new Map([['P', [9, 3, 4]]]),
      freetags: new Map([
        [1, { id: 1, tag: 'zeta', rawTag: 'Zeta' }],
        [2, { id: 2, tag: 'emoji', rawTag: '😀 tag' }],
        [3, { id: 3, tag: 'ea', rawTag: '\uff21' }],
        [4, { id: 4, tag: 'beta', rawTag: 'Beta' }],
      ]),
      pageFreetags: new Map([['P', [1, 2, 3, 4]]]),
    });
    const plan = buildPlan(site, { section: 'pages', stripTitleDates: false });
    expect(plan.pages[0].categories).toEqual(['alpha', 'Zeta']);
    expect(plan.pages[0].tags).toEqual(['Beta', 'Zeta', 'alpha', '\uff21', '😀 tag']);
    expect(plan.findings.map((f) => f.ruleId)).toEqual(['category-missing']);
  });
});
