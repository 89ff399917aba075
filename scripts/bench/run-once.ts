// One measured conversion, in its own process so peak RSS is its own: runs the built pipeline
// (dist/) on a dump and prints one JSON line: wall time, peak RSS (worker threads included: they
// share the process), CPU time, stage times and counts. Each stage is also logged on stderr as it
// ends ("phase <name> <ms> <peak RSS MB>"), so a run cut short still tells how far it got.
// With `rerun`, the same conversion runs a second time over its own output (nothing changed: an
// incremental run reuses every page) and its wall time is reported as rerunWallMs. The work dir
// is left for the caller to remove (main.ts removes them all once every run is done).
//   tsx scripts/bench/run-once.ts <dump> <work dir> <jobs> [rerun]

import { join } from 'node:path';

// The built code, typed by its sources (dist/ need not exist for the type check).
const built = (module: string) => import(new URL(`../../dist/${module}.js`, import.meta.url).href);
const { parseConfig } = (await built('config')) as typeof import('../../src/config.js');
const { runConvert } = (await built('pipeline')) as typeof import('../../src/pipeline.js');
const { limitHeapGrowth } = (await built('heap-growth')) as typeof import('../../src/heap-growth.js');

// As the command line does, before the run's threads start.
limitHeapGrowth();

const [input, dir, jobs, rerun] = process.argv.slice(2);
// The review site is a reviewer's artefact built per page on the main thread (`tiki2md review`); the
// benchmark measures the conversion pipeline without it.
const config = parseConfig({ input, out: join(dir, 'output'), reports: join(dir, 'reports'), jobs: Number(jobs), review: false }, 'bench');
const started = performance.now();
const cpu = process.cpuUsage();
const result = await runConvert(config, undefined, {
  onPhase: (name, ms) => process.stderr.write(`phase ${name} ${ms} ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`),
});
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const usage = process.resourceUsage();
let again: { rerunWallMs: number; rerunReused: number } | null = null;
if (rerun === 'rerun') {
  const t = performance.now();
  const second = await runConvert(config);
  again = { rerunWallMs: Math.round(performance.now() - t), rerunReused: second.incremental.reused };
}
process.stdout.write(
  JSON.stringify({
    wallMs: Math.round(wallMs),
    cpuMs: Math.round((used.user + used.system) / 1000),
    peakRssMb: Math.round(usage.maxRSS / 1024),
    phases: result.phases,
    pages: result.stats.pages,
    findings: result.counts.total,
    ...again,
  }) + '\n',
);
