// The two per-page passes of a run, on the worker pool or (pool = null) in this thread:
//   headingAnchors  every wiki page's heading-anchor map, for rewriting `((Page|#anchor))`: one
//                   task per thread, so it runs while the main thread plans;
//   convertPages    every planned page's body through convertPlannedBody (its lookups recorded
//                   for the run manifest), each result handed to `onPage` as it arrives (any
//                   order), with at most 32 pages per thread in flight so the loop never runs
//                   ahead of the workers or of the writes; on the pool, a few pages per task
//                   (page-batches.ts). A page the previous run left unchanged (`reuse`) is
//                   handed over without converting. The sink puts the front matter on a body
//                   (the run may still be planning the pages' aliases).
// On the pool a page that cannot be converted (time or memory limit, crashed worker) becomes a
// page-failed finding and the fallback file, as a page whose conversion throws does.

import { join } from 'node:path';
import type { Config } from '../config.js';
import { failedBody } from '../convert-planned.js';
import { convertRecordedBody, type RecordedBody, type RecordedPage } from '../incremental/convert-recorded.js';
import type { Page } from '../load/site-model.js';
import type { LinkTargets } from '../normalize/link-targets.js';
import { planLinkTargets } from '../plan/link-targets.js';
import { planResources } from '../plan/page-resources.js';
import type { Plan, PlannedPage } from '../plan/plan-types.js';
import type { BodyIndex } from './body-store.js';
import { writeRunContext } from './context.js';
import type { PagePool } from './page-pool.js';
import { headingMap } from './worker.js';
import type { ConvertResult, HeadingsResult } from './tasks.js';
import { PageBatches } from './page-batches.js';
import { Window } from './window.js';

export type Anchors = Map<number, Map<string, string>>;

/**
 * Pages in flight per pool thread (in batches of up to 8, page-batches.ts): enough to keep every
 * thread busy while results are written and through the main thread's garbage-collection pauses
 * (a large site's plan makes its heap large).
 */
const perThread = 32;

/**
 * `known`: maps of pages whose body did not change since the previous run (not parsed again).
 * On the pool, `bodies` is the body store the pages were spilled to (spillBodies): workers read
 * the bodies there. The pool gets one task per thread, a contiguous share of the bodies of about
 * equal size, so the pass goes on while this thread is busy planning (a task in batches would wait
 * for it between batches); the worker restarts the task's clock at each page, so the time limit
 * stays per page. A share that fails (time or memory limit, crashed worker) is done again in
 * batches, and a batch that fails page by page, so only the culprit goes without anchors.
 */
export async function headingAnchors(pages: readonly Page[], config: Config, pool: PagePool | null, known: ReadonlyMap<number, [string, string][] | null> = new Map(), bodies: BodyIndex | null = null): Promise<Anchors> {
  const anchors: Anchors = new Map();
  for (const [id, pairs] of known) if (pairs) anchors.set(id, new Map(pairs));
  const wiki = pages.filter((p) => !p.isHtml && !known.has(p.id));
  const results: HeadingsResult = new Array(wiki.length).fill(null);
  const anamesWritten = config.rawHtml === 'unsafe';
  if (pool === null) {
    wiki.forEach((p, i) => (results[i] = headingMap(p.data, anamesWritten)));
  } else {
    if (bodies === null) throw new Error('headingAnchors on the pool needs the body store');
    const spans = wiki.map((p): [number, number] => bodies.spans.get(p.id) ?? [0, 0]);
    const run = async (from: number, to: number): Promise<boolean> => {
      const r = await pool.run<HeadingsResult>({ kind: 'headings', bodies: bodies.path, spans: spans.slice(from, to), anamesWritten });
      if (r.ok) r.value.forEach((pairs, k) => (results[from + k] = pairs));
      return r.ok;
    };
    await Promise.all(
      [...shares(spans, pool.threads)].map(async ([start, end]) => {
        if (await run(start, end)) return;
        for (const [from, to] of batches(spans, start, end)) {
          if (await run(from, to)) continue;
          for (let k = from; k < to; k++) if (!(await run(k, k + 1))) results[k] = null;
        }
      }),
    );
  }
  wiki.forEach((page, i) => {
    const pairs = results[i];
    if (pairs) anchors.set(page.id, new Map(pairs));
  });
  return anchors;
}

