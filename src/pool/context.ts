// What every page conversion of a run shares, as plain data that crosses a thread boundary: the
// config, the planned pages (bodies left out), the heading-anchor maps and the asset plan, plus
// where the bodies are (body-store.ts). The main thread writes it once to a file (v8
// serialization); each worker reads it on its first task and rebuilds a Plan from it, so link
// targets and page resources come from the very functions the in-thread path uses
// (planLinkTargets, planResources) over the same data.

import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Config } from '../config.js';
import type { LinkTargets } from '../normalize/link-targets.js';
import { planLinkTargets } from '../plan/link-targets.js';
import { createPageIndex } from '../plan/page-index.js';
import type { Plan, PlannedPage } from '../plan/plan-types.js';
import { BodyReader, readLazily, type BodyIndex } from './body-store.js';

export interface RunContext {
  config: Config;
  section: string;
  /** Planned pages in page_id order, each with `page.data` emptied (bodies are in the body store). */
  pages: PlannedPage[];
  anchors: Map<number, Map<string, string>>;
  assets: Plan['assets'];
  bodies: BodyIndex;
}

/** The run context of `plan`, written to `path`. */
export function writeRunContext(path: string, config: Config, plan: Plan, anchors: Map<number, Map<string, string>>, bodies: BodyIndex): void {
  const pages = plan.pages.map((p) => ({ ...p, page: { ...p.page, data: '' } }));
  const context: RunContext = { config, section: plan.section, pages, anchors, assets: { ...plan.assets, redirects: [] }, bodies };
  writeFileSync(path, serialize(context));
}

/** A worker's view of the run: the Plan rebuilt around lazily read bodies, and the link targets. */
export interface WorkerRun {
  config: Config;
  plan: Plan;
  links: LinkTargets;
  bodies: BodyReader;
}

export function readRunContext(path: string): WorkerRun {
  const context = deserialize(readFileSync(path)) as RunContext;
  const bodies = new BodyReader(context.bodies);
  const pages = context.pages.map((p) => ({ ...p, page: readLazily(p.page, bodies) }));
  const plan: Plan = {
    section: context.section,
    pages,
    byId: new Map(pages.map((p) => [p.page.id, p])),
    index: createPageIndex(pages),
    legacyUrls: [],
    findings: [],
    assets: context.assets,
  };
  return { config: context.config, plan, links: planLinkTargets(plan, context.anchors), bodies };
}
