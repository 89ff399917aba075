// The redirect-map thread (maps-thread.ts): plans the legacy URLs from the job it was started with
// and answers with the aliases and findings, then writes the maps from the records into the run's
// staging folder (a StagedTree that never begins or commits: the main thread owns both) and
// answers with what the manifest records. A failure is answered as a message, so the run reports
// it as it would any other.

import { parentPort, workerData } from 'node:worker_threads';
import { assetLookup } from '../assets/asset-lookup.js';
import { StagedTree } from '../emit/write-tree.js';
import { legacyInput } from '../plan/build-plan.js';
import { planLegacyUrls, type LegacyPlan } from '../plan/legacy-urls.js';
import { BodyReader, readLazily } from '../pool/body-store.js';
import type { MapsJob, MapsMessage } from './maps-thread.js';
import { writeRedirectMaps } from './redirect-maps.js';

const job = workerData as MapsJob;
const post = (message: MapsMessage) => parentPort!.postMessage(message);

function planLegacy(): LegacyPlan {
  const { site, head, options, assets, bodies } = job.legacy;
  const reader = new BodyReader(bodies);
  try {
    const pages = site.pages.map((page) => readLazily(page, reader));
    return planLegacyUrls(legacyInput({ ...site, pages }, { section: head.section, pages, urls: head.urls }), { ...options, assets: assetLookup(assets, pages) });
  } finally {
    reader.close();
  }
}

try {
  const legacy = planLegacy();
  post({ kind: 'legacy', aliases: legacy.aliases, findings: legacy.findings });
  const record = await writeRedirectMaps(new StagedTree(job.outDir), job.outDir, { legacyUrls: legacy.records }, job.settings, job.previous);
  post({ kind: 'done', ok: true, record });
} catch (error) {
  post(error instanceof Error ? { kind: 'done', ok: false, message: error.message, stack: error.stack } : { kind: 'done', ok: false, message: String(error) });
}
