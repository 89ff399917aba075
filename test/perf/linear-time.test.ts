// Linear time on pathological pages: quadrupling the input at most roughly quadruples the time
// (quadratic behaviour would multiply it by 16; the bound of 8 leaves room for a busy machine).
// The test compares ratios (fastest of five runs), never wall-clock thresholds. A ratio is measured
// again up to twice when it is over the bound: another test's load can slow the large input's five
// runs (seen once while the 10k-page tests ran beside it), but quadratic time fails every time.

import { describe, expect, it } from 'vitest';
import { nameLinks } from '../../src/cli/render.js';
import { convertTikiBody } from '../../src/convert-page.js';
import { pathological } from './pathological.js';

const START = 50_000;
const MAX = 1_600_000;
/** Below this a run is too short to time reliably: the input is doubled until it is longer. */
const MIN_MS = 25;

function time(source: string): number {
  const t0 = performance.now();
  convertTikiBody(source, nameLinks('pages'), { headingOffset: 0 });
  return performance.now() - t0;
}

/** The fastest of five runs: interference (GC, other processes) only ever adds time. */
function fastest(f: () => number): number {
  return Math.min(f(), f(), f(), f(), f());
}

describe('pathological pages convert in linear time', () => {
  for (const [name, make] of Object.entries(pathological)) {
    it(name, { retry: 2 }, () => {
      let size = START;
      time(make(size)); // warm up the JIT
      while (size < MAX && fastest(() => time(make(size))) < MIN_MS) size *= 2;
      const small = make(size);
      const large = make(4 * size);
      const ratio = fastest(() => time(large)) / Math.max(1, fastest(() => time(small)));
      expect(ratio).toBeLessThan(8);
    });
  }
});
