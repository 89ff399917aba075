// A worker converts tens of thousands of pages and keeps one cache for the run: the hash of each
// link target's answer, keyed by the target's name. Names are sliced from page bodies, and a
// sliced string keeps the string it was cut from alive; the cache must not keep the bodies.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { flatCopy, recordLookups } from '../../src/incremental/dependencies.js';
import type { LinkTargets } from '../../src/normalize/link-targets.js';

describe('link answer hashes', () => {
  it('do not keep the page body a link name was sliced from', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const links: LinkTargets = { knowsPages: true, resolve: () => ({ status: 'missing' }) };
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        gc();
      }
      return process.memoryUsage().heapUsed;
    };
    const before = await settle();
    // A page of 32 MB (once flat) linking to a name cut from it (a sliced string points into it);
    // neither is held once the function returns.
    const convert = () => {
      const body = 'ab'.repeat(16 << 20);
      recordLookups(links, undefined).links.resolve(body.slice(1000, 1040));
    };
    convert();
    const after = await settle();
    // The body is gone: the heap grew by far less than its 32 MB.
    expect(after - before).toBeLessThan(8 << 20);
    expect(links.resolve('x')).toEqual({ status: 'missing' }); // links (and so the cache keyed by it) still alive
  });

  it('copy names exactly, lone surrogates included', () => {
    for (const text of ['', 'Page', 'Café Ωmega 😀', 'lone \ud800 high', 'lone \udc00 low', '\u0000nul']) {
      expect(flatCopy(text)).toBe(text);
    }
  });
});
