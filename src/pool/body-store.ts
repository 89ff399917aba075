// Page bodies on disk: one temporary file of UTF-8 bodies back to back and an index page id →
// (offset, length). Written once by the main thread right after loading (spillBodies), so a large
// site's bodies are not held in memory; read by any thread: the main thread when it hashes a page,
// a worker when it parses or converts one or expands {include page=…}. Reads are positional and
// synchronous, so a reader needs no state but the file and the index.

import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { Page } from '../load/site-model.js';

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
    return span === undefined ? null : this.readSpan(span);
  }

  /** The body stored at [offset, length]. */
  readSpan([offset, length]: readonly [number, number]): string {
    this.fd ??= openSync(this.index.path, 'r');
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, bytes, done, length - done, offset + done);
      if (n === 0) throw new Error(`${this.index.path}: the body at ${offset} is truncated`);
      done += n;
    }
    return bytes.toString('utf8');
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * Writes every page's body to `path` and replaces each page (in place) with a StoredPage that
 * reads it from there when asked for.
 */
export function spillBodies(pages: Page[], path: string): { index: BodyIndex; reader: BodyReader } {
  const writer = new BodyWriter(path);
  for (const page of pages) writer.add(page.id, page.data);
  const index = writer.close();
  const reader = new BodyReader(index);
  for (let i = 0; i < pages.length; i++) pages[i] = readLazily(pages[i], reader);
  return { index, reader };
}

/**
 * A page whose body is read from the body store when asked for (`data`), never held. The getter
 * is the class's, so `{ ...page, data: source }` does not read it and the object keeps V8's fast
 * layout: an accessor defined on each page object turned it into a dictionary, five times the
 * memory (80 MB per thread at 100k pages).
 */
export class StoredPage {
  readonly #bodies: BodyReader;
  readonly #id: number;

  constructor(page: Page, bodies: BodyReader) {
    // Every field but the body, in the page's own order (optional ones only when present).
    const fields = this as unknown as Record<string, unknown>;
    for (const key of Object.keys(page) as (keyof Page)[]) if (key !== 'data') fields[key] = page[key];
    this.#bodies = bodies;
    this.#id = page.id;
  }

  get data(): string {
    return this.#bodies.read(this.#id) ?? '';
  }
}

/** A copy of `page` whose `data` is read from the body store (and never held). */
export function readLazily(page: Page, bodies: BodyReader): Page {
  return new StoredPage(page, bodies) as unknown as Page;
}
