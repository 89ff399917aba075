// A site too large for the JavaScript heap would end the run with V8's out-of-memory crash (a
// native stack trace) minutes later. Once the plan is built — the largest structure a run holds —
// the heap in use is compared with the heap limit: past three quarters of it, the run stops
// with a one-line error that says how to give Node more heap, and nothing is written.

import { getHeapStatistics, type HeapInfo } from 'node:v8';
import { InputError } from './load/input-error.js';

const GB = 1024 ** 3;

export function checkHeapHeadroom(input: string, pages: number, heap: Pick<HeapInfo, 'used_heap_size' | 'heap_size_limit'> = getHeapStatistics()): void {
  const { used_heap_size: used, heap_size_limit: limit } = heap;
  if (used <= 0.75 * limit) return;
  const suggestedMb = Math.max(8192, Math.ceil((used * 2.5) / GB) * 1024);
  throw new InputError(
    input,
    null,
    `the plan of ${pages} pages already uses ${(used / GB).toFixed(1)} GB of Node's ${(limit / GB).toFixed(1)} GB heap; converting would run out of memory`,
    `a larger heap: run again with NODE_OPTIONS=--max-old-space-size=${suggestedMb} (in MB)`,
  );
}
