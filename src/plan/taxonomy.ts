// Categories and tags of a page, as the seed front matter lists them:
//   categories: category names in ascending category id (the only order a SQL dump preserves);
//   tags: categories ∪ freetags (raw_tag, as readers saw it; `tag` if raw_tag is empty), exact duplicates removed, sorted
//   by Unicode code point — not localeCompare, which depends on the ICU build and locale; so
//   "Infant-Child" < "Pregnancy" < "blood levels" < "pregnancy" (case variants both stay).
// A category or freetag id with no row is reported (`category-missing` / `freetag-missing`,
// warning) instead of disappearing.

import type { Page, SiteModel } from '../load/site-model.js';
import type { Finding } from '../report/finding.js';
import { planFinding } from './plan-findings.js';

/** Code point order (equals plain `<` for BMP-only strings; also right for astral characters). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return (x.done ? 0 : 1) - (y.done ? 0 : 1);
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

export interface PageTaxonomy {
  categories: string[];
  tags: string[];
  findings: Finding[];
}

export function pageTaxonomy(site: SiteModel, page: Page): PageTaxonomy {
  const findings: Finding[] = [];
  const categories: string[] = [];
  const categoryIds = [...(site.pageCategories.get(page.name) ?? [])].sort((a, b) => a - b);
  for (const id of new Set(categoryIds)) {
    const category = site.categories.get(id);
    if (category) categories.push(category.name);
    else findings.push(planFinding(page, 'category-missing', 'warning', `category id ${id} has no tiki_categories row; not listed`));
  }
  const freetags: string[] = [];
  for (const id of site.pageFreetags.get(page.name) ?? []) {
    const tag = site.freetags.get(id);
    if (!tag) findings.push(planFinding(page, 'freetag-missing', 'warning', `freetag id ${id} has no tiki_freetags row; not listed`));
    else {
      const label = tag.rawTag.trim() || tag.tag.trim();
      if (label !== '') freetags.push(label);
    }
  }
  const tags = [...new Set([...categories, ...freetags])].sort(compareCodePoints);
  return { categories, tags, findings };
}
