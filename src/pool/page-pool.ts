// The worker pool (piscina) behind `--jobs N`: N threads running worker.ts, each capped in heap
// (resourceLimits) so one pathological page cannot exhaust the process, and each task bounded in
// time: a task still unfinished `pageTimeoutMs` after it was handed to the pool is aborted, which
// terminates its worker (piscina starts a fresh one). A task never rejects: it settles with the
// value or with the reason it could not run, which the caller turns into a page-failed finding.
//
// Node 20 cannot run a .ts worker, so the pool always loads the built JavaScript: the sibling
// worker.js when this module is itself built, else dist/pool/worker.js (tests build it first).

import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { PageTask } from './tasks.js';

export interface PoolOptions {
  threads: number;
  /** From hand-over to the pool; default 60 s. */
  pageTimeoutMs?: number;
  /** Old-generation heap cap of each worker in MB; default 1024. */
  maxHeapMb?: number;
}

export type Outcome<R> = { ok: true; value: R } | { ok: false; reason: string };

export const defaultPageTimeoutMs = 60_000;

export class PagePool {
  private readonly piscina: Piscina;
  private readonly timeoutMs: number;

  constructor(options: PoolOptions) {
    this.timeoutMs = options.pageTimeoutMs ?? defaultPageTimeoutMs;
    this.piscina = new Piscina({
      filename: workerFile(),
      minThreads: options.threads,
      maxThreads: options.threads,
      idleTimeout: 60_000,
      concurrentTasksPerWorker: 1,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
    });
  }

  get threads(): number {
    return this.piscina.maxThreads;
  }

  async run<R>(task: PageTask): Promise<Outcome<R>> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      return { ok: true, value: (await this.piscina.run(task, { signal: abort.signal })) as R };
    } catch (error) {
      if (abort.signal.aborted) return { ok: false, reason: `it ran longer than the per-page time limit (${this.timeoutMs / 1000} s); its worker was stopped` };
      const code = (error as { code?: string } | null)?.code;
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, reason: 'it exhausted the per-page memory limit; its worker was stopped' };
      return { ok: false, reason: `its worker failed (${error instanceof Error ? error.message : String(error)})` };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}

/** The built worker module (see the header). */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return join(dirname(here), 'worker.js');
  const built = here.replace(/[\\/]src[\\/]pool[\\/]page-pool\.ts$/, `${sep}dist${sep}pool${sep}worker.js`);
  if (built === here || !existsSync(built)) throw new Error(`the worker build is missing (${built}); run \`npm run build\` first`);
  return built;
}
