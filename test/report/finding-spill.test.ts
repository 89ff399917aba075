// Streamed reports equal the in-memory ones: findings spilled to disk in small sorted runs and
// merged come out in the order a whole-list sort gives, and findings.json written in pieces has
// exactly the bytes of findingsJson.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random } from '../../scripts/gen/random.js';
import { compareFindings, type Finding } from '../../src/report/finding.js';
import { FindingSpill } from '../../src/report/finding-spill.js';
import { findingsJson, findingsJsonChunks } from '../../src/report/render-json.js';

function randomFindings(count: number): Finding[] {
  const rng = new Random(3, 'findings');
  return Array.from({ length: count }, () => ({
    ruleId: rng.pick(['link-broken', 'style-dropped', 'slug-collision', 'plugin-unknown']),
    severity: rng.pick(['error', 'warning', 'info'] as const),
    pageId: rng.chance(0.05) ? null : rng.int(1, 40),
    pageName: 'Page «é»',
    line: rng.chance(0.1) ? null : rng.int(1, 30),
    column: rng.int(1, 5),
    message: `message ${rng.int(1, 3)} "quoted"\nsecond line`,
    ...(rng.chance(0.5) ? { excerpt: `excerpt ${rng.int(1, 9)}` } : {}),
  }));
}

describe('FindingSpill', () => {
  const all = randomFindings(1000);

  it('merges runs into the order of one sort, whatever order findings arrive in', () => {
    const spill = new FindingSpill(mkdtempSync(join(tmpdir(), 'tiki2md-spill-')), 37);
    for (let i = 0; i < all.length; i += 13) spill.add(all.slice(i, i + 13));
    const merged = [...spill.sorted()];
    expect(merged).toHaveLength(all.length);
    for (let i = 1; i < merged.length; i++) expect(compareFindings(merged[i - 1], merged[i])).toBeLessThanOrEqual(0);
    expect(findingsJson(merged)).toBe(findingsJson([...all].sort(compareFindings)));
    const reversed = new FindingSpill(mkdtempSync(join(tmpdir(), 'tiki2md-spill-')), 50);
    reversed.add([...all].reverse());
    expect(findingsJson([...reversed.sorted()])).toBe(findingsJson(merged));
  });

  it('findings.json in pieces has the bytes of findingsJson', () => {
    expect([...findingsJsonChunks(all)].join('')).toBe(findingsJson(all));
    expect([...findingsJsonChunks([])].join('')).toBe(findingsJson([]));
  });

  it('findings.json in pieces has the bytes of findingsJson for any text, also with fields left undefined', () => {
    // Every UTF-16 unit (lone surrogates, U+2028, controls, quotes, backslashes) and fields a
    // finding read back from a spill run may lack.
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(null), fc.constant(undefined));
    const finding = fc.record(
      {
        ruleId: text,
        severity: fc.constantFrom('error', 'warning', 'info'),
        pageId: maybe(fc.integer()),
        pageName: maybe(text),
        line: maybe(fc.nat()),
        column: maybe(fc.nat()),
        message: text,
        excerpt: fc.option(text, { nil: undefined }),
      },
      { requiredKeys: ['ruleId', 'severity', 'message'] },
    ) as fc.Arbitrary<Finding>;
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 5 }), (findings) => {
        expect([...findingsJsonChunks(findings)].join('')).toBe(findingsJson(findings));
      }),
      { numRuns: 500 },
    );
  });
});
