// --dry-run: the output tree the pipeline writes into is swapped for this DryRunTree, so the
// whole pipeline runs unchanged but nothing under output/ is touched. Each file the run would
// write is compared with the one on disk (added / changed / unchanged); files in folders the
// run owns that it would not write again are reported as deleted. The plan is written to
// reports/dry-run.{md,json} and summarised on stdout by the CLI.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { safeRelative, StagedTree } from '../emit/write-tree.js';

export type DryRunStatus = 'add' | 'change' | 'delete' | 'same';

export interface DryRunReport {
  version: 1;
  out: string;
  summary: Record<DryRunStatus, number>;
  files: Array<{ path: string; status: Exclude<DryRunStatus, 'same'> }>;
}

export class DryRunTree extends StagedTree {
  private readonly owns = new Set<string>();
  private readonly seen = new Map<string, DryRunStatus>();

  constructor(
    root: string,
    private readonly reportsDir: string,
  ) {
    super(root);
  }

  override async begin(): Promise<void> {
    this.seen.clear();
  }

  override async abort(): Promise<void> {
    this.seen.clear();
  }

  override own(folder: string): void {
    this.owns.add(safeRelative(folder));
  }

  override async write(path: string, content: string | Uint8Array): Promise<void> {
    const rel = safeRelative(path).split('\\').join('/');
    const before = await readFile(join(this.root, rel)).catch(() => null);
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    this.seen.set(rel, before === null ? 'add' : hash(before) === hash(bytes) ? 'same' : 'change');
  }

  override async keep(path: string, existing: string): Promise<void> {
    await this.write(path, await readFile(existing));
  }

  override async writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
    await this.writeChunksHashed(path, chunks);
  }

  override async writeChunksHashed(path: string, chunks: Iterable<string>): Promise<string> {
    // Hashed piece by piece: such a file may be longer than one string can be.
    const rel = safeRelative(path).split('\\').join('/');
    const before = await readFile(join(this.root, rel)).catch(() => null);
    const digest = createHash('sha256');
    for (const chunk of chunks) digest.update(chunk);
    const hex = digest.digest('hex');
    this.seen.set(rel, before === null ? 'add' : hash(before) === hex ? 'same' : 'change');
    return hex;
  }

  override async commit(): Promise<void> {
    const deleted: string[] = [];
    for (const folder of this.owns) {
      for (const file of await listFiles(join(this.root, folder))) {
        const rel = join(folder, file).split('\\').join('/');
        if (!this.seen.has(rel)) deleted.push(rel);
      }
    }
    for (const rel of deleted) this.seen.set(rel, 'delete');
    const files = [...this.seen].filter(([, s]) => s !== 'same').map(([path, status]) => ({ path, status: status as Exclude<DryRunStatus, 'same'> }));
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const summary = { add: 0, change: 0, delete: 0, same: 0 };
    for (const s of this.seen.values()) summary[s]++;
    const report: DryRunReport = { version: 1, out: this.root, summary, files };
    const reports = new StagedTree(this.reportsDir);
    await reports.begin();
    await reports.write('dry-run.json', JSON.stringify(report, null, 2) + '\n');
    await reports.write('dry-run.md', dryRunMarkdown(report));
    await reports.commit();
  }
}

function hash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

export function dryRunSummary(r: DryRunReport): string {
  return `dry run: nothing written under ${r.out}/; would add ${r.summary.add}, change ${r.summary.change}, delete ${r.summary.delete} files (${r.summary.same} unchanged)`;
}

function dryRunMarkdown(r: DryRunReport): string {
  const verbs = { add: 'add', change: 'change', delete: 'delete' } as const;
  return [`# Dry run`, '', dryRunSummary(r), '', ...r.files.map((f) => `- ${verbs[f.status]} \`${f.path}\``), ''].join('\n');
}

/** The CLI's stdout for a dry run: the summary and the first `limit` files. */
export function dryRunStdout(reportsDir: string, limit = 50): string {
  const r = JSON.parse(readFileSync(join(reportsDir, 'dry-run.json'), 'utf8')) as DryRunReport;
  const lines = r.files.slice(0, limit).map((f) => `  ${f.status.padEnd(6)} ${f.path}`);
  if (r.files.length > limit) lines.push(`  … and ${r.files.length - limit} more: ${reportsDir}/dry-run.md`);
  return [`tiki2md ${dryRunSummary(r)}`, ...lines, ''].join('\n');
}
