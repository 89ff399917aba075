import { describe, expect, it } from 'vitest';
import { aliasUnsafeReason, planAliases, tikiSefAlias, type AliasCandidate } from '../../src/plan/aliases.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import type { LegacyUrlRecord } from '../../src/plan/plan-types.js';
import { makePage, makeSite, prng, shuffle } from './site-fixture.js';

const planOf = (names: [number, string][]) => buildPlan(makeSite(names.map(([id, name]) => makePage(id, name))), { section: 'pages', stripTitleDates: false });
const aliasesOf = (names: [number, string][]) => {
  const plan = planOf(names);
  return { plan, of: (id: number) => plan.byId.get(id)!.aliases };
};

describe('tikiSefAlias', () => {
  it('is the decoded "+" spelling of the original name, NFC', () => {
    expect(tikiSefAlias('Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021')).toBe(
      '/Need+at+least+6,000+IU+daily+while+breastfeeding+to+eliminate+Vitamin+D+deficiency+–+meta-analysis+Oct+2021',
    );
    expect(tikiSefAlias('Calcium + Magnesium')).toBe('/Calcium+++Magnesium');
    expect(tikiSefAlias('Cafe\u0301 au lait')).toBe('/Café+au+lait');
  });
});

describe('aliasUnsafeReason', () => {
  it.each(['/What?', '/C#', '/50%', '/a\\b', '/a/b', '/', '/..', '/.htaccess', '/Trailing.', '/CON', '/nul.txt', '/Com1', '/a\tb', '/a\u0085b'])(
    'rejects %j',
    (alias) => expect(aliasUnsafeReason(alias)).not.toBeNull(),
  );
  it.each(['/My+Page', '/Café', '/Vitamin+D:+basics', '/6,000+IU', '/Console', '/con-1', '/a.b', '/Привет'])('accepts %j', (alias) =>
    expect(aliasUnsafeReason(alias)).toBeNull(),
  );
});

describe('Hugo aliases from the legacy records', () => {
  it('gives the SEF "+" alias then /<page_id>, and marks the records they come from', () => {
    const r = aliasesOf([[13038, 'My Page'], [5, 'Calcium + Magnesium']]);
    expect(r.of(13038)).toEqual(['/My+Page', '/13038']);
    expect(r.of(5)).toEqual(['/Calcium+++Magnesium', '/5']);
    expect(r.plan.findings).toEqual([]);
    const marked = r.plan.legacyUrls.filter((x) => x.hugoAlias).map((x) => `${x.from} ${x.hugoAlias}`);
    expect(marked).toEqual(['/Calcium+%2B+Magnesium /Calcium+++Magnesium', '/5 /5', '/My+Page /My+Page', '/13038 /13038']);
  });

  it('keeps unsafe paths out with an info finding; the redirect records stay', () => {
    const r = aliasesOf([[1, 'What?'], [2, 'CON'], [3, '50% more']]);
    expect([r.of(1), r.of(2), r.of(3)]).toEqual([['/1'], ['/2'], ['/3']]);
    expect(r.plan.findings.filter((f) => f.ruleId.startsWith('alias')).map((f) => [f.ruleId, f.severity, f.pageId])).toEqual([
      ['alias-unsafe-path', 'info', 1],
      ['alias-unsafe-path', 'info', 2],
      ['alias-unsafe-path', 'info', 3],
    ]);
    expect(r.plan.legacyUrls.some((x) => x.from === '/What%3F')).toBe(true);
  });

  it('keeps paths that would collide with the section or Hugo paths out (shadowed)', () => {
    const r = aliasesOf([[1, 'Pages'], [2, 'Tags'], [3, 'index.xml']]);
    expect([r.of(1), r.of(2), r.of(3)]).toEqual([['/1'], ['/2'], ['/3']]);
    expect(r.plan.findings.map((f) => `${f.ruleId}@${f.pageId}`)).toEqual(['redirect-shadowed@1', 'redirect-shadowed@2', 'redirect-shadowed@3']);
  });

  it('resolves case-folded and NFC clashes deterministically whatever the input order', () => {
    const names: [number, string][] = [
      [9, 'HomePage'],
      [3, 'homepage'],
      [2, 'A+B'],
      [5, 'A B'],
      [7, '42'],
      [42, 'Forty-two'],
      [11, 'Cafe\u0301'],
      [12, 'CAFÉ'],
    ];
    const expected = aliasesOf(names);
    expect(expected.of(3)).toEqual(['/homepage', '/3']);
    expect(expected.of(9)).toEqual(['/9']);
    expect(expected.of(5)).toEqual(['/A+B', '/5']);
    expect(expected.of(2)).toEqual(['/2']);
    expect(expected.of(7)).toEqual(['/42', '/7']);
    expect(expected.of(42)).toEqual(['/Forty-two']);
    expect(expected.of(11)).toEqual(['/Café', '/11']);
    expect(expected.of(12)).toEqual(['/12']);
    const conflicts = expected.plan.findings.filter((f) => f.ruleId === 'alias-conflict');
    expect(conflicts.map((f) => f.pageId)).toEqual([2, 9, 12, 42]);
    const random = prng(3);
    for (let i = 0; i < 10; i++) {
      const again = planOf(shuffle(names, random));
      expect(again.pages.map((p) => p.aliases)).toEqual(expected.plan.pages.map((p) => p.aliases));
      expect(again.findings).toEqual(expected.plan.findings);
    }
  });

  it('guards against two candidates equal under case folding or equal to a site path', () => {
    const record = (from: string) => ({ from, kind: 'page-sef' }) as LegacyUrlRecord;
    const c = (alias: string, pageId: number): AliasCandidate => ({ record: record(alias), alias, name: alias.slice(1), pageId, owner: { id: pageId, name: alias.slice(1) } });
    const candidates = [c('/Foo', 1), c('/FOO', 2), c('/Cafe\u0301', 3), c('/CAFÉ', 4), c('/tags', 5)];
    const result = planAliases(candidates, [1, 2, 3, 4, 5].map((id) => ({ id, name: String(id) })), ['/tags/']);
    expect([...result.aliases.values()]).toEqual([['/Foo'], [], ['/Cafe\u0301'], [], []]);
    expect(result.findings.map((f) => `${f.ruleId}@${f.pageId}`)).toEqual(['alias-conflict@2', 'alias-conflict@4', 'alias-conflict@5']);
    expect(candidates[0].record.hugoAlias).toBe('/Foo');
    expect(candidates[1].record.hugoAlias).toBeUndefined();
  });
});
