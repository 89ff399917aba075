// Legacy URL forms to generate (legacy-urls-and-redirects.md §1.2, §1.3, §3.2), as claims: one
// claim per URL Tiki emitted, in Tiki's own spelling (legacy-spellings.ts expands the others).
// Everything is relative to the site base path (`basePath`, Tiki often lived in /tiki/).
//
// Per page (priority in brackets; lower wins a conflict, see legacy-urls.ts):
//   page-param     /tiki-index.php?page=<urlencode(name)> (rawurlencode, browser and lower-hex
//                  spellings are added by the expander: one legacy URL)                    [0]
//   page-sef       /<urlencode(name)>, /<rawurlencode(name)>, also under each SEF prefix   [0]
//                  (not for names that look like files: .php, .png … → `legacy-sef-skipped`)
//   page-action    /<script>?page=<name> for the read actions (print, raw, history …)      [0]
//                  → the page; the edit actions → gone (404/410)
//   page-param-slug, page-sef-slug   the stored Tiki 16+ pageSlug                          [10]
//   page-id        /tiki-index.php?page_id=<id>                                            [0]
//   page-numeric   /<id> (the seed site's short form)                                      [20]
//   The stored (double-encoded) spelling of a charset-repaired name gets the same forms.
//   A `{redirect}` page's name forms are `alias-redirect-plugin` [40]; they (and its id
//   forms) lead to the redirect's target.
// Site-wide:
//   page-ref-id    /tiki-index.php?page_ref_id=<n> per structure node                      [0]
//   alias-semantic name forms of every (alias(Name)) (page bodies, tiki.link.alias)        [30]
//   alias-rename   name forms of names a page had before a rename (tiki_actionlog)         [50]
//   custom-route   tiki_custom_route.from (active) and `customRoutes` from the config      [60]
//   attachment     /tiki-download_wiki_attachment.php?attId=<n> → the extracted file        [0]
//   file           /tiki-download_file.php?fileId=<n>, /dl<n>, /display<n>, /thumbnail<n>,
//                  /preview<n> → the extracted file; gone without an asset manifest entry   [0]
//   home           bare /tiki-index.php (and the base path itself) → the wikiHomePage       [0]
//
// Hugo alias candidates: the decoded "+" spelling of SEF name forms and /<id>.

import type { Attachment, GalleryFile, Page, SiteModel, StructureNode } from '../load/site-model.js';
import type { Finding } from '../report/finding.js';
import type { LegacyKind, LegacyOrigin } from './plan-types.js';
import { foldName } from './fold.js';
import { planFinding } from './plan-findings.js';
import { normalizePrefix } from './legacy-spellings.js';
import { encodeUnsafe, percentDecode, phpRawurlencode, phpUrlencode } from './url-encoding.js';

export const DEFAULT_PAGE_ACTIONS = ['tiki-print.php', 'tiki-index_raw.php', 'tiki-pagehistory.php', 'tiki-all_languages.php', 'tiki-slideshow.php'];
export const DEFAULT_GONE_ACTIONS = ['tiki-editpage.php'];

export interface LegacyAssetLookup {
  attachment(attId: number): { url: string; missing: boolean } | null;
  file(fileId: number): { url: string; missing: boolean } | null;
}

/** The options that shape legacy URLs and redirect maps (config keys of the same names). */
export interface LegacyOptions {
  basePath?: string;
  /** Path prefixes Tiki served SEF URLs under as well ("/en" → /en/My+Page). */
  sefPrefixes?: readonly string[];
  redirectStatus?: 301 | 302 | 308;
  /** Status of legacy URLs with no new home. */
  goneStatus?: 404 | 410;
  /** The wiki home page (default: preference wikiHomePage, else "HomePage"). */
  homePage?: string;
  pageActions?: readonly string[];
  goneActions?: readonly string[];
  /** Extra redirects: `from` a site-relative URL, `to` a page name, a site path or an http(s) URL. */
  customRoutes?: readonly { from: string; to: string }[];
  /** Where extracted attachments and gallery files live in the new site. */
  assets?: LegacyAssetLookup;
}

