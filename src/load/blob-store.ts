// Attachment and gallery-file bytes out of memory: a dump's blobs (often most of its size) are
// written to one scratch file as their rows pass, and the site model keeps only where each one
// is (StoredBytes). The scratch file is unlinked as soon as it is open, so it takes no cleanup
// and vanishes with the process, whether the run ends, fails or is killed.

import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredBytes } from './site-model.js';

/** Bytes held as they are (empty values, tests, sources that hand over small values). */
export function bytesInMemory(bytes: Uint8Array): StoredBytes {
  return { length: bytes.length, read: () => bytes };
}

/** Closes a store's file once nothing can read from it any more (a model that was let go). */
const unreachable = new FinalizationRegistry<number>((fd) => closeSync(fd));

export class BlobStore {
  private fd: number | null = null;
  private offset = 0;

  /** Writes the bytes to the scratch file; the handle reads them back. */
  store(bytes: Uint8Array): StoredBytes {
    if (bytes.length === 0) return bytesInMemory(bytes);
    if (this.fd === null) {
      this.fd = openScratch();
      unreachable.register(this, this.fd, this);
    }
    const fd = this.fd;
    const at = this.offset;
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
    this.offset += bytes.length;
    // The handle must not mention `bytes`: a closure that did would keep every blob in memory.
    const length = bytes.length;
    return { length, read: () => this.readAt(at, length) };
  }

  private readAt(offset: number, length: number): Uint8Array {
    if (this.fd === null) throw new Error('the blob store is closed');
    const out = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, out, done, length - done, offset + done);
      if (n === 0) throw new Error(`blob store: ${length} bytes at ${offset} are truncated`);
      done += n;
    }
    return out;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    unreachable.unregister(this);
    this.fd = null;
  }
}

/** A read-write file no other process can reach by name. */
function openScratch(): number {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-blobs-'));
  const path = join(dir, 'blobs');
  const fd = openSync(path, 'w+');
  try {
    unlinkSync(path);
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // Systems that cannot unlink an open file: remove it when the process exits.
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return fd;
}
