// {img src="url" alt="A" desc="Caption"} with a direct `src` → ![A](url "Caption").
// Images by id (attId, fileId, id) need the asset manifest and stay markers until it exists.

import type { PhrasingContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';

export function image(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] | null {
  const src = p.params.src?.trim();
  if (!src || /^\s*javascript:/i.test(src)) return null;
  const alt = (p.params.alt || p.params.desc || '').trim();
  const title = p.params.desc?.trim() || null;
  const dropped = Object.keys(p.params).filter((k) => !['src', 'alt', 'desc'].includes(k));
  if (dropped.length) {
    ctx.report('style-dropped', 'info', p.start, `Image options ${dropped.join(', ')} have no markdown form; dropped`);
  }
  return [{ type: 'image', url: src, alt, title }];
}
