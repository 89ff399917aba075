// Facts derived from loaded rows, not read from one table:
//   redirect pages — a page whose whole body (trimmed) is one REDIRECT plugin call naming a page:
//       {redirect page="Target"}   {redirect page=Target}   {REDIRECT(page=>Target)/}   {REDIRECT(page="Target")}{REDIRECT}
//     (`url=` redirects leave the site and are not page aliases);
//   category paths — each category's names from its top-level ancestor down (parentId 0 or a
//     missing parent ends the walk; a cycle is cut where it closes).

import type { Category, Page, RedirectPage } from './site-model.js';

const newStyle = /^\{redirect\s+([^}]*)\}$/i;
const oldStyle = /^\{redirect\(([^)]*)\)\s*\/?\}(?:\s*\{redirect\})?$/i;
const param = /(\w+)\s*(?:=>|=)\s*(?:"([^"]*)"|'([^']*)'|([^\s,"'}]+(?:\s+[^\s,=>"'}]+)*))/g;

/** The page a redirect body names, or null when the body is not just a page redirect. */
export function redirectTarget(body: string): string | null {
  const trimmed = body.trim();
  const call = newStyle.exec(trimmed) ?? oldStyle.exec(trimmed);
  if (call === null) return null;
  for (const match of call[1].matchAll(param)) {
    if (match[1].toLowerCase() !== 'page') continue;
    const target = (match[2] ?? match[3] ?? match[4] ?? '').trim();
    return target === '' ? null : target;
  }
  return null;
}

export function redirectPages(pages: readonly Page[]): RedirectPage[] {
  const byName = new Map(pages.map((page) => [page.name, page.id]));
  const out: RedirectPage[] = [];
  for (const page of pages) {
    if (page.isHtml) continue;
    const target = redirectTarget(page.data);
    if (target !== null) out.push({ pageId: page.id, target, targetPageId: byName.get(target) ?? null });
  }
  return out;
}

export function categoryPaths(categories: ReadonlyMap<number, Category>): Map<number, string[]> {
  const paths = new Map<number, string[]>();
  for (const [id, category] of categories) {
    const names = [category.name];
    const seen = new Set([id]);
    let parent = categories.get(category.parentId);
    while (parent !== undefined && parent.id !== 0 && !seen.has(parent.id)) {
      seen.add(parent.id);
      names.unshift(parent.name);
      parent = categories.get(parent.parentId);
    }
    paths.set(id, names);
  }
  return paths;
}
