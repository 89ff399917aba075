// Blobs spilled while loading: each handle reads back exactly its bytes, holds none of them in
// memory, and the scratch file leaves nothing behind in the temporary folder.

import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlobStore } from '../../src/load/blob-store.js';

const scratchFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('tiki2md-blobs-'));

describe('BlobStore', () => {
  it('reads back every stored value exactly, in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 5000 }), { maxLength: 40 }), (values) => {
        const store = new BlobStore();
        const handles = values.map((v) => store.store(v));
        for (const i of [...values.keys()].reverse()) {
          expect(handles[i].length).toBe(values[i].length);
          expect(handles[i].read()).toEqual(values[i]);
        }
        store.close();
      }),
      { seed: 11, numRuns: 40 },
    );
  });

  it('keeps its scratch file off the file system (unlinked while open)', () => {
    const before = scratchFolders();
    const store = new BlobStore();
    const handle = store.store(new Uint8Array([1, 2, 3]));
    expect(scratchFolders()).toEqual(before);
    expect(handle.read()).toEqual(new Uint8Array([1, 2, 3]));
    store.close();
    expect(() => handle.read()).toThrow(/closed/);
  });

  it('lets the stored bytes go: a handle keeps only where they are', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const store = new BlobStore();
    let bytes: Uint8Array | null = new Uint8Array(1 << 20).fill(7);
    const stored = new WeakRef(bytes);
    const handle = store.store(bytes);
    bytes = null;
    // Collection happens after the current task; give it a few turns.
    for (let i = 0; i < 5 && stored.deref(); i++) {
      await new Promise((resolve) => setImmediate(resolve));
      gc();
    }
    expect(stored.deref()).toBeUndefined();
    expect(handle.read()).toEqual(new Uint8Array(1 << 20).fill(7));
    store.close();
  });
});
