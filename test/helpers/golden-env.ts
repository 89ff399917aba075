// The environment golden fixtures are converted in: the small site of test/golden/site.json
// (pages to link to and include, an asset manifest), seen from the page "Golden Page".

import { readFileSync } from 'node:fs';
import type { NormalizeOptions } from '../../src/normalize/context.js';
import { anchorMap, headingIds } from '../../src/normalize/heading-ids.js';
import type { LinkTargets } from '../../src/normalize/link-targets.js';
import type { AssetRef, PageResources } from '../../src/normalize/page-resources.js';
import { parseTiki } from '../../src/parse/index.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { planLinkTargets } from '../../src/plan/link-targets.js';
import { makePage, makeSite } from '../plan/site-fixture.js';

interface SiteJson {
  pages: { id: number; name: string; data: string }[];
  assets: { attachments: Record<string, AssetRef>; files: Record<string, AssetRef>; byName: Record<string, string> };
}

const siteJson = JSON.parse(readFileSync(new URL('../golden/site.json', import.meta.url), 'utf8')) as SiteJson;
const site = makeSite(siteJson.pages.map((p) => makePage(p.id, p.name, { data: p.data })));
const plan = buildPlan(site, { section: 'pages', stripTitleDates: false });
const anchors = new Map(site.pages.map((p) => [p.id, anchorMap(headingIds(parseTiki(p.data).tree.children))]));

export const goldenLinks: LinkTargets = planLinkTargets(plan, anchors);

const { attachments, files, byName } = siteJson.assets;
export const goldenResources: PageResources = {
  page: { name: 'Golden Page', lastModif: 1614816000, user: 'admin' },
  pageSource: (name) => {
    const r = plan.index.resolve(name);
    return r.status === 'missing' ? null : { name: r.page.page.name, source: r.page.page.data };
  },
  assets: {
    attachment: (id) => attachments[id] ?? null,
    file: (id) => files[id] ?? null,
    attachmentByName: (page, filename) => attachments[byName[`${page}/${filename}`]] ?? null,
  },
};

/** Options for a fixture: cases named `*-unsafe` run under the unsafe raw-HTML policy. */
export function goldenOptions(caseName: string): NormalizeOptions {
  return { headingOffset: 0, resources: goldenResources, rawHtml: caseName.endsWith('-unsafe') ? 'unsafe' : 'safe' };
}
