// Wrappers whose only effect in Tiki is presentation: the body is kept, the styling reported.
//
//   {CENTER()}…{CENTER}  {FONT(family size)}…{FONT}  {INDENT()}…{INDENT}  {TAG(tag=span style=)}…{TAG}
//   {SCROLL}, {FADE(label=)}, {SHORTEN(length=)}, {MOUSEOVER(label=)}, {DIALOG}, {TR}, {TRANSLATED}
//
// {TAG(tag=sup|sub|b|strong|i|em|code|tt)} maps to the corresponding markdown (see sup-sub.ts).

import type { PhrasingContent } from 'mdast';
import { bodyBlocks, bodyInline, param, type PluginConverter } from './converter.js';
import { supSubInline } from './sup-sub.js';

export function styleWrapper(what: string, exact = false): PluginConverter {
  const report = (ctx: Parameters<PluginConverter['block']>[0], p: Parameters<PluginConverter['block']>[1]) => {
    if (!exact) ctx.report('style-dropped', 'info', p.start, `${p.name}: ${what} has no markdown form; its content is kept`);
  };
  return {
    block(ctx, p) {
      report(ctx, p);
      return bodyBlocks(ctx, p);
    },
    inline(ctx, p, place) {
      report(ctx, p);
      return bodyInline(ctx, p, place);
    },
  };
}

export const tagConverter: PluginConverter = {
  block(ctx, p) {
    const inline = tagConverter.inline!(ctx, p, 'paragraph');
    return inline ? [{ type: 'paragraph', children: inline }] : null;
  },
  inline(ctx, p, place) {
    const tag = (param(p, 'tag') ?? 'span').toLowerCase();
    const body = bodyInline(ctx, p, place);
    if (tag === 'sup' || tag === 'sub') return supSubInline(ctx, p, tag, place);
    if (tag === 'b' || tag === 'strong') return [{ type: 'strong', children: body }];
    if (tag === 'i' || tag === 'em') return [{ type: 'emphasis', children: body }];
    if (tag === 'code' || tag === 'tt' || tag === 'kbd') return [{ type: 'inlineCode', value: p.body ?? '' }];
    ctx.report('style-dropped', 'info', p.start, `${p.name}(tag=${tag}): the element and its style have no markdown form; content kept`);
    return body as PhrasingContent[];
  },
};
