// Page slugs: deterministic, unique, filesystem-safe, independent of input order.
//
// Natural slug of a title (the title AFTER optional date stripping):
//   1. our pre-map, per character: "%" → " percent ", "&" → " and ", "$ < > | € £ ¥ ¢" get spaces
//      around them (slugify turns them into words: "dollar", "less"…, which must not glue to
//      numbers: "<30" → "less-30"), apostrophes/quotes removed ("don't" → "dont"), dashes
//      (hyphen-likes, en/em dash, minus) and "+", "_", "/", "\" → space; any other non-ASCII
//      character whose compatibility decomposition minus accents is ASCII is replaced by it
//      ("²" → "2", "ﬁ" → "fi", full-width "Ａ" → "A"); everything else is left to slugify's map
//      (Cyrillic, Greek, "ß", "ø"…);
//   2. slugify { lower, strict, trim }: lower-case ASCII a-z0-9 and "-" only ("6,000" → "6000");
//   3. length cap (120; the seed title with its date is 105, and its slug must keep "oct-2021"
//      when dates are not stripped): cut at the last "-" boundary within the cap (hard cut if
//      that would lose more than half); suffixed slugs respect the cap too;
//   4. empty result (a Japanese name, only symbols) → `page-<page_id>`.
//
// Uniqueness (pages in page_id order, the input order does not matter):
//   - every natural slug is reserved first; the lowest page_id having a natural slug keeps it;
//   - any other page with that natural slug, or whose natural slug is a reserved name, gets the
//     suffix `-<page_id>` (then `-<page_id>-2`, `-3`, … if that is taken): a suffixed slug is
//     never any page's natural slug and never a reserved name, and, unlike a `-2`, `-3` counter,
//     it does not change when pages are added or removed elsewhere (stable URLs across re-runs
//     on a newer dump);
//   - reserved: Windows device names (con, prn, aux, nul, com0-9, lpt0-9), "index" (Hugo's list
//     page), "page" (Hugo's pagination path under the section), a leading "_" or ".".
// Every suffix is reported: `slug-collision` (warning, naming the pages sharing the natural
// slug) or `slug-reserved` (warning); fallbacks `slug-fallback` and cuts `slug-truncated` (info).

import slugify from 'slugify';
import { compareFindings, type Finding } from '../report/finding.js';
import { describePage, planFinding, type PageRef } from './plan-findings.js';

export const DEFAULT_SLUG_MAX_LENGTH = 120;

