// The generated Hugo site with hostile page names: the skeleton tiki2md writes (hugo.toml,
// layouts) plus one content file per page with the aliases the plan chose, built by the real
// `hugo --printPathWarnings`: zero errors, zero warnings (no duplicate target path — case, NFC
// and reserved-name collisions were kept out), and every alias page exists where its legacy path
// points. hugo is required (.ci/run installs it).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFile, pageFrontMatter } from '../../src/emit/page-file.js';
import { StagedTree } from '../../src/emit/write-tree.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { writeHugoSite } from '../../src/site/hugo-site.js';
import { buildWithHugo, checkAliases } from '../../src/verify/hugo-build.js';
import { findBinary } from '../../src/verify/verify-redirects.js';
import { makePage, makeSite } from '../plan/site-fixture.js';
import { HOSTILE_NAMES } from '../redirects/hostile-site.js';

const hugo = findBinary('hugo');
const dir = mkdtempSync(join(tmpdir(), 'tiki2md-hugo-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Hostile names plus case, NFC and Windows-reserved collisions.
const names = [...HOSTILE_NAMES, 'HomePage', 'homepage', 'Café', 'Cafe\u0301', 'CON', 'aux.txt', 'Trailing dot.', 'Pages', 'Tags', '404.html'];
const plan = buildPlan(makeSite(names.map((name, i) => makePage(i + 1, name, { data: 'Body text.' }))), { section: 'pages', stripTitleDates: false });

describe('the generated Hugo site builds cleanly with hostile aliases', () => {
  it('keeps case, NFC and reserved-name collisions out of the aliases', () => {
    const aliases = plan.pages.flatMap((p) => p.aliases);
    const folded = aliases.map((a) => a.normalize('NFC').toLowerCase());
    expect(new Set(folded).size).toBe(folded.length);
    expect(aliases.filter((a) => /^\/(?:con|aux)(?:\.|$)/i.test(a) || /[?#%\\\u0000-\u001f]/.test(a) || /[. ]$/.test(a))).toEqual([]);
    const rules = new Set(plan.findings.map((f) => f.ruleId));
    for (const r of ['alias-conflict', 'alias-unsafe-path', 'redirect-shadowed']) expect(rules).toContain(r);
  });

  it('hugo --printPathWarnings: no error, no warning; every alias page refreshes to its page', async () => {
    expect(hugo, 'hugo is required: apt-get install hugo (.ci/run does)').not.toBeNull();
    const out = new StagedTree(join(dir, 'output'));
    await out.begin();
    for (const p of plan.pages) await out.write(join('content', 'pages', `${p.slug}.md`), pageFile(pageFrontMatter(p, false), 'json', 'Body text.\n'));
    await writeHugoSite(out);
    await out.commit();
    const build = buildWithHugo(hugo!, join(dir, 'output'), join(dir, 'work'));
    expect(build.errors, build.output).toEqual([]);
    expect(build.warnings, build.output).toEqual([]);
    expect(build.ok).toBe(true);
    const checks = checkAliases(build.publicDir, plan.legacyUrls);
    expect(checks.length).toBe(plan.pages.reduce((n, p) => n + p.aliases.length, 0));
    expect(checks.filter((c) => !c.ok)).toEqual([]);
  });
});
