// The page index: how a wiki-link target `((Name))` finds its page, with an explicit outcome
// (never a guess, seed-system-lessons.md §6.4):
//   1. exact: the stored name equals the target, or equals it after trimming and collapsing
//      blank runs (Tiki trims `(( x ))`); several pages equal after that → 'ambiguous';
//   2. folded: equal under foldName (case, accents, width, whitespace) — Tiki's _ci collation
//      answered these too; one candidate → 'folded', several → 'ambiguous';
//   3. otherwise 'missing'.
// 'ambiguous' still carries a page: the lowest page_id, the same deterministic pick as
// everywhere else in the plan.
// Also: `page-name-duplicate` findings for names that are equal after folding (two pages a
// case-insensitive Tiki database would not have allowed, or accent variants), reported on every
// later page_id and naming the earlier ones.

import type { Page } from '../load/site-model.js';
import type { Finding } from '../report/finding.js';
import type { LinkResolution, PageIndex, PlannedPage } from './plan-types.js';
import { foldName, trimName } from './fold.js';
import { describePage, planFinding } from './plan-findings.js';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function pick(candidates: PlannedPage[], single: 'exact' | 'folded'): LinkResolution {
  if (candidates.length === 1) return { status: single, page: candidates[0] };
  return { status: 'ambiguous', page: candidates[0], candidates: [...candidates] };
}

export function createPageIndex(pages: readonly PlannedPage[]): PageIndex {
  const ordered = [...pages].sort((a, b) => a.page.id - b.page.id);
  const byName = groupBy(ordered, (p) => p.page.name);
  const byTrimmed = groupBy(ordered, (p) => trimName(p.page.name));
  const byFolded = groupBy(ordered, (p) => foldName(p.page.name));

  return {
    resolve(name: string): LinkResolution {
      const raw = byName.get(name);
      if (raw) return pick(raw, 'exact');
      const trimmed = trimName(name);
      if (trimmed === '') return { status: 'missing' };
      const exact = byTrimmed.get(trimmed);
      if (exact) return pick(exact, 'exact');
      const folded = byFolded.get(foldName(name));
      if (folded) return pick(folded, 'folded');
      return { status: 'missing' };
    },
  };
}

export function nameDuplicateFindings(pages: readonly Page[]): Finding[] {
  const ordered = [...pages].sort((a, b) => a.id - b.id);
  const findings: Finding[] = [];
  for (const group of groupBy(ordered, (p) => foldName(p.name)).values()) {
    for (let i = 1; i < group.length; i++) {
      const earlier = group.slice(0, i).map(describePage).join(', ');
      findings.push(
        planFinding(
          group[i],
          'page-name-duplicate',
          'warning',
          `page name equals the name of ${earlier} when case, accents and spaces are ignored`,
        ),
      );
    }
  }
  return findings;
}
