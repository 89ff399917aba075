// The two per-page passes of a run, on the worker pool or (pool = null) in this thread:
//   headingAnchors  every wiki page's heading-anchor map, for rewriting `((Page|#anchor))`;
//   convertPages    every planned page through convertPlannedPage (its lookups recorded for the
//                   run manifest), each result handed to `onPage` as it arrives (any order), with
//                   at most 16 tasks per thread in flight so the loop never runs ahead of the
//                   workers or of the writes. A page the previous run left unchanged (`reuse`)
//                   is handed over without converting.
// On the pool a page that cannot be converted (time or memory limit, crashed worker) becomes a
// page-failed finding and the fallback file, as a page whose conversion throws does.

import { join } from 'node:path';
import type { Config } from '../config.js';
import { failedPage } from '../convert-planned.js';
import { convertRecorded, type RecordedPage } from '../incremental/convert-recorded.js';
import type { Page } from '../load/site-model.js';
import type { LinkTargets } from '../normalize/link-targets.js';
import { planLinkTargets } from '../plan/link-targets.js';
import { planResources } from '../plan/page-resources.js';
import type { Plan, PlannedPage } from '../plan/plan-types.js';
import type { BodyIndex } from './body-store.js';
import { writeRunContext } from './context.js';
import type { PagePool } from './page-pool.js';
import { headingMaps } from './worker.js';
import type { ConvertResult, HeadingsResult, HeadingsTask } from './tasks.js';
import { Window } from './window.js';

export type Anchors = Map<number, Map<string, string>>;

/**
 * Tasks in flight per pool thread: enough to keep every thread busy while results are written and
 * through the main thread's garbage-collection pauses (a large site's plan makes its heap large).
 */
const perThread = 16;

/**
 * `known`: maps of pages whose body did not change since the previous run (not parsed again).
 * On the pool, `bodies` is the body store the pages were spilled to (spillBodies): workers read
 * the bodies there.
 */
export async function headingAnchors(pages: readonly Page[], config: Config, pool: PagePool | null, known: ReadonlyMap<number, [string, string][] | null> = new Map(), bodies: BodyIndex | null = null): Promise<Anchors> {
  const anchors: Anchors = new Map();
  for (const [id, pairs] of known) if (pairs) anchors.set(id, new Map(pairs));
  const wiki = pages.filter((p) => !p.isHtml && !known.has(p.id));
  const results: HeadingsResult = new Array(wiki.length).fill(null);
  const anamesWritten = config.rawHtml === 'unsafe';
  if (pool === null) {
    headingMaps(wiki.map((p) => p.data), anamesWritten).forEach((r, i) => (results[i] = r));
  } else {
    if (bodies === null) throw new Error('headingAnchors on the pool needs the body store');
    const spans = wiki.map((p): [number, number] => bodies.spans.get(p.id) ?? [0, 0]);
    const task = (from: number, to: number): HeadingsTask => ({ kind: 'headings', bodies: bodies.path, spans: spans.slice(from, to), anamesWritten });
    const window = new Window(pool.threads * perThread);
    for (const [start, end] of batches(spans)) {
      await window.add(async () => {
        const r = await pool.run<HeadingsResult>(task(start, end));
        if (r.ok) return r.value.forEach((pairs, k) => (results[start + k] = pairs));
        // A batch that overran: each page on its own, so only the culprit goes without anchors.
        for (let k = start; k < end; k++) {
          const one = await pool.run<HeadingsResult>(task(k, k + 1));
          results[k] = one.ok ? one.value[0] : null;
        }
      });
    }
    await window.drain();
  }
  wiki.forEach((page, i) => {
    const pairs = results[i];
    if (pairs) anchors.set(page.id, new Map(pairs));
  });
  return anchors;
}

/** [start, end) ranges of bodies ([offset, length] each): up to 256 pages or 512 KB per heading task. */
function* batches(spans: readonly [number, number][]): Generator<[number, number]> {
  let start = 0;
  let size = 0;
  for (let i = 0; i < spans.length; i++) {
    size += spans[i][1];
    if (i + 1 - start >= 256 || size >= 512 * 1024) {
      yield [start, i + 1];
      start = i + 1;
      size = 0;
    }
  }
  if (start < spans.length) yield [start, spans.length];
}

export type PageSink = (planned: PlannedPage, result: RecordedPage, reused: boolean) => Promise<void>;

/** The previous run's result for a page, or null when the page must be converted. */
export type Reuse = (planned: PlannedPage, links: LinkTargets) => Promise<RecordedPage | null>;

/** On the pool, `bodies` is the body store the pages were spilled to (the workers read them there). */
export async function convertPages(plan: Plan, anchors: Anchors, config: Config, pool: PagePool | null, workDir: string, onPage: PageSink, reuse: Reuse = async () => null, bodies: BodyIndex | null = null): Promise<void> {
  const links = planLinkTargets(plan, anchors);
  if (pool === null) {
    for (const planned of plan.pages) {
      const previous = await reuse(planned, links);
      if (previous) {
        await onPage(planned, previous, true);
        continue;
      }
      // The body is read once (a run's page.data reads it from the body store on every access).
      const page = { ...planned, page: { ...planned.page, data: planned.page.data } };
      await onPage(planned, convertRecorded(page, links, config, planResources(plan, page)), false);
    }
    return;
  }
  if (bodies === null) throw new Error('convertPages on the pool needs the body store');
  const context = join(workDir, 'context');
  writeRunContext(context, config, plan, anchors, bodies);

  // Reuse checks share the window with conversions: each reads the previous file from disk, and
  // an unchanged re-run made one after the other waited on the disk for every page.
  const window = new Window(pool.threads * perThread);
  for (const planned of plan.pages) {
    await window.add(async () => {
      const previous = await reuse(planned, links);
      if (previous) return onPage(planned, previous, true);
      const r = await pool.run<ConvertResult>({ kind: 'convert', context, pageId: planned.page.id });
      await onPage(planned, r.ok ? r.value : { ...failedPage(planned, config, r.reason), dependencies: [] }, false);
    });
  }
  await window.drain();
}
