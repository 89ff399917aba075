// The redirect-map thread (maps-thread.ts): writes the maps from the records it was started with
// into the run's staging folder (a StagedTree that never begins or commits: the main thread owns
// both), then answers with what the manifest records. A failure is answered as a message, so the
// run reports it as it would any other.

import { parentPort, workerData } from 'node:worker_threads';
import { StagedTree } from '../emit/write-tree.js';
import type { MapsAnswer, MapsJob } from './maps-thread.js';
import { writeRedirectMaps } from './redirect-maps.js';

const job = workerData as MapsJob;
let answer: MapsAnswer;
try {
  const record = await writeRedirectMaps(new StagedTree(job.outDir), job.outDir, { legacyUrls: job.records }, job.settings, job.previous);
  answer = { ok: true, record };
} catch (error) {
  answer = error instanceof Error ? { ok: false, message: error.message, stack: error.stack } : { ok: false, message: String(error) };
}
parentPort!.postMessage(answer);
