// Findings of a whole run without holding them all: they are buffered, and each full buffer is
// sorted and written to disk as a run (one JSON finding per line); `sorted()` merges the runs
// and the last buffer into one list in report order. The order is total (compareFindings, then
// the finding's JSON text), so the merged list does not depend on which run a finding landed in —
// that is, on the order pages finished in.

import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmp, compareFindings, type Finding } from './finding.js';

export function findingOrder(a: Finding, b: Finding): number {
  return compareFindings(a, b) || cmp(JSON.stringify(a), JSON.stringify(b));
}

export class FindingSpill {
  private buffer: Finding[] = [];
  private readonly runs: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly runSize = 25_000,
  ) {}

  add(findings: readonly Finding[]): void {
    for (const f of findings) this.buffer.push(f);
    if (this.buffer.length >= this.runSize) this.spill();
  }

  /** Every finding added so far, in report order. May be called more than once. */
  *sorted(): Generator<Finding> {
    this.buffer.sort(findingOrder);
    const sources: Array<Iterator<Finding>> = [...this.runs.map((path) => readRun(path)), this.buffer[Symbol.iterator]()];
    const heads: Array<Finding | undefined> = sources.map((s) => s.next().value as Finding | undefined);
    for (;;) {
      let best = -1;
      for (let i = 0; i < heads.length; i++) {
        const head = heads[i];
        if (head !== undefined && (best < 0 || findingOrder(head, heads[best]!) < 0)) best = i;
      }
      if (best < 0) return;
      yield heads[best]!;
      heads[best] = sources[best].next().value as Finding | undefined;
    }
  }

  private spill(): void {
    this.buffer.sort(findingOrder);
    const path = join(this.dir, `findings-${this.runs.length}.jsonl`);
    writeFileSync(path, this.buffer.map((f) => JSON.stringify(f)).join('\n') + '\n');
    this.runs.push(path);
    this.buffer = [];
  }
}

/** The findings of one run file, read in 1 MB pieces. */
function* readRun(path: string): Generator<Finding> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(1 << 20);
    let rest = Buffer.alloc(0);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      let data = rest.length ? Buffer.concat([rest, chunk.subarray(0, n)]) : Buffer.from(chunk.subarray(0, n));
      let start = 0;
      for (let nl = data.indexOf(0x0a, start); nl >= 0; nl = data.indexOf(0x0a, start)) {
        if (nl > start) yield JSON.parse(data.toString('utf8', start, nl)) as Finding;
        start = nl + 1;
      }
      rest = data.subarray(start);
      data = rest;
    }
    if (rest.length) yield JSON.parse(rest.toString('utf8')) as Finding;
  } finally {
    closeSync(fd);
  }
}
