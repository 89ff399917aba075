// The manifest lines of the run being made. Pages finish in any order and a large site has many,
// so each page's line goes to a scratch file as it arrives, with only (offset, length) kept per
// page; the manifest is then written from the scratch file in page_id order.

import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { pageLine, type ManifestPage } from './manifest.js';

export class RunRecord {
  private readonly fd: number;
  private offset = 0;
  private readonly spans = new Map<number, [number, number]>();

  constructor(scratchPath: string) {
    this.fd = openSync(scratchPath, 'w+');
  }

  add(page: ManifestPage): void {
    const bytes = Buffer.from(pageLine(page), 'utf8');
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.offset + done);
    this.spans.set(page.id, [this.offset, bytes.length]);
    this.offset += bytes.length;
  }

  /** Every page's line in page_id order; the scratch file is closed after the last. */
  *lines(): Generator<string> {
    try {
      for (const id of [...this.spans.keys()].sort((a, b) => a - b)) {
        const [offset, length] = this.spans.get(id)!;
        const bytes = Buffer.alloc(length);
        let done = 0;
        while (done < length) done += readSync(this.fd, bytes, done, length - done, offset + done);
        yield bytes.toString('utf8');
      }
    } finally {
      closeSync(this.fd);
    }
  }
}
