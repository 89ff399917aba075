// Property tests for the tokenizer and the whole per-page conversion, on random Tiki-shaped
// input and on mutations of the golden fixtures:
//
//   - no exception escapes (convertTikiBody never throws);
//   - every finding has a valid position: both null, or a line of the source and a column
//     within that line (one past its end at most);
//   - the markdown re-parses (remark + GFM) to the tree it was written from.
//
// `npm test` runs FUZZ_RUNS (default 200) cases per property with a fixed seed; `npm run fuzz`
// runs 100,000 per robustness property with a random seed (printed, so a failure can be
// replayed). The round-trip properties always run 200 cases at the fixed seed.

import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { convertTikiBody } from '../../src/convert-page.js';
import { parseTiki } from '../../src/parse/index.js';
import { goldenLinks, goldenOptions } from '../helpers/golden-env.js';
import { parseMarkdown } from '../helpers/markdown-tree.js';
import { cleanParsed, expectedReparse, maskShortcodes } from '../helpers/reparse.js';
import { mutated, tikiText } from './arbitraries.js';
import { isDeepStrictEqual } from 'node:util';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? Date.now() : 20261126;
const params = { numRuns: runs, seed, endOnFailure: true };
/**
 * The round-trip comparison is stricter than "re-parses as markdown" and leans on remark's
 * reading of corner cases (its GFM autolinks differ from Goldmark's); it runs at the fixed seed.
 */
const roundTripParams = { numRuns: Math.min(runs, 200), seed: 20261126, endOnFailure: true };

const goldenDir = new URL('../golden/', import.meta.url);
const fixtures = readdirSync(goldenDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => readFileSync(new URL(`${e.name}/input.tiki`, goldenDir), 'utf8'));

/** No exception, and every finding points into the source. */
function checkRobust(source: string, unsafe: boolean): boolean {
  const { findings } = convertTikiBody(source, goldenLinks, goldenOptions(unsafe ? 'x-unsafe' : 'x'));
  checkPositions(source, findings);
  return true;
}

function checkPositions(source: string, findings: ReturnType<typeof convertTikiBody>['findings']): void {
  const lines = source.split('\n');
  for (const f of findings) {
    if (f.line === null || f.column === null) {
      if (f.line !== f.column) throw new Error(`finding ${f.ruleId} has line ${f.line} but column ${f.column}`);
      continue;
    }
    if (f.line < 1 || f.line > lines.length) throw new Error(`finding ${f.ruleId} at line ${f.line} of ${lines.length}`);
    if (f.column < 1 || f.column > lines[f.line - 1].length + 1) throw new Error(`finding ${f.ruleId} at ${f.line}:${f.column} past the line end`);
  }
}

/** The markdown re-parses (remark + GFM) to the tree it was written from. */
function checkRoundTrip(source: string, unsafe: boolean): boolean {
  const { tree, markdown, findings } = convertTikiBody(source, goldenLinks, goldenOptions(unsafe ? 'x-unsafe' : 'x'));
  checkPositions(source, findings);
  const reparsed = cleanParsed(parseMarkdown(maskShortcodes(markdown)));
  if (!isDeepStrictEqual(reparsed, expectedReparse(tree))) {
    throw new Error(`markdown does not re-parse to its tree:\n--- markdown\n${markdown}\n--- source\n${JSON.stringify(source)}`);
  }
  return true;
}

describe(`conversion properties (${runs} runs each, seed ${seed})`, () => {
  it('the tokenizer never throws and its nodes stay inside the source', () => {
    fc.assert(
      fc.property(tikiText, (source) => {
        const { tree } = parseTiki(source);
        for (const b of tree.children) if (b.start < 0 || b.end > source.length || b.start > b.end) return false;
        return true;
      }),
      params,
    );
  });

  it('random Tiki-shaped pages convert without an exception, every finding inside the source', () => {
    fc.assert(fc.property(tikiText, fc.boolean(), (source, unsafe) => checkRobust(source, unsafe)), params);
  });

  it('mutated golden fixtures convert without an exception, every finding inside the source', () => {
    fc.assert(fc.property(mutated(fixtures), fc.boolean(), (source, unsafe) => checkRobust(source, unsafe)), params);
  });

  it('random Tiki-shaped pages: the markdown re-parses to the tree it was written from (both HTML policies)', () => {
    fc.assert(fc.property(tikiText, fc.boolean(), (source, unsafe) => checkRoundTrip(source, unsafe)), roundTripParams);
  });

  it('mutated golden fixtures: the markdown re-parses to the tree it was written from', () => {
    fc.assert(fc.property(mutated(fixtures), (source) => checkRoundTrip(source, false)), roundTripParams);
  });
});
