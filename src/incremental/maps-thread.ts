// The legacy URL plan and the redirect maps beside the rest of the run. Planning the legacy URLs
// (about ten records per page, a large site's largest structure) and writing the maps from them
// (gigabytes of text at 100k pages) are a large site's longest single-threaded jobs, and the
// conversion needs only their smallest result: each page's Hugo aliases. So a thread of its own
// (maps-worker.ts) is started with what legacy planning reads (legacyJob: plain data, the pages
// without their bodies, which it reads from the body store); it answers with the aliases and the
// plan findings (`legacy`), then writes the maps into the run's staging folder while the pool
// converts pages, and answers with the manifest's record (`done`). The records never exist on
// the main thread, whose heap every one of its collections walks while it feeds the workers.
//
// Node 20 cannot run a .ts worker: the thread loads the built maps-worker.js (pool/built-file.ts).

import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { AssetPlan } from '../assets/asset-types.js';
import { InputError } from '../load/input-error.js';
import type { SiteModel } from '../load/site-model.js';
import type { PlanHead } from '../plan/build-plan.js';
import type { LegacyOptions, LegacySite } from '../plan/legacy-urls.js';
import type { Finding } from '../report/finding.js';
import type { BodyIndex } from '../pool/body-store.js';
import { builtFile } from '../pool/built-file.js';
import { legacyOptions } from '../redirects/index.js';
import type { RedirectSettings } from '../redirects/model.js';
import type { RedirectMapsRecord } from './redirect-maps.js';

/** What legacy URL planning needs, as data a thread can be started with. */
export interface LegacyJob {
  /** Pages in page_id order without `data` (read from `bodies`), and the rows that name other URLs. */
  site: LegacySite;
  head: Pick<PlanHead, 'section' | 'urls'>;
  /** The options that shape legacy URLs, but for the asset lookup, which the thread builds from `assets`. */
  options: Omit<LegacyOptions, 'assets'>;
  assets: AssetPlan;
  bodies: BodyIndex;
}

/** What the maps thread is sent once started (a message, not workerData, which it could never let go). */
export interface MapsJob {
  /** The output folder (its staging folder is written; the live files are read for reuse). */
  outDir: string;
  legacy: LegacyJob;
  settings: RedirectSettings;
  previous: RedirectMapsRecord | undefined;
}

/** What the legacy URL plan gives the rest of the run. */
export interface LegacyAnswer {
  /** page_id → Hugo front-matter aliases. */
  aliases: Map<number, string[]>;
  findings: Finding[];
}

/** The thread's messages: the legacy plan's answer, then what the manifest records — or why it could not. */
export type MapsMessage = ({ kind: 'legacy' } & LegacyAnswer) | { kind: 'done'; ok: true; record: RedirectMapsRecord } | { kind: 'done'; ok: false; message: string; stack?: string };

/** The job for `site`, whose pages' bodies are in the body store `bodies` (spillBodies). */
export function legacyJob(site: SiteModel, head: PlanHead, options: LegacyOptions, bodies: BodyIndex): LegacyJob {
  return {
    site: {
      pages: head.pages.map((page) => ({ ...page, data: '' })),
      structures: site.structures.map(({ pageRefId, pageId }) => ({ pageRefId, pageId })),
      relations: site.relations,
      preferences: site.preferences,
      renames: site.renames,
      customRoutes: site.customRoutes,
      redirectPages: site.redirectPages,
      attachments: site.attachments.map(({ id, page }) => ({ id, page })),
      files: site.files?.map(({ id }) => ({ id })),
    },
    head: { section: head.section, urls: head.urls },
    options: legacyOptions(options),
    assets: head.assets,
    bodies,
  };
}

export class MapsThread {
  private readonly worker: Worker;
  /** Settles with the aliases and findings once the legacy URLs are planned. */
  readonly legacy: Promise<LegacyAnswer>;
  /** Settles once the maps are staged; rejects when they cannot be. */
  readonly done: Promise<RedirectMapsRecord>;

  /**
   * `input` names the site in the error given when the thread runs out of heap. Its heap: the
   * thread holds the legacy plan's claims and records, then the records and the maps' model, about
   * what the whole plan took on the main thread when it was planned there, which the heap guard
   * allows up to three quarters of the limit. Half as much again keeps it from running out first.
   */
  constructor(job: MapsJob, input: string, limitMb = Math.ceil((getHeapStatistics().heap_size_limit / 2 ** 20) * 1.5)) {
    this.worker = new Worker(builtFile(import.meta.url, 'maps-worker.js'), { resourceLimits: { maxOldGenerationSizeMb: limitMb } });
    this.worker.postMessage(job);
    let planned: ((answer: LegacyAnswer) => void) | null = null;
    let written: ((record: RedirectMapsRecord) => void) | null = null;
    const failed: Array<(error: Error) => void> = [];
    this.legacy = new Promise((resolve, reject) => {
      planned = resolve;
      failed.push(reject);
    });
    this.done = new Promise((resolve, reject) => {
      written = resolve;
      failed.push(reject);
    });
    // A failure fails both answers (one already settled ignores it).
    const fail = (error: Error) => failed.forEach((reject) => reject(error));
    let finished = false;
    this.worker.on('message', (message: MapsMessage) => {
      if (message.kind === 'legacy') return planned!({ aliases: message.aliases, findings: message.findings });
      finished = true;
      if (message.ok) written!(message.record);
      else fail(Object.assign(new Error(message.message), { stack: message.stack }));
    });
    this.worker.once('error', (error: Error & { code?: string }) => {
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return fail(error);
      const pages = job.legacy.site.pages.length;
      const suggestedMb = Math.max(8192, Math.ceil((limitMb * 2) / 1024) * 1024);
      fail(new InputError(input, null, `the legacy URLs of ${pages} pages and their redirect maps ran out of the ${limitMb} MB heap their thread gets (1.5× Node's heap limit)`, `a larger heap: run again with NODE_OPTIONS=--max-old-space-size=${suggestedMb} (in MB)`));
    });
    this.worker.once('exit', (code) => {
      if (!finished) fail(new Error(`the redirect-map thread stopped (exit code ${code}) before the maps were written`));
    });
    // Nobody may be waiting yet when it fails; the run takes the failure up when it awaits them.
    this.legacy.catch(() => undefined);
    this.done.catch(() => undefined);
  }

  /** Stops the thread (a run that failed elsewhere), so nothing is written into staging after it is removed. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
