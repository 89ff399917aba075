// How far V8 lets a heap grow before its next full collection. By default up to four times what
// the last one kept, and a large run has four heaps (main thread, two workers, the redirect-map
// thread) that churn through short-lived strings: at 100k pages they held 6.6 GB at peak, most of
// it garbage not yet collected. At 1.5× they held 4.5 GB, at the same wall time (README, Scale;
// 1.2× cost a fifth more time). The command line and the benchmark set it before any thread
// starts (V8 flags are the process's); a --heap-growing-percent of the user's own wins.

import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  const own = /--heap[-_]growing[-_]percent/;
  if (execArgv.some((arg) => own.test(arg)) || own.test(nodeOptions)) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
