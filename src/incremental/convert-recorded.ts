// convertPlannedBody with its lookups recorded: the page body, its findings and the dependencies
// a later run checks before reusing it (dependencies.ts). Used by the worker and the in-thread
// path; the page's file is made from the body once its plan is final (pageFileOf).

import type { Config } from '../config.js';
import { convertPlannedBody, type ConvertedBody, type ConvertedPage } from '../convert-planned.js';
import type { LinkTargets } from '../normalize/link-targets.js';
import type { PageResources } from '../normalize/page-resources.js';
import type { PlannedPage } from '../plan/plan-types.js';
import { recordLookups, type Dependency } from './dependencies.js';

/** A converted page's body, findings and recorded lookups. */
export interface RecordedBody extends ConvertedBody {
  dependencies: Dependency[];
}

/** A page ready to be written: its file, findings and recorded lookups. */
export interface RecordedPage extends ConvertedPage {
  dependencies: Dependency[];
  /** A page reused from the previous run: its file as it is on disk (staged as is, not rewritten). */
  kept?: string;
}

export function convertRecordedBody(planned: PlannedPage, links: LinkTargets, config: Config, resources?: PageResources): RecordedBody {
  const recorder = recordLookups(links, resources);
  const page = convertPlannedBody(planned, recorder.links, config, recorder.resources);
  return { ...page, dependencies: recorder.dependencies() };
}
