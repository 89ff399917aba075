// The worker pool (piscina) behind `--jobs N`: N threads running worker.ts, each capped in heap
// (resourceLimits) so one pathological page cannot exhaust the process, and each task bounded in
// time: a task still running `pageTimeoutMs` after a worker started it (the worker notes the start
// in a shared clock slot, so queueing and worker start-up do not count) is aborted, which
// terminates its worker (piscina starts a fresh one). A task never rejects: it settles with the
// value or with the reason it could not run, which the caller turns into a page-failed finding.
//
// Node 20 cannot run a .ts worker, so the pool loads the built worker-entry.cjs (built-file.ts),
// a CommonJS entry that imports worker.js (see worker-entry.cts for why).

import { Piscina } from 'piscina';
import { builtFile } from './built-file.js';
import type { PageTask, TimedTask } from './tasks.js';

export interface PoolOptions {
  threads: number;
  /** Running time allowed per task (from its start in a worker); default 60 s. */
  pageTimeoutMs?: number;
  /** Old-generation heap cap of each worker in MB; default 1024. */
  maxHeapMb?: number;
}

export type Outcome<R> = { ok: true; value: R } | { ok: false; reason: string };

export const defaultPageTimeoutMs = 60_000;

/** How often running tasks are checked against the time limit. */
const checkEveryMs = 100;

export class PagePool {
  private readonly piscina: Piscina;
  private readonly timeoutMs: number;
  /** Per clock slot: when its task started in a worker (ms since epoch), 0 while it waits. */
  private readonly starts = new Int32Array(new SharedArrayBuffer(4 * 1024));
  private readonly epoch = Date.now();
  private readonly running = new Map<number, AbortController>();
  private readonly freeSlots = Array.from({ length: 1024 }, (_, i) => 1023 - i);
  private watch: NodeJS.Timeout | null = null;

  constructor(options: PoolOptions) {
    this.timeoutMs = options.pageTimeoutMs ?? defaultPageTimeoutMs;
    this.piscina = new Piscina({
      filename: builtFile(import.meta.url, 'worker-entry.cjs'),
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

  /** Runs a task; the time limit counts from when a worker starts it, not from when it was queued. */
  async run<R>(task: PageTask): Promise<Outcome<R>> {
    const slot = this.freeSlots.pop();
    if (slot === undefined) throw new Error('too many page tasks in flight');
    const abort = new AbortController();
    Atomics.store(this.starts, slot, 0);
    this.running.set(slot, abort);
    this.watch ??= setInterval(() => this.check(), checkEveryMs).unref();
    try {
      const timed: TimedTask = { task, clock: { buffer: this.starts.buffer as SharedArrayBuffer, slot, epoch: this.epoch } };
      return { ok: true, value: (await this.piscina.run(timed, { signal: abort.signal })) as R };
    } catch (error) {
      if (abort.signal.aborted) return { ok: false, reason: `it ran longer than the per-page time limit (${this.timeoutMs / 1000} s); its worker was stopped` };
      const code = (error as { code?: string } | null)?.code;
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, reason: 'it exhausted the per-page memory limit; its worker was stopped' };
      return { ok: false, reason: `its worker failed (${error instanceof Error ? error.message : String(error)})` };
    } finally {
      this.running.delete(slot);
      this.freeSlots.push(slot);
    }
  }

  async close(): Promise<void> {
    if (this.watch) clearInterval(this.watch);
    await this.piscina.destroy();
  }

  /** Aborts every task that has been running longer than the limit (piscina stops its worker). */
  private check(): void {
    const now = Date.now() - this.epoch;
    for (const [slot, abort] of this.running) {
      const started = Atomics.load(this.starts, slot);
      if (started !== 0 && now - started > this.timeoutMs) abort.abort();
    }
  }
}
