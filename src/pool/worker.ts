// The conversion worker (piscina runs this module's default export in each thread). It holds the
// run context (read once per context file) and answers tasks.ts messages with plain data:
// page ids and body-store places in, strings and finding objects out — never trees.

import { convertRecordedBody, type RecordedBody } from '../incremental/convert-recorded.js';
import { anchorMap, headingIds, pageAnames } from '../normalize/heading-ids.js';
import { parseTiki } from '../parse/index.js';
import { planResources } from '../plan/page-resources.js';
import { BodyReader } from './body-store.js';
import { readRunContext, type WorkerRun } from './context.js';
import type { ConvertTask, HeadingsResult, HeadingsTask, TimedTask } from './tasks.js';

let run: { path: string; value: WorkerRun } | null = null;

function context(path: string): WorkerRun {
  if (run?.path !== path) {
    run?.value.bodies.close();
    run = { path, value: readRunContext(path) };
  }
  return run.value;
}

/** Any {ANAME} anchor, which can sit inside any paragraph (plugin names are case-insensitive). */
const ANAME = /aname/i;

/**
 * The heading-anchor map of one page body (null when it cannot be parsed). Only the headings'
 * text is parsed, unless the body may hold {ANAME} anchors, which are looked for everywhere.
 */
export function headingMap(source: string, anamesWritten: boolean): [string, string][] | null {
  try {
    const blocks = parseTiki(source, { headingsOnly: !ANAME.test(source) }).tree.children;
    return [...anchorMap(headingIds(blocks), anamesWritten, pageAnames(blocks))];
  } catch {
    return null;
  }
}

let store: { path: string; reader: BodyReader } | null = null;

/** `started` restarts the task's clock at each page: a task may hold thousands, the time limit is per page. */
function headings(task: HeadingsTask, started: () => void): HeadingsResult {
  if (store?.path !== task.bodies) {
    store?.reader.close();
    store = { path: task.bodies, reader: new BodyReader({ path: task.bodies, spans: new Map() }) };
  }
  const reader = store.reader;
  return task.spans.map((span) => {
    started();
    return headingMap(reader.readSpan(span), task.anamesWritten);
  });
}

/** `started` restarts the task's clock at each page, as for headings. */
export function convert(task: ConvertTask, started: () => void): RecordedBody[] {
  const { config, plan, links } = context(task.context);
  return task.pageIds.map((id) => {
    started();
    const known = plan.byId.get(id);
    if (!known) throw new Error(`page ${id} is not in the run context`);
    // The body is read from the body store once (page.data reads it on every access).
    const planned = { ...known, page: { ...known.page, data: known.page.data } };
    return convertRecordedBody(planned, links, config, planResources(plan, planned));
  });
}

export default function handle({ task, clock }: TimedTask): HeadingsResult | RecordedBody[] {
  const starts = new Int32Array(clock.buffer);
  const started = () => Atomics.store(starts, clock.slot, Math.max(1, Date.now() - clock.epoch));
  started();
  return task.kind === 'headings' ? headings(task, started) : convert(task, started);
}
