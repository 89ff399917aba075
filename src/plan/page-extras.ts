// Optional per-page front-matter data, each behind its own option (the default front matter stays
// the seed format):
//   structure: 'front-matter' — `weight` = the page's place in its structure's reading order
//     (depth first, children by pos then page_ref_id; the root is 1) and `parent` = the URL of the
//     page above it (a node whose parent is missing counts as a root of its structure, after the
//     real root). A page placed several times (several page_ref_ids) uses its first placement:
//     lowest structure id, then lowest page_ref_id. ('none', the default, adds nothing.)
//   translations — `translationKey` = "tiki-translation-<traId>" for every page of a translation
//     set (tiki_translated_objects), and `lang` = its language (the set's row, else tiki_pages.lang).
//   history — `lastmod` = UTC date of the page's last edit (tiki_pages.lastModif) and `authors` =
//     the creator, then every editor of a previous revision (tiki_history, by version) and the
//     last editor, each login once.
// Every value is computed in page_id order from the SiteModel, so it does not depend on input order.

import type { Page, SiteModel, StructureNode } from '../load/site-model.js';
import type { PlannedPage } from './plan-types.js';

export interface PlanExtraOptions {
  structure?: 'none' | 'front-matter';
  translations?: boolean;
  history?: boolean;
  /** Folder under output/static/ for attachments and gallery files (default "files"). */
  assetsDir?: string;
  /** Where on-disk bytes were looked for (for messages). */
  filesDir?: string | null;
}

export type PageExtras = Pick<PlannedPage, 'weight' | 'parent' | 'translationKey' | 'lang' | 'lastmod' | 'authors'>;

export function pageExtras(site: SiteModel, pages: readonly Page[], urls: ReadonlyMap<number, string>, options: PlanExtraOptions): Map<number, PageExtras> {
  const out = new Map<number, PageExtras>(pages.map((p) => [p.id, {}]));
  if (options.structure === 'front-matter') {
    for (const [pageId, place] of structurePlaces(site.structures)) {
      const extras = out.get(pageId);
      if (extras === undefined) continue;
      extras.weight = place.weight;
      const parentUrl = place.parentPageId === null ? undefined : urls.get(place.parentPageId);
      if (parentUrl !== undefined) extras.parent = parentUrl;
    }
  }
  if (options.translations) {
    const byId = new Map(pages.map((p) => [p.id, p]));
    for (const t of site.translations ?? []) {
      const extras = out.get(t.pageId);
      if (extras === undefined) continue;
      extras.translationKey = `tiki-translation-${t.traId}`;
      const lang = t.lang || byId.get(t.pageId)?.lang || '';
      if (lang !== '') extras.lang = lang;
    }
  }
  if (options.history) {
    const revisions = new Map<string, string[]>();
    for (const r of site.history ?? []) revisions.set(r.pageName, [...(revisions.get(r.pageName) ?? []), r.user]);
    for (const page of pages) {
      const extras = out.get(page.id)!;
      const date = page.lastModif > 0 ? new Date(page.lastModif * 1000).toISOString().slice(0, 10) : null;
      if (date !== null) extras.lastmod = date;
      const authors = [...new Set([page.creator, ...(revisions.get(page.name) ?? []), page.user].filter((u) => u.trim() !== ''))];
      if (authors.length > 0) extras.authors = authors;
    }
  }
  return out;
}

interface Place {
  weight: number;
  parentPageId: number | null;
}

/** page_id → its first placement in the structures (see the header). */
export function structurePlaces(nodes: readonly StructureNode[]): Map<number, Place> {
  const byRef = new Map(nodes.map((n) => [n.pageRefId, n]));
  const children = new Map<number, StructureNode[]>();
  for (const n of nodes) {
    const parent = byRef.has(n.parentId) ? n.parentId : 0;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  for (const list of children.values()) list.sort((a, b) => a.pos - b.pos || a.pageRefId - b.pageRefId);
  const roots = [...(children.get(0) ?? [])].sort((a, b) => a.structureId - b.structureId || a.pageRefId - b.pageRefId);

  const placed = new Map<number, { place: Place; rank: [number, number] }>();
  const seen = new Set<number>();
  const counters = new Map<number, number>();
  for (const root of roots) {
    const visit = (node: StructureNode, parentPageId: number | null) => {
      if (seen.has(node.pageRefId)) return;
      seen.add(node.pageRefId);
      const weight = (counters.get(root.structureId) ?? 0) + 1;
      counters.set(root.structureId, weight);
      const rank: [number, number] = [node.structureId, node.pageRefId];
      const held = placed.get(node.pageId);
      if (held === undefined || rank[0] < held.rank[0] || (rank[0] === held.rank[0] && rank[1] < held.rank[1])) {
        placed.set(node.pageId, { place: { weight, parentPageId }, rank });
      }
      for (const child of children.get(node.pageRefId) ?? []) visit(child, node.pageId);
    };
    visit(root, null);
  }
  return new Map([...placed].map(([pageId, { place }]) => [pageId, place]));
}
