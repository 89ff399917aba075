// Categories and free tags of wiki pages, joined as Tiki does (tiki-data.md §1.3):
//   page name = tiki_objects.itemId where type = 'wiki page'
//   categories: tiki_objects.objectId = tiki_category_objects.catObjectId → tiki_categories.categId
//   free tags:  tiki_objects.objectId = tiki_freetagged_objects.objectId → tiki_freetags.tagId
// One tagged-object row exists per tagging user, so tag ids are made distinct. Ids per page are
// ascending (the only order a dump preserves). Rows pointing at a missing page, object, category
// or tag are dropped and logged as `orphan-row`. Objects of other types (files, articles…) are
// ignored, as are their category and tag rows. Names stored double-encoded are repaired (charset.ts).

import type { IssueLog } from '../issues.js';
import { int, requiredInt, text, type Row } from '../rows.js';
import { repaired } from '../charset.js';
import type { Category, Freetag, InputPlace, Page } from '../site-model.js';

interface Link {
  objectId: number;
  targetId: number;
  at: InputPlace;
}

export interface PageTaxonomy {
  pageCategories: Map<string, number[]>;
  pageFreetags: Map<string, number[]>;
}

export class TaxonomyCollector {
  readonly categories = new Map<number, Category>();
  readonly freetags = new Map<number, Freetag>();
  /** objectId → page name and line, for objects of type 'wiki page'. */
  private readonly wikiObjects = new Map<number, { pageName: string; at: InputPlace }>();
  private readonly allObjects = new Set<number>();
  private readonly categoryLinks: Link[] = [];
  private readonly tagLinks: Link[] = [];

  constructor(private readonly issues: IssueLog) {}

  addCategory(row: Row): void {
    const id = requiredInt(row, 'categId');
    if (this.categories.has(id)) return;
    this.categories.set(id, { id, name: repaired(text(row, 'name') ?? ''), parentId: int(row, 'parentId') ?? 0 });
  }

  addObject(row: Row, at: InputPlace): void {
    const id = requiredInt(row, 'objectId');
    if (this.allObjects.has(id)) return;
    this.allObjects.add(id);
    const pageName = repaired(text(row, 'itemId'));
    if (text(row, 'type') === 'wiki page' && pageName !== null) this.wikiObjects.set(id, { pageName, at });
  }

  addCategoryObject(row: Row, at: InputPlace): void {
    this.categoryLinks.push({ objectId: requiredInt(row, 'catObjectId'), targetId: requiredInt(row, 'categId'), at });
  }

  addFreetag(row: Row): void {
    const id = requiredInt(row, 'tagId');
    if (this.freetags.has(id)) return;
    this.freetags.set(id, { id, tag: repaired(text(row, 'tag') ?? ''), rawTag: repaired(text(row, 'raw_tag') ?? '') });
  }

  addTaggedObject(row: Row, at: InputPlace): void {
    this.tagLinks.push({ objectId: requiredInt(row, 'objectId'), targetId: requiredInt(row, 'tagId'), at });
  }

  /** Joins objects to pages; `pages` must be in page_id order (it fixes the maps' key order). */
  resolve(pages: readonly Page[]): PageTaxonomy {
    const byName = new Map(pages.map((page) => [page.name, page]));
    for (const [objectId, object] of this.wikiObjects) {
      if (!byName.has(object.pageName)) {
        this.issues.add(
          'orphan-row',
          object.at,
          `tiki_objects row ${objectId} is for wiki page ${JSON.stringify(object.pageName)}, which is not in tiki_pages; its categories and tags are dropped`,
          { id: null, name: object.pageName },
        );
      }
    }
    const categories = this.join(this.categoryLinks, byName, 'tiki_category_objects', 'category', this.categories);
    const tags = this.join(this.tagLinks, byName, 'tiki_freetagged_objects', 'free tag', this.freetags);
    return { pageCategories: inPageOrder(categories, pages), pageFreetags: inPageOrder(tags, pages) };
  }

  private join(
    links: readonly Link[],
    byName: ReadonlyMap<string, Page>,
    table: string,
    what: string,
    targets: ReadonlyMap<number, unknown>,
  ): Map<string, Set<number>> {
    const perPage = new Map<string, Set<number>>();
    for (const link of links) {
      const object = this.wikiObjects.get(link.objectId);
      if (object === undefined) {
        if (!this.allObjects.has(link.objectId)) {
          this.issues.add(
            'orphan-row',
            link.at,
            `${table} row links object ${link.objectId} to ${what} ${link.targetId}, but tiki_objects has no object ${link.objectId}; dropped`,
          );
        }
        continue; // an object of another type (file, article…)
      }
      const page = byName.get(object.pageName);
      if (page === undefined) continue; // logged once, for the tiki_objects row
      if (!targets.has(link.targetId)) {
        this.issues.add(
          'orphan-row',
          link.at,
          `${table} row gives page ${JSON.stringify(page.name)} ${what} ${link.targetId}, which does not exist; dropped`,
          { id: page.id, name: page.name },
        );
        continue;
      }
      let ids = perPage.get(page.name);
      if (ids === undefined) perPage.set(page.name, (ids = new Set()));
      ids.add(link.targetId);
    }
    return perPage;
  }
}

/** Page name → ascending ids, with keys in page_id order. */
function inPageOrder(perPage: ReadonlyMap<string, Set<number>>, pages: readonly Page[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const page of pages) {
    const ids = perPage.get(page.name);
    if (ids !== undefined) out.set(page.name, [...ids].sort((a, b) => a - b));
  }
  return out;
}
