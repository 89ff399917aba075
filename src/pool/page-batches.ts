// Pages go to the pool in small batches: one task converts a few pages and answers with their
// results together. Each task and each answer costs both threads a message, a wake-up and a
// structured clone; at one page per task that overhead was a quarter of the main thread's work per
// page, and the main thread (which also puts the front matter on every page and writes it) sets
// the pace of a large run. A batch is sent once it holds `maxPages` pages or `maxBytes` of source,
// or when `flush` is called (the last pages of a run). A batch that fails (time or memory limit,
// crashed worker) is done again page by page, so only the page at fault goes without its body.

import type { RecordedBody } from '../incremental/convert-recorded.js';
import type { PlannedPage } from '../plan/plan-types.js';

/** Converts a batch of pages; null when the batch as a whole could not be converted. */
export type ConvertBatch = (pages: readonly PlannedPage[]) => Promise<RecordedBody[] | null>;

/** Converts one page on its own, whatever happens (a failed page comes back as its fallback). */
export type ConvertAlone = (page: PlannedPage) => Promise<RecordedBody>;

interface Waiting {
  planned: PlannedPage;
  done: (result: RecordedBody) => void;
  failed: (error: unknown) => void;
}

export class PageBatches {
  private waiting: Waiting[] = [];
  private bytes = 0;

  constructor(
    private readonly batch: ConvertBatch,
    private readonly alone: ConvertAlone,
    /** Source length of a page (its share of a batch). */
    private readonly sizeOf: (planned: PlannedPage) => number,
    private readonly maxPages = 8,
    private readonly maxBytes = 128 * 1024,
  ) {}

  /** The page's result, once its batch is done. */
  convert(planned: PlannedPage): Promise<RecordedBody> {
    const result = new Promise<RecordedBody>((done, failed) => this.waiting.push({ planned, done, failed }));
    this.bytes += this.sizeOf(planned);
    if (this.waiting.length >= this.maxPages || this.bytes >= this.maxBytes) this.flush();
    return result;
  }

  /** Sends the pages waiting, however few. */
  flush(): void {
    if (this.waiting.length === 0) return;
    const sent = this.waiting;
    this.waiting = [];
    this.bytes = 0;
    this.run(sent).catch((error: unknown) => sent.forEach((w) => w.failed(error)));
  }

  private async run(sent: Waiting[]): Promise<void> {
    const results = await this.batch(sent.map((w) => w.planned));
    if (results !== null) {
      sent.forEach((w, i) => w.done(results[i]));
      return;
    }
    // One at a time, in order: at most one page of the batch is at fault, and each try of it costs up to the time limit.
    for (const w of sent) w.done(await this.alone(w.planned));
  }
}
