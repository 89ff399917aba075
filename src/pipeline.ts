// Orchestration: load → plan → heading pass → per-page conversion → staged write → reports.
// Site-wide decisions are in the Plan; each page's body is a pure function of (page, plan,
// config) — convertPlannedBody — run on the worker pool (`--jobs`, src/pool/) with bounded work
// in flight, beside the legacy URL plan and redirect maps (their own thread); each page gets its
// front matter and is written as it arrives once the plan is final, and findings are spilled to disk in
// sorted runs, merged once into the reports. One page that throws, overruns its time limit or
// exhausts its worker's memory is written with its source fenced and a page-failed finding; the
// run goes on. The run manifest (src/incremental/) records what each page was made from, so the
// next run converts only pages whose inputs changed (`--force` converts all).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from './config.js';
import { StagedTree } from './emit/write-tree.js';
import { InputError } from './load/input-error.js';
import { loadInput } from './load/open-input.js';
import { writeAssets } from './assets/write-assets.js';
import { buildPlan, finishPlan, planUrls, type PlanOptions } from './plan/build-plan.js';
import { convertPages, headingAnchors } from './pool/convert-pages.js';
import { PagePool } from './pool/page-pool.js';
import { spillBodies, type BodyReader } from './pool/body-store.js';
import { legacyOptions, REDIRECTS_DIR } from './redirects/index.js';
import { writeRedirectMaps, type RedirectMapsRecord } from './incremental/redirect-maps.js';
import { legacyJob, MapsThread } from './incremental/maps-thread.js';
import { writeHugoSite } from './site/hugo-site.js';
import type { Finding } from './report/finding.js';
import { FindingSpill } from './report/finding-spill.js';
import type { RunStats } from './report/render-markdown.js';
import { writeReports, type FindingCounts } from './report/write-reports.js';
import { writeCiAndReview } from './report/review/after-run.js';
import { JunitTally } from './report/junit.js';
import { DryRunTree } from './report/dry-run.js';
import { checkHeapHeadroom } from './heap-guard.js';
import { Incremental, pagePath, type IncrementalStats } from './incremental/reuse.js';
import { PlanGate } from './pool/plan-gate.js';
import { pageFileOf } from './convert-planned.js';
import { MANIFEST_DIR, MANIFEST_PATH, manifestLines, sha256 } from './incremental/manifest.js';
import type { RecordedPage } from './incremental/convert-recorded.js';
import type { Plan } from './plan/plan-types.js';
import { RunRecord } from './incremental/run-record.js';

export { convertPlannedPage, type ConvertedPage } from './convert-planned.js';

export interface RunResult {
  /** Findings per severity (the findings themselves are in reports/findings.json). */
  counts: FindingCounts;
  /** Every finding, read back from reports/findings.json when asked for (a large site has many). */
  readonly findings: Finding[];
  stats: RunStats;
  /**
   * Wall time of each stage in ms: load, plan, headings, convert, redirects (the wait for the
   * redirect maps, written beside the heading pass and the conversion), write, reports.
   */
  phases: Record<string, number>;
  /** 0, or 2 when findings reach `failOn`. */
  exitCode: 0 | 2;
  /** Pages reused from the previous run's manifest and pages converted. */
  incremental: IncrementalStats;
}

export type Progress = (done: number, total: number) => void;

export interface RunOptions {
  /** Convert in this thread instead of on the worker pool (the reference path tests compare with). */
  inThread?: boolean;
  /** Per-page time limit on the pool; default 60 s. */
  pageTimeoutMs?: number;
  /** Heap cap of each pool worker in MB. */
  maxHeapMb?: number;
  /** Told each stage's wall time as the stage ends (the benchmark logs them as they come). */
  onPhase?: (name: string, ms: number) => void;
}

