// {maketoc} (and {autotoc}) → the `toc` shortcode the generated Hugo site provides:
//
//   {{< toc >}}
//
// Options that shape Tiki's TOC (maxdepth, title, levels) are reported, not reproduced.

import type { Html } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import type { PluginConverter } from './converter.js';
import { SHORTCODE } from '../hugo-safety.js';

export function toc(ctx: NormalizeContext, p: TikiPlugin): Html {
  if (p.rawParams.trim()) {
    ctx.report('toc-options-dropped', 'info', p.start, `Table-of-contents options "${p.rawParams.trim()}" are not carried to the toc shortcode`);
  }
  return { type: 'html', value: '{{< toc >}}', data: { ...SHORTCODE } as never };
}

export const tocConverter: PluginConverter = {
  block: (ctx, p) => [toc(ctx, p)],
  inline: (ctx, p) => [toc(ctx, p)],
};
