// Previous revisions from `tiki_history` (the current one is in tiki_pages) and page renames from
// `tiki_actionlog`; both are read only with the `history` load option. Revisions keep their
// metadata, not their bodies, ordered by page name then version; revisions of pages not in
// tiki_pages are dropped silently (Tiki keeps history of removed pages).
//
// Renames: rows with action 'Renamed' and objectType 'wiki page'. Tiki logs the new name in
// `object` and "old=<old name>&new=<new name>" in `comment` (wikilib rename; unverified whether
// the names are urlencoded, so they are taken as written). Chains (A → B, B → C) are followed to
// the page that exists now; a rename whose chain ends at no page keeps pageId null.

import { repaired } from '../charset.js';
import { int, requiredInt, text, type Row } from '../rows.js';
import type { HistoryRevision, Page, PageRename } from '../site-model.js';

export class HistoryCollector {
  private readonly revisions: HistoryRevision[] = [];
  private readonly renames: (PageRename & { order: number })[] = [];

  addRevision(row: Row): void {
    this.revisions.push({
      pageName: repaired(text(row, 'pageName') ?? ''),
      version: requiredInt(row, 'version'),
      lastModif: int(row, 'lastModif') ?? 0,
      user: text(row, 'user') ?? '',
      comment: text(row, 'comment') ?? '',
    });
  }

  addAction(row: Row): void {
    if (text(row, 'action') !== 'Renamed' || text(row, 'objectType') !== 'wiki page') return;
    const object = repaired(text(row, 'object') ?? '');
    const comment = repaired(text(row, 'comment') ?? '');
    const match = /^old=(.*?)(?:&new=(.*))?$/s.exec(comment);
    if (match === null || match[1] === '') return;
    const newName = match[2] !== undefined && match[2] !== '' ? match[2] : object;
    if (newName === '' || newName === match[1]) return;
    const order = int(row, 'actionId') ?? this.renames.length;
    this.renames.push({ oldName: match[1], newName, at: int(row, 'lastModif') ?? 0, pageId: null, order });
  }

  resolveRevisions(pages: readonly Page[]): HistoryRevision[] {
    const names = new Set(pages.map((page) => page.name));
    return this.revisions
      .filter((r) => names.has(r.pageName))
      .sort((a, b) => (a.pageName < b.pageName ? -1 : a.pageName > b.pageName ? 1 : a.version - b.version));
  }

  resolveRenames(pages: readonly Page[]): PageRename[] {
    const byName = new Map(pages.map((page) => [page.name, page.id]));
    const sorted = [...this.renames].sort((a, b) => a.at - b.at || a.order - b.order);
    const next = new Map<string, string>();
    for (const r of sorted) next.set(r.oldName, r.newName);
    return sorted.map(({ order: _order, ...rename }) => ({ ...rename, pageId: follow(rename.newName, next, byName) }));
  }
}

/** The page a name leads to after every later rename, or null. */
function follow(name: string, next: ReadonlyMap<string, string>, byName: ReadonlyMap<string, number>): number | null {
  const seen = new Set<string>();
  let current = name;
  while (!byName.has(current) && next.has(current) && !seen.has(current)) {
    seen.add(current);
    current = next.get(current)!;
  }
  return byName.get(current) ?? null;
}