export type ClaimTarget =
  | { type: 'page'; pageId: number }
  | { type: 'name'; name: string }
  | { type: 'request'; request: string }
  | { type: 'url'; url: string }
  | { type: 'gone'; reason: string };

export interface LegacyClaim {
  kind: LegacyKind;
  /** Tiki's spelling of the request, site-relative, base path included. */
  spelling: string;
  bare?: boolean;
  target: ClaimTarget;
  priority: number;
  origin: LegacyOrigin;
  /** The page whose URL this is (the declaring page for aliases); 0 when none. */
  pageId: number;
  sourceObject?: { type: string; id: string };
  /** Hugo alias candidate: `prefix` (decoded) + "/" + decoded name, written when safe. */
  alias?: { prefix: string; name: string };
}

/** Extensions Tiki's rewrite rules never treated as page names (§1.1). */
export const FILE_LIKE = /\.(?:php|css|gif|jpe?g|png|html?|js|shtml|cgi|sql|phtml|txt|ihtml)$/i;

interface NameFormOptions {
  paramKind: LegacyKind;
  sefKind: LegacyKind;
  priority: number;
  origin: LegacyOrigin;
  pageId: number;
  target: ClaimTarget;
  actions: boolean;
}

/**
 * What legacy URL planning reads of a site: plain data that can cross to another thread (the
 * pages' bodies are read for `(alias(…))` calls; attachments and files only by id).
 */
export interface LegacySite {
  pages: readonly Page[];
  structures: readonly Pick<StructureNode, 'pageRefId' | 'pageId'>[];
  relations?: SiteModel['relations'];
  preferences?: SiteModel['preferences'];
  renames?: SiteModel['renames'];
  customRoutes?: SiteModel['customRoutes'];
  redirectPages?: SiteModel['redirectPages'];
  attachments: readonly Pick<Attachment, 'id' | 'page'>[];
  files?: readonly Pick<GalleryFile, 'id'>[];
}

export class LegacyForms {
  readonly claims: LegacyClaim[] = [];
  readonly findings: Finding[] = [];
  private readonly base: string;
  private readonly prefixes: string[];

  constructor(private readonly options: LegacyOptions) {
    this.base = normalizePrefix(options.basePath);
    this.prefixes = ['', ...(options.sefPrefixes ?? []).map((p) => normalizePrefix(p)).filter((p) => p !== '')];
  }

  /**
   * Each claim is kept as one literal of one shape: the object spreads that build them here made
   * objects four times the size (344 bytes against 80), and a large site has a million claims.
   */
  private add(claim: LegacyClaim): void {
    const { kind, spelling, bare, target, priority, origin, pageId, sourceObject, alias } = claim;
    this.claims.push({ kind, spelling, bare, target, priority, origin, pageId, sourceObject, alias });
  }

  /** page-param, page-sef (+ prefixes) and, for pages, the page actions of one name. */
  nameForms(name: string, o: NameFormOptions, finding: Page | null = null): void {
    if (name.trim() === '') return;
    const spellings = [...new Set([phpUrlencode(name), phpRawurlencode(name)])];
    // Query forms: one claim in Tiki's urlencode spelling; the expander adds rawurlencode,
    // browser and lower-hex spellings (they are the same legacy URL). Paths: one claim each.
    const value = spellings[0];
    const common = { priority: o.priority, origin: o.origin, pageId: o.pageId, target: o.target };
    this.add({ ...common, kind: o.paramKind, spelling: `${this.base}/tiki-index.php?page=${value}` });
    if (FILE_LIKE.test(name.trim())) {
      if (finding) {
        this.findings.push(planFinding(finding, 'legacy-sef-skipped', 'info', `no SEF path redirect for a name that looks like a file: "/${spellings[0]}"`));
      }
    } else {
      for (const prefix of this.prefixes) {
        const aliasPrefix = percentDecode(this.base + prefix);
        for (const v of spellings) {
          const alias = v === spellings[0] ? { prefix: aliasPrefix, name: name.normalize('NFC').replace(/ /g, '+') } : undefined;
          this.add({ ...common, kind: o.sefKind, spelling: `${this.base}${prefix}/${v}`, alias });
        }
      }
    }
    if (!o.actions) return;
    for (const script of this.options.pageActions ?? DEFAULT_PAGE_ACTIONS) {
      this.add({ ...common, kind: 'page-action', spelling: `${this.base}/${encodeUnsafe(script)}?page=${value}` });
    }
    for (const script of this.options.goneActions ?? DEFAULT_GONE_ACTIONS) {
      const target: ClaimTarget = { type: 'gone', reason: `${script} (editing) has no equivalent in the new site` };
      this.add({ ...common, target, kind: 'page-action', spelling: `${this.base}/${encodeUnsafe(script)}?page=${value}` });
    }
  }