const WORD_SYMBOLS = new Set(['$', '<', '>', '|', '€', '£', '¥', '¢']);
const TO_SPACE = /[-+_/\\\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/u;
const REMOVED = /['’‘‛ʼ`´"“”„]/u;
const COMBINING_MARKS = /\p{M}/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

function mapAscii(ch: string): string {
  if (ch === '%') return ' percent ';
  if (ch === '&') return ' and ';
  if (WORD_SYMBOLS.has(ch)) return ` ${ch} `;
  if (TO_SPACE.test(ch)) return ' ';
  if (REMOVED.test(ch)) return '';
  return ch;
}

function preMap(title: string): string {
  let out = '';
  for (const ch of title) {
    const mapped = mapAscii(ch);
    if (mapped !== ch || ch.charCodeAt(0) < 0x80 || WORD_SYMBOLS.has(ch)) {
      out += mapped;
      continue;
    }
    const folded = ch.normalize('NFKD').replace(COMBINING_MARKS, '');
    out += folded !== ch && PRINTABLE_ASCII.test(folded) ? [...folded].map(mapAscii).join('') : ch;
  }
  return out;
}

/** slugify with our pre-map; may return '' (no Latin-transliterable characters). */
export function slugifyTitle(title: string): string {
  return slugify(preMap(title), { lower: true, strict: true, trim: true })
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Cut to at most `max` characters at a dash boundary. */
export function capSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const dash = slug.slice(0, max + 1).lastIndexOf('-');
  const cut = dash >= max / 2 ? slug.slice(0, dash) : slug.slice(0, max);
  return cut.replace(/-+$/, '');
}

export function fallbackSlug(pageId: number): string {
  return `page-${pageId}`;
}

export interface NaturalSlug {
  slug: string;
  fallback: boolean;
  truncated: boolean;
}

export function naturalSlug(title: string, pageId: number, max = DEFAULT_SLUG_MAX_LENGTH): NaturalSlug {
  const full = slugifyTitle(title);
  if (full === '') return { slug: fallbackSlug(pageId), fallback: true, truncated: false };
  const slug = capSlug(full, max);
  return { slug, fallback: false, truncated: slug !== full };
}

const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
const RESERVED = new Set(['index', 'page']);

/** Why a slug cannot be used as a file/directory name, or null. */
export function reservedSlugReason(slug: string): string | null {
  if (WINDOWS_DEVICE.test(slug)) return 'a Windows device name';
  if (RESERVED.has(slug)) return slug === 'index' ? "Hugo's list page name" : "Hugo's pagination path";
  if (/^[_.]/.test(slug)) return 'a name Hugo or web servers treat specially (leading "_" or ".")';
  return null;
}

export interface SlugInput {
  page: PageRef;
  /** Title the slug is made from (after optional date stripping). */
  title: string;
}

export interface SlugAssignment {
  /** page_id → final slug. */
  slugs: Map<number, string>;
  /** page_id → natural slug (before suffixing). */
  natural: Map<number, string>;
  findings: Finding[];
}

function withSuffix(base: string, suffix: string, max: number): string {
  return capSlug(base, Math.max(1, max - suffix.length)) + suffix;
}

export function assignSlugs(inputs: readonly SlugInput[], max = DEFAULT_SLUG_MAX_LENGTH): SlugAssignment {
  const ordered = [...inputs].sort((a, b) => a.page.id - b.page.id);
  const findings: Finding[] = [];
  const natural = new Map<number, string>();
  const sharers = new Map<string, PageRef[]>();

  for (const { page, title } of ordered) {
    const n = naturalSlug(title, page.id, max);
    natural.set(page.id, n.slug);
    if (n.fallback) {
      findings.push(
        planFinding(page, 'slug-fallback', 'info', `title ${JSON.stringify(title)} gives an empty slug; using "${n.slug}"`),
      );
    }
    if (n.truncated) {
      findings.push(planFinding(page, 'slug-truncated', 'info', `slug cut to ${max} characters: "${n.slug}"`));
    }
    const list = sharers.get(n.slug);
    if (list) list.push(page);
    else sharers.set(n.slug, [page]);
  }

  const taken = new Set(natural.values());
  const slugs = new Map<number, string>();
  const used = new Set<string>();
  const isFree = (s: string) => !taken.has(s) && !used.has(s) && reservedSlugReason(s) === null;

  for (const { page } of ordered) {
    const nat = natural.get(page.id)!;
    const reserved = reservedSlugReason(nat);
    const owner = sharers.get(nat)![0];
    if (reserved === null && owner.id === page.id) {
      slugs.set(page.id, nat);
      used.add(nat);
      continue;
    }
    let slug = withSuffix(nat, `-${page.id}`, max);
    for (let n = 2; !isFree(slug); n++) slug = withSuffix(nat, `-${page.id}-${n}`, max);
    slugs.set(page.id, slug);
    used.add(slug);
    if (reserved !== null) {
      findings.push(planFinding(page, 'slug-reserved', 'warning', `slug "${nat}" is ${reserved}; this page gets "${slug}"`));
    } else {
      const others = sharers
        .get(nat)!
        .filter((p) => p.id !== page.id)
        .map((p) => (p.id === owner.id ? `${describePage(p)} (keeps it)` : describePage(p)));
      findings.push(
        planFinding(
          page,
          'slug-collision',
          'warning',
          `slug "${nat}" is also the natural slug of ${others.join(', ')}; this page gets "${slug}"`,
        ),
      );
    }
  }
  findings.sort(compareFindings);
  return { slugs, natural, findings };
}
