// Golden fixtures: test/golden/<case>/input.tiki → output.md + findings.json, reviewable as
// plain files. Links resolve against the small site in site.json. Regenerate after a deliberate
// change with `UPDATE_GOLDEN=1 npx vitest run test/golden` and review the diff.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertTikiBody } from '../../src/convert-page.js';
import { parseTiki } from '../../src/parse/index.js';
import { anchorMap, headingIds } from '../../src/normalize/heading-ids.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { planLinkTargets } from '../../src/plan/link-targets.js';
import { makePage, makeSite } from '../plan/site-fixture.js';
import type { AssetRef, PageResources } from '../../src/normalize/page-resources.js';

const dir = new URL('./', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

interface SiteJson {
  pages: { id: number; name: string; data: string }[];
  assets: { attachments: Record<string, AssetRef>; files: Record<string, AssetRef>; byName: Record<string, string> };
}
const siteJson = JSON.parse(readFileSync(new URL('site.json', dir), 'utf8')) as SiteJson;
const site = makeSite(siteJson.pages.map((p) => makePage(p.id, p.name, { data: p.data })));
const plan = buildPlan(site, { section: 'pages', stripTitleDates: false });
const anchors = new Map(site.pages.map((p) => [p.id, anchorMap(headingIds(parseTiki(p.data).tree.children))]));
const links = planLinkTargets(plan, anchors);
const { attachments, files, byName } = siteJson.assets;
const resources: PageResources = {
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

const cases = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('golden fixtures', () => {
  it('exist', () => expect(cases.length).toBeGreaterThan(20));

  for (const name of cases) {
    it(name, () => {
      const caseDir = new URL(`${name}/`, dir);
      const input = readFileSync(new URL('input.tiki', caseDir), 'utf8');
      const unsafe = name.endsWith('-unsafe');
      const result = convertTikiBody(input, links, { headingOffset: 0, resources, rawHtml: unsafe ? 'unsafe' : 'safe' });
      const findings = result.findings.map((f) => ({ line: f.line, column: f.column, ruleId: f.ruleId, severity: f.severity }));
      const outFile = new URL('output.md', caseDir);
      const findingsFile = new URL('findings.json', caseDir);
      if (update) {
        writeFileSync(outFile, result.markdown);
        writeFileSync(findingsFile, JSON.stringify(findings, null, 2) + '\n');
      }
      expect(result.markdown).toBe(readFileSync(outFile, 'utf8'));
      expect(findings).toEqual(JSON.parse(readFileSync(findingsFile, 'utf8')));
    });
  }
});
