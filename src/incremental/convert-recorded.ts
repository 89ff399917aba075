// convertPlannedPage with its lookups recorded: the page file, its findings and the dependencies
// a later run checks before reusing it (dependencies.ts). Used by the worker and the in-thread path.

import type { Config } from '../config.js';
import { convertPlannedPage, type ConvertedPage } from '../convert-planned.js';
import type { LinkTargets } from '../normalize/link-targets.js';
import type { PageResources } from '../normalize/page-resources.js';
import type { PlannedPage } from '../plan/plan-types.js';
import { recordLookups, type Dependency } from './dependencies.js';

export interface RecordedPage extends ConvertedPage {
  dependencies: Dependency[];
  /** A page reused from the previous run: its file as it is on disk (staged as is, not rewritten). */
  kept?: string;
}

export function convertRecorded(planned: PlannedPage, links: LinkTargets, config: Config, resources?: PageResources): RecordedPage {
  const recorder = recordLookups(links, resources);
  const page = convertPlannedPage(planned, recorder.links, config, recorder.resources);
  return { ...page, dependencies: recorder.dependencies() };
}
