// Boxes become block quotes, the closest markdown has to a framed block:
//
//   {BOX(title="Tip")}body{BOX}            > **Tip**
//                                          >
//                                          > body
//   {QUOTE(replyto="Ann" date=…)}body{QUOTE}  > body
//                                          >
//                                          > — Ann, date
//
// Width, colours, alignment and classes are reported as dropped.

import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import { asParagraph, bodyBlocks, param, reportDroppedParams, type PluginConverter } from './converter.js';

export const boxConverter: PluginConverter = {
  block(ctx, p) {
    reportDroppedParams(ctx, p, ['title']);
    const title = param(p, 'title')?.trim();
    const head: RootContent[] = title ? asParagraph([{ type: 'strong', children: [{ type: 'text', value: title }] }]) : [];
    return [blockquote([...head, ...bodyBlocks(ctx, p)])];
  },
};

export const quoteConverter: PluginConverter = {
  block(ctx, p) {
    reportDroppedParams(ctx, p, ['replyto', 'date', 'source_url', 'thread_id']);
    const who = param(p, 'replyto')?.trim();
    const date = param(p, 'date')?.trim();
    const source = param(p, 'source_url')?.trim();
    const attribution: PhrasingContent[] = [];
    if (who) attribution.push({ type: 'text', value: `— ${who}${date ? `, ${date}` : ''}` });
    if (source) {
      if (attribution.length) attribution.push({ type: 'text', value: ' ' });
      attribution.push({ type: 'link', url: source, title: null, children: [{ type: 'text', value: who ? 'source' : source }] });
    }
    return [blockquote([...bodyBlocks(ctx, p), ...asParagraph(attribution)])];
  },
};

export function blockquote(children: RootContent[]): RootContent {
  return { type: 'blockquote', children: children as BlockContent[] };
}
