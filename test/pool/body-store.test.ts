// The body store: page bodies written once to a scratch file, each page then reading its own
// back when asked for (a large site's bodies are never all in memory).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { Page } from '../../src/load/site-model.js';
import { readLazily, spillBodies } from '../../src/pool/body-store.js';

const page = (id: number, data: string, extra: Partial<Page> = {}): Page => ({
  id, name: `Page ${id}`, pageSlug: null, data, description: '', created: 1, lastModif: 2, user: 'u', creator: 'c', lang: 'en', isHtml: false, wysiwyg: false, ...extra,
});

describe('spillBodies', () => {
  it('replaces each page with one that reads its body from the store, every other field kept', () => {
    const bodies = ['! Heading\nText', '', 'Café 😀 \ud800 lone', 'x'.repeat(100_000)];
    const pages = bodies.map((data, i) => page(i + 1, data, i === 2 ? { originalName: 'CafÃ©' } : {}));
    const before = pages.map((p) => ({ ...p }));
    const { reader } = spillBodies(pages, join(mkdtempSync(join(tmpdir(), 'tiki2md-bodies-')), 'bodies'));
    try {
      pages.forEach((p, i) => {
        // Lone surrogates go through UTF-8 as U+FFFD, as the SQL text they came from would.
        expect(p.data).toBe(bodies[i].replace('\ud800', '\ufffd'));
        const { data, ...fields } = before[i];
        // Spreads and JSON leave the body out: copies of a page never hold it.
        expect({ ...p }).toEqual(fields);
        expect(Object.keys(p)).toEqual(Object.keys(fields));
        expect(JSON.parse(JSON.stringify(p))).toEqual(fields);
        expect({ ...p, data: 'x' }.data).toBe('x');
        expect(data).toBe(bodies[i]);
      });
      expect('originalName' in pages[0]).toBe(false);
      expect(pages[2].originalName).toBe('CafÃ©');
    } finally {
      reader.close();
    }
  });

  it('keeps V8 fast properties on stored pages (an accessor per object made each a dictionary, five times the memory)', () => {
    setFlagsFromString('--allow-natives-syntax');
    const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;
    const pages = [page(1, 'a'), page(2, 'b')];
    const { reader } = spillBodies(pages, join(mkdtempSync(join(tmpdir(), 'tiki2md-bodies-')), 'bodies'));
    try {
      expect(pages.every((p) => hasFastProperties(p))).toBe(true);
      expect(hasFastProperties(readLazily({ ...pages[0] }, reader))).toBe(true);
    } finally {
      reader.close();
    }
  });
});
