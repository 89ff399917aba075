import { describe, expect, it } from 'vitest';
import { aliasUnsafeReason, planAliases, tikiSefAlias, type AliasInput } from '../../src/plan/aliases.js';
import { prng, shuffle } from './site-fixture.js';

const inputs = (names: [number, string][]): AliasInput[] => names.map(([id, name]) => ({ page: { id, name }, url: `/pages/p${id}/` }));
const aliasesOf = (names: [number, string][]) => {
  const plan = planAliases(inputs(names), 'pages');
  return { ...plan, of: (id: number) => plan.aliases.get(id) };
};

describe('tikiSefAlias', () => {
  it('is the decoded "+" spelling of the original name, NFC', () => {
    expect(tikiSefAlias('Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021')).toBe(
      '/Need+at+least+6,000+IU+daily+while+breastfeeding+to+eliminate+Vitamin+D+deficiency+–+meta-analysis+Oct+2021',
    );
    expect(tikiSefAlias('Calcium + Magnesium')).toBe('/Calcium+++Magnesium');
    expect(tikiSefAlias('Cafe\u0301 au lait')).toBe('/Café+au+lait');
    expect(tikiSefAlias('Привет мир')).toBe('/Привет+мир');
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

describe('planAliases', () => {
  it('gives the SEF alias then /<page_id>', () => {
    const r = aliasesOf([[13038, 'My Page'], [5, 'Calcium + Magnesium']]);
    expect(r.of(13038)).toEqual(['/My+Page', '/13038']);
    expect(r.of(5)).toEqual(['/Calcium+++Magnesium', '/5']);
    expect(r.findings).toEqual([]);
  });

  it('keeps unsafe paths out with an info finding', () => {
    const r = aliasesOf([[1, 'What?'], [2, 'CON'], [3, '50% more']]);
    expect(r.of(1)).toEqual(['/1']);
    expect(r.of(2)).toEqual(['/2']);
    expect(r.of(3)).toEqual(['/3']);
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.pageId])).toEqual([
      ['alias-unsafe-path', 'info', 1],
      ['alias-unsafe-path', 'info', 2],
      ['alias-unsafe-path', 'info', 3],
    ]);
  });

  it('keeps aliases that would collide with the section or Hugo paths out', () => {
    const r = aliasesOf([[1, 'Pages'], [2, 'Tags'], [3, 'index.xml']]);
    expect([r.of(1), r.of(2), r.of(3)]).toEqual([['/1'], ['/2'], ['/3']]);
    expect(r.findings.map((f) => `${f.ruleId}@${f.pageId}`)).toEqual(['alias-conflict@1', 'alias-conflict@2', 'alias-conflict@3']);
  });

  it('resolves case-folded clashes deterministically whatever the input order', () => {
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
    const conflicts = expected.findings.filter((f) => f.ruleId === 'alias-conflict');
    expect(conflicts.map((f) => f.pageId)).toEqual([2, 9, 12, 42]);
    expect(conflicts.find((f) => f.pageId === 9)!.message).toBe(
      'Hugo alias "/HomePage" not written: it equals (ignoring case) "/homepage" of page 3 "homepage"',
    );
    const random = prng(3);
    for (let i = 0; i < 20; i++) {
      const again = aliasesOf(shuffle(names, random));
      expect(again.aliases).toEqual(expected.aliases);
      expect(again.findings).toEqual(expected.findings);
    }
  });
});
