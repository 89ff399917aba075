// Tiki tree → mdast: one handler per Tiki node type (handlers/, plugins/), in the style of
// hast-util-to-mdast. Block handlers return block content; inline handlers return phrasing
// content. Every lossy decision is a finding on the context.

import { append } from '../parse/append.js';
import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
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
  const out: PhrasingContent[] = [];
  for (const n of nodes) append(out, normalizeOne(ctx, n, place));
  return tidyPhrasing(out);
}

function normalizeOne(ctx: NormalizeContext, n: TikiInline, place: InlinePlace): PhrasingContent[] {
  switch (n.type) {
    case 'text':
    case 'noParse':
    case 'literalBracket':
      return [{ type: 'text', value: n.value }];
    case 'break':
      if (place === 'paragraph') return [{ type: 'break' }];
      if (place === 'cell' && ctx.rawHtml === 'unsafe') return [{ type: 'html', value: '<br>' }];
      if (place === 'cell' && n.kind === 'percent') {
        ctx.report('table-cell-break', 'info', n.start, 'A line break (%%%) inside a table cell became a space: GFM cells hold one line and raw <br> is off under the safe HTML policy');
      }
      return [{ type: 'text', value: ' ' }];
    case 'wikiLink':
      return wikiLink(ctx, n, place);
    case 'externalLink':
      return externalLink(ctx, n, place);
    case 'autolink':
      return autolink(n);
    case 'comment':
    case 'htmlComment':
      return inlineComment(ctx, n);
    case 'plugin':
      return inlinePlugin(ctx, n, place);
    case 'smiley':
      return [{ type: 'text', value: n.value }];
    case 'dynVar':
      ctx.report('dynvar-unresolved', 'warning', n.start, `Dynamic variable %${n.name}% showed a value stored in Tiki's database; kept as its name`);
      return [{ type: 'text', value: `%${n.name}%` }];
    case 'boxInline':
      ctx.report('style-dropped', 'info', n.start, 'Box (^…^) inside a line of text: its text is kept without the box');
      return normalizeInline(ctx, n.children, place);
    case 'center':
      ctx.report('style-dropped', 'info', n.start, 'Centred text (::…::) kept without centring');
      return normalizeInline(ctx, n.children, place);
    case 'unwrapEq':
      return normalizeInline(ctx, n.children, place);
    case 'titleBar':
      ctx.report('style-dropped', 'info', n.start, 'Title bar (-=…=-) shown as bold text');
      return [{ type: 'strong', children: normalizeInline(ctx, n.children, place) }];
    default:
      return inlineFormatting(ctx, n, place);
  }
}

/** Merges adjacent text, drops empty text, and removes breaks at the edges (a trailing `\` is not a break). */
export function tidyPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    const prev = out[out.length - 1];
    if (n.type === 'text') {
      if (!n.value) continue;
      if (prev?.type === 'text' && (prev.data as { flank?: boolean } | undefined)?.flank && /^\s/.test(n.value)) {
        out[out.length - 1] = { type: 'text', value: n.value };
        continue;
      }
      if (prev?.type === 'text') {
        // A space moved out of a delimiter (flank) next to an existing space is one space.
        const value = (n.data as { flank?: boolean } | undefined)?.flank && /\s$/.test(prev.value) ? n.value.replace(/^\s+/, '') : n.value;
        out[out.length - 1] = { type: 'text', value: prev.value + value };
        continue;
      }
    }
    out.push(n);
  }
  while (out.length && out[0].type === 'break') out.shift();
  while (out.length && out[out.length - 1].type === 'break') out.pop();
  // Whitespace around a line break is invisible in Tiki's HTML; in markdown it would be
  // encoded (&#x20;) or turn the break into trailing spaces.
  for (let i = 0; i < out.length; i++) {
    if (out[i].type !== 'break') continue;
    const before = out[i - 1];
    const after = out[i + 1];
    if (before?.type === 'text') before.value = before.value.replace(/[ \t]+$/, '');
    if (after?.type === 'text') after.value = after.value.replace(/^[ \t]+/, '');
  }
  return clearMarks(dropEdgeBreaks(out.filter((n) => n.type !== 'text' || n.value)));
}

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
  for (const n of nodes) if (n.type === 'text' && n.data) delete n.data;
  return nodes;
}

export type { BlockContent };

/** Link text cannot hold another link (markdown has no nested links): inner links keep their text. */
export function withoutLinks(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((n): PhrasingContent[] => {
    if (n.type === 'link') return withoutLinks(n.children);
    if ('children' in n) return [{ ...n, children: withoutLinks(n.children as PhrasingContent[]) } as PhrasingContent];
    return [n];
  });
}
