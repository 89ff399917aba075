// `tiki2md diff OLD NEW`: what changed between two runs (output folders or run folders holding
// output/ and reports/, or two run manifests). Writes reports/diff.md, diff.json and review/diff.html; prints the
// summary. Exit 0 whether or not anything changed.

import { InputError } from '../load/input-error.js';
import { MANIFEST_PATH } from '../incremental/manifest.js';
import { compareManifests, isManifestFile, manifestOf } from '../report/diff/compare-manifests.js';
import { compareRuns, resolveRun, type RunDiff } from '../report/diff/compare-runs.js';
import { summaryLine, writeDiffReports } from '../report/diff/render-diff.js';

interface DiffFlags {
  reports?: string;
  oldFindings?: string;
  newFindings?: string;
}

export async function diffCommand(oldPath: string, newPath: string, flags: DiffFlags): Promise<number> {
  const reports = flags.reports ?? 'reports';
  const diff = isManifestFile(oldPath) || isManifestFile(newPath) ? manifestDiff(oldPath, newPath) : treeDiff(oldPath, newPath, flags);
  await writeDiffReports(reports, diff);
  process.stdout.write(`tiki2md diff: ${summaryLine(diff)} → ${reports}/diff.md\n`);
  return 0;
}

/** Either argument is a manifest file: both runs are read from their manifests. */
function manifestDiff(oldPath: string, newPath: string): RunDiff {
  const [a, b] = [oldPath, newPath].map((path) => {
    const manifest = manifestOf(path);
    if (manifest === null) throw new InputError(path, null, 'no run manifest found', `a ${MANIFEST_PATH} file, or an output folder holding one`);
    return manifest;
  });
  try {
    return compareManifests(a, b);
  } catch (e) {
    const message = (e as Error).message;
    const at = /^(.*?)(?::(\d+))?: (.*)$/.exec(message);
    throw new InputError(at?.[1] ?? a, at?.[2] ? Number(at[2]) : null, at?.[3] ?? message, 'a run manifest written by tiki2md convert');
  }
}

function treeDiff(oldPath: string, newPath: string, flags: DiffFlags): RunDiff {
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
  return compareRuns(runs[0], runs[1]);
}
