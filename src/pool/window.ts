// Back-pressure for the page loop: at most `size` pieces of work in flight. `add` waits for a free
// slot before starting the next one, so the producer (the loop over pages) never runs ahead of the
// workers and the writes, and memory stays flat whatever the site's size. The first failure is
// kept and rethrown by the next `add` or by `drain`.

export class Window {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | null = null;

  constructor(private readonly size: number) {}

  async add(work: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.size) await Promise.race(this.running);
    this.rethrow();
    const done: Promise<void> = work()
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.running.delete(done));
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
