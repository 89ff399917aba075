// One measured conversion, in its own process so peak RSS is its own: runs the built pipeline
// (dist/) on a dump and prints one JSON line: wall time, peak RSS (worker threads included: they
// share the process), CPU time, stage times and counts.
//   tsx scripts/bench/run-once.ts <dump> <work dir> <jobs>

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../dist/config.js';
import { runConvert } from '../../dist/pipeline.js';

const [input, dir, jobs] = process.argv.slice(2);
const config = parseConfig({ input, out: join(dir, 'output'), reports: join(dir, 'reports'), jobs: Number(jobs) }, 'bench');
const started = performance.now();
const cpu = process.cpuUsage();
const result = await runConvert(config);
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const usage = process.resourceUsage();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  JSON.stringify({
    wallMs: Math.round(wallMs),
    cpuMs: Math.round((used.user + used.system) / 1000),
    peakRssMb: Math.round(usage.maxRSS / 1024),
    phases: result.phases,
    pages: result.stats.pages,
    findings: result.counts.total,
  }) + '\n',
);
