// `tiki2md diff OLD NEW`: what changed between two runs (output folders or run folders holding
// output/ and reports/). Writes reports/diff.md, diff.json and review/diff.html; prints the
// summary. Exit 0 whether or not anything changed.

import { InputError } from '../load/input-error.js';
import { compareRuns, resolveRun } from '../report/diff/compare-runs.js';
import { summaryLine, writeDiffReports } from '../report/diff/render-diff.js';

interface DiffFlags {
  reports?: string;
  oldFindings?: string;
  newFindings?: string;
}

export async function diffCommand(oldPath: string, newPath: string, flags: DiffFlags): Promise<number> {
  const reports = flags.reports ?? 'reports';
  const runs = [
    [oldPath, flags.oldFindings],
    [newPath, flags.newFindings],
  ].map(([path, findings]) => {
    try {
      return resolveRun(path!, findings);
    } catch (e) {
      throw new InputError(path!, null, (e as Error).message.replace(/^[^:]*: /, ''), 'an output folder of tiki2md convert, or a folder holding output/ and reports/');
    }
  });
  const diff = compareRuns(runs[0], runs[1]);
  await writeDiffReports(reports, diff);
  process.stdout.write(`tiki2md diff: ${summaryLine(diff)} → ${reports}/diff.md\n`);
  return 0;
}
