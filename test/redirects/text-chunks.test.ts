// Map files written in pieces join to exactly the text one string would hold.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinedChunks } from '../../src/redirects/text-chunks.js';

describe('joinedChunks', () => {
  it('joins to parts.join(separator) + end, for any number of parts', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 2500 }), fc.constantFrom('\n', '\r\n', ',\n'), fc.constantFrom('', '\n', '\n]}\n'), (parts, separator, end) => {
        expect([...joinedChunks(parts, separator, end)].join('')).toBe(parts.join(separator) + end);
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it('never holds more than a thousand parts in one piece', () => {
    const pieces = [...joinedChunks(Array.from({ length: 2500 }, (_, i) => String(i)), '\n')];
    expect(pieces).toHaveLength(3);
  });
});
