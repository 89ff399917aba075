// {DIV(type= class= id= align= float= clear= bg= width= style= title=)}body{DIV} — Tiki wraps
// the wiki-parsed body in the element named by `type`:
//
//   type=blockquote  → > body              type=b / i   → **body** / *body*
//   type=pre / tt    → fenced code / `code`  type=h1…h6   → # body … ###### body
//   div, span, p (default) → body unwrapped
//
// class, style, alignment, float, width and colours have no markdown form (style-dropped).

import type { PhrasingContent, RootContent } from 'mdast';
import { plainTextOfSource } from './plain-source.js';
import { asParagraph, bodyBlocks, bodyInline, param, reportDroppedParams, type PluginConverter } from './converter.js';

export const divConverter: PluginConverter = {
  block(ctx, p) {
    const type = (param(p, 'type') ?? 'div').toLowerCase();
    reportDroppedParams(ctx, p, ['type']);
    if (type === 'blockquote') return [{ type: 'blockquote', children: bodyBlocks(ctx, p) as never }];
    if (type === 'pre' || type === 'tt') return [{ type: 'code', lang: null, meta: null, value: plainTextOfSource(ctx, p) }];
    if (/^h[1-6]$/.test(type)) {
      const depth = Math.min(6, Math.max(1, Number(type[1]) + ctx.options.headingOffset)) as 1;
      return [{ type: 'heading', depth, children: bodyInline(ctx, p, 'heading').filter((n) => n.type !== 'break') }];
    }
    if (type === 'b' || type === 'strong' || type === 'i' || type === 'em') return asParagraph(this.inline!(ctx, p, 'paragraph')!);
    return bodyBlocks(ctx, p);
  },
  inline(ctx, p, place) {
    const type = (param(p, 'type') ?? 'span').toLowerCase();
    reportDroppedParams(ctx, p, ['type']);
    const body = bodyInline(ctx, p, place);
    if (type === 'b' || type === 'strong') return [{ type: 'strong', children: body }];
    if (type === 'i' || type === 'em') return [{ type: 'emphasis', children: body }];
    if (type === 'tt' || type === 'pre') return [{ type: 'inlineCode', value: plainTextOfSource(ctx, p).replace(/\s*\n\s*/g, ' ') }];
    return body as PhrasingContent[];
  },
};

export type { RootContent };
