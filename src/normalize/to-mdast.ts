// Tiki tree → mdast: one handler per Tiki node type (handlers/, plugins/), in the style of
// hast-util-to-mdast. Block handlers return block content; inline handlers return phrasing
// content. Every lossy decision is a finding on the context.

import { append } from '../parse/append.js';
import type { BlockContent, PhrasingContent, RootContent, Text } from 'mdast';
import type { TikiBlock, TikiInline } from '../parse/tiki-tree.js';
import type { NormalizeContext } from './context.js';
import { blockComment, inlineComment } from './handlers/comment.js';
import { definitionList } from './handlers/definition-list.js';
import { inlineFormatting } from './handlers/formatting.js';
import { heading } from './handlers/heading.js';
import { externalLink, autolink } from './handlers/external-link.js';
import { list } from './handlers/list.js';
import { paragraph } from './handlers/paragraph.js';
import { preformatted } from './handlers/preformatted.js';
import { rule } from './handlers/rule.js';
import { table } from './handlers/table.js';
import { wikiLink } from './handlers/wiki-link.js';
import { blockPlugin, inlinePlugin } from './plugins/plugin.js';

/** Where phrasing content ends up: breaks and some constructs differ per place. */
export type InlinePlace = 'paragraph' | 'heading' | 'cell' | 'term';

export function normalizeBlocks(ctx: NormalizeContext, blocks: readonly TikiBlock[]): RootContent[] {
  const out: RootContent[] = [];
  for (const b of blocks) append(out, normalizeBlock(ctx, b));
  return out;
}

function normalizeBlock(ctx: NormalizeContext, b: TikiBlock): RootContent[] {
  switch (b.type) {
    case 'heading':
      return [heading(ctx, b)];
    case 'paragraph':
      return paragraph(ctx, b.children);
    case 'rule':
      return rule(ctx, b);
    case 'list':
      return list(ctx, b);
    case 'definitionList':
      return [definitionList(ctx, b)];
    case 'table':
      return [table(ctx, b)];
    case 'preformatted':
      return [preformatted(ctx, b)];
    case 'plugin':
      return blockPlugin(ctx, b);
    case 'comment':
    case 'htmlComment':
      return blockComment(ctx, b);
    case 'box':
      ctx.report('style-dropped', 'info', b.start, 'Box (^…^) shown as a block quote');
      return [{ type: 'blockquote', children: normalizeBlocks(ctx, b.children) as never }];
  }
}

export function normalizeInline(ctx: NormalizeContext, nodes: readonly TikiInline[], place: InlinePlace): PhrasingContent[] {
  // A lone text (a bold word, a link label, a coloured word) is already tidy.
  const lone = loneText(nodes);
  if (lone !== undefined) return lone ? [{ type: 'text', value: lone }] : [];
  const out: PhrasingContent[] = [];
  // Indexed loops here and in clearMarks: a for-of over a long paragraph allocated an iterator
  // result per node until the loop was optimized.
  for (let i = 0; i < nodes.length; i++) normalizeOne(ctx, nodes[i], place, out);
  openText = undefined;
  return fitted(tidyPhrasing(out));
}

/**
 * The text node pushText made last, while no normalizeInline has returned since: then, if it is
 * still the last node of an array, it is in that array only (its caller's `out`) and can grow.
 */
let openText: Text | undefined;

/**
 * Pushes a text to `out`, or adds its value to the text pushed just before it: what tidyPhrasing
 * would make of the two (neither is a flank), without a node for each and a third for both.
 */
function pushText(out: PhrasingContent[], value: string): void {
  if (openText !== undefined && out[out.length - 1] === openText) openText.value += value;
  else out.push((openText = { type: 'text', value }));
}

/** Appends what normalizeInline returns for `nodes` to `out`. */
export function appendInline(ctx: NormalizeContext, nodes: readonly TikiInline[], place: InlinePlace, out: PhrasingContent[]): void {
  const lone = loneText(nodes);
  if (lone === undefined) append(out, normalizeInline(ctx, nodes, place));
  else if (lone) pushText(out, lone); // without the array normalizeInline would make
}

/** The value of a lone text node, undefined for anything else. */
function loneText(nodes: readonly TikiInline[]): string | undefined {
  return nodes.length === 1 && nodes[0].type === 'text' ? nodes[0].value : undefined;
}

/**
 * A short array as a copy that holds only its items: an array grown by push from empty reserves
 * 16 slots, and the children of every link and strong of a long page live until it is written.
 */
function fitted<T>(items: T[]): T[] {
  return items.length < 16 ? items.slice() : items;
}

