// Hugo front-matter aliases (legacy-urls-and-redirects.md §2.9), derived from the legacy URL
// records (legacy-urls.ts): the single source of both the server maps and the aliases. Hugo
// writes each alias verbatim as a directory `<alias>/index.html`, so an alias is the DECODED,
// NFC form of a path a client really requested, and must be safe as a file path. Candidates are
// the query-free records whose final target is a page:
//   1. Tiki's SEF path in its own "+" spelling, decoded: "/" + NFC(name) with every space as "+"
//      and everything else literal ("/Need+at+least+6,000+IU+…+Oct+2021"). A server serves this
//      directory for the request Tiki emitted ("/Need+at+least+6%2C000+…%E2%80%93+…") because it
//      percent-decodes the path and leaves "+" alone. Also under the base path and SEF prefixes.
//   2. "/<page_id>", the stored pageSlug path, and the SEF "+" paths of semantic aliases, old
//      names and {redirect} pages that lead to the page.
// Order per page: its own paths (name, slug, id), then the others by declaring page.
// Query forms (tiki-index.php?page=…) never go here: Hugo cannot match a query string.
//
// Not written (the server redirect maps still carry these URLs):
//   - `alias-unsafe-path` (info): the name part contains "?", "#", "%", "\", "/" (a nested
//     path), control characters, is empty, "." / ".." or starts with "." (hidden), ends with "."
//     or a space, or is a Windows device name (CON, NUL, COM1, …, also with an extension).
//     Characters only Windows forbids (: * " < > |) are kept: Hugo writes them on Linux and
//     macOS, where sites are built.
//   - `alias-conflict` (warning): equal after case folding (NFC) to another alias (the earlier
//     one in page_id order wins) or to a path of the new site. The legacy records already hold
//     one winner per case-folded path, so this is a guard.

import type { Finding } from '../report/finding.js';
import { cmp, compareFindings } from '../report/finding.js';
import type { LegacyKind, LegacyUrlRecord } from './plan-types.js';
import { caseFold } from './fold.js';
import { describePage, planFinding, type PageRef } from './plan-findings.js';

/** Tiki's SEF path for a name, decoded, in the "+" spelling. */
export function tikiSefAlias(name: string): string {
  return '/' + name.normalize('NFC').replace(/ /g, '+');
}

const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Why an alias name (the part after the prefix) is unsafe to write as a directory, or null. */
export function aliasUnsafeReason(alias: string): string | null {
  const segment = alias.replace(/^\//, '');
  if (segment === '') return 'empty path';
  const bad = /[?#%\\/]/.exec(segment);
  if (bad) return `contains "${bad[0]}"`;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(segment)) return 'contains a control character';
  if (segment.startsWith('.')) return 'starts with "." (hidden or relative path)';
  if (/[. ]$/.test(segment)) return 'ends with "." or a space';
  if (WINDOWS_DEVICE.test(segment.split('.')[0].trimEnd())) return 'is a Windows device name';
  return null;
}

/** Paths Hugo writes for every site (besides pages, sections and taxonomies). */
export const HUGO_PATHS = ['/tags', '/categories', '/page', '/index.xml', '/sitemap.xml', '/robots.txt', '/404.html', '/index.html', '/favicon.ico'];

export interface AliasCandidate {
  /** The record the alias comes from; `hugoAlias` is set on it when the alias is written. */
  record: LegacyUrlRecord;
  /** The decoded path: prefix + "/" + name. */
  alias: string;
  /** The decoded name part, checked for safety. */
  name: string;
  /** The page the record leads to: the alias goes into its front matter. */
  pageId: number;
  /** The page whose URL it is (findings go there). */
  owner: PageRef;
}

export interface AliasPlan {
  /** page_id → aliases in front-matter order. */
  aliases: Map<number, string[]>;
  findings: Finding[];
}

const RANK: Partial<Record<LegacyKind, number>> = { 'page-sef': 0, 'alias-redirect-plugin': 0, 'page-sef-slug': 1, 'page-numeric': 2, 'alias-semantic': 3, 'alias-rename': 4 };
const rank = (c: AliasCandidate) => RANK[c.record.kind] ?? 5;
const keyOf = (path: string) => caseFold(path.replace(/\/+$/, ''));

export function planAliases(candidates: readonly AliasCandidate[], pages: readonly PageRef[], sitePaths: readonly string[]): AliasPlan {
  const findings: Finding[] = [];
  const reserved = new Map<string, string>();
  for (const p of sitePaths) reserved.set(keyOf(p), p);
  const ordered = [...candidates].sort(
    (a, b) =>
      a.pageId - b.pageId ||
      (a.owner.id === a.pageId ? 0 : 1) - (b.owner.id === b.pageId ? 0 : 1) ||
      a.owner.id - b.owner.id ||
      rank(a) - rank(b) ||
      cmp(a.alias, b.alias),
  );
  const taken = new Map<string, AliasCandidate>();
  const aliases = new Map<number, string[]>(pages.map((p) => [p.id, []]));
  for (const c of ordered) {
    const unsafe = aliasUnsafeReason(c.name);
    if (unsafe !== null) {
      findings.push(planFinding(c.owner, 'alias-unsafe-path', 'info', `Hugo alias ${JSON.stringify(c.alias)} not written: ${unsafe}; the server redirect maps keep it`));
      continue;
    }
    const key = keyOf(c.alias);
    const clash = reserved.get(key);
    const earlier = taken.get(key);
    if (clash !== undefined || earlier !== undefined) {
      const other = clash ?? `${JSON.stringify(earlier!.alias)} of ${describePage(pages.find((p) => p.id === earlier!.pageId) ?? earlier!.owner)}`;
      findings.push(planFinding(c.owner, 'alias-conflict', 'warning', `Hugo alias ${JSON.stringify(c.alias)} not written: it equals (ignoring case) ${other}`));
      continue;
    }
    taken.set(key, c);
    c.record.hugoAlias = c.alias;
    aliases.get(c.pageId)?.push(c.alias);
  }
  findings.sort(compareFindings);
  return { aliases, findings };
}
