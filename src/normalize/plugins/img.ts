// {img src="url" alt="A" desc="Caption"} → ![A](url "Caption"); {img attId=N}, {img fileId=N}
// through the asset manifest (files.ts). javascript:/data: sources are removed (reported).

import type { PhrasingContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import type { PluginConverter } from './converter.js';
import { assetFor } from './files.js';

export function image(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] | null {
  let src = p.params.src?.trim();
  let fallbackAlt = '';
  if (!src) {
    const asset = assetFor(ctx, p);
    if (!asset) return null;
    src = asset.url;
    fallbackAlt = asset.filename;
  }
  if (/^\s*(javascript|data|vbscript):/i.test(src)) {
    ctx.report('unsafe-url-removed', 'warning', p.start, `${p.name}: a ${src.split(':')[0]}: image source was removed`);
    return [];
  }
  const alt = (p.params.alt || p.params.desc || fallbackAlt).trim();
  const title = p.params.desc?.trim() || null;
  const dropped = Object.keys(p.params).filter((k) => !['src', 'alt', 'desc', 'attid', 'fileid', 'id'].includes(k.toLowerCase()));
  if (dropped.length) {
    ctx.report('style-dropped', 'info', p.start, `Image options ${dropped.join(', ')} have no markdown form; dropped`);
  }
  return [{ type: 'image', url: src, alt, title }];
}

export const imgConverter: PluginConverter = {
  block: (ctx, p) => {
    const img = image(ctx, p);
    if (!img) return null;
    return img.length ? [{ type: 'paragraph', children: img }] : [];
  },
  inline: (ctx, p) => image(ctx, p),
};
