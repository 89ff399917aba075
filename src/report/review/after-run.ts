// The reports built after a run's findings.json is written: reports/junit.xml and the review
// site. Called once from the pipeline, which hands over its spilled findings (read twice, never
// held), and by `tiki2md review`, which reads findings.json back.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StagedTree } from '../../emit/write-tree.js';
import type { Finding } from '../finding.js';
import { junitXmlChunks, type JunitTally } from '../junit.js';
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

/**
 * `findings`: the run's findings in report order, each call a new pass. Without it, or when the
 * review site is built (it shows every page's findings), reports/findings.json is read back.
 * `junit`: junit.xml's tally of those same findings, when the caller made it on an earlier pass.
 */
export async function writeCiAndReview(config: AfterRunConfig, pages: readonly ReviewSource[], findings?: () => Iterable<Finding>, junit?: JunitTally): Promise<void> {
  const review = !config.dryRun && config.review !== false;
  const all = review || !findings ? (JSON.parse(await readFile(join(config.reports, 'findings.json'), 'utf8')) as Finding[]) : null;
  const tree = new StagedTree(config.reports);
  await tree.begin();
  await tree.writeChunks('junit.xml', junitXmlChunks(pages.map((p) => ({ id: p.page.id, name: p.page.name })), all ? () => all : findings!, junit));
  await tree.commit();
  if (review) await writeReviewSite(pages, all!, { reportsDir: config.reports, outDir: config.out, section: config.section });
}
