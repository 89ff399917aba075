// Legacy URL records: every URL Tiki served for a page, in every spelling Tiki emitted
// (legacy-urls-and-redirects.md §1.1, §1.2, §3.1–3.3), each pointing at the page's new URL.
//
// Per page (all status 301, relative to the optional Tiki base path):
//   page-param    /tiki-index.php?page=<urlencode(name)>  and  ?page=<rawurlencode(name)>
//                 (+ ?page=<pageSlug> when Tiki 16+ stored a slug)
//   page-id       /tiki-index.php?page_id=<id>
//   page-sef      /<urlencode(name)>  and  /<rawurlencode(name)>   (+ /<pageSlug>)
//                 skipped (info `legacy-sef-skipped`) for names Tiki's rewrite rules never
//                 served as pages (ending in .php, .html, .css, .png …) — a redirect there
//                 would capture real files.
//   page-numeric  /<id>   (the seed site's own short form)
// Identical spellings of one page are emitted once.
//
// matchKey = the request identity a server compares, case-folded and NFC: for a path, the
// percent-decoded path ("+" stays "+", as servers decode paths); for a query, the path plus
// the lower-cased parameter name and the form-decoded value ("+" → space, as PHP decodes),
// trailing spaces trimmed (MySQL PAD SPACE). Spellings of one page may share a key.
//
// Conflicts (§3.3): two pages whose records share a matchKey → one deterministic winner keeps
// its records and each loser's records for that key are dropped with an `alias-conflict`
// warning on the loser. Winner order: (1) records from the page name beat those from a stored
// pageSlug, which beat the numeric `/<id>` form; (2) a spelling without %-escapes beats one
// with (a request "/A+B" is Tiki's own link to "A B"; page "A+B" was linked as "/A%2BB", which
// servers decode to the same path); (3) lowest page_id. A path record equal (case-folded,
// trailing slash ignored) to a new page URL or the section root would shadow it: dropped and
// reported too.

import type { Page } from '../load/site-model.js';
import type { Finding } from '../report/finding.js';
import { cmp, compareFindings } from '../report/finding.js';
import type { LegacyKind, LegacyUrlRecord } from './plan-types.js';
import { caseFold } from './fold.js';
import { describePage, planFinding, type PageRef } from './plan-findings.js';
import { encodeUnsafe, formDecode, percentDecode, phpRawurlencode, phpUrlencode } from './url-encoding.js';

