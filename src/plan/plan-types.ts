// The Plan: every site-wide decision, made once before any page is converted, in page_id order.
// It is immutable once built; per-page conversion only reads it.

import type { Page } from '../load/site-model.js';
import type { Finding } from '../report/finding.js';

export type LegacyKind = 'page-param' | 'page-id' | 'page-sef' | 'page-numeric' | 'page-ref-id' | 'alias-semantic' | 'alias-redirect-plugin';

/** One legacy URL (one spelling) that must keep working, and where it goes now. */
export interface LegacyUrlRecord {
  /** The request as a client sent it, site-relative: "/tiki-index.php?page=My+Page", "/My%20Page", "/42". */
  from: string;
  /** Case/NFC-folded identity used to detect two pages claiming one URL. */
  matchKey: string;
  /** New site-relative URL: "/pages/my-page/". */
  to: string;
  status: 301 | 308 | 410;
  kind: LegacyKind;
  pageId: number;
}

export interface PlannedPage {
  page: Page;
  /** Title for front matter (trailing date stripped when --strip-title-dates). */
  title: string;
  slug: string;
  /** Canonical new URL, "/<section>/<slug>/". */
  url: string;
  /** Hugo front-matter aliases: decoded, query-free paths only. */
  aliases: string[];
  /** Category names in ascending category id order. */
  categories: string[];
  /** Categories ∪ freetags (raw_tag), sorted by code point, deduplicated. */
  tags: string[];
}

export type LinkResolution =
  | { status: 'exact'; page: PlannedPage }
  | { status: 'folded'; page: PlannedPage }
  | { status: 'ambiguous'; page: PlannedPage; candidates: PlannedPage[] }
  | { status: 'missing' };

export interface PageIndex {
  /** Resolve a wiki-link target: exact name, then case/whitespace/accent-folded name. */
  resolve(name: string): LinkResolution;
}

export interface Plan {
  section: string;
  pages: PlannedPage[];
  byId: Map<number, PlannedPage>;
  index: PageIndex;
  legacyUrls: LegacyUrlRecord[];
  /** Site-level findings made while planning (slug collisions, duplicate names, alias conflicts). */
  findings: Finding[];
}
