// LinkTargets backed by the Plan: the page index decides which page a link names; the target's
// URL and heading-id map come from the plan and the heading pass.

import type { LinkLookup, LinkTargets, LinkTarget } from '../normalize/link-targets.js';
import type { Plan, PlannedPage } from './plan-types.js';

export function planLinkTargets(plan: Plan, anchors: ReadonlyMap<number, ReadonlyMap<string, string>>): LinkTargets {
  const target = (p: PlannedPage): LinkTarget => ({ pageName: p.page.name, url: p.url, anchors: anchors.get(p.page.id) ?? null });
  return {
    knowsPages: true,
    resolve(name: string): LinkLookup {
      const r = plan.index.resolve(name);
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
