// Hugo front-matter aliases (legacy-urls-and-redirects.md §2.9). Hugo writes each alias
// verbatim as a directory `<alias>/index.html`, so an alias must be the DECODED, NFC form of a
// path a client really requested, and safe as a file path. Per page, in this order:
//   1. Tiki's SEF path in its own "+" spelling, decoded: "/" + NFC(original name) with every
//      space replaced by "+" and everything else literal ("/Need+at+least+6,000+IU+…+Oct+2021").
//      Built from the ORIGINAL name (a stripped title date stays in). A server serves this
//      directory for the request Tiki emitted ("/Need+at+least+6%2C000+…%E2%80%93+…") because it
//      percent-decodes the path and leaves "+" alone.
//   2. "/<page_id>".
// Query forms (tiki-index.php?page=…) never go here: Hugo cannot match a query string.
//
// A literal "+" in a name ("Calcium + Magnesium"): Tiki's urlencode wrote it as %2B
// ("/Calcium+%2B+Magnesium"), which servers decode to "/Calcium+++Magnesium" — exactly our
// alias, so the old link still lands. The same directory also answers "/Calcium+++Magnesium"
// written literally, which Tiki would have decoded as "Calcium   Magnesium" and "/A+B", which
// Tiki read as "A B". So a name containing "+" can share its alias with a different page
// ("A+B" vs "A B"): the case-folded conflict check below catches that, and the page whose name
// has no literal "+" wins (its alias is Tiki's own unescaped spelling).
//
// Not written (the server redirect maps still carry these URLs):
//   - `alias-unsafe-path` (info): "?", "#", "%", "\", "/" (nested path), control characters,
//     empty, "." / ".." or a leading "." (hidden), a trailing "." or space, Windows device names
//     (CON, NUL, COM1, …, also with an extension). Characters only Windows forbids (: * " < > |)
//     are kept: Hugo writes them on Linux and macOS, where sites are built.
//   - `alias-conflict` (warning): equal after case folding (NFC) to another page's alias (one
//     deterministic winner: name without "+" < name with "+" < "/<id>", then lowest page_id), to
//     a page URL, the section root, or a path Hugo generates (/tags, /categories, /page,
//     /index.xml, /sitemap.xml, /robots.txt, /404.html, /index.html, /favicon.ico).

import type { Finding } from '../report/finding.js';
import { cmp, compareFindings } from '../report/finding.js';
import { caseFold } from './fold.js';
import { describePage, planFinding, type PageRef } from './plan-findings.js';

/** Tiki's SEF path for a name, decoded, in the "+" spelling. */
export function tikiSefAlias(name: string): string {
  return '/' + name.normalize('NFC').replace(/ /g, '+');
}

const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Why an alias path is unsafe to write as a directory, or null when it is safe. */
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

const HUGO_PATHS = ['/tags', '/categories', '/page', '/index.xml', '/sitemap.xml', '/robots.txt', '/404.html', '/index.html', '/favicon.ico'];

export interface AliasInput {
  page: PageRef;
  /** The page's new URL "/<section>/<slug>/". */
  url: string;
}

export interface AliasPlan {
  /** page_id → aliases in front-matter order. */
  aliases: Map<number, string[]>;
  findings: Finding[];
}

interface Claim {
  alias: string;
  page: PageRef;
  rank: number;
}

const keyOf = (path: string) => caseFold(path.replace(/\/+$/, ''));

export function planAliases(inputs: readonly AliasInput[], section: string): AliasPlan {
  const ordered = [...inputs].sort((a, b) => a.page.id - b.page.id);
  const findings: Finding[] = [];
  const reserved = new Map<string, string>();
  for (const p of [`/${section}`, ...HUGO_PATHS]) reserved.set(keyOf(p), p);
  for (const { url } of ordered) reserved.set(keyOf(url), url);

  const claims = new Map<string, Claim[]>();
  const safeClaims = new Map<number, Claim[]>();
  for (const { page } of ordered) {
    safeClaims.set(page.id, []);
    const own: Claim[] = [];
    if (page.name.trim() !== '') own.push({ alias: tikiSefAlias(page.name), page, rank: page.name.includes('+') ? 1 : 0 });
    own.push({ alias: `/${page.id}`, page, rank: 2 });
    const seen = new Set<string>();
    for (const claim of own) {
      if (seen.has(claim.alias)) continue;
      seen.add(claim.alias);
      const unsafe = aliasUnsafeReason(claim.alias);
      if (unsafe !== null) {
        findings.push(
          planFinding(page, 'alias-unsafe-path', 'info', `Hugo alias ${JSON.stringify(claim.alias)} not written: ${unsafe}; the server redirect maps keep it`),
        );
        continue;
      }
      safeClaims.get(page.id)!.push(claim);
      const key = keyOf(claim.alias);
      const group = claims.get(key);
      if (group) group.push(claim);
      else claims.set(key, [claim]);
    }
  }

  const accepted = new Set<Claim>();
  for (const [key, group] of claims) {
    const sorted = [...group].sort((a, b) => a.rank - b.rank || a.page.id - b.page.id || cmp(a.alias, b.alias));
    const clash = reserved.get(key);
    if (clash !== undefined) {
      for (const c of sorted) {
        findings.push(planFinding(c.page, 'alias-conflict', 'warning', `Hugo alias ${JSON.stringify(c.alias)} not written: it would collide with ${clash}`));
      }
      continue;
    }
    const winner = sorted[0];
    accepted.add(winner);
    for (const c of sorted.slice(1)) {
      if (c.page.id === winner.page.id) continue;
      findings.push(
        planFinding(
          c.page,
          'alias-conflict',
          'warning',
          `Hugo alias ${JSON.stringify(c.alias)} not written: it equals (ignoring case) ${JSON.stringify(winner.alias)} of ${describePage(winner.page)}`,
        ),
      );
    }
  }

  const aliases = new Map<number, string[]>();
  for (const [id, own] of safeClaims) aliases.set(id, own.filter((c) => accepted.has(c)).map((c) => c.alias));
  findings.sort(compareFindings);
  return { aliases, findings };
}
