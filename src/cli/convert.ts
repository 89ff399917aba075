// `tiki2md convert`: the whole site. Prints a short summary; progress on stderr when it is a TTY.

import { loadConfig, type ConfigInput } from '../config.js';
import { runConvert } from '../pipeline.js';
import { dryRunStdout } from '../report/dry-run.js';
import type { IncrementalStats } from '../incremental/reuse.js';

interface ConvertFlags {
  input?: string;
  out?: string;
  reports?: string;
  section?: string;
  frontMatter?: string;
  stripTitleDates?: boolean;
  headingOffset?: number;
  jobs?: number;
  failOn?: string;
  rawHtml?: string;
  review?: boolean;
  config?: string;
  filesDir?: string;
  assetsDir?: string;
  history?: boolean;
  structure?: string;
  translations?: boolean;
  dryRun?: boolean;
  force?: boolean;
}

export async function convertCommand(flags: ConvertFlags): Promise<number> {
  const { config: configPath, ...rest } = flags;
  const config = loadConfig(rest as ConfigInput, configPath);
  const started = Date.now();
  const tty = process.stderr.isTTY;
  const result = await runConvert(config, tty ? progressPrinter(started) : undefined);
  if (tty) process.stderr.write('\n');
  const { stats, counts } = result;
  process.stdout.write(
    `tiki2md: ${stats.pages} pages from ${stats.input} → ${config.out}/content/${config.section}/ ` +
      `(${stats.failed} written with a fallback); ${counts.total} findings ` +
      `(${counts.error} errors, ${counts.warning} warnings, ${counts.info} info) → ${config.reports}/summary.md\n`,
  );
  process.stdout.write(incrementalLine(result.incremental) + '\n');
  if (config.dryRun) process.stdout.write(dryRunStdout(config.reports));
  return result.exitCode;
}

function incrementalLine({ reused, converted, fullRunBecause }: IncrementalStats): string {
  if (fullRunBecause !== null) return `tiki2md: converted all ${converted} pages (full run: ${fullRunBecause})`;
  return `tiki2md: converted ${converted} changed pages, reused ${reused} unchanged from the previous run (--force converts all)`;
}

function progressPrinter(started: number) {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (done !== total && now - last < 100) return;
    last = now;
    const rate = done / Math.max(0.001, (now - started) / 1000);
    process.stderr.write(`\r${done}/${total} pages (${rate.toFixed(0)} pages/s)`);
  };
}
