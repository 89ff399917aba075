import { describe, expect, it } from 'vitest';
import { foldName, trimName, caseFold } from '../../src/plan/fold.js';
import { createPageIndex, nameDuplicateFindings } from '../../src/plan/page-index.js';
import type { PlannedPage } from '../../src/plan/plan-types.js';
import { makePage } from './site-fixture.js';

const planned = (id: number, name: string): PlannedPage => ({
  page: makePage(id, name),
  title: name,
  slug: `s${id}`,
  url: `/pages/s${id}/`,
  aliases: [],
  categories: [],
  tags: [],
});

describe('fold', () => {
  it('folds case, accents, width and whitespace', () => {
    expect(foldName('  Café   au\tLait ')).toBe('cafe au lait');
    expect(foldName('ＣＡＦÉ')).toBe('cafe');
    expect(foldName('Cafe\u0301')).toBe('cafe');
    expect(trimName('  Foo   Bar ')).toBe('Foo Bar');
    expect(trimName('Café')).toBe('Café');
    expect(caseFold('STRASSE')).toBe(caseFold('straße'));
    expect(caseFold('Cafe\u0301')).toBe('café');
    expect(caseFold('CAFÉ')).not.toBe(caseFold('cafe'));
  });
});

describe('createPageIndex', () => {
  const pages = [planned(30, 'Café'), planned(10, 'Foo Bar'), planned(20, 'CAFE'), planned(40, 'cafe'), planned(50, 'Zeta'), planned(60, 'Приве́т')];
  const index = createPageIndex(pages);

  it('resolves exact names, also after trimming and collapsing spaces', () => {
    expect(index.resolve('Foo Bar')).toEqual({ status: 'exact', page: pages[1] });
    expect(index.resolve('  Foo   Bar ')).toEqual({ status: 'exact', page: pages[1] });
    expect(index.resolve('Café')).toEqual({ status: 'exact', page: pages[0] });
    expect(index.resolve('cafe')).toEqual({ status: 'exact', page: pages[3] });
  });

  it('resolves folded names', () => {
    expect(index.resolve('foo bar')).toEqual({ status: 'folded', page: pages[1] });
    expect(index.resolve('ZETA')).toEqual({ status: 'folded', page: pages[4] });
    expect(index.resolve('привет')).toEqual({ status: 'folded', page: pages[5] });
  });

  it('reports ambiguity with the lowest page_id first', () => {
    const r = index.resolve('Cafe');
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.page.page.id).toBe(20);
    expect(r.candidates.map((c) => c.page.id)).toEqual([20, 30, 40]);
  });

  it('reports missing pages', () => {
    expect(index.resolve('Nope')).toEqual({ status: 'missing' });
    expect(index.resolve('   ')).toEqual({ status: 'missing' });
  });
});

describe('nameDuplicateFindings', () => {
  it('reports every later page whose folded name repeats an earlier one', () => {
    const findings = nameDuplicateFindings([makePage(40, 'cafe'), makePage(30, 'Café'), makePage(20, 'CAFE'), makePage(10, 'Other')]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.pageId])).toEqual([
      ['page-name-duplicate', 'warning', 30],
      ['page-name-duplicate', 'warning', 40],
    ]);
    expect(findings[0].message).toContain('page 20 "CAFE"');
    expect(findings[1].message).toContain('page 20 "CAFE", page 30 "Café"');
    expect(findings[0]).toMatchObject({ pageName: 'Café', line: null, column: null });
  });
});
