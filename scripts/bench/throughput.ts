// Conversion throughput of one core (parse + normalize + emit, no I/O): the built converter runs
// every wiki page of a dump in this thread, after a warm-up pass over the first pages, and the
// same page bodies go to `pandoc -f tikiwiki -t gfm` in one batch when pandoc is on PATH.
// Prints one JSON line.
//   tsx scripts/bench/throughput.ts <dump> <temp dir>

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The built code, typed by its sources (dist/ need not exist for the type check).
const built = (module: string) => import(new URL(`../../dist/${module}.js`, import.meta.url).href);
const { parseConfig } = (await built('config')) as typeof import('../../src/config.js');
const { convertPlannedPage } = (await built('convert-planned')) as typeof import('../../src/convert-planned.js');
const { loadInput } = (await built('load/open-input')) as typeof import('../../src/load/open-input.js');
const { buildPlan } = (await built('plan/build-plan')) as typeof import('../../src/plan/build-plan.js');
const { planLinkTargets } = (await built('plan/link-targets')) as typeof import('../../src/plan/link-targets.js');
const { planResources } = (await built('plan/page-resources')) as typeof import('../../src/plan/page-resources.js');
const { headingAnchors } = (await built('pool/convert-pages')) as typeof import('../../src/pool/convert-pages.js');

const [input, dir] = process.argv.slice(2);
const config = parseConfig({ input }, 'bench');
const { site } = await loadInput(input);
const plan = buildPlan(site, { section: config.section, stripTitleDates: false });
const anchors = await headingAnchors(site.pages, config, null);
const links = planLinkTargets(plan, anchors);
const pages = plan.pages.filter((p) => !p.page.isHtml);
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.page.data), 0);

for (const planned of pages.slice(0, 300)) convertPlannedPage(planned, links, config, planResources(plan, planned));
const started = performance.now();
for (const planned of pages) convertPlannedPage(planned, links, config, planResources(plan, planned));
const oursMs = performance.now() - started;

let pandoc: { ms: number; mbPerS: number; version: string } | null = null;
const version = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
if (version.status === 0) {
  const batch = join(dir, 'bodies.tiki');
  writeFileSync(batch, pages.map((p) => p.page.data).join('\n\n'));
  const t = performance.now();
  const run = spawnSync('pandoc', ['-f', 'tikiwiki', '-t', 'gfm', batch, '-o', join(dir, 'bodies.md')], { stdio: 'ignore', timeout: 1_800_000 });
  const ms = performance.now() - t;
  if (run.status === 0) pandoc = { ms: Math.round(ms), mbPerS: bytes / 1e3 / ms, version: version.stdout.split('\n')[0] };
}
process.stdout.write(JSON.stringify({ pages: pages.length, bytes, oursMs: Math.round(oursMs), oursMbPerS: bytes / 1e3 / oursMs, pandoc }) + '\n');
