// File reads and writes overlapped with the review site's rendering: on a site of small pages
// the main thread otherwise waits on the file system for about a third of the time. Reads are
// issued a few pages ahead; writes go on while the next pages render, a bounded number at once.

import { readFile } from 'node:fs/promises';

/** Yields each file's text (null when it cannot be read) in order, reading up to `depth` files ahead. */
export async function* readAhead(paths: readonly string[], depth = 8): AsyncGenerator<string | null> {
  const pending: Array<Promise<string | null>> = [];
  let next = 0;
  const fill = () => {
    while (next < paths.length && pending.length < depth) pending.push(readFile(paths[next++], 'utf8').catch(() => null));
  };
  fill();
  while (pending.length) {
    const text = await pending.shift()!;
    fill();
    yield text;
  }
}

/**
 * Runs writes in the background, at most `limit` at once; `drain` waits for all and rethrows the
 * first failure. Two writes to one path run one after the other, so the last one wins as before.
 */
export class WriteBehind {
  private readonly inFlight = new Map<string, Promise<void>>();
  private failure: { error: unknown } | null = null;

  constructor(private readonly limit = 16) {}

  /** Starts `write` (after any running write to the same path); waits only when `limit` writes are running. */
  async add(path: string, write: () => Promise<void>): Promise<void> {
    this.throwIfFailed();
    const previous = this.inFlight.get(path) ?? Promise.resolve();
    const tracked: Promise<void> = previous
      .then(write)
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => {
        if (this.inFlight.get(path) === tracked) this.inFlight.delete(path);
      });
    this.inFlight.set(path, tracked);
    if (this.inFlight.size >= this.limit) await Promise.race(this.inFlight.values());
  }

  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight.values());
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
