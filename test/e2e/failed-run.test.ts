// A run that stops on an error after it began staging leaves the previous output exactly as it
// was: no staging folder, no half-written file. The error is raised from the pipeline's own
// stage hook (onPhase) at two points: after the heading pass (the redirect-map thread may still
// be writing into staging), and after every page file was staged. Runs on the real worker pool
// over the sample.

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { runConvert } from '../../src/pipeline.js';
import { sampleDump } from '../helpers/sample.js';
import { readTree } from '../helpers/tree.js';

describe('a run that fails after staging began', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-failed-run-'));
  const config = parseConfig({ input: sampleDump, out: join(dir, 'output'), reports: join(dir, 'reports'), jobs: 2, review: false }, 'test');
  await runConvert(config);
  const before = readTree(dir);

  for (const stage of ['headings', 'convert']) {
    it(`leaves the previous output and reports untouched (stopped after "${stage}")`, async () => {
      const stop = new Error(`stopped after ${stage}`);
      const failing = runConvert({ ...config, force: true }, undefined, {
        onPhase: (name) => {
          if (name === stage) throw stop;
        },
      });
      await expect(failing).rejects.toBe(stop);
      expect(existsSync(join(dir, 'output', '.tiki2md-staging'))).toBe(false);
      const after = readTree(dir);
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true);
    });
  }
});
