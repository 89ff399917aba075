// buildPlan: every site-wide decision, made once before any page is converted, always in
// page_id order so the result does not depend on input order, and returned frozen. It wires
// the single-concern modules together:
//   title-dates → slugs → URL → legacy URLs + aliases → taxonomy → page index → findings.
// Load issues (duplicate page ids, orphan rows) become findings here so the report has one list.

import type { LoadIssue, Page, SiteModel } from '../load/site-model.js';
import type { Finding } from '../report/finding.js';
import { compareFindings } from '../report/finding.js';
import type { LegacyUrlRecord, Plan, PlannedPage } from './plan-types.js';
import { HUGO_PATHS } from './aliases.js';
import { planLegacyUrls, type LegacyOptions, type LegacyPlan, type LegacyPlanInput, type LegacySite } from './legacy-urls.js';
import { createPageIndex, nameDuplicateFindings } from './page-index.js';
import { planFinding } from './plan-findings.js';
import { assignSlugs } from './slugs.js';
import { pageTaxonomy } from './taxonomy.js';
import { stripTitleDate } from './title-dates.js';
import { assetLookup } from '../assets/asset-lookup.js';
import { planAssets } from '../assets/plan-assets.js';
import type { AssetPlan } from '../assets/asset-types.js';
import { pageExtras, type PlanExtraOptions } from './page-extras.js';

export interface PlanOptions extends LegacyOptions {
  /** Hugo section the pages go to ("pages" → "/pages/<slug>/"). */
  section: string;
  /** Strip a trailing "Oct 2021"-style date from titles (and so from slugs). */
  stripTitleDates: boolean;
  /** Path the Tiki site lived under ("/tiki"); legacy URLs are relative to it. Default ''. */
  basePath?: string;
  /** Optional front-matter data (structure, translations, history) and the assets folder (page-extras.ts). */
  extras?: PlanExtraOptions;
}

export function normalizeSection(section: string): string {
  return section.trim().replace(/^\/+|\/+$/g, '');
}

export function pageUrl(section: string, slug: string): string {
  return section === '' ? `/${slug}/` : `/${section}/${slug}/`;
}

function loadIssueFinding(issue: LoadIssue): Finding {
  const where = issue.place ? ` (${issue.place.file}:${issue.place.line})` : '';
  return {
    ruleId: issue.ruleId,
    severity: issue.severity ?? (issue.ruleId === 'page-id-duplicate' ? 'error' : 'warning'),
    pageId: issue.pageId,
    pageName: issue.pageName,
    line: null,
    column: null,
    message: issue.message + where,
  };
}

function pageTitle(page: Page, strip: boolean, findings: Finding[]): string {
  if (!strip) return page.name;
  const result = stripTitleDate(page.name);
  if (result.stripped) {
    findings.push(
      planFinding(page, 'title-date-stripped', 'info', `title date stripped: ${JSON.stringify(page.name)} → ${JSON.stringify(result.title)}`),
    );
  }
  return result.title;
}

/** Frozen in place: a large site has a million records, and copying them doubled the plan's peak. */
function freezeRecord(record: LegacyUrlRecord): LegacyUrlRecord {
  Object.freeze(record.spellings);
  Object.freeze(record.url);
  return Object.freeze(record);
}

export function buildPlan(site: SiteModel, options: PlanOptions): Plan {
  const head = planUrls(site, options);
  const legacy = planLegacyUrls(legacyInput(site, head), { assets: assetLookup(head.assets, head.pages), ...options });
  return finishPlan(site, head, options, legacy);
}

/**
 * The plan up to the new URLs: what legacy URL planning starts from. A run hands the legacy part
 * to the redirect-map thread (legacyJob) and finishes the plan with its aliases and findings.
 */
export interface PlanHead {
  section: string;
  /** Site pages in page_id order. */
  pages: Page[];
  titles: Map<number, string>;
  slugs: Map<number, string>;
  urls: Map<number, string>;
  assets: AssetPlan;
  /** Findings so far (load issues, names, titles, slugs, assets), in the order they were made. */
  findings: Finding[];
}

export function planUrls(site: SiteModel, options: PlanOptions): PlanHead {
  const section = normalizeSection(options.section);
  const pages = [...site.pages].sort((a, b) => a.id - b.id);
  const findings: Finding[] = site.issues.map(loadIssueFinding);
  findings.push(...nameDuplicateFindings(pages));

  const titles = new Map(pages.map((page) => [page.id, pageTitle(page, options.stripTitleDates, findings)]));
  const slugPlan = assignSlugs(pages.map((page) => ({ page, title: titles.get(page.id)! })));
  findings.push(...slugPlan.findings);

  const urls = new Map(pages.map((page) => [page.id, pageUrl(section, slugPlan.slugs.get(page.id)!)]));
  const assetPlan = planAssets(site, { dir: options.extras?.assetsDir, basePath: options.basePath, filesDir: options.extras?.filesDir });
  findings.push(...assetPlan.findings);
  return { section, pages, titles, slugs: slugPlan.slugs, urls, assets: assetPlan.assets, findings };
}

/** The legacy planner's input: the new URLs, and every path of the new site a legacy URL must not shadow. */
export function legacyInput(site: LegacySite, head: Pick<PlanHead, 'section' | 'pages' | 'urls'>): LegacyPlanInput {
  const sectionRoot = head.section === '' ? '/' : `/${head.section}/`;
  return { site, pages: head.pages, urls: head.urls, sitePaths: ['/', sectionRoot, ...HUGO_PATHS] };
}

/** The plan, given what legacy URL planning decided: page aliases, findings and (in this thread) the records. */
export function finishPlan(site: SiteModel, head: PlanHead, options: PlanOptions, legacy: Pick<LegacyPlan, 'aliases' | 'findings'> & { records?: LegacyUrlRecord[] }): Plan {
  const { pages, titles, slugs, urls } = head;
  const findings = [...head.findings, ...legacy.findings];
  const extras = pageExtras(site, pages, urls, options.extras ?? {});
  const planned: PlannedPage[] = pages.map((page) => {
    const taxonomy = pageTaxonomy(site, page);
    findings.push(...taxonomy.findings);
    return Object.freeze({
      page,
      title: titles.get(page.id)!,
      slug: slugs.get(page.id)!,
      url: urls.get(page.id)!,
      aliases: Object.freeze(legacy.aliases.get(page.id) ?? []) as string[],
      categories: Object.freeze(taxonomy.categories) as string[],
      tags: Object.freeze(taxonomy.tags) as string[],
      ...extras.get(page.id),
    });
  });
  const byId = new Map(planned.map((p) => [p.page.id, p]));

  findings.sort(compareFindings);
  return Object.freeze({
    section: head.section,
    pages: Object.freeze(planned) as PlannedPage[],
    byId,
    index: createPageIndex(planned),
    legacyUrls: Object.freeze((legacy.records ?? []).map(freezeRecord)) as LegacyUrlRecord[],
    findings: Object.freeze(findings) as Finding[],
    assets: head.assets,
  });
}
