// What a page's conversion may look up beyond its own source (see normalize/page-resources.ts),
// answered from the Plan: the page's own facts, other pages' sources by name through the same
// page index links use, and the asset manifest. The asset lookup is built once per plan.

import { assetLookup } from '../assets/asset-lookup.js';
import type { AssetLookup, PageResources } from '../normalize/page-resources.js';
import type { Plan, PlannedPage } from './plan-types.js';

const lookups = new WeakMap<Plan, AssetLookup>();

function assetsOf(plan: Plan): AssetLookup {
  let lookup = lookups.get(plan);
  if (!lookup) {
    lookup = assetLookup(plan.assets, plan.pages.map((p) => p.page));
    lookups.set(plan, lookup);
  }
  return lookup;
}

export function planResources(plan: Plan, planned: PlannedPage): PageResources {
  return {
    page: { name: planned.page.name, lastModif: planned.page.lastModif, user: planned.page.user },
    pageSource(name) {
      const r = plan.index.resolve(name);
      return r.status === 'missing' ? null : { name: r.page.page.name, source: r.page.page.data };
    },
    assets: assetsOf(plan),
  };
}
