// Converted pages that come before the plan is final. On a full run the pool converts bodies while
// the redirect-map thread is still planning the legacy URLs, and with them each page's aliases,
// which go into the front matter: a page converted before then waits, and is written once the
// final plan is given (`settle`); every later one is written as it comes. On a large site a third
// or more of the pages come first, so the waiting pages go to a scratch file (v8 serialization,
// one after another) instead of the heap, which would otherwise hold their bodies, findings and
// lookups all at once.

import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Plan, PlannedPage } from '../plan/plan-types.js';
import type { PageOutcome, PageSink } from './convert-pages.js';

/** Writes one page given its final plan entry. */
export type PageWriter = (planned: PlannedPage, outcome: PageOutcome) => Promise<void>;

export class PlanGate {
  private plan: Plan | null = null;
  private closed = false;
  private fd: number | null = null;
  private end = 0;
  /** The waiting pages: id, and where the outcome is in the scratch file. */
  private readonly waiting: Array<[id: number, offset: number, length: number]> = [];
  /** One buffer for reading the waiting pages back, grown as needed. */
  private buffer = Buffer.alloc(0);

  /** `scratch`: the file the waiting pages go to (made when the first one comes). */
  constructor(
    private readonly write: PageWriter,
    private readonly scratch: string,
  ) {}

  /** convertPages' sink: pages come with their draft plan entry; each is written with its final one. */
  readonly sink: PageSink = async (draft, outcome) => {
    if (this.closed) return; // the run failed: nothing more is written
    if (this.plan !== null) return this.write(this.final(this.plan, draft.page.id), outcome);
    const bytes = serialize(outcome);
    this.fd ??= openSync(this.scratch, 'w+');
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.end + done);
    this.waiting.push([draft.page.id, this.end, bytes.length]);
    this.end += bytes.length;
  };

  /** The final plan: the pages that waited for it are written now, in the order they came. */
  async settle(plan: Plan): Promise<void> {
    this.plan = plan;
    try {
      for (const [id, offset, length] of this.waiting) await this.write(this.final(plan, id), this.read(offset, length));
    } finally {
      this.release();
    }
  }

  /** The run failed: the waiting pages are let go and no page is written any more. */
  close(): void {
    this.closed = true;
    this.release();
  }

  private release(): void {
    this.waiting.length = 0;
    this.buffer = Buffer.alloc(0);
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** How many pages wait for the final plan. */
  get pending(): number {
    return this.waiting.length;
  }

  private read(offset: number, length: number): PageOutcome {
    if (this.buffer.length < length) this.buffer = Buffer.allocUnsafe(Math.max(length, 2 * this.buffer.length, 1 << 16));
    const bytes = this.buffer.subarray(0, length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd!, bytes, done, length - done, offset + done);
      if (n === 0) throw new Error(`${this.scratch}: a waiting page at ${offset} is truncated`);
      done += n;
    }
    return deserialize(bytes) as PageOutcome;
  }

  private final(plan: Plan, id: number): PlannedPage {
    const planned = plan.byId.get(id);
    if (planned === undefined) throw new Error(`page ${id} is not in the final plan`);
    return planned;
  }
}