  /** Every form of one page (see the header). */
  page(page: Page, isRedirect: boolean): void {
    const target: ClaimTarget = { type: 'page', pageId: page.id };
    const names = [page.name];
    if (page.originalName && page.originalName !== page.name) names.push(page.originalName);
    for (const name of names) {
      this.nameForms(
        name,
        {
          paramKind: isRedirect ? 'alias-redirect-plugin' : 'page-param',
          sefKind: isRedirect ? 'alias-redirect-plugin' : 'page-sef',
          priority: isRedirect ? 40 : 0,
          origin: name === page.name ? 'generated' : 'tiki-data',
          pageId: page.id,
          target,
          actions: true,
        },
        page,
      );
    }
    const slug = page.pageSlug?.trim() ? encodeUnsafe(page.pageSlug) : null;
    const common = { pageId: page.id, target, origin: 'tiki-data' as const };
    if (slug) {
      this.add({ ...common, kind: 'page-param-slug', priority: 10, spelling: `${this.base}/tiki-index.php?page=${slug}` });
      if (!FILE_LIKE.test(slug)) {
        for (const prefix of this.prefixes) {
          const alias = { prefix: percentDecode(this.base + prefix), name: percentDecode(slug).normalize('NFC') };
          this.add({ ...common, kind: 'page-sef-slug', priority: 10, spelling: `${this.base}${prefix}/${slug}`, alias });
        }
      }
    }
    this.add({ ...common, origin: 'generated', kind: 'page-id', priority: 0, spelling: `${this.base}/tiki-index.php?page_id=${page.id}` });
    const alias = { prefix: percentDecode(this.base), name: String(page.id) };
    this.add({ ...common, origin: 'generated', kind: 'page-numeric', priority: 20, spelling: `${this.base}/${page.id}`, alias });
  }

  structureNode(pageRefId: number, pageId: number): void {
    this.add({
      kind: 'page-ref-id',
      spelling: `${this.base}/tiki-index.php?page_ref_id=${pageRefId}`,
      target: { type: 'page', pageId },
      priority: 0,
      origin: 'tiki-data',
      pageId,
      sourceObject: { type: 'structure-node', id: String(pageRefId) },
    });
  }

  /** Another name that leads to a page: semantic alias or an old name (rename). */
  otherName(name: string, pageId: number, kind: 'alias-semantic' | 'alias-rename'): void {
    const priority = kind === 'alias-semantic' ? 30 : 50;
    this.nameForms(name, { paramKind: kind, sefKind: kind, priority, origin: 'tiki-data', pageId, target: { type: 'page', pageId }, actions: false });
  }

  /** A route from a site-relative request ("/x", "x", "/s.php?a=b") to a target. */
  route(from: string, target: ClaimTarget, origin: LegacyOrigin, id: string, pageId = 0): void {
    const spelling = `${this.base}/${encodeUnsafe(from.trim().replace(/^\/+/, ''))}`;
    const param = /\?([^=&]*)/.exec(spelling)?.[1];
    if (param !== undefined && !/^[A-Za-z0-9_]+$/.test(param)) {
      // Server maps match query parameters by name ($arg_<name> in nginx): word characters only.
      this.findings.push(planFinding(null, 'redirect-dangling', 'warning', `custom route ${id} from ${JSON.stringify(from)}: the query parameter name must be letters, digits or "_"; route skipped`));
      return;
    }
    this.add({ kind: 'custom-route', spelling, target, priority: 60, origin, pageId, sourceObject: { type: 'custom-route', id } });
  }

