// mdast → markdown text: remark-stringify's engine (mdast-util-to-markdown) with GFM, plus:
//
//   definitionList   Term⏎: Definition, entries separated by a blank line
//   text             `{{` never reaches Hugo as a shortcode opener: each brace of a pair is
//                    written as the character reference &#123; (renders as "{")
//   unsafe           a `:` at the start of a line is escaped, or Goldmark would read a
//                    definition list that the author did not write
//
// and, for speed only (each writes exactly what the stock code writes, see test/emit/):
//
//   root             installs the faster escaper (fast-safe.ts), phrasing (fast-phrasing.ts) and
//                    flow (fast-flow.ts)
//   break, link      the stock handlers with fast paths (hard-break.ts, link.ts)

import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, type Handle, type Info, type Options, type State } from 'mdast-util-to-markdown';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { installFastFlow } from './fast-flow.js';
import { installFastPhrasing, type TextWriter } from './fast-phrasing.js';
import { hardBreak } from './hard-break.js';
import { link } from './link.js';
import { installFastSafe, type SafeBetween } from './fast-safe.js';
import { textPeek } from './text-peek.js';
import type { DefinitionList, RawMarkdown } from './mdast-extensions.js';

const textHandler: Handle = (node, parent, state, info) => noShortcodeOpener(defaultHandlers.text(node, parent, state, info));
const text = Object.assign(textHandler, { peek: textPeek(textHandler) });

/** `{{` never reaches Hugo as a shortcode opener. */
export function noShortcodeOpener(out: string): string {
  return out.includes('{{') ? out.replace(/\{(?=\{)|(?<=\{)\{/g, '&#123;') : out;
}

/**
 * What `text` writes for a value between two characters: the stock text handler is `state.safe`
 * with them (called without a config object when the fast escaper is in).
 */
function textWriter(state: State, safe: SafeBetween | undefined): TextWriter {
  if (safe) return (value, before, after) => noShortcodeOpener(safe(value, before, after));
  return (value, before, after) => noShortcodeOpener(state.safe(value, { before, after }));
}

/** The stock root handler, after swapping in the faster (identical-output) escaper, phrasing and flow. */
const root: Handle = (node, parent, state, info) => {
  installFastPhrasing(state, text, textWriter(state, installFastSafe(state)));
  installFastFlow(state);
  return defaultHandlers.root(node, parent, state, info);
};

/** Phrasing written the way a paragraph writes it (same unsafe-character scope). */
function phrasing(state: State, node: DefinitionList['children'][number], info: Info): string {
  const exitParagraph = state.enter('paragraph');
  const exitPhrasing = state.enter('phrasing');
  const value = state.containerPhrasing(node, info);
  exitPhrasing();
  exitParagraph();
  return value;
}

const definitionList: Handle = (node: DefinitionList, _parent, state, info) => {
  const entries: string[] = [];
  for (let i = 0; i < node.children.length; i += 2) {
    const term = node.children[i];
    const description = node.children[i + 1];
    const termText = phrasing(state, term, { ...info, before: '\n', after: '\n' });
    const descText = description ? phrasing(state, description, { ...info, before: ' ', after: '\n' }) : '';
    // A term without a definition is written alone (an empty `: ` line would read as nothing).
    entries.push(descText ? `${termText}\n: ${descText}` : termText);
  }
  return entries.join('\n\n');
};

const rawMarkdown: Handle = (node: RawMarkdown) => node.value;

export const markdownOptions: Options = {
  bullet: '-',
  bulletOther: '*',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  resourceLink: false,
  handlers: { root, text, break: hardBreak, link, definitionList, rawMarkdown } as Options['handlers'],
  unsafe: [{ character: ':', atBreak: true }],
};

/** remark-stringify with GFM (tables, strikethrough, autolinks), frozen once per process. */
const processor = unified()
  .use(remarkStringify, markdownOptions)
  .data('toMarkdownExtensions', [gfmToMarkdown({ tablePipeAlign: false })])
  .freeze();

export function toMarkdownText(tree: Root): string {
  return processor.stringify(tree);
}
