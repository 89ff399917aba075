// Map files written in pieces join to exactly the text one string would hold.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinedChunks } from '../../src/redirects/text-chunks.js';

function* lazily(lines: string[]): Generator<string> {
  yield* lines;
}

describe('joinedChunks', () => {
  it('joins to lines.join(separator) + end, for any lines, long or empty', () => {
    const line = fc.oneof(fc.string(), fc.constant(''), fc.string({ minLength: 20_000, maxLength: 70_000 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 300 }), fc.constantFrom('\n', '\r\n', ',\n'), fc.constantFrom('', '\n', '\n]}\n'), (lines, separator, end) => {
        expect([...joinedChunks(lazily(lines), separator, end)].join('')).toBe(lines.join(separator) + end);
      }),
      { seed: 7, numRuns: 80 },
    );
  });

  it('yields pieces of about 64 K characters, not one string', () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `line ${i}`);
    const pieces = [...joinedChunks(lazily(lines), '\n')];
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(66_000 + 20);
  });
});
