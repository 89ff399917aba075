// The command line keeps V8's heaps from growing far past what they hold, unless the user set
// the growth themselves.

import { describe, expect, it } from 'vitest';
import { limitHeapGrowth } from '../../src/heap-growth.js';

describe('limitHeapGrowth', () => {
  it("leaves a user's own --heap-growing-percent alone (command line or NODE_OPTIONS, either spelling)", () => {
    expect(limitHeapGrowth(['--heap-growing-percent=20'], '')).toBe(false);
    expect(limitHeapGrowth([], '--max-old-space-size=8192 --heap_growing_percent=30')).toBe(false);
  });

  it('sets it otherwise', () => {
    expect(limitHeapGrowth(['--max-semi-space-size=64'], '--max-old-space-size=8192')).toBe(true);
  });
});
