// The optional front matter built from the SiteModel (src/plan/page-extras.ts, emitted by
// src/emit/page-file.ts): off by default (the seed front matter is unchanged), and on request
// structure weight/parent, translationKey/lang and lastmod/authors for the sample site.

import { describe, expect, it } from 'vitest';
import { pageFrontMatter } from '../../src/emit/page-file.js';
import { loadInput } from '../../src/load/open-input.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { structurePlaces } from '../../src/plan/page-extras.js';
import { forms } from './sample-forms.js';

describe('optional front matter on the sample', async () => {
  const { site } = await loadInput(forms.inputFolder, { history: true });
  const plain = buildPlan(site, { section: 'pages', stripTitleDates: false });
  const full = buildPlan(site, { section: 'pages', stripTitleDates: false, extras: { structure: 'front-matter', translations: true, history: true } });
  const keys = (plan: typeof plain, id: number) => pageFrontMatter(plan.byId.get(id)!, false).map(([k]) => k);
  const fm = (id: number) => Object.fromEntries(pageFrontMatter(full.byId.get(id)!, false));

  it('adds nothing by default: the seed keys only', () => {
    for (const id of [2, 4, 29, 74]) expect(keys(plain, id)).toEqual(['title', 'slug', 'aliases', 'tiki_page_id', 'date', 'categories', 'tags']);
  });

  it('structure: reading order as weight, parent page URL (page 4 sits under lesson 3)', () => {
    expect([29, 30, 31, 32, 4, 33].map((id) => [fm(id).weight, fm(id).parent])).toEqual([
      [1, undefined],
      [2, '/pages/vitamin-d-basics/'],
      [3, '/pages/vitamin-d-basics/'],
      [4, '/pages/vitamin-d-basics/'],
      [5, '/pages/lesson-3-testing-and-levels/'],
      [6, '/pages/vitamin-d-basics/'],
    ]);
    expect(fm(1).weight).toBeUndefined();
  });

  it('translations: one key per set, with the language', () => {
    expect([2, 74, 14, 75].map((id) => [fm(id).translationKey, fm(id).lang])).toEqual([
      ['tiki-translation-1', 'en'],
      ['tiki-translation-1', 'ru'],
      ['tiki-translation-2', 'en'],
      ['tiki-translation-2', 'ja'],
    ]);
    expect(fm(3).translationKey).toBeUndefined();
  });

  it('history: lastmod and authors (creator, earlier editors, last editor)', () => {
    expect(fm(2)).toMatchObject({ lastmod: '2021-06-01', authors: ['admin', 'drbob'] });
    expect(fm(25)).toMatchObject({ lastmod: '2023-01-09', authors: ['admin', 'jsmith', 'jöhn'] });
    expect(keys(full, 2).slice(7)).toEqual(['translationKey', 'lang', 'lastmod', 'authors']);
  });

  it('a page placed twice uses its first placement; cycles and orphans do not loop', () => {
    const node = (pageRefId: number, structureId: number, parentId: number, pageId: number, pos: number) => ({ pageRefId, structureId, parentId, pageId, pageAlias: '', pos });
    const places = structurePlaces([node(1, 1, 0, 10, 1), node(2, 1, 1, 11, 2), node(3, 1, 1, 12, 1), node(4, 4, 0, 20, 1), node(5, 4, 4, 11, 1), node(6, 1, 99, 13, 1)]);
    expect(places.get(11)).toEqual({ weight: 3, parentPageId: 10 });
    expect(places.get(12)).toEqual({ weight: 2, parentPageId: 10 });
    expect(places.get(13)).toEqual({ weight: 4, parentPageId: null });
    expect(places.get(20)).toEqual({ weight: 1, parentPageId: null });
  });
});
