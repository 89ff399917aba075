// Kill-safety: a conversion killed with SIGKILL at any moment leaves either the previous output
// or none (never a half-written file), and re-running gives exactly the output of a run that was
// never interrupted.

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { readTree } from '../helpers/tree.js';

function args(dir: string): string[] {
  return ['convert', '--input', 'input', '--out', join(dir, 'output'), '--reports', join(dir, 'reports')];
}

/** Starts a conversion and kills it with SIGKILL after `ms` milliseconds. */
function killAfter(dir: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}src/cli/main.ts`, ...args(dir)], { cwd: repoRoot, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('killed conversions', () => {
  const reference = mkdtempSync(join(tmpdir(), 'tiki2md-kill-ref-'));
  expect(runCli(args(reference)).status).toBe(0);
  const expected = { output: readTree(join(reference, 'output')), reports: readTree(join(reference, 'reports')) };

  // Deterministic spread of kill points across start-up, loading, converting and writing.
  for (const [ms, previous] of [[500, false], [1200, true], [1900, true], [2600, true]] as const) {
    it(`killed after ${ms} ms${previous ? ' over a previous run' : ''}, then re-run: identical to an uninterrupted run`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tiki2md-kill-'));
      if (previous) expect(runCli(args(dir)).status).toBe(0);
      await killAfter(dir, ms);
      // Whatever the kill left, every file outside the staging folder is whole: the same bytes
      // an uninterrupted run writes (files are only ever moved into place complete).
      for (const sub of ['output', 'reports'] as const) {
        let left: Map<string, Buffer>;
        try {
          left = readTree(join(dir, sub));
        } catch {
          continue; // killed before the folder existed
        }
        for (const [path, bytes] of left) {
          if (path.startsWith('.tiki2md-staging')) continue;
          expect(expected[sub].get(path)?.equals(bytes), `${sub}/${path} after the kill`).toBe(true);
        }
      }
      const result = runCli(args(dir));
      expect(result.status, result.stderr).toBe(0);
      for (const sub of ['output', 'reports'] as const) {
        const actual = readTree(join(dir, sub));
        expect([...actual.keys()]).toEqual([...expected[sub].keys()]);
        for (const [path, bytes] of expected[sub]) expect(actual.get(path)?.equals(bytes), `${sub}/${path}`).toBe(true);
        expect(readdirSync(join(dir, sub)).some((f) => f.startsWith('.tiki2md-staging'))).toBe(false);
      }
    });
  }
});
