// Plugin bodies in another syntax:
//
//   {HTML(wiki=0)}html{HTML}, {WYSIWYG()}html{WYSIWYG}  → HTML → mdast (html/html-to-mdast.ts)
//   {HTML(wiki=1)}text{HTML}                            → the body as wiki text
//   {MARKDOWN()}text{MARKDOWN}                          → the body as markdown (markdown-body.ts)

import { htmlToMdast } from '../html/html-to-mdast.js';
import { markdownToMdast } from '../markdown-body.js';
import { bodyBlocks, param, type PluginConverter } from './converter.js';

export const htmlConverter: PluginConverter = {
  block(ctx, p) {
    if (param(p, 'wiki') === '1') return bodyBlocks(ctx, p);
    if (param(p, 'tohead') === '1') {
      ctx.report('plugin-dropped', 'info', p.start, `${p.name}(tohead=1) added HTML to the page head; dropped`);
      return [];
    }
    return htmlToMdast(ctx, p.bodyStart, p.bodyStart + (p.body?.length ?? 0));
  },
};

export const markdownConverter: PluginConverter = {
  block: (ctx, p) => markdownToMdast(ctx, p.body ?? '', p.start),
};
