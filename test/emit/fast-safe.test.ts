// The faster escaper and phrasing (emit/fast-safe.ts: unsafe patterns narrowed to those that can
// match; text-peek.ts: a prefix peek for long text; fast-phrasing.ts) change no byte: every page
// of the sample and of a generated site, and random phrasing full of markdown punctuation,
// stringify exactly as with the stock handlers.

import type { PhrasingContent, Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, type Handle, type Options } from 'mdast-util-to-markdown';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { Random } from '../../scripts/gen/random.js';
import { buildSite } from '../../scripts/gen/site.js';
import { pageBody } from '../../scripts/gen/body.js';
import { convertTikiBody } from '../../src/convert-page.js';
import { markdownOptions, toMarkdownText } from '../../src/emit/markdown.js';
import type { LinkTargets } from '../../src/normalize/link-targets.js';
import { samplePages } from '../helpers/sample.js';

const stockText: Handle = (node, parent, state, info) => defaultHandlers.text(node, parent, state, info).replace(/\{(?=\{)|(?<=\{)\{/g, '&#123;');
const stock = unified()
  .use(remarkStringify, { ...markdownOptions, handlers: { ...markdownOptions.handlers, root: defaultHandlers.root, text: stockText, link: defaultHandlers.link, break: defaultHandlers.break } as Options['handlers'] })
  .data('toMarkdownExtensions', [gfmToMarkdown({ tablePipeAlign: false })])
  .freeze();

const links: LinkTargets = {
  knowsPages: true,
  resolve: (name) => (name.length % 4 === 0 ? { status: 'missing' } : { status: 'exact', target: { pageName: name, url: `/pages/${name.length}_x*y/`, anchors: null } }),
};

describe('fast escaping', async () => {
  const site = buildSite(150, 11);
  const bodies = [...(await samplePages()).filter((p) => !p.isHtml).map((p) => p.data), ...site.pages.filter((p) => !p.isHtml).map((p) => pageBody(site, p))];

  it('stringifies every page of the sample and of a generated site like the stock handlers', () => {
    for (const body of bodies) {
      const tree = convertTikiBody(body, links, { headingOffset: 0 }).tree;
      expect(toMarkdownText(tree)).toBe(stock.stringify(tree));
    }
  });

  it('stringifies random punctuation-heavy phrasing like the stock handlers', () => {
    const rng = new Random(5, 'fuzz');
    const alphabet = 'ab  \t\n*_`#>+-=.!:[]()<>{}|~\\&;0123456789\'"éあ😀';
    const text = (max: number) => Array.from({ length: rng.int(0, max) }, () => alphabet[rng.int(0, alphabet.length - 1)]).join('');
    const phrasing = (depth: number): PhrasingContent[] =>
      Array.from({ length: rng.int(1, 6) }, (): PhrasingContent => {
        const kind = depth > 2 ? 0 : rng.int(0, 6);
        if (kind <= 2) return { type: 'text', value: text(rng.chance(0.3) ? 400 : 20) };
        if (kind === 3) return { type: 'strong', children: phrasing(depth + 1) };
        if (kind === 4) return { type: 'emphasis', children: phrasing(depth + 1) };
        if (kind === 5) return { type: 'link', url: text(10), title: null, children: phrasing(depth + 1) };
        return { type: 'inlineCode', value: text(10) };
      });
    for (let i = 0; i < 800; i++) {
      const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: phrasing(0) }, { type: 'heading', depth: 2, children: phrasing(1) }] };
      expect(toMarkdownText(tree)).toBe(stock.stringify(tree));
    }
  });
});
