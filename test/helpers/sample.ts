// The embedded sample site (input/tiki-sample.sql), loaded once per test file, and the
// environment its pages convert in (the real plan: page index, anchors, other pages' sources).

import { fileURLToPath } from 'node:url';
import { parseConfig } from '../../src/config.js';
import { loadSqlDump } from '../../src/load/load-sql-dump.js';
import type { Page, SiteModel } from '../../src/load/site-model.js';
import type { NormalizeOptions } from '../../src/normalize/context.js';
import { anchorMap, headingIds } from '../../src/normalize/heading-ids.js';
import type { LinkTargets } from '../../src/normalize/link-targets.js';
import { parseTiki } from '../../src/parse/index.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { planLinkTargets } from '../../src/plan/link-targets.js';
import { planResources } from '../../src/plan/page-resources.js';

export const sampleDump = fileURLToPath(new URL('../../input/tiki-sample.sql', import.meta.url));

let cached: Promise<SiteModel> | null = null;
export function sampleSite(): Promise<SiteModel> {
  cached ??= loadSqlDump(sampleDump);
  return cached;
}

export async function samplePages(): Promise<Page[]> {
  return (await sampleSite()).pages;
}

export interface SampleEnvironment {
  links: LinkTargets;
  options(page: Page): NormalizeOptions;
}

export async function sampleEnvironment(): Promise<SampleEnvironment> {
  const site = await sampleSite();
  const config = parseConfig({}, 'test');
  const plan = buildPlan(site, { section: config.section, stripTitleDates: false });
  const anchors = new Map(site.pages.filter((p) => !p.isHtml).map((p) => [p.id, anchorMap(headingIds(parseTiki(p.data).tree.children))]));
  return {
    links: planLinkTargets(plan, anchors),
    options: (page) => ({ headingOffset: 0, resources: planResources(plan, plan.byId.get(page.id)!) }),
  };
}