/** '' or "/dir/sub": leading slash, no trailing slash. */
export function normalizeBasePath(basePath = ''): string {
  const trimmed = basePath.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

/** The case/NFC-folded identity of a legacy request (see the header comment). */
export function legacyMatchKey(from: string): string {
  const q = from.indexOf('?');
  const path = q < 0 ? from : from.slice(0, q);
  const pathKey = caseFold(percentDecode(path).trimEnd());
  if (q < 0) return pathKey;
  const query = from.slice(q + 1);
  const eq = query.indexOf('=');
  const name = eq < 0 ? query : query.slice(0, eq);
  const value = eq < 0 ? '' : query.slice(eq + 1);
  return `${pathKey}?${formDecode(name).toLowerCase()}=${caseFold(formDecode(value).trimEnd())}`;
}

/** Extensions Tiki's rewrite rules never treated as page names (§1.1). */
const FILE_LIKE = /\.(?:php|css|gif|jpe?g|png|html?|js|shtml|cgi|sql|phtml|txt|ihtml)$/i;

/** Lower wins: name spellings, then stored slug, then numeric id form. */
const SOURCE_RANK = { name: 0, pageSlug: 1, id: 2 } as const;

/** A record plus what it was derived from, for conflict ranking. */
export interface LegacyClaim {
  record: LegacyUrlRecord;
  source: keyof typeof SOURCE_RANK;
}

export interface PageLegacyUrls {
  claims: LegacyClaim[];
  findings: Finding[];
}

export function legacyClaimsForPage(page: Page, to: string, basePath = ''): PageLegacyUrls {
  const base = normalizeBasePath(basePath);
  const claims: LegacyClaim[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (kind: LegacyKind, from: string, source: LegacyClaim['source']) => {
    if (seen.has(from)) return;
    seen.add(from);
    claims.push({ record: { from, matchKey: legacyMatchKey(from), to, status: 301, kind, pageId: page.id }, source });
  };

  const name = page.name;
  const nameSpellings = name.trim() === '' ? [] : [phpUrlencode(name), phpRawurlencode(name)];
  const slugSpelling = page.pageSlug && page.pageSlug.trim() !== '' ? encodeUnsafe(page.pageSlug) : null;

  for (const v of nameSpellings) add('page-param', `${base}/tiki-index.php?page=${v}`, 'name');
  if (slugSpelling) add('page-param', `${base}/tiki-index.php?page=${slugSpelling}`, 'pageSlug');
  add('page-id', `${base}/tiki-index.php?page_id=${page.id}`, 'id');

  if (nameSpellings.length > 0 && FILE_LIKE.test(name.trim())) {
    findings.push(
      planFinding(page, 'legacy-sef-skipped', 'info', `no SEF path redirect for a name that looks like a file: "/${nameSpellings[0]}"`),
    );
  } else {
    for (const v of nameSpellings) add('page-sef', `${base}/${v}`, 'name');
  }
  if (slugSpelling && !FILE_LIKE.test(slugSpelling)) add('page-sef', `${base}/${slugSpelling}`, 'pageSlug');
  add('page-numeric', `${base}/${page.id}`, 'id');
  return { claims, findings };
}

function claimOrder(a: LegacyClaim, b: LegacyClaim): number {
  const escA = a.record.from.includes('%') ? 1 : 0;
  const escB = b.record.from.includes('%') ? 1 : 0;
  return (
    SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
    escA - escB ||
    a.record.pageId - b.record.pageId ||
    cmp(a.record.from, b.record.from)
  );
}

const KIND_ORDER: LegacyKind[] = ['page-param', 'page-id', 'page-ref-id', 'page-sef', 'page-numeric', 'alias-semantic', 'alias-redirect-plugin'];

/** Deterministic list order: page_id, kind, spelling (UTF-16 code units, so "%20" sorts before "+"). */
export function compareLegacyUrls(a: LegacyUrlRecord, b: LegacyUrlRecord): number {
  return a.pageId - b.pageId || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || cmp(a.from, b.from);
}

export interface ResolvedLegacyUrls {
  records: LegacyUrlRecord[];
  findings: Finding[];
}

/**
 * Drop conflicting claims (see header). `pages` names pages in findings; `newUrls` are the new
 * site's URLs ("/pages/foo/", "/pages/") that no legacy path may shadow.
 */
export function resolveLegacyConflicts(
  claims: readonly LegacyClaim[],
  pages: ReadonlyMap<number, PageRef>,
  newUrls: readonly string[],
): ResolvedLegacyUrls {
  const findings: Finding[] = [];
  const refOf = (id: number): PageRef => pages.get(id) ?? { id, name: '' };
  const shadowed = new Map(newUrls.map((u) => [caseFold(u.replace(/\/+$/, '')), u]));

  const groups = new Map<string, LegacyClaim[]>();
  for (const claim of claims) {
    const list = groups.get(claim.record.matchKey);
    if (list) list.push(claim);
    else groups.set(claim.record.matchKey, [claim]);
  }

  const kept: LegacyUrlRecord[] = [];
  for (const [key, group] of groups) {
    const sorted = [...group].sort(claimOrder);
    const winner = sorted[0].record;
    const newUrl = key.includes('?') ? undefined : shadowed.get(key);
    if (newUrl !== undefined) {
      for (const id of new Set(sorted.map((c) => c.record.pageId))) {
        const froms = sorted.filter((c) => c.record.pageId === id).map((c) => c.record.from);
        findings.push(
          planFinding(refOf(id), 'alias-conflict', 'warning', `legacy URL ${froms.join(', ')} equals the new URL ${newUrl}; no redirect emitted`),
        );
      }
      continue;
    }
    const losers = new Map<number, string[]>();
    for (const c of sorted) {
      if (c.record.pageId === winner.pageId) kept.push(c.record);
      else losers.set(c.record.pageId, [...(losers.get(c.record.pageId) ?? []), c.record.from]);
    }
    for (const [id, froms] of losers) {
      findings.push(
        planFinding(
          refOf(id),
          'alias-conflict',
          'warning',
          `legacy URL ${froms.join(', ')} is also claimed by ${describePage(refOf(winner.pageId))} (${winner.from}); it redirects there`,
        ),
      );
    }
  }
  kept.sort(compareLegacyUrls);
  findings.sort(compareFindings);
  return { records: kept, findings };
}
