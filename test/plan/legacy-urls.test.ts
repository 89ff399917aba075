import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/build-plan.js';
import {
  legacyClaimsForPage,
  legacyMatchKey,
  normalizeBasePath,
  resolveLegacyConflicts,
  type LegacyClaim,
} from '../../src/plan/legacy-urls.js';
import { formDecode, percentDecode, phpRawurlencode, phpUrlencode } from '../../src/plan/url-encoding.js';
import { makePage, makeSite, prng, shuffle } from './site-fixture.js';

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
    ['Привет', '%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82', '%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82'],
    ['a~b_c.d-e', 'a%7Eb_c.d-e', 'a~b_c.d-e'],
    ['50% / 100?#', '50%25+%2F+100%3F%23', '50%25%20%2F%20100%3F%23'],
    ['😀', '%F0%9F%98%80', '%F0%9F%98%80'],
  ])('%j → %s | %s', (name, plus, raw) => {
    expect(phpUrlencode(name)).toBe(plus);
    expect(phpRawurlencode(name)).toBe(raw);
    expect(percentDecode(raw)).toBe(name);
    expect(formDecode(plus)).toBe(name);
  });

  it('decodes paths keeping "+", leaves invalid escapes alone', () => {
    expect(percentDecode('/A+B%2B%C3%A9')).toBe('/A+B+é');
    expect(percentDecode('/100%zz😀')).toBe('/100%zz😀');
  });
});

describe('legacyMatchKey', () => {
  it('folds spellings a server or Tiki treats as one request', () => {
    expect(legacyMatchKey('/tiki-index.php?page=My+Page')).toBe('/tiki-index.php?page=my page');
    expect(legacyMatchKey('/tiki-index.php?page=My%20Page')).toBe('/tiki-index.php?page=my page');
    expect(legacyMatchKey('/tiki-index.php?PAGE=my+page+')).toBe('/tiki-index.php?page=my page');
    expect(legacyMatchKey('/My+Page')).toBe('/my+page');
    expect(legacyMatchKey('/My%20Page')).toBe('/my page');
    expect(legacyMatchKey('/Caf%C3%A9')).toBe(legacyMatchKey('/CAF%C3%89'));
    expect(legacyMatchKey('/Cafe%CC%81')).toBe(legacyMatchKey('/caf%c3%a9'));
    expect(legacyMatchKey('/A+B')).toBe(legacyMatchKey('/A%2BB'));
    expect(legacyMatchKey('/tiki-index.php?page=A+B')).not.toBe(legacyMatchKey('/tiki-index.php?page=A%2BB'));
  });

  it('normalizes the base path', () => {
    expect(normalizeBasePath('')).toBe('');
    expect(normalizeBasePath('/')).toBe('');
    expect(normalizeBasePath('tiki/')).toBe('/tiki');
    expect(normalizeBasePath('/a/b/')).toBe('/a/b');
  });
});

describe('legacyClaimsForPage', () => {
  const recordsOf = (name: string, extra = {}) =>
    legacyClaimsForPage(makePage(7, name, extra), '/pages/x/').claims.map((c) => `${c.record.kind} ${c.record.from}`);

  it('emits both spellings of the param and SEF forms, page_id and /id', () => {
    expect(recordsOf('Tom & Jerry')).toEqual([
      'page-param /tiki-index.php?page=Tom+%26+Jerry',
      'page-param /tiki-index.php?page=Tom%20%26%20Jerry',
      'page-id /tiki-index.php?page_id=7',
      'page-sef /Tom+%26+Jerry',
      'page-sef /Tom%20%26%20Jerry',
      'page-numeric /7',
    ]);
  });

  it('dedupes identical spellings', () => {
    expect(recordsOf('Café')).toEqual([
      'page-param /tiki-index.php?page=Caf%C3%A9',
      'page-id /tiki-index.php?page_id=7',
      'page-sef /Caf%C3%A9',
      'page-numeric /7',
    ]);
  });

  it('adds the stored pageSlug forms', () => {
    expect(recordsOf('My Page', { pageSlug: 'My-Page' })).toContain('page-param /tiki-index.php?page=My-Page');
    expect(recordsOf('My Page', { pageSlug: 'My-Page' })).toContain('page-sef /My-Page');
    expect(recordsOf('My Page', { pageSlug: 'My+Page' })).toHaveLength(6);
  });

  it('skips SEF paths for names that look like files, with a finding', () => {
    const result = legacyClaimsForPage(makePage(7, 'robots.txt'), '/pages/robots-txt/');
    expect(result.claims.map((c) => c.record.kind)).toEqual(['page-param', 'page-id', 'page-numeric']);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['legacy-sef-skipped']);
  });

  it('applies the base path and matchKeys', () => {
    const [first] = legacyClaimsForPage(makePage(7, 'My Page'), '/pages/my-page/', '/tiki/').claims;
    expect(first.record).toEqual({
      from: '/tiki/tiki-index.php?page=My+Page',
      matchKey: '/tiki/tiki-index.php?page=my page',
      to: '/pages/my-page/',
      status: 301,
      kind: 'page-param',
      pageId: 7,
    });
  });
});

