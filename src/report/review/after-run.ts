// The reports built after a run's findings.json is written: reports/junit.xml and the review
// site. Called once from the pipeline (and by `tiki2md review`); reads findings back from disk
// so it does not depend on how the page loop collected them.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StagedTree } from '../../emit/write-tree.js';
import type { Finding } from '../finding.js';
import { junitXml } from '../junit.js';
import { writeReviewSite, type ReviewSource } from './write-review.js';

export interface AfterRunConfig {
  out: string;
  reports: string;
  section: string;
  /** A dry run left output/ as it was: the review site would show stale pages, so it is not rebuilt. */
  dryRun?: boolean;
  /** False (`--no-review`): skip the review site (it renders every page, ~10–15 ms each); junit.xml is still written. */
  review?: boolean;
}

export async function writeCiAndReview(config: AfterRunConfig, pages: readonly ReviewSource[]): Promise<void> {
  const findings = JSON.parse(await readFile(join(config.reports, 'findings.json'), 'utf8')) as Finding[];
  const tree = new StagedTree(config.reports);
  await tree.begin();
  await tree.write('junit.xml', junitXml(pages.map((p) => ({ id: p.page.id, name: p.page.name })), findings));
  await tree.commit();
  if (!config.dryRun && config.review !== false) await writeReviewSite(pages, findings, { reportsDir: config.reports, outDir: config.out, section: config.section });
}
