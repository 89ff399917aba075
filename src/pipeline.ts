// Orchestration: load → plan → heading pass → per-page conversion → staged write → reports.
// Site-wide decisions are in the Plan; each page's conversion is a pure function of
// (page, plan, config). One page that throws is written with its source fenced and a
// page-failed finding; the run goes on.

import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import { convertOtherBody, convertTikiBody, fallbackBody, MARKDOWN_SYNTAX } from './convert-page.js';
import type { NormalizeOptions } from './normalize/context.js';
import type { PageResources } from './normalize/page-resources.js';
import { planResources } from './plan/page-resources.js';
import { pageFile, pageFrontMatter } from './emit/page-file.js';
import { StagedTree } from './emit/write-tree.js';
import { InputError } from './load/input-error.js';
import { loadInput } from './load/open-input.js';
import { writeAssets } from './assets/write-assets.js';
import type { SiteModel } from './load/site-model.js';
import { parseTiki } from './parse/index.js';
import { anchorMap, headingIds, pageAnames } from './normalize/heading-ids.js';
import { buildPlan } from './plan/build-plan.js';
import { planLinkTargets } from './plan/link-targets.js';
import type { PlannedPage } from './plan/plan-types.js';
import type { LinkTargets } from './normalize/link-targets.js';
import { legacyOptions, REDIRECTS_DIR, writeRedirects } from './redirects/index.js';
import { writeHugoSite } from './site/hugo-site.js';
import { compareFindings, type Finding, type PageFinding } from './report/finding.js';
import { duplicateRules, linkRules } from './report/groups.js';
import { findingsJson } from './report/render-json.js';
import { unconvertedEntries, unconvertedJson, unconvertedMarkdown } from './report/unconverted.js';
import { brokenLinksMarkdown, duplicatesMarkdown, summaryMarkdown, type RunStats } from './report/render-markdown.js';

export interface RunResult {
  findings: Finding[];
  stats: RunStats;
  /** 0, or 2 when findings reach `failOn`. */
  exitCode: 0 | 2;
}

export type Progress = (done: number, total: number) => void;

export async function runConvert(config: Config, progress?: Progress): Promise<RunResult> {
  const { site, input, filesDir } = await loadInput(config.input, { history: config.history, filesDir: config.filesDir });
  const plan = buildPlan(site, { ...legacyOptions(config), section: config.section, stripTitleDates: config.stripTitleDates, extras: { structure: config.structure, translations: config.translations, history: config.history, assetsDir: config.assetsDir, filesDir } });
  const links = planLinkTargets(plan, headingMaps(site, config));

  const out = new StagedTree(config.out);
  await out.begin();
  out.own(join('content', plan.section));
  out.own(REDIRECTS_DIR);

  const findings: Finding[] = [...plan.findings];
  let failed = 0;
  let done = 0;
  for (const planned of plan.pages) {
    const page = convertPlannedPage(planned, links, config, planResources(plan, planned));
    if (page.failed) failed++;
    findings.push(...page.findings);
    await out.write(join('content', plan.section, `${planned.slug}.md`), page.file);
    progress?.(++done, plan.pages.length);
  }
  await writeRedirects(out, plan, config);
  await writeAssets(out, plan, site);
  await writeHugoSite(out);
  await out.commit();

  findings.sort(compareFindings);
  const stats: RunStats = { pages: plan.pages.length, converted: plan.pages.length - failed, failed, input };
  await writeReports(config.reports, findings, stats);
  return { findings, stats, exitCode: failsOn(findings, config.failOn) ? 2 : 0 };
}

export interface ConvertedPage {
  file: string;
  findings: Finding[];
  failed: boolean;
}

/** One planned page → its whole file (front matter + body) and findings. Never throws. */
export function convertPlannedPage(planned: PlannedPage, links: LinkTargets, config: Config, resources?: PageResources): ConvertedPage {
  const { page } = planned;
  const attach = (f: PageFinding): Finding => ({ ...f, pageId: page.id, pageName: page.name });
  const options: NormalizeOptions = { headingOffset: config.headingOffset, rawHtml: config.rawHtml, plugins: lowerKeys(config.plugins), resources };
  try {
    const body = page.isHtml
      ? convertOtherBody(page.data, 'html', links, options)
      : MARKDOWN_SYNTAX.test(page.data)
        ? convertOtherBody(page.data, 'markdown', links, options)
        : convertTikiBody(page.data, links, options);
    return { file: pageFile(pageFrontMatter(planned, false), config.frontMatter, body.markdown), findings: body.findings.map(attach), failed: false };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const finding: PageFinding = { ruleId: 'page-failed', severity: 'error', line: null, column: null, message: `Conversion failed: ${reason}; the page is written with its Tiki source in a fenced block` };
    return { file: pageFile(pageFrontMatter(planned, true), config.frontMatter, fallbackBody(page.data, reason)), findings: [attach(finding)], failed: true };
  }
}

function lowerKeys<T>(o: Record<string, T> | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Tiki heading id → Hugo heading id, per page, for rewriting `#anchors` of links. */
function headingMaps(site: SiteModel, config: Config): Map<number, Map<string, string>> {
  const maps = new Map<number, Map<string, string>>();
  for (const page of site.pages) {
    if (page.isHtml) continue;
    try {
      const blocks = parseTiki(page.data).tree.children;
      maps.set(page.id, anchorMap(headingIds(blocks), config.rawHtml === 'unsafe', pageAnames(blocks)));
    } catch {
      // The page's own conversion will report the failure.
    }
  }
  return maps;
}

async function writeReports(dir: string, findings: Finding[], stats: RunStats): Promise<void> {
  const reports = new StagedTree(dir);
  await reports.begin();
  await reports.write('findings.json', findingsJson(findings));
  await reports.write('broken-links.md', brokenLinksMarkdown(findings));
  await reports.write('broken-links.json', findingsJson(findings.filter((f) => linkRules.has(f.ruleId))));
  await reports.write('duplicates.md', duplicatesMarkdown(findings));
  await reports.write('duplicates.json', findingsJson(findings.filter((f) => duplicateRules.has(f.ruleId))));
  await reports.write('summary.md', summaryMarkdown(findings, stats));
  const unconverted = unconvertedEntries(findings);
  await reports.write('unconverted.md', unconvertedMarkdown(unconverted));
  await reports.write('unconverted.json', unconvertedJson(unconverted));
  await reports.commit();
}

function failsOn(findings: readonly Finding[], level: Config['failOn']): boolean {
  if (!level) return false;
  return findings.some((f) => f.severity === 'error' || (level === 'warning' && f.severity === 'warning'));
}

/** `--input` may name a .sql file or a folder holding exactly one. */
export function resolveDumpPath(input: string): string {
  let stat;
  try {
    stat = statSync(input);
  } catch {
    throw new InputError(input, null, 'no such file or folder', 'a mysqldump .sql file, or a folder that holds one');
  }
  if (stat.isFile()) return input;
  const dumps = readdirSync(input).filter((f) => /\.sql(\.gz)?$/i.test(f)).sort();
  if (dumps.length === 1) return join(input, dumps[0]);
  if (!dumps.length) throw new InputError(input, null, 'the folder holds no .sql file', 'a mysqldump .sql file in the folder');
  throw new InputError(input, null, `the folder holds several dumps (${dumps.join(', ')})`, 'one .sql file; name it with --input');
}
