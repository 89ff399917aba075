// What a page's conversion may look up beyond its own source (see normalize/page-resources.ts),
// answered from the Plan: the page's own facts, and other pages' sources by name through the
// same page index links use.

import type { PageResources } from '../normalize/page-resources.js';
import type { Plan, PlannedPage } from './plan-types.js';

export function planResources(plan: Plan, planned: PlannedPage): PageResources {
  return {
    page: { name: planned.page.name, lastModif: planned.page.lastModif, user: planned.page.user },
    pageSource(name) {
      const r = plan.index.resolve(name);
      return r.status === 'missing' ? null : { name: r.page.page.name, source: r.page.page.data };
    },
  };
}