describe('legacy URL conflicts', () => {
  const plan = (names: [number, string][]) =>
    buildPlan(makeSite(names.map(([id, name]) => makePage(id, name))), { section: 'pages', stripTitleDates: false });

  it('case variants: lowest page_id wins, the loser records are dropped and reported', () => {
    const p = plan([[3, 'homepage'], [9, 'HomePage']]);
    const of9 = p.legacyUrls.filter((r) => r.pageId === 9).map((r) => r.from);
    expect(of9).toEqual(['/tiki-index.php?page_id=9', '/9']);
    const conflicts = p.findings.filter((f) => f.ruleId === 'alias-conflict');
    expect(conflicts.every((f) => f.pageId === 9 && f.severity === 'warning')).toBe(true);
    expect(conflicts.some((f) => f.message.includes('/tiki-index.php?page=HomePage') && f.message.includes('page 3 "homepage"'))).toBe(true);
  });

  it('"A B" keeps /A+B against "A+B" (whose /A%2BB servers decode to the same path)', () => {
    const p = plan([[2, 'A+B'], [5, 'A B']]);
    expect(p.legacyUrls.filter((r) => r.pageId === 5).map((r) => r.from)).toContain('/A+B');
    const of2 = p.legacyUrls.filter((r) => r.pageId === 2).map((r) => r.from);
    expect(of2).not.toContain('/A%2BB');
    expect(of2).toContain('/tiki-index.php?page=A%2BB');
  });

  it('a page named "42" keeps /42 against page_id 42', () => {
    const p = plan([[7, '42'], [42, 'Other']]);
    expect(p.legacyUrls.filter((r) => r.from === '/42').map((r) => r.pageId)).toEqual([7]);
    expect(p.findings.some((f) => f.ruleId === 'alias-conflict' && f.pageId === 42)).toBe(true);
  });

  it('drops a legacy path equal to a new URL', () => {
    const p = plan([[1, 'Pages']]);
    expect(p.legacyUrls.map((r) => r.from)).not.toContain('/Pages');
    const messages = p.findings.filter((f) => f.ruleId === 'alias-conflict').map((f) => f.message);
    expect(messages).toContain('legacy URL /Pages equals the new URL /pages/; no redirect emitted');
  });

  it('picks the same winner whatever the claim order', () => {
    const pages = [makePage(3, 'homepage'), makePage(9, 'HomePage'), makePage(2, 'A+B'), makePage(5, 'A B'), makePage(4, 'HOMEPAGE')];
    const claims: LegacyClaim[] = pages.flatMap((p) => legacyClaimsForPage(p, `/pages/p${p.id}/`).claims);
    const refs = new Map(pages.map((p) => [p.id, p]));
    const expected = resolveLegacyConflicts(claims, refs, ['/pages/']);
    const random = prng(1);
    for (let i = 0; i < 20; i++) {
      expect(resolveLegacyConflicts(shuffle(claims, random), refs, ['/pages/'])).toEqual(expected);
    }
    const keys = expected.records.map((r) => r.matchKey);
    const owners = new Map<string, Set<number>>();
    for (const r of expected.records) owners.set(r.matchKey, (owners.get(r.matchKey) ?? new Set()).add(r.pageId));
    expect([...owners.values()].every((s) => s.size === 1)).toBe(true);
    expect(keys.length).toBeGreaterThan(0);
  });
});
