// The conversion worker (piscina runs this module's default export in each thread). It holds the
// run context (read once per context file) and answers tasks.ts messages with plain data:
// strings and finding objects in, strings and finding objects out — never trees.

import { convertRecorded, type RecordedPage } from '../incremental/convert-recorded.js';
import { anchorMap, headingIds, pageAnames } from '../normalize/heading-ids.js';
import { parseTiki } from '../parse/index.js';
import { planResources } from '../plan/page-resources.js';
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

export function headings(task: HeadingsTask): HeadingsResult {
  return task.sources.map((source) => {
    try {
      const blocks = parseTiki(source).tree.children;
      return [...anchorMap(headingIds(blocks), task.anamesWritten, pageAnames(blocks))];
    } catch {
      return null;
    }
  });
}

export function convert(task: ConvertTask): RecordedPage {
  const { config, plan, links } = context(task.context);
  const known = plan.byId.get(task.pageId);
  if (!known) throw new Error(`page ${task.pageId} is not in the run context`);
  const planned = { ...known, page: { ...known.page, data: task.source } };
  return convertRecorded(planned, links, config, planResources(plan, planned));
}

export default function handle({ task, clock }: TimedTask): HeadingsResult | RecordedPage {
  Atomics.store(new Int32Array(clock.buffer), clock.slot, Math.max(1, Date.now() - clock.epoch));
  return task.kind === 'headings' ? headings(task) : convert(task);
}
