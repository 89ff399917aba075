// Back-pressure for the page loop: at most `size` pieces of work in flight. `add` waits for a free
// slot before starting the next one, so the producer (the loop over pages) never runs ahead of the
// workers and the writes, and memory stays flat whatever the site's size. The first failure is
// kept and rethrown by the next `add` or by `drain`.

export class Window {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | null = null;
  /** The producer waiting for a free slot (one producer: the page loop). */
  private wake: (() => void) | null = null;

  constructor(private readonly size: number) {}

  async add(work: () => Promise<void>): Promise<void> {
    // Woken by the piece of work that frees a slot (Promise.race over the running set would add
    // a reaction to every running promise on every call).
    while (this.running.size >= this.size) await new Promise<void>((resolve) => (this.wake = resolve));
    this.rethrow();
    const done: Promise<void> = work()
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => {
        this.running.delete(done);
        const wake = this.wake;
        this.wake = null;
        wake?.();
      });
    this.running.add(done);
  }

  async drain(): Promise<void> {
    await Promise.all(this.running);
    this.rethrow();
  }

  private rethrow(): void {
    if (this.failure) throw this.failure.error;
  }
}
