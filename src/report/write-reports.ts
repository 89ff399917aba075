// Every report of a run, from one pass over the findings in report order (a generator, possibly
// merged from disk — finding-spill.ts), so findings.json is never built as one string nor the
// findings list held whole: summary and unconverted are tallied on the way; only the link and
// duplicate findings (a small share) are kept for their grouped reports.

import { StagedTree } from '../emit/write-tree.js';
import type { Finding } from './finding.js';
import { duplicateRules, linkRules } from './groups.js';
import { findingsJson, findingsJsonChunks } from './render-json.js';
import { brokenLinksMarkdown, duplicatesMarkdown, FindingTally, summaryFromTally, type RunStats } from './render-markdown.js';
import { UnconvertedTally, unconvertedJson, unconvertedMarkdown } from './unconverted.js';

export interface FindingCounts {
  total: number;
  error: number;
  warning: number;
  info: number;
}

/** `observe` is shown each finding as it passes (the run tallies junit.xml's header on the way). */
export async function writeReports(dir: string, findings: Iterable<Finding>, stats: RunStats, observe?: (f: Finding) => void): Promise<FindingCounts> {
  const reports = new StagedTree(dir);
  await reports.begin();
  const tally = new FindingTally();
  const unconverted = new UnconvertedTally();
  const links: Finding[] = [];
  const duplicates: Finding[] = [];
  function* observed(): Generator<Finding> {
    for (const f of findings) {
      tally.add(f);
      unconverted.add(f);
      if (linkRules.has(f.ruleId)) links.push(f);
      if (duplicateRules.has(f.ruleId)) duplicates.push(f);
      observe?.(f);
      yield f;
    }
  }
  await reports.writeChunks('findings.json', findingsJsonChunks(observed()));
  await reports.write('broken-links.md', brokenLinksMarkdown(links));
  await reports.write('broken-links.json', findingsJson(links));
  await reports.write('duplicates.md', duplicatesMarkdown(duplicates));
  await reports.write('duplicates.json', findingsJson(duplicates));
  await reports.write('summary.md', summaryFromTally(tally, stats));
  const entries = unconverted.entries();
  await reports.write('unconverted.md', unconvertedMarkdown(entries));
  await reports.write('unconverted.json', unconvertedJson(entries));
  await reports.commit();
  return { total: tally.total, error: tally.count('error'), warning: tally.count('warning'), info: tally.count('info') };
}
