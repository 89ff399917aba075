// Everything the SiteModel carries beyond pages and taxonomy, on the sample site: category paths,
// file galleries (archived versions skipped), bytes on disk, translations, alias relations,
// {redirect} pages, custom routes, preferences, the detected schema features, and — only with
// the history option — previous revisions and renames from the action log.

import { describe, expect, it } from 'vitest';
import { redirectTarget } from '../../src/load/derived.js';
import { loadInput } from '../../src/load/open-input.js';
import { forms } from './sample-forms.js';

describe('site data of the sample', async () => {
  const { site } = await loadInput(forms.inputFolder);

  it('category paths walk parents to the top', () => {
    expect(site.categoryPaths?.get(15)).toEqual(['Health Topics', 'Vitamins', 'Vitamin D', 'Vitamin D Receptor']);
    expect(site.categoryPaths?.get(11)).toEqual(['Health Topics', 'Conditions', 'Mental Health']);
    expect(site.categoryPaths?.get(5)).toEqual(['Pregnancy']);
  });

  it('gallery files: current versions only, bytes in the database or on disk', () => {
    expect(site.files?.map((f) => [f.id, f.filename, f.filetype, f.data?.length ?? null, f.path])).toEqual([
      [1, 'uv-index.jpg', 'image/jpeg', 134, ''],
      [3, 'latitude-table.csv', 'application/vnd.ms-excel', null, 'c4ca4238a0b923820dcc509a6f75849b'],
    ]);
    expect([...(site.fileGalleries?.values() ?? [])].map((g) => [g.id, g.name, g.type, g.parentId])).toEqual([
      [1, 'File Galleries', 'system', -1],
      [3, 'Wiki Attachments', 'system', -1],
      [4, 'Charts', 'default', 1],
    ]);
  });

  it('finds on-disk bytes under files/ and says which are missing', () => {
    expect(site.diskFiles).toEqual([
      { kind: 'attachment', id: 3, found: `${forms.filesDir}/e4da3b7fbbce2345d7772b0674a318d5` },
      { kind: 'attachment', id: 4, found: null },
      { kind: 'file', id: 3, found: `${forms.filesDir}/c4ca4238a0b923820dcc509a6f75849b` },
    ]);
    expect(site.attachments.map((a) => [a.id, a.data === null, a.path])).toEqual([
      [1, false, ''],
      [2, false, ''],
      [3, true, 'e4da3b7fbbce2345d7772b0674a318d5'],
      [4, true, '1679091c5a880faf6fb5e6087eb1b2dc'],
    ]);
  });

  it('translations, alias relations, redirect pages, custom routes and preferences', () => {
    expect(site.translations).toEqual([
      { traId: 1, pageId: 2, lang: 'en' },
      { traId: 1, pageId: 74, lang: 'ru' },
      { traId: 2, pageId: 14, lang: 'en' },
      { traId: 2, pageId: 75, lang: 'ja' },
    ]);
    expect(site.relations).toEqual([
      { id: 1, relation: 'tiki.link.alias', sourceType: 'wiki page', sourceItemId: 'Vitamin D', targetType: 'wiki page', targetItemId: 'Old Vitamin Page' },
    ]);
    expect(site.redirectPages).toEqual([{ pageId: 23, target: 'Vitamin D', targetPageId: 2 }]);
    expect(site.customRoutes?.map((r) => [r.id, r.type, r.from, r.active, r.pageId])).toEqual([
      [1, 'Object', 'vitd', true, 2],
      [2, 'Direct', 'shop', true, null],
    ]);
    expect(site.preferences?.get('wikiHomePage')).toBe('HomePage');
    expect(site.preferences?.get('feature_sefurl')).toBe('y');
    expect([...(site.preferences?.keys() ?? [])]).toEqual([...(site.preferences?.keys() ?? [])].sort());
  });

  it('reads no history without the option', () => {
    expect(site.history).toEqual([]);
    expect(site.renames).toEqual([]);
  });

  it('with history: previous revisions (metadata only) and renames followed to the current page', async () => {
    const { site: full } = await loadInput(forms.inputFolder, { history: true });
    expect(full.history?.map((h) => [h.pageName, h.version, h.user])).toEqual([
      ['Sandbox', 1, 'admin'],
      ['Sandbox', 2, 'jsmith'],
      ['Vitamin D', 1, 'admin'],
      ['Vitamin D', 2, 'drbob'],
    ]);
    expect(full.renames).toEqual([
      { oldName: 'Too Much Vitamin D', newName: 'Vitamin D Overdose', at: 1391248800, pageId: 54 },
      { oldName: 'Vitamin D Overdose', newName: 'Vitamin D Toxicity', at: 1425204000, pageId: 54 },
    ]);
  });
});

describe('redirectTarget', () => {
  it.each([
    ['{redirect page="Vitamin D"}', 'Vitamin D'],
    ['  {REDIRECT page=Target}\n', 'Target'],
    ["{redirect page='Single Quoted'}", 'Single Quoted'],
    ['{REDIRECT(page=>Old Name)/}', 'Old Name'],
    ['{REDIRECT(page="Quoted Name")}{REDIRECT}', 'Quoted Name'],
  ])('%j → %j', (body, target) => expect(redirectTarget(body)).toBe(target));

  it.each(['{redirect url="https://example.org"}', 'See {redirect page="X"}', '{redirect page="X"} and more', '{redirect}'])(
    'is not a page redirect: %j',
    (body) => expect(redirectTarget(body)).toBeNull(),
  );
});
