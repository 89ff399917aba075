// A site whose plan fills most of the heap stops with a one-line error saying how to give Node
// more heap, instead of V8's out-of-memory crash minutes later.

import { describe, expect, it } from 'vitest';
import { checkHeapHeadroom } from '../../src/heap-guard.js';
import { InputError } from '../../src/load/input-error.js';

const GB = 1024 ** 3;

describe('heap headroom after planning', () => {
  it('lets a run go on while the plan uses up to three quarters of the heap', () => {
    expect(() => checkHeapHeadroom('site.sql', 10_000, { used_heap_size: 0.75 * 4 * GB, heap_size_limit: 4 * GB })).not.toThrow();
  });

  it('stops past that with the numbers and the option to set', () => {
    let error: unknown;
    try {
      checkHeapHeadroom('site.sql', 100_000, { used_heap_size: 3.7 * GB, heap_size_limit: 4.05 * GB });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const { file, problem, expected } = error as InputError;
    expect(file).toBe('site.sql');
    expect(problem).toBe("the plan of 100000 pages already uses 3.7 GB of Node's 4.0 GB heap; converting would run out of memory");
    expect(expected).toBe('a larger heap: run again with NODE_OPTIONS=--max-old-space-size=10240 (in MB)');
  });
});
