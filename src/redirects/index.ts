// Every redirect artefact of a run, written from the plan's legacy URL records (the single
// source of every map). Called once by the pipeline; one file per target format in this folder.

import { join } from 'node:path';
import type { StagedTree } from '../emit/write-tree.js';
import type { Plan } from '../plan/plan-types.js';
import { redirectsCsv } from './csv.js';

export const REDIRECTS_DIR = 'redirects';

export async function writeRedirects(out: StagedTree, plan: Plan): Promise<void> {
  await out.write(join(REDIRECTS_DIR, 'redirects.csv'), redirectsCsv(plan.legacyUrls));
}
