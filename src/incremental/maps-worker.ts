// The redirect-map thread (maps-thread.ts): plans the legacy URLs from the job it is sent
// and answers with the aliases and findings, then writes the maps from the records into the run's
// staging folder (a StagedTree that never begins or commits: the main thread owns both) and
// answers with what the manifest records. A failure is answered as a message, so the run reports
// it as it would any other.

import { parentPort } from 'node:worker_threads';
import { assetLookup } from '../assets/asset-lookup.js';
import { StagedTree } from '../emit/write-tree.js';
import { legacyInput } from '../plan/build-plan.js';
import { planLegacyUrls, type LegacyPlan } from '../plan/legacy-urls.js';
import { BodyReader, readLazily } from '../pool/body-store.js';
import type { LegacyJob, MapsJob, MapsMessage } from './maps-thread.js';
import { writeRedirectMaps } from './redirect-maps.js';

const post = (message: MapsMessage) => parentPort!.postMessage(message);

function planLegacy({ site, head, options, assets, bodies }: LegacyJob): LegacyPlan {
  const reader = new BodyReader(bodies);
  try {
    const pages = site.pages.map((page) => readLazily(page, reader));
    return planLegacyUrls(legacyInput({ ...site, pages }, { section: head.section, pages, urls: head.urls }), { ...options, assets: assetLookup(assets, pages) });
  } finally {
    reader.close();
  }
}

// The job comes as the first message, so nothing holds it once the legacy URLs are planned: its
// pages and rows are a large site's hundreds of MB, which the maps do not read.
parentPort!.once('message', async (job: MapsJob) => {
  const { outDir, settings, previous } = job;
  try {
    const { records, aliases, findings } = planLegacy(job.legacy);
    (job as Partial<MapsJob>).legacy = undefined;
    post({ kind: 'legacy', aliases, findings });
    const record = await writeRedirectMaps(new StagedTree(outDir), outDir, { legacyUrls: records }, settings, previous);
    post({ kind: 'done', ok: true, record });
  } catch (error) {
    post(error instanceof Error ? { kind: 'done', ok: false, message: error.message, stack: error.stack } : { kind: 'done', ok: false, message: String(error) });
  }
});
