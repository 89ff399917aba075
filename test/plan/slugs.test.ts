import { describe, expect, it } from 'vitest';
import { assignSlugs, capSlug, naturalSlug, reservedSlugReason, slugifyTitle, type SlugInput } from '../../src/plan/slugs.js';
import { prng, shuffle } from './site-fixture.js';

const input = (id: number, title: string, name = title): SlugInput => ({ page: { id, name }, title });

describe('slugifyTitle', () => {
  it.each([
    ['Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis', 'need-at-least-6000-iu-daily-while-breastfeeding-to-eliminate-vitamin-d-deficiency-meta-analysis'],
    ['100% done', '100-percent-done'],
    ['25%', '25-percent'],
    ['Tom & Jerry', 'tom-and-jerry'],
    ["Don't stop", 'dont-stop'],
    ['Don’t stop', 'dont-stop'],
    ['Vitamin D — Magnesium', 'vitamin-d-magnesium'],
    ['Calcium+Magnesium', 'calcium-magnesium'],
    ['Ünïcödé Çafé', 'unicode-cafe'],
    ['Höskuldur', 'hoskuldur'],
    ['Привет мир', 'privet-mir'],
    ['Straße', 'strasse'],
    ['x² ﬁne ＡＢ', 'x2-fine-ab'],
    ['<30 ng/ml', 'less-30-ng-ml'],
    ['foo___bar--baz', 'foo-bar-baz'],
    ['  lead trail  ', 'lead-trail'],
    ['日本語のページ', ''],
    ['?!', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugifyTitle(title)).toBe(slug);
  });
});

describe('naturalSlug and capSlug', () => {
  it('falls back to page-<id> for an empty slug', () => {
    expect(naturalSlug('日本語のページ', 77)).toEqual({ slug: 'page-77', fallback: true, truncated: false });
  });

  it('cuts at a dash boundary within the cap', () => {
    expect(capSlug('abc-def-ghi', 8)).toBe('abc-def');
    expect(capSlug('abc-def-ghi', 7)).toBe('abc-def');
    expect(capSlug('abc-def-ghi', 6)).toBe('abc');
    expect(capSlug('abcdefghij', 4)).toBe('abcd');
    const long = naturalSlug('word '.repeat(40), 1);
    expect(long.truncated).toBe(true);
    expect(long.slug.length).toBeLessThanOrEqual(120);
    expect(long.slug.endsWith('word')).toBe(true);
  });

  it('knows reserved names', () => {
    for (const s of ['con', 'nul', 'aux', 'prn', 'com1', 'lpt9', 'index', 'page', '_x', '.x']) expect(reservedSlugReason(s)).not.toBeNull();
    for (const s of ['cons', 'com10-x', 'pages', 'index-1']) expect(reservedSlugReason(s)).toBeNull();
  });
});

describe('assignSlugs', () => {
  it('keeps the natural slug for the lowest page_id and suffixes the others with -<page_id>', () => {
    const result = assignSlugs([input(4, 'foo'), input(2, 'Foo 2'), input(1, 'Foo'), input(3, 'Foo', 'Foo – May 2020')]);
    expect([...result.slugs.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [1, 'foo'],
      [2, 'foo-2'],
      [3, 'foo-3'],
      [4, 'foo-4'],
    ]);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.pageId])).toEqual([
      ['slug-collision', 'warning', 3],
      ['slug-collision', 'warning', 4],
    ]);
    expect(result.findings[1].message).toBe(
      'slug "foo" is also the natural slug of page 1 "Foo" (keeps it), page 3 "Foo – May 2020"; this page gets "foo-4"',
    );
  });

  it('never hands out a suffixed slug that is another page\'s natural slug', () => {
    // page 5 would get "foo-5", but that is page 9's natural slug
    const result = assignSlugs([input(1, 'Foo'), input(5, 'foo'), input(9, 'Foo 5'), input(12, 'FOO'), input(20, 'Foo 5')]);
    expect(result.slugs.get(1)).toBe('foo');
    expect(result.slugs.get(5)).toBe('foo-5-2');
    expect(result.slugs.get(9)).toBe('foo-5');
    expect(result.slugs.get(12)).toBe('foo-12');
    expect(result.slugs.get(20)).toBe('foo-5-20');
  });

  it('suffixes reserved and fallback-colliding slugs', () => {
    const result = assignSlugs([input(1, 'CON'), input(2, 'Index'), input(3, 'Page 4'), input(4, '日本語')]);
    expect(result.slugs.get(1)).toBe('con-1');
    expect(result.slugs.get(2)).toBe('index-2');
    expect(result.slugs.get(3)).toBe('page-4');
    expect(result.slugs.get(4)).toBe('page-4-4');
    expect(result.findings.map((f) => `${f.ruleId}@${f.pageId}`).sort()).toEqual([
      'slug-collision@4',
      'slug-fallback@4',
      'slug-reserved@1',
      'slug-reserved@2',
    ]);
  });

  it('keeps suffixed slugs within the cap', () => {
    const title = 'alpha '.repeat(30);
    const result = assignSlugs([input(1, title), input(123456, title)], 40);
    expect(result.slugs.get(1)!.length).toBeLessThanOrEqual(40);
    expect(result.slugs.get(123456)).toMatch(/^alpha(-alpha)*-123456$/);
    expect(result.slugs.get(123456)!.length).toBeLessThanOrEqual(40);
  });

  it('property: unique, owners keep natural slugs, no suffix equals a natural slug, order-independent', () => {
    const vocabulary = ['Foo', 'foo', 'Foo 2', 'Foo-3', 'foo 10', 'Bar', 'bar 2', 'Café', 'cafe', 'con', '日本', 'Page 7', 'Foo Foo', 'foo-foo-2'];
    const random = prng(42);
    for (let round = 0; round < 200; round++) {
      const count = 1 + Math.floor(random() * 25);
      const ids = new Set<number>();
      while (ids.size < count) ids.add(1 + Math.floor(random() * 40));
      const inputs = [...ids].map((id) => {
        const a = vocabulary[Math.floor(random() * vocabulary.length)];
        const title = random() < 0.3 ? `${a} ${Math.floor(random() * 12)}` : a;
        return input(id, title);
      });
      const result = assignSlugs(inputs);
      const slugs = [...result.slugs.values()];
      expect(new Set(slugs).size).toBe(slugs.length);
      const naturals = new Set(result.natural.values());
      const sorted = [...inputs].sort((a, b) => a.page.id - b.page.id);
      const firstOwner = new Map<string, number>();
      for (const i of sorted) {
        const nat = result.natural.get(i.page.id)!;
        if (!firstOwner.has(nat)) firstOwner.set(nat, i.page.id);
      }
      for (const i of sorted) {
        const nat = result.natural.get(i.page.id)!;
        const slug = result.slugs.get(i.page.id)!;
        if (firstOwner.get(nat) === i.page.id && reservedSlugReason(nat) === null) expect(slug).toBe(nat);
        else {
          expect(naturals.has(slug)).toBe(false);
          expect(reservedSlugReason(slug)).toBeNull();
        }
      }
      const again = assignSlugs(shuffle(inputs, random));
      expect([...again.slugs.entries()].sort((a, b) => a[0] - b[0])).toEqual([...result.slugs.entries()].sort((a, b) => a[0] - b[0]));
      expect(again.findings).toEqual(result.findings);
    }
  });
});
