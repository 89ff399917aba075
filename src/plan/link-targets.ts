// LinkTargets backed by the Plan: the page index decides which page a link names; the target's
// URL and heading-id map come from the plan and the heading pass. When nothing matches, Tiki's
// plural fallback (feature_wiki_plurals, on by default) is tried: ((Policies)) → "Policy",
// ((Vitamins)) → "Vitamin"; such a match is reported as folded.

import type { LinkLookup, LinkTargets, LinkTarget } from '../normalize/link-targets.js';
import type { Plan, PlannedPage } from './plan-types.js';

export function planLinkTargets(plan: Plan, anchors: ReadonlyMap<number, ReadonlyMap<string, string>>): LinkTargets {
  const target = (p: PlannedPage): LinkTarget => ({ pageName: p.page.name, url: p.url, anchors: anchors.get(p.page.id) ?? null });
  return {
    knowsPages: true,
    resolve(name: string): LinkLookup {
      let r = plan.index.resolve(name);
      if (r.status === 'missing') {
        for (const singular of singulars(name)) {
          const s = plan.index.resolve(singular);
          if (s.status !== 'missing') {
            r = s.status === 'exact' ? { status: 'folded', page: s.page } : s;
            break;
          }
        }
      }
      switch (r.status) {
        case 'missing':
          return r;
        case 'ambiguous':
          return { status: 'ambiguous', target: target(r.page), candidates: r.candidates.map((c) => c.page.name) };
        default:
          return { status: r.status, target: target(r.page) };
      }
    },
  };
}

/** Tiki's plural rules, tried in order: -ies → -y, -es → '', -s → ''. */
function singulars(name: string): string[] {
  const out: string[] = [];
  if (/ies$/i.test(name)) out.push(name.slice(0, -3) + 'y');
  if (/es$/i.test(name)) out.push(name.slice(0, -2));
  if (/s$/i.test(name)) out.push(name.slice(0, -1));
  return out;
}
