// Page bodies on disk: one temporary file of UTF-8 bodies back to back and an index page id →
// (offset, length). Written once by the main thread; read by any thread (a worker expanding
// {include page=…} reads the included body here instead of receiving every body it might need).
// Reads are positional and synchronous, so a worker needs no state but the file and the index.

import { closeSync, openSync, readSync, writeSync } from 'node:fs';

export interface BodyIndex {
  path: string;
  /** page id → [byte offset, byte length]. */
  spans: Map<number, [number, number]>;
}

export class BodyWriter {
  private readonly fd: number;
  private offset = 0;
  readonly index: BodyIndex;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
    this.index = { path, spans: new Map() };
  }

  /** Stores a page's body (the first one stored for an id wins). */
  add(pageId: number, body: string): void {
    if (this.index.spans.has(pageId)) return;
    const bytes = Buffer.from(body, 'utf8');
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.offset + done);
    this.index.spans.set(pageId, [this.offset, bytes.length]);
    this.offset += bytes.length;
  }

  close(): BodyIndex {
    closeSync(this.fd);
    return this.index;
  }
}

export class BodyReader {
  private fd: number | null = null;

  constructor(private readonly index: BodyIndex) {}

  /** The body of a page, or null when none was stored for that id. */
  read(pageId: number): string | null {
    const span = this.index.spans.get(pageId);
    if (span === undefined) return null;
    this.fd ??= openSync(this.index.path, 'r');
    const [offset, length] = span;
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, bytes, done, length - done, offset + done);
      if (n === 0) throw new Error(`${this.index.path}: body of page ${pageId} is truncated`);
      done += n;
    }
    return bytes.toString('utf8');
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