  /** The target of a config or Tiki route: a page name, a site path ("/…") or an http(s) URL. */
  routeTarget(to: string): ClaimTarget {
    const t = to.trim();
    if (/^https?:\/\//i.test(t)) return { type: 'url', url: t };
    if (t.startsWith('/')) return { type: 'request', request: t };
    if (/^tiki-[\w-]+\.php(?:\?|$)/i.test(t) || /^\d+$/.test(t)) return { type: 'request', request: `${this.base}/${t}` };
    return { type: 'name', name: t };
  }

  asset(kind: 'attachment' | 'file', id: number, pageId: number): void {
    const found = kind === 'attachment' ? this.options.assets?.attachment(id) : this.options.assets?.file(id);
    const target: ClaimTarget =
      found && !found.missing
        ? { type: 'url', url: found.url }
        : { type: 'gone', reason: found ? 'its file was not found, so the new site has no copy' : 'no extracted file in the new site (no asset manifest entry)' };
    const sourceObject = { type: kind, id: String(id) };
    const common = { kind, target, priority: 0, origin: 'tiki-data' as const, pageId, sourceObject };
    if (kind === 'attachment') {
      this.add({ ...common, spelling: `${this.base}/tiki-download_wiki_attachment.php?attId=${id}` });
      return;
    }
    this.add({ ...common, spelling: `${this.base}/tiki-download_file.php?fileId=${id}` });
    for (const prefix of ['dl', 'display', 'thumbnail', 'preview']) this.add({ ...common, spelling: `${this.base}/${prefix}${id}` });
  }

  home(pageId: number): void {
    const common = { kind: 'home' as const, target: { type: 'page' as const, pageId }, priority: 0, origin: 'tiki-data' as const, pageId };
    this.add({ ...common, spelling: `${this.base}/tiki-index.php`, bare: true });
    if (this.base !== '') {
      this.add({ ...common, spelling: `${this.base}/` });
      this.add({ ...common, spelling: this.base });
    }
  }
}

/** Names declared as aliases of a page: `(alias(Name))` in bodies and tiki.link.alias relations. */
export function semanticAliases(site: LegacySite, pageIdByName: ReadonlyMap<string, number>): { pageId: number; name: string }[] {
  const tokens = (site.preferences?.get('wiki_pagealias_tokens') || 'alias')
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter((t) => /^[\w-]+$/.test(t));
  const found = new Map<string, { pageId: number; name: string }>();
  const add = (pageId: number, name: string) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (clean !== '') found.set(`${pageId}\u0000${clean}`, { pageId, name: clean });
  };
  const call = new RegExp(`\\((?:${tokens.join('|')})\\(([^()|\\n]+)(?:\\|[^()\\n]*)?\\)\\)`, 'gi');
  for (const page of site.pages) {
    if (page.isHtml) continue;
    for (const m of page.data.matchAll(call)) add(page.id, m[1]);
  }
  const relations = new Set(tokens.map((t) => `tiki.link.${t.toLowerCase()}`));
  for (const r of site.relations ?? []) {
    if (!relations.has(r.relation.toLowerCase()) || !/^wiki ?page$/i.test(r.sourceType)) continue;
    const pageId = pageIdByName.get(r.sourceItemId);
    if (pageId !== undefined) add(pageId, r.targetItemId);
  }
  return [...found.values()].sort((a, b) => a.pageId - b.pageId || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Exact name, else the lowest page_id among folded (case/accent/space-insensitive, as Tiki's collation) matches. */
export function pageByName(name: string, exact: ReadonlyMap<string, number>, folded: ReadonlyMap<string, number[]>): number | null {
  const hit = exact.get(name) ?? exact.get(name.trim());
  if (hit !== undefined) return hit;
  const candidates = folded.get(foldName(name)) ?? [];
  return candidates.length > 0 ? Math.min(...candidates) : null;
}
