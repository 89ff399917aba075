// The Plan: every site-wide decision, made once before any page is converted, in page_id order.
// It is immutable once built; per-page conversion only reads it.

import type { AssetPlan } from '../assets/asset-types.js';
import type { Page } from '../load/site-model.js';
import type { Finding } from '../report/finding.js';

export type LegacyKind = 'page-param' | 'page-id' | 'page-sef' | 'page-numeric' | 'page-ref-id' | 'alias-semantic' | 'alias-redirect-plugin'
  | 'page-param-slug' | 'page-sef-slug' | 'page-action' | 'alias-rename' | 'custom-route' | 'attachment' | 'file' | 'home';

/** Where a legacy URL record came from (legacy-urls-and-redirects.md §3.1). */
export type LegacyOrigin = 'generated' | 'tiki-data' | 'manual' | 'access-log';

/** The normalized identity of a legacy request. */
export interface LegacyUrl {
  /** Percent-decoded NFC path, base path included: "/tiki-index.php", "/My+Page", "/Café". */
  path: string;
  /** The matched query parameter: name lower-cased, value form-decoded ("+" → space) and NFC. */
  param?: { name: string; value: string };
  /** The path matches only when requested without a query string (`/tiki-index.php` → home). */
  bare?: true;
}

/** One legacy URL (one spelling) that must keep working, and where it goes now. */
export interface LegacyUrlRecord {
  /** The request as a client sent it, site-relative: "/tiki-index.php?page=My+Page", "/My%20Page", "/42". */
  from: string;
  /** Case/NFC-folded identity used to detect two pages claiming one URL. */
  matchKey: string;
  /** New site-relative URL: "/pages/my-page/"; '' when status is 404 or 410 (no new home). */
  to: string;
  status: 301 | 302 | 308 | 404 | 410;
  kind: LegacyKind;
  /** The page whose legacy URL this is (the declaring page for aliases); 0 when none. */
  pageId: number;
  /** Normalized identity of the request (what `matchKey` folds). */
  url: LegacyUrl;
  /** Every raw request spelling to match, `from` first (`+`/`%20`, upper/lower hex, NFC/NFD). */
  spellings: string[];
  /** Lower wins when several records claim one matchKey. */
  priority: number;
  origin: LegacyOrigin;
  /** The non-page object the URL named: { type: 'attachment', id: '1' }. */
  sourceObject?: { type: string; id: string };
  /** The Hugo front-matter alias this record also became (decoded path), if any. */
  hugoAlias?: string;
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
  // Optional front-matter data, set only when the option that asks for it is on (see plan/page-extras.ts).
  /** --structure front-matter: reading order of the page in its structure (1 = root), and the parent page's URL. */
  weight?: number;
  parent?: string;
  /** --translations: "tiki-translation-<traId>" shared by a page and its translations, and the page's language. */
  translationKey?: string;
  lang?: string;
  /** --history: UTC date of the last edit (YYYY-MM-DD) and every editor's login, creator first, in edit order. */
  lastmod?: string;
  authors?: string[];
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
  /** Where attachments and gallery files go, lookups for rewriting references, legacy download URLs (assets/asset-types.ts). */
  assets: AssetPlan;
}