export async function runConvert(config: Config, progress?: Progress, options: RunOptions = {}): Promise<RunResult> {
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    options.onPhase?.(name, phases[name]);
    mark = now;
  };
  // The workers start (and load their modules) while the main thread loads and plans.
  const pool = options.inThread ? null : new PagePool({ threads: config.jobs, pageTimeoutMs: options.pageTimeoutMs, maxHeapMb: options.maxHeapMb });
  // Scratch space (page bodies, spilled findings, the workers' run context), in the system's
  // temporary folder (nothing but staging ever sits beside the output).
  let work: string | null = null;
  let staged: StagedTree | null = null;
  let bodyReader: BodyReader | null = null;
  let maps: MapsThread | null = null;
  let gate: PlanGate | null = null;
  const stop = new AbortController();
  try {
    const { site, input, filesDir } = await loadInput(config.input, { history: config.history, filesDir: config.filesDir });
    work = await mkdtemp(join(tmpdir(), 'tiki2md-run-'));
    // Page bodies go to disk as soon as they are loaded: a large site's bodies are hundreds of MB,
    // and from here on each one is read when a page is hashed, parsed or converted.
    const { index: bodies, reader } = spillBodies(site.pages, join(work, 'bodies'));
    bodyReader = reader;
    phase('load');
    const out = config.dryRun ? new DryRunTree(config.out, config.reports) : new StagedTree(config.out);
    staged = out;
    await out.begin();
    out.own(join('content', config.section));
    out.own(REDIRECTS_DIR);
    out.own(MANIFEST_DIR);
    // The heading pass needs only the bodies: the pool finds every page's headings while this
    // thread plans (its failure is taken up once the plan is made).
    const incremental = new Incremental(config, site.pages);
    const headingPass = headingAnchors(site.pages, config, pool, incremental.knownAnchors(), bodies);
    headingPass.catch(() => undefined);
    // The legacy URLs (about ten records per page, a large site's largest structure) and the maps
    // written from them are planned and written on a thread of their own with the pool
    // (maps-thread.ts), which answers with each page's aliases. On a full run the pages are
    // converted meanwhile from a draft of the plan without them (bodies do not depend on them) and
    // written once the final plan is known (plan-gate.ts); a run that may reuse pages waits for
    // it (reuse compares what the plan decided, aliases included). Without the pool the legacy
    // URLs are planned here and the maps written first (a dry run compares each map with the file
    // on disk as it goes). The rest of the run gets a plan without the records either way.
    const planOptions: PlanOptions = { ...legacyOptions(config), section: config.section, stripTitleDates: config.stripTitleDates, extras: { structure: config.structure, translations: config.translations, history: config.history, assetsDir: config.assetsDir, filesDir } };
    const settings = { redirectStatus: config.redirectStatus, goneStatus: config.goneStatus, siteUrl: config.siteUrl, formats: config.redirectFormats };
    let draft: Plan;
    let final: Promise<Plan> | null = null;
    let redirectMaps: Promise<RedirectMapsRecord>;
    if (pool !== null && !config.dryRun) {
      const head = planUrls(site, planOptions);
      maps = new MapsThread({ outDir: config.out, legacy: legacyJob(site, head, planOptions, bodies), settings, previous: incremental.previousRedirects() }, config.input);
      redirectMaps = maps.done;
      if (incremental.fullRun) {
        draft = finishPlan(site, head, planOptions, { aliases: new Map(), findings: [] });
        final = maps.legacy.then((legacy) => finishPlan(site, head, planOptions, legacy));
        final.catch(() => undefined);
      } else {
        draft = finishPlan(site, head, planOptions, await maps.legacy);
      }
    } else {
      const legacy = buildPlan(site, planOptions);
      draft = { ...legacy, legacyUrls: [] };
      redirectMaps = Promise.resolve(await writeRedirectMaps(out, config.out, legacy, settings, incremental.previousRedirects()));
    }
    checkHeapHeadroom(config.input, draft.pages.length);
    phase('plan');
    const anchors = await headingPass;
    phase('headings');

    const findings = new FindingSpill(work);
    let plan = draft;
    let failed = 0;
    let done = 0;
    const record = new RunRecord(join(work, 'manifest-pages'));
    const pages = new PlanGate(async (planned, outcome) => {
      stop.signal.throwIfAborted(); // a failed run writes nothing more into staging
      const reused = 'reused' in outcome;
      const page: RecordedPage = reused ? outcome.reused : { ...outcome.converted, file: pageFileOf(planned, config, outcome.converted) };
      if (page.failed) failed++;
      incremental.count(planned.page.id, reused);
      findings.add(page.findings);
      const path = pagePath(plan, planned);
      await (page.kept === undefined ? out.write(path, page.file) : out.keep(path, page.kept));
      const { id, name } = planned.page;
      const pairs = anchors.get(id);
      record.add({ id, name, path, sourceHash: incremental.sourceHash(id), pageHash: incremental.pageHash(id), outputHash: sha256(page.file), failed: page.failed, anchors: pairs ? [...pairs] : null, dependencies: page.dependencies, findings: page.findings });
      progress?.(++done, plan.pages.length);
    }, join(work, 'waiting-pages'));
    gate = pages;
    const settle = async (finalPlan: Plan) => {
      plan = finalPlan;
      incremental.planned(plan);
      findings.add(plan.findings);
      await pages.settle(plan);
    };
    const convert = () => convertPages(draft, anchors, config, pool, work!, pages.sink, (planned, links) => incremental.reuse(planned, links), bodies, stop.signal);
    if (final !== null) {
      await Promise.all([convert(), final.then(settle)]);
    } else {
      await settle(draft);
      await convert();
    }
    phase('convert');
    incremental.header.redirects = await redirectMaps;
    maps = null;
    await out.writeChunks(MANIFEST_PATH, manifestLines(incremental.header, record.lines()));
    phase('redirects');
    await writeAssets(out, plan, site);
    await writeHugoSite(out, { rawHtml: config.rawHtml });
    await out.commit();
    phase('write');

    const stats: RunStats = { pages: plan.pages.length, converted: plan.pages.length - failed, failed, input };
    // junit.xml's header is tallied while findings.json is written: one pass over the spilled findings fewer.
    const junit = new JunitTally(plan.pages.map((p) => ({ id: p.page.id, name: p.page.name })));
    const counts = await writeReports(config.reports, findings.sorted(), stats, (f) => junit.add(f));
    await writeCiAndReview(config, plan.pages, () => findings.sorted(), junit);
    phase('reports');
    const fails = config.failOn !== undefined && (counts.error > 0 || (config.failOn === 'warning' && counts.warning > 0));
    const reports = config.reports;
    return {
      counts,
      get findings(): Finding[] {
        return JSON.parse(readFileSync(join(reports, 'findings.json'), 'utf8')) as Finding[];
      },
      stats,
      phases,
      exitCode: fails ? 2 : 0,
      incremental: incremental.finish(),
    };
  } catch (error) {
    // Nothing of a failed run stays beside the output (it is not left half-written either way);
    // the conversion loop stops taking pages, and the maps thread is stopped first, so it cannot
    // write into staging once it is removed.
    stop.abort();
    gate?.close();
    await maps?.stop();
    await staged?.abort();
    throw error;
  } finally {
    try {
      await pool?.close();
    } finally {
      bodyReader?.close();
      if (work !== null) await rm(work, { recursive: true, force: true });
    }
  }
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