/** `count` contiguous [start, end) ranges of bodies ([offset, length] each) of about equal total length. */
function* shares(spans: readonly [number, number][], count: number): Generator<[number, number]> {
  const total = spans.reduce((sum, [, length]) => sum + length, 0);
  let start = 0;
  let size = 0;
  for (let i = 0, n = 1; i < spans.length; i++) {
    size += spans[i][1];
    if (n < count && size >= (total * n) / count) {
      yield [start, i + 1];
      start = i + 1;
      n++;
    }
  }
  if (start < spans.length) yield [start, spans.length];
}

/** [start, end) ranges within [from, to): up to 256 pages or 512 KB per heading task. */
function* batches(spans: readonly [number, number][], from: number, to: number): Generator<[number, number]> {
  let start = from;
  let size = 0;
  for (let i = from; i < to; i++) {
    size += spans[i][1];
    if (i + 1 - start >= 256 || size >= 512 * 1024) {
      yield [start, i + 1];
      start = i + 1;
      size = 0;
    }
  }
  if (start < to) yield [start, to];
}

/** A page's body converted in this run, or the previous run's file reused as it is. */
export type PageOutcome = { converted: RecordedBody } | { reused: RecordedPage };

export type PageSink = (planned: PlannedPage, outcome: PageOutcome) => Promise<void>;

/** The previous run's result for a page, or null when the page must be converted. */
export type Reuse = (planned: PlannedPage, links: LinkTargets) => Promise<RecordedPage | null>;

/**
 * On the pool, `bodies` is the body store the pages were spilled to (the workers read them there).
 * Once `stop` is aborted (the run failed elsewhere) no further page is started.
 */
export async function convertPages(plan: Plan, anchors: Anchors, config: Config, pool: PagePool | null, workDir: string, onPage: PageSink, reuse: Reuse = async () => null, bodies: BodyIndex | null = null, stop?: AbortSignal): Promise<void> {
  const links = planLinkTargets(plan, anchors);
  if (pool === null) {
    for (const planned of plan.pages) {
      stop?.throwIfAborted();
      const previous = await reuse(planned, links);
      if (previous) {
        await onPage(planned, { reused: previous });
        continue;
      }
      // The body is read once (a run's page.data reads it from the body store on every access).
      const page = { ...planned, page: { ...planned.page, data: planned.page.data } };
      await onPage(planned, { converted: convertRecordedBody(page, links, config, planResources(plan, page)) });
    }
    return;
  }
  if (bodies === null) throw new Error('convertPages on the pool needs the body store');
  const context = join(workDir, 'context');
  writeRunContext(context, config, plan, anchors, bodies);

  const convert = (pages: readonly PlannedPage[]) => pool.run<ConvertResult>({ kind: 'convert', context, pageIds: pages.map((p) => p.page.id) });
  const batches = new PageBatches(
    async (pages) => {
      const r = await convert(pages);
      return r.ok ? r.value : null;
    },
    async (planned) => {
      const r = await convert([planned]);
      return r.ok ? r.value[0] : { ...failedBody(planned, r.reason), dependencies: [] };
    },
    (planned) => bodies.spans.get(planned.page.id)?.[1] ?? 0,
  );
  // Reuse checks share the window with conversions: each reads the previous file from disk, and
  // an unchanged re-run made one after the other waited on the disk for every page. A page waiting
  // in a batch holds its place in the window, which is larger than a batch, so batches fill.
  const window = new Window(pool.threads * perThread);
  for (const planned of plan.pages) {
    stop?.throwIfAborted();
    await window.add(async () => {
      const previous = await reuse(planned, links);
      if (previous) return onPage(planned, { reused: previous });
      await onPage(planned, { converted: await batches.convert(planned) });
    });
  }
  batches.flush();
  await window.drain();
}