/** Appends the phrasing for `n` to `out`. */
function normalizeOne(ctx: NormalizeContext, n: TikiInline, place: InlinePlace, out: PhrasingContent[]): void {
  switch (n.type) {
    case 'text':
    case 'noParse':
    case 'literalBracket':
    case 'smiley':
      pushText(out, n.value);
      return;
    case 'break':
      if (place === 'paragraph') out.push({ type: 'break' });
      else if (place === 'cell' && ctx.rawHtml === 'unsafe') out.push({ type: 'html', value: '<br>' });
      else {
        if (place === 'cell' && n.kind === 'percent') {
          ctx.report('table-cell-break', 'info', n.start, 'A line break (%%%) inside a table cell became a space: GFM cells hold one line and raw <br> is off under the safe HTML policy');
        }
        pushText(out, ' ');
      }
      return;
    case 'wikiLink':
      wikiLink(ctx, n, place, out);
      return;
    case 'externalLink':
      externalLink(ctx, n, place, out);
      return;
    case 'autolink':
      append(out, autolink(n));
      return;
    case 'comment':
    case 'htmlComment':
      append(out, inlineComment(ctx, n));
      return;
    case 'plugin':
      append(out, inlinePlugin(ctx, n, place));
      return;
    case 'dynVar':
      ctx.report('dynvar-unresolved', 'warning', n.start, `Dynamic variable %${n.name}% showed a value stored in Tiki's database; kept as its name`);
      out.push({ type: 'text', value: `%${n.name}%` });
      return;
    case 'boxInline':
      ctx.report('style-dropped', 'info', n.start, 'Box (^…^) inside a line of text: its text is kept without the box');
      appendInline(ctx, n.children, place, out);
      return;
    case 'center':
      ctx.report('style-dropped', 'info', n.start, 'Centred text (::…::) kept without centring');
      appendInline(ctx, n.children, place, out);
      return;
    case 'unwrapEq':
      appendInline(ctx, n.children, place, out);
      return;
    case 'titleBar':
      ctx.report('style-dropped', 'info', n.start, 'Title bar (-=…=-) shown as bold text');
      out.push({ type: 'strong', children: normalizeInline(ctx, n.children, place) });
      return;
    default:
      inlineFormatting(ctx, n, place, out);
  }
}

/**
 * Merges adjacent text, drops empty text, and removes breaks at the edges (a trailing `\` is not
 * a break). Works in place: `nodes` is the caller's own array.
 */
export function tidyPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  let n = 0;
  let hasBreak = false;
  // The text node this pass made by merging (safe to extend in place; others may be shared).
  let merged: Text | null = null;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k];
    const prev = n > 0 ? nodes[n - 1] : undefined;
    if (node.type === 'text') {
      if (!node.value) continue;
      if (prev?.type === 'text' && isFlank(prev) && startsWithSpace(node.value)) {
        nodes[n - 1] = merged = { type: 'text', value: node.value };
        continue;
      }
      if (prev?.type === 'text') {
        // A space moved out of a delimiter (flank) next to an existing space is one space.
        const value = isFlank(node) && TRAILING_SPACE.test(prev.value) ? node.value.replace(LEADING_SPACE, '') : node.value;
        if (prev === merged) merged.value += value;
        else nodes[n - 1] = merged = { type: 'text', value: prev.value + value };
        continue;
      }
    } else if (node.type === 'break') hasBreak = true;
    nodes[n++] = node;
  }
  nodes.length = n;
  if (hasBreak) {
    let lead = 0;
    while (lead < nodes.length && nodes[lead].type === 'break') lead++;
    if (lead) nodes.splice(0, lead);
    while (nodes.length && nodes[nodes.length - 1].type === 'break') nodes.pop();
    // Whitespace around a line break is invisible in Tiki's HTML; in markdown it would be
    // encoded (&#x20;) or turn the break into trailing spaces.
    for (let i = 0; i < nodes.length; i++) {
      if (nodes[i].type !== 'break') continue;
      const before = nodes[i - 1];
      const after = nodes[i + 1];
      if (before?.type === 'text') before.value = before.value.replace(TRAILING_BLANKS, '');
      if (after?.type === 'text') after.value = after.value.replace(LEADING_BLANKS, '');
    }
    n = 0;
    for (let k = 0; k < nodes.length; k++) if (nodes[k].type !== 'text' || (nodes[k] as Text).value) nodes[n++] = nodes[k];
    nodes.length = n;
  }
  return clearMarks(dropEdgeBreaks(nodes));
}

function isFlank(n: Text): boolean {
  return Boolean((n.data as { flank?: boolean } | undefined)?.flank);
}

function startsWithSpace(value: string): boolean {
  return LEADING_SPACE.test(value);
}

// Module constants: a regular expression literal is a new object each time it is evaluated.
const LEADING_SPACE = /^\s+/;
const TRAILING_SPACE = /\s$/;
const LEADING_BLANKS = /^[ \t]+/;
const TRAILING_BLANKS = /[ \t]+$/;

/** A break first or last in a run of phrasing is not a break (markdown would print a lone `\`). */
export function dropEdgeBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && nodes[start].type === 'break') start++;
  while (end > start && nodes[end - 1].type === 'break') end--;
  return start === 0 && end === nodes.length ? nodes : nodes.slice(start, end);
}

/** Drops the flank marks once a whole run of phrasing is assembled. */
export function clearMarks(nodes: PhrasingContent[]): PhrasingContent[] {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.type === 'text' && n.data) delete n.data;
  }
  return nodes;
}

export type { BlockContent };

/** Link text cannot hold another link (markdown has no nested links): inner links keep their text. */
export function withoutLinks(nodes: PhrasingContent[]): PhrasingContent[] {
  if (!nodes.some(holdsLink)) return nodes;
  return nodes.flatMap((n): PhrasingContent[] => {
    if (n.type === 'link') return withoutLinks(n.children);
    if ('children' in n) return [{ ...n, children: withoutLinks(n.children as PhrasingContent[]) } as PhrasingContent];
    return [n];
  });
}

function holdsLink(n: PhrasingContent): boolean {
  return n.type === 'link' || ('children' in n && (n.children as PhrasingContent[]).some(holdsLink));
}

/** The phrasing of a link label: no line breaks, no links. */
export function labelPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  let n = 0;
  for (let k = 0; k < nodes.length; k++) if (nodes[k].type !== 'break') nodes[n++] = nodes[k];
  nodes.length = n;
  return withoutLinks(nodes);
}
