// The fast paths of the serializer (emit/fast-safe.ts, fast-phrasing.ts, fast-attention.ts,
// attention-chunks.ts, character-kind.ts, text-peek.ts, fast-flow.ts, hard-break.ts, link.ts) change no byte: random
// trees stringify exactly as with the stock mdast-util-to-markdown code; `state.safe` (also
// without its config object) and the hard-break handler answer as the stock ones in every
// construct stack; peeks without escaping agree with the stock escaper; the character classes
// agree with micromark's.

import fc from 'fast-check';
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, toMarkdown, type ConstructName, type Handle, type Options, type State } from 'mdast-util-to-markdown';
import { classifyCharacter as micromarkClassify } from 'micromark-util-classify-character';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { classifyCharacter, firstCharacter } from '../../src/emit/character-kind.js';
import { installFastSafe } from '../../src/emit/fast-safe.js';
import { hardBreak } from '../../src/emit/hard-break.js';
import { markdownOptions, noShortcodeOpener, toMarkdownText } from '../../src/emit/markdown.js';
import { plainStart, startWindow } from '../../src/emit/text-peek.js';
import { documents, hostilePhrasing, longPhrasing, ordinaryPhrasing, punctuated } from './phrasing-arbitraries.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261126;

/** The same options with the stock root (no fast paths installed), the stock text handler (no peek) and the stock link and break handlers. */
const stockText: Handle = (node, parent, state, info) => defaultHandlers.text(node, parent, state, info).replace(/\{(?=\{)|(?<=\{)\{/g, '&#123;');
const stock = unified()
  .use(remarkStringify, { ...markdownOptions, handlers: { ...markdownOptions.handlers, root: defaultHandlers.root, text: stockText, link: defaultHandlers.link, break: defaultHandlers.break } as Options['handlers'] })
  .data('toMarkdownExtensions', [gfmToMarkdown({ tablePipeAlign: false })])
  .freeze();

function same(tree: Root): void {
  expect(toMarkdownText(tree)).toBe(stock.stringify(tree));
}

describe('fast phrasing', () => {
  it('writes ordinary phrasing (the fast path) like the stock code', () => {
    fc.assert(fc.property(documents(ordinaryPhrasing), same), { numRuns: runs * 3, seed });
  });

  it('writes punctuation-heavy, nested phrasing (mostly fallbacks) like the stock code', () => {
    fc.assert(fc.property(documents(hostilePhrasing), same), { numRuns: runs * 3, seed });
  });

  it('writes long phrasing (serialized in pieces) with scheme and autolink-like links like the stock code', () => {
    fc.assert(fc.property(documents(longPhrasing), same), { numRuns: runs, seed });
  });

  it('writes attention between awkward neighbours like the stock code', () => {
    const neighbour = fc.oneof(punctuated, fc.constantFrom('', ' ', 'a', '*', '_', '~', '.', '\n', 'é', '😀', '\u00a0'));
    const inner = fc.oneof(punctuated, fc.constantFrom('a', ' a', 'a ', '.', '*', '_x_', '~', 'é', '😀'));
    const kind = fc.constantFrom('strong' as const, 'emphasis' as const, 'delete' as const);
    const tree = fc.array(fc.tuple(neighbour, kind, inner), { minLength: 1, maxLength: 4 }).map(
      (parts): Root => ({
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: parts.flatMap(([text, type, value]) => [
              ...(text ? [{ type: 'text' as const, value: text }] : []),
              { type, children: [{ type: 'text' as const, value }] },
            ]),
          },
        ],
      }),
    );
    fc.assert(fc.property(tree, same), { numRuns: runs * 5, seed });
  });
});

describe('fast safe', () => {
  const constructs = [
    'phrasing', 'paragraph', 'headingAtx', 'headingSetext', 'tableCell', 'table', 'tableRow', 'link', 'label', 'reference', 'image', 'autolink',
    'destinationRaw', 'destinationLiteral', 'titleQuote', 'titleApostrophe', 'codeFencedLangGraveAccent', 'codeFencedMetaTilde', 'strikethrough',
    'emphasis', 'strong', 'listItem', 'blockquote',
  ];
  const context = fc.oneof(punctuated, fc.constantFrom('', '\n', '# ', '[', '](', '|', '**', '~', ' ', '\\', '\\*', 'a'));

  it('answers as the stock safe in every construct stack', () => {
    let result: Array<[string, string]> = [];
    const check = (cases: Array<{ stack: string[]; before: string; value: string; after: string }>) => {
      toMarkdown({ type: 'root', children: [] }, {
        ...markdownOptions,
        extensions: [gfmToMarkdown({ tablePipeAlign: false })],
        handlers: {
          root: (_node, _parent, state: State) => {
            const original = state.safe;
            const expected = cases.map((c) => ((state.stack = c.stack as ConstructName[]), original.call(state, c.value, { before: c.before, after: c.after })));
            const between = installFastSafe(state)!;
            result = cases.map((c, i) => [((state.stack = c.stack as ConstructName[]), state.safe(c.value, { before: c.before, after: c.after })), expected[i]]);
            // The same escaper without a config object (what the text writer calls).
            cases.forEach((c, i) => result.push([((state.stack = c.stack as ConstructName[]), between(c.value, c.before, c.after)), expected[i]]));
            // A text peeked at (without escaping, or through its first characters) starts as the stock escaper (and shortcode guard) would write it.
            for (const c of cases) {
              const start = plainStart(c.value);
              state.stack = c.stack as ConstructName[];
              const first = firstCharacter(noShortcodeOpener(original.call(state, c.value, { before: '', after: '' })));
              if (start !== undefined) result.push([start, first]);
              result.push([firstCharacter(noShortcodeOpener(original.call(state, startWindow(c.value), { before: '', after: '' }))), first]);
            }
            // The hard-break handler answers as the stock one.
            for (const c of cases) {
              state.stack = c.stack as ConstructName[];
              const info = { before: c.before, after: c.after, now: { line: 1, column: 1 }, lineShift: 0 };
              result.push([hardBreak({ type: 'break' }, undefined, state, info), defaultHandlers.break({ type: 'break' }, undefined, state, info)]);
            }
            state.stack = [];
            return '';
          },
        },
      });
      for (const [actual, expected] of result) expect(actual).toBe(expected);
    };
    const value = fc.oneof(punctuated, fc.tuple(fc.constantFrom('a', 'Z', '0', '9', 'w', 'p'), punctuated).map(([a, b]) => a + b));
    const oneCase = fc.record({ stack: fc.subarray(constructs, { maxLength: 5 }), before: context, value, after: context });
    fc.assert(fc.property(fc.array(oneCase, { minLength: 1, maxLength: 20 }), check), { numRuns: runs, seed });
  });
});

describe('character classes', () => {
  it('classifies every UTF-16 code unit (and NaN) like micromark', () => {
    for (let code = 0; code <= 0xffff; code++) expect(classifyCharacter(code)).toBe(micromarkClassify(code));
    expect(classifyCharacter(Number.NaN)).toBe(micromarkClassify(Number.NaN));
  });
});
