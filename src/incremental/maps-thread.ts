// The redirect maps beside the conversion. Writing them is a large site's longest single-threaded
// job (gigabytes of text at 100k pages), and it depends on nothing the conversion makes: the plan's
// legacy URL records go to a thread of their own (maps-worker.ts), which writes the maps into the
// run's staging folder while the pool converts pages. The records are copied to that thread once
// (structured clone) and the caller lets its copy go, so the main thread's heap — which every one
// of its collections walks while it feeds the workers — no longer carries them.
//
// Node 20 cannot run a .ts worker: the thread loads the built maps-worker.js (pool/built-file.ts).

import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { LegacyUrlRecord } from '../plan/plan-types.js';
import { builtFile } from '../pool/built-file.js';
import type { RedirectSettings } from '../redirects/model.js';
import type { RedirectMapsRecord } from './redirect-maps.js';

/** What the maps thread is started with (workerData). */
export interface MapsJob {
  /** The output folder (its staging folder is written; the live files are read for reuse). */
  outDir: string;
  records: LegacyUrlRecord[];
  settings: RedirectSettings;
  previous: RedirectMapsRecord | undefined;
}

/** What the maps thread answers: what the manifest records, or why it could not. */
export type MapsAnswer = { ok: true; record: RedirectMapsRecord } | { ok: false; message: string; stack?: string };

export class MapsThread {
  private readonly worker: Worker;
  /** Settles once the maps are staged; rejects when they cannot be. */
  readonly done: Promise<RedirectMapsRecord>;

  constructor(job: MapsJob) {
    // The thread holds its own copy of the records and the maps' model: about 1.2× the heap the
    // plan took on this thread, which the heap guard allows up to three quarters of the limit.
    // Half as much again as this thread's limit keeps it from running out first.
    const limitMb = Math.ceil((getHeapStatistics().heap_size_limit / 2 ** 20) * 1.5);
    this.worker = new Worker(builtFile(import.meta.url, 'maps-worker.js'), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: limitMb } });
    this.done = new Promise((resolve, reject) => {
      let answered = false;
      this.worker.once('message', (answer: MapsAnswer) => {
        answered = true;
        if (answer.ok) resolve(answer.record);
        else reject(Object.assign(new Error(answer.message), { stack: answer.stack }));
      });
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => {
        if (!answered) reject(new Error(`the redirect-map thread stopped (exit code ${code}) before the maps were written`));
      });
    });
    // Nobody may be waiting yet when it fails; the run takes the failure up when it awaits `done`.
    this.done.catch(() => undefined);
  }

  /** Stops the thread (a run that failed elsewhere), so nothing is written into staging after it is removed. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
