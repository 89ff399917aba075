// `npm run bench [-- --sizes 1000,10000,100000 --seed 1 --timeout-min 20]`: the scale benchmark.
// First the conversion throughput of one core on the smallest site's page bodies and, when pandoc
// is on PATH, pandoc's on the same bodies in one batch. Then, for each size, the synthetic site is
// generated once (cached in .cache/bench/) and the full built pipeline runs with --jobs 1 and
// --jobs <cores>, each in its own process: pages/s, MB/s of page bodies, wall time, peak RSS, time
// per stage, CPU time and the cores it kept busy, per-page cost against the previous size, jobs
// speed-up and its ceiling (below). A run longer than the time limit is killed and recorded as
// timed out. reports/bench.json is rewritten after every run.
// Each run's output stays on disk until every run is done (about 4 GB for a 100k-page run): on a
// file system without a journal, ext4 will not reuse an inode freed in the last minute or so and
// scans past each one, so removing a run's 100k files made the next run's file creation up to ten
// times as costly (seen here: 0.04 to 0.7 ms of system time per file).
// A benchmark, not a test: nothing here passes or fails on time.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { defaultDumpPath, generateSite, readGenerated, type GeneratedSite } from '../gen/main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000,100000' }, seed: { type: 'string', default: '1' }, 'timeout-min': { type: 'string', default: '20' } },
});
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);
const timeoutMs = Number(values['timeout-min']) * 60_000;
const cores = availableParallelism();
const jobsList = [...new Set([1, cores])];
const n = jobsList[jobsList.length - 1];

interface Run {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  phases: Record<string, number>;
  pages: number;
  findings: number;
  pagesPerS: number;
  mbPerS: number;
  msPerPage: number;
  /** CPU time over wall time: how many cores the run kept busy on average (every thread counts). */
  coresBusy: number;
  /** The same run repeated over its own output (incremental, nothing changed). */
  rerunWallMs?: number;
  rerunReused?: number;
}
type Measured = Run | { timedOut: true; afterMs: number; phasesDone: Record<string, number>; peakRssMbSoFar: number };

/** Stages a run logged before it was stopped ("phase <name> <ms> <rss>" lines on stderr). */
let lastPhases: { phasesDone: Record<string, number>; peakRssMbSoFar: number } = { phasesDone: {}, peakRssMbSoFar: 0 };

/**
 * A script's JSON line, or null when it ran out of time (its logged stages are in lastPhases).
 * `nodeFlags`: for a full run, the node flags the README recommends for large sites (as `npm start` runs).
 */
