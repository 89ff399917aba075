// One page's file: front matter in the seed's key order, a blank line, the markdown body.
//
//   title, slug, aliases, tiki_page_id, date (UTC YYYY-MM-DD of `created`), categories, tags
//   [, weight, parent]            with --structure front-matter
//   [, translationKey, lang]      with --translations (pages of a translation set)
//   [, lastmod, authors]          with --history
//   [, migration_error: true]   when the page was written with its source as a fallback

import type { PlannedPage } from '../plan/plan-types.js';
import { renderFrontMatter, type FrontMatter, type FrontMatterFormat } from './front-matter.js';

export function pageFrontMatter(p: PlannedPage, migrationError: boolean): FrontMatter {
  const fm: FrontMatter = [
    ['title', p.title],
    ['slug', p.slug],
    ['aliases', [...p.aliases]],
    ['tiki_page_id', p.page.id],
  ];
  const date = utcDate(p.page.created || p.page.lastModif);
  if (date) fm.push(['date', date]);
  fm.push(['categories', [...p.categories]], ['tags', [...p.tags]]);
  // Optional data, present only when its option is on (--structure, --translations, --history).
  if (p.weight !== undefined) fm.push(['weight', p.weight]);
  if (p.parent !== undefined) fm.push(['parent', p.parent]);
  if (p.translationKey !== undefined) fm.push(['translationKey', p.translationKey]);
  if (p.lang !== undefined) fm.push(['lang', p.lang]);
  if (p.lastmod !== undefined) fm.push(['lastmod', p.lastmod]);
  if (p.authors !== undefined) fm.push(['authors', [...p.authors]]);
  if (migrationError) fm.push(['migration_error', true]);
  return fm;
}

export function pageFile(frontMatter: FrontMatter, format: FrontMatterFormat, body: string): string {
  const text = body.endsWith('\n') || body === '' ? body : `${body}\n`;
  return `${renderFrontMatter(frontMatter, format)}\n${text}`;
}

/** `YYYY-MM-DD` in UTC for epoch seconds; null for 0 or nonsense. */
export function utcDate(epochSeconds: number): string | null {
  if (!Number.isFinite(epochSeconds) || epochSeconds <= 0) return null;
  return new Date(epochSeconds * 1000).toISOString().slice(0, 10);
}
