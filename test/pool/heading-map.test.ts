// The heading pass parses only the headings' text (parseTiki's headingsOnly) unless a body may
// hold {ANAME} anchors. Its anchor maps must be exactly those of a full parse: over every page of
// the sample, every golden input, and random Tiki-shaped text with headings, under both anchor
// settings (raw HTML kept or not).

import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorMap, headingIds, pageAnames } from '../../src/normalize/heading-ids.js';
import { parseTiki } from '../../src/parse/index.js';
import { headingMap } from '../../src/pool/worker.js';
import { tikiPiece } from '../fuzz/arbitraries.js';
import { samplePages } from '../helpers/sample.js';

function fullMap(source: string, anamesWritten: boolean): [string, string][] {
  const blocks = parseTiki(source).tree.children;
  return [...anchorMap(headingIds(blocks), anamesWritten, pageAnames(blocks))];
}

const golden = new URL('../golden/', import.meta.url);
const goldenInputs = readdirSync(golden, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => readFileSync(new URL(`${d.name}/input.tiki`, golden), 'utf8'));

const withHeadings = fc
  .array(fc.oneof({ weight: 8, arbitrary: tikiPiece }, { weight: 3, arbitrary: fc.constantFrom('\n!', '\n!!', '\n!#', '\n!+', '\n!!!-', ' {ANAME()}here{ANAME} ', '{aname}x{aname}') }), { maxLength: 80 })
  .map((parts) => parts.join(''));

describe('the heading pass', () => {
  it('gives the full parse\'s anchor map for every sample page and golden input', async () => {
    const sources = [...(await samplePages()).filter((p) => !p.isHtml).map((p) => p.data), ...goldenInputs];
    expect(sources.length).toBeGreaterThan(100);
    for (const written of [false, true]) for (const source of sources) expect(headingMap(source, written)).toEqual(fullMap(source, written));
  });

  it('gives the full parse\'s anchor map for random text with headings and anchors', () => {
    fc.assert(
      fc.property(withHeadings, fc.boolean(), (source, written) => {
        expect(headingMap(source, written)).toEqual(fullMap(source, written));
      }),
      { numRuns: 3000 },
    );
  });

  it('parses only the headings\' text when asked', () => {
    const source = '!Title\nSome __bold__ text\n* item ((Link))\n!!Second';
    const blocks = parseTiki(source, { headingsOnly: true }).tree.children;
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'heading']);
    expect(blocks.map((b) => ('children' in b ? b.children.length : 0))).toEqual([1, 0, 1, 1]);
  });
});