function tsx(script: string, args: string[], nodeFlags: string[] = []): unknown {
  const r = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', join(root, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, timeout: timeoutMs, killSignal: 'SIGKILL' });
  lastPhases = { phasesDone: {}, peakRssMbSoFar: 0 };
  for (const [, name, ms, rss] of (r.stderr ?? '').matchAll(/^phase ([\w+]+) (\d+) (\d+)$/gm)) {
    lastPhases.phasesDone[name] = Number(ms);
    lastPhases.peakRssMbSoFar = Math.max(lastPhases.peakRssMbSoFar, Number(rss));
  }
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') return null;
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

function site(pages: number): GeneratedSite {
  const path = defaultDumpPath(pages, seed);
  const cached = readGenerated(path);
  if (cached) return cached;
  process.stderr.write(`generating ${pages} pages…\n`);
  return generateSite(pages, seed, path);
}

const mb = (bytes: number) => bytes / 1e6;
const round = (x: number | null, digits = 2) => (x === null ? null : +x.toFixed(digits));

process.stderr.write('one-core throughput and pandoc…\n');
const tmp = mkdtempSync(join(tmpdir(), 'tiki2md-bench-'));
const throughput = tsx('scripts/bench/throughput.ts', [site(sizes[0]).path, tmp]) as {
  pages: number;
  bytes: number;
  oursMbPerS: number;
  pandoc: { ms: number; mbPerS: number; version: string } | null;
};
rmSync(tmp, { recursive: true, force: true });

const results: Array<{ size: number; site: GeneratedSite; runs: Record<number, Measured> }> = [];
const ok = (m: Measured | undefined): m is Run => m !== undefined && !('timedOut' in m);
const costRatio = (a: number, b: number, jobs: number): number | null => {
  const x = results.find((r) => r.size === a)?.runs[jobs];
  const y = results.find((r) => r.size === b)?.runs[jobs];
  return ok(x) && ok(y) ? y.msPerPage / x.msPerPage : null;
};
const speedup = (r: (typeof results)[number]) => (ok(r.runs[1]) && ok(r.runs[n]) ? r.runs[1].wallMs / r.runs[n].wallMs : null);
// The most --jobs <cores> can gain over --jobs 1 if it did no more work: --jobs 1 spends coresBusy
// × its wall time in CPU across all its threads (main, worker, redirect-map thread, V8's and
// libuv's), which <cores> cores need at least that time over <cores> to spend. More workers only
// add work (each warms its own JIT and heap), so the measured speed-up stays below this.
const speedupCeiling = (r: (typeof results)[number]) => (ok(r.runs[1]) ? Math.max(1, cores / r.runs[1].coresBusy) : null);

function summary() {
  const largest = results.find((r) => r.size === 100_000);
  return {
    machine: { cores, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
    seed,
    oneCore: { pages: throughput.pages, mb: round(mb(throughput.bytes)), mbPerS: round(throughput.oursMbPerS) },
    pandoc: throughput.pandoc && { version: throughput.pandoc.version, mbPerS: round(throughput.pandoc.mbPerS, 3), ratio: round(throughput.oursMbPerS / throughput.pandoc.mbPerS, 1) },
    sites: results.map((r) => ({ pages: r.size, dumpMb: round(mb(r.site.bytes), 1), wikiBodyMb: round(mb(r.site.wikiBodyBytes), 1), runs: r.runs })),
    perPageCost: { '1k→10k': round(costRatio(1000, 10_000, n)), '10k→100k': round(costRatio(10_000, 100_000, n)) },
    jobsSpeedup: Object.fromEntries(results.map((r) => [r.size, round(speedup(r))])),
    jobsSpeedupCeiling: Object.fromEntries(results.map((r) => [r.size, round(speedupCeiling(r))])),
    targets: {
      oneCoreMbPerS: { target: '≥ 5', measured: round(throughput.oursMbPerS) },
      pandocRatio: { target: '≥ 8', measured: throughput.pandoc ? round(throughput.oursMbPerS / throughput.pandoc.mbPerS, 1) : null },
      wall100kJobsN: { target: '≤ 60 s', measured: largest && ok(largest.runs[n]) ? round(largest.runs[n].wallMs / 1000, 1) : 'not measured or timed out' },
      peakRssMb: { target: '≤ 1536', measured: Math.max(0, ...results.flatMap((r) => Object.values(r.runs).filter(ok).map((x) => x.peakRssMb))) },
      perPageCost10kTo100k: { target: '≤ 1.15', measured: round(costRatio(10_000, 100_000, n)) },
      jobsSpeedupLargest: { target: '≥ 1.6', measured: results.length ? round(speedup(results[results.length - 1])) : null, ceiling: results.length ? round(speedupCeiling(results[results.length - 1])) : null },
    },
  };
}

function save(): void {
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports', 'bench.json'), JSON.stringify(summary(), null, 2) + '\n');
}

const workDirs: string[] = [];
const removeWorkDirs = () => workDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
process.on('exit', removeWorkDirs);

for (const size of sizes) {
  const s = site(size);
  const entry = { size, site: s, runs: {} as Record<number, Measured> };
  results.push(entry);
  for (const jobs of jobsList) {
    process.stderr.write(`${size} pages, --jobs ${jobs}…\n`);
    const started = Date.now();
    // The run with every core is repeated over its own output: the incremental re-run's time.
    const dir = mkdtempSync(join(tmpdir(), 'tiki2md-bench-'));
    workDirs.push(dir);
    const args = [s.path, dir, String(jobs), ...(jobs === n ? ['rerun'] : [])];
    const run = tsx('scripts/bench/run-once.ts', args, ['--max-semi-space-size=64']) as Omit<Run, 'pagesPerS' | 'mbPerS' | 'msPerPage' | 'coresBusy'> | null;
    entry.runs[jobs] = run
      ? { ...run, pagesPerS: round(run.pages / (run.wallMs / 1000), 1)!, mbPerS: round(mb(s.wikiBodyBytes) / (run.wallMs / 1000), 3)!, msPerPage: round(run.wallMs / run.pages, 3)!, coresBusy: round(run.cpuMs / run.wallMs)! }
      : { timedOut: true, afterMs: Date.now() - started, ...lastPhases };
    process.stderr.write(`  ${JSON.stringify(entry.runs[jobs])}\n`);
    save();
  }
}

removeWorkDirs();
const report = summary();
const rows = results.flatMap((r) =>
  jobsList.map((j) => {
    const x = r.runs[j];
    if (!ok(x)) {
      const t = x as { afterMs: number; phasesDone: Record<string, number>; peakRssMbSoFar: number };
      const done = Object.entries(t.phasesDone).map(([k, v]) => `${k} ${v}`).join(', ');
      return `| ${r.size} | ${j} | stopped after ${Math.round(t.afterMs / 1000)} s | | | | ≥ ${t.peakRssMbSoFar} | done: ${done || 'none'} |`;
    }
    const p = x.phases;
    const again = x.rerunWallMs === undefined ? '' : ` (re-run unchanged: ${(x.rerunWallMs / 1000).toFixed(1)} s)`;
    return `| ${r.size} | ${j} | ${(x.wallMs / 1000).toFixed(1)}${again} | ${x.pagesPerS.toFixed(0)} | ${x.mbPerS.toFixed(2)} | ${x.coresBusy.toFixed(2)} | ${x.peakRssMb} | ${p.load}/${p.plan}/${p.headings}/${p.convert}/${p.redirects}/${p.write}/${p.reports} |`;
  }),
);
process.stdout.write(
  [
    `tiki2md bench — ${cores} cores, ${report.machine.cpu}, Node ${process.version}`,
    '',
    '| pages | jobs | wall s | pages/s | MB/s | cores busy | peak RSS MB | ms: load/plan/headings/convert/redirects/write/reports |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `one core (parse+normalize+emit): ${report.oneCore.mbPerS} MB/s over ${report.oneCore.mb} MB`,
    report.pandoc ? `pandoc (${report.pandoc.version}) one batch: ${report.pandoc.mbPerS} MB/s → tiki2md is ${report.pandoc.ratio}× pandoc` : 'pandoc: not on PATH',
    `per-page cost (--jobs ${n}) 1k→10k: ${report.perPageCost['1k→10k'] ?? 'n/a'}, 10k→100k: ${report.perPageCost['10k→100k'] ?? 'n/a'}`,
    `--jobs ${n} speed-up over --jobs 1: ${Object.entries(report.jobsSpeedup).map(([k, v]) => `${k}: ${v ?? 'n/a'}×`).join(', ')}`,
    `  at most (${cores} cores over the cores --jobs 1 keeps busy): ${Object.entries(report.jobsSpeedupCeiling).map(([k, v]) => `${k}: ${v ?? 'n/a'}×`).join(', ')}`,
    'written reports/bench.json',
    '',
  ].join('\n'),
);
