// Writing output without half-written files: every file of a run is first written into a
// staging folder next to its destination, then each owned folder is swapped into place with
// rename. A crash leaves either the previous output or the new one, plus a staging folder the
// next run removes. Files are written in a fixed order so runs are reproducible.

import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, writeFile as writeFileCallback } from 'node:fs';
import { copyFile, link, mkdir, open, rename, rm, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

export class StagedTree {
  private readonly staging: string;
  private readonly owned = new Set<string>();
  /** Staging folders already created (a run writes thousands of files into a few folders). */
  private readonly made = new Set<string>();

  /** `root` is the destination folder (output/ or reports/). */
  constructor(readonly root: string) {
    this.staging = join(root, `.tiki2md-staging`);
  }

  async begin(): Promise<void> {
    this.made.clear();
    await rm(this.staging, { recursive: true, force: true });
    await mkdir(this.staging, { recursive: true });
  }

  /** Drops everything staged (a run that stopped on an error): the output stays as it was. */
  async abort(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
    this.made.clear();
  }

  /**
   * Declares that `folder` (relative to root) is owned by this run: it is replaced whole.
   * Files written outside owned folders replace only themselves.
   */
  own(folder: string): void {
    this.owned.add(safeRelative(folder));
  }

  async write(path: string, content: string | Uint8Array): Promise<void> {
    const target = join(this.staging, safeRelative(path));
    const dir = dirname(target);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    // The callback API: the file is created and written on libuv's threads (creating a file is
    // the slow part here), without the promise API's file handles, which cost this thread — the
    // one feeding the workers — more than the write itself.
    await new Promise<void>((resolve, reject) => writeFileCallback(target, content, (error) => (error ? reject(error) : resolve())));
  }

  /**
   * Stages an existing file unchanged (an incremental run's reused page): a hard link, so nothing
   * is copied and the live file stays in place until commit; a copy where links are not possible.
   */
  async keep(path: string, existing: string): Promise<void> {
    const target = join(this.staging, safeRelative(path));
    const dir = dirname(target);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    await link(existing, target).catch(() => copyFile(existing, target));
  }

  /** Writes a file too large to build as one string, piece by piece (pieces are batched). */
  async writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
    await this.writePieces(path, chunks, null);
  }

  /** writeChunks, answering the sha256 (hex) of the bytes written: each batch is encoded once, for both. */
  async writeChunksHashed(path: string, chunks: Iterable<string>): Promise<string> {
    const hash = createHash('sha256');
    await this.writePieces(path, chunks, hash);
    return hash.digest('hex');
  }

  private async writePieces(path: string, chunks: Iterable<string>, hash: Hash | null): Promise<void> {
    const target = join(this.staging, safeRelative(path));
    await mkdir(dirname(target), { recursive: true });
    const file = await open(target, 'w');
    const flush = async (batch: string[]) => {
      const bytes = Buffer.from(batch.join(''));
      hash?.update(bytes);
      await file.writeFile(bytes);
    };
    try {
      let batch: string[] = [];
      let size = 0;
      for (const chunk of chunks) {
        batch.push(chunk);
        size += chunk.length;
        if (size < 1 << 20) continue;
        await flush(batch);
        batch = [];
        size = 0;
      }
      if (batch.length) await flush(batch);
    } finally {
      await file.close();
    }
  }

  async commit(): Promise<void> {
    for (const folder of [...this.owned].sort()) {
      const from = join(this.staging, folder);
      const to = join(this.root, folder);
      await mkdir(from, { recursive: true });
      await mkdir(dirname(to), { recursive: true });
      await rm(to, { recursive: true, force: true });
      await rename(from, to);
    }
    // Loose files (outside owned folders) replace their counterparts one by one.
    for (const file of await listFiles(this.staging)) {
      const to = join(this.root, file);
      await mkdir(dirname(to), { recursive: true });
      await rename(join(this.staging, file), to);
    }
    await rm(this.staging, { recursive: true, force: true });
    this.made.clear();
  }
}

/** A relative path that cannot leave its root. */
export function safeRelative(path: string): string {
  if (path.includes('\0') || path.split(/[\\/]/).includes('..')) {
    throw new Error(`refusing to write outside the output folder: ${JSON.stringify(path)}`);
  }
  const abs = resolve('/', path);
  const rel = relative('/', abs);
  if (!rel || rel.startsWith('..') || rel.split(sep).some((part) => part === '..' || part.includes('\0'))) {
    throw new Error(`refusing to write outside the output folder: ${JSON.stringify(path)}`);
  }
  return rel;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? join(prefix, entry.name) : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}
