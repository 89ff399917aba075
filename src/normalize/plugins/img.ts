// Images:
//
//   {img src="url" alt="A"}                       → ![A](url)
//   {img src="url" desc="Cap" link=… imalign=…}   → {{< figure src="url" alt="A" caption="Cap" link="…" class="float-right" >}}
//                                                    (Hugo's built-in figure: caption, link and
//                                                    alignment survive), when the image stands on
//                                                    its own line; inside a line ![A](url "Cap")
//   {img attId=N}, {img fileId=N}                 → the extracted file, through the asset manifest
//   {picture file=…}                              → the Tiki 1.x spelling of {img src=…}
//
// javascript:/data: sources are removed (reported); options with no equivalent are reported.

import type { Html, PhrasingContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { SHORTCODE } from '../hugo-safety.js';
import { param, type PluginConverter } from './converter.js';
import { assetFor } from './files.js';

interface ImageFacts {
  src: string;
  alt: string;
  caption: string;
  link: string;
  align: string;
}

const KNOWN = ['src', 'file', 'alt', 'desc', 'attid', 'fileid', 'id', 'link', 'imalign', 'align', 'title'];

function facts(ctx: NormalizeContext, p: TikiPlugin): ImageFacts | 'removed' | null {
  let src = (param(p, 'src') ?? (p.key === 'picture' ? param(p, 'file') : undefined))?.trim();
  let fallbackAlt = '';
  if (!src) {
    const asset = assetFor(ctx, p);
    if (!asset) return null;
    src = asset.url;
    fallbackAlt = asset.filename;
  }
  if (/^\s*(javascript|data|vbscript):/i.test(src)) {
    ctx.report('unsafe-url-removed', 'warning', p.start, `${p.name}: a ${src.split(':')[0]}: image source was removed`);
    return 'removed';
  }
  const dropped = Object.keys(p.params).filter((k) => !KNOWN.includes(k.toLowerCase()));
  if (dropped.length) ctx.report('style-dropped', 'info', p.start, `Image options ${dropped.join(', ')} have no markdown form; dropped`);
  const caption = (param(p, 'desc') ?? param(p, 'title') ?? '').trim();
  return {
    src,
    alt: (param(p, 'alt') || caption || fallbackAlt).trim(),
    caption,
    link: (param(p, 'link') ?? '').trim().replace(/^\s*javascript:.*/i, ''),
    align: (param(p, 'imalign') ?? param(p, 'align') ?? '').trim().toLowerCase(),
  };
}

function inlineImage(f: ImageFacts): PhrasingContent[] {
  const image: PhrasingContent = { type: 'image', url: f.src, alt: f.alt, title: f.caption || null };
  return f.link ? [{ type: 'link', url: f.link, title: null, children: [image] }] : [image];
}

function figure(f: ImageFacts): Html {
  const attrs: Array<[string, string]> = [['src', f.src]];
  if (f.alt) attrs.push(['alt', f.alt]);
  if (f.caption) attrs.push(['caption', f.caption]);
  if (f.link) attrs.push(['link', f.link]);
  if (['left', 'right', 'center'].includes(f.align)) attrs.push(['class', f.align === 'center' ? 'center' : `float-${f.align}`]);
  const value = `{{< figure ${attrs.map(([k, v]) => `${k}=${shortcodeString(v)}`).join(' ')} >}}`;
  return { type: 'html', value, data: { ...SHORTCODE } as never };
}

/** A double-quoted shortcode argument; `{{`/`}}` inside cannot close the call. */
function shortcodeString(v: string): string {
  return JSON.stringify(v.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }'));
}

export function image(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] | null {
  const f = facts(ctx, p);
  if (f === 'removed') return [];
  return f ? inlineImage(f) : null;
}

export const imgConverter: PluginConverter = {
  block: (ctx, p) => {
    const f = facts(ctx, p);
    if (f === 'removed') return [];
    if (!f) return null;
    if (f.caption || f.link || f.align) return [figure(f)];
    return [{ type: 'paragraph', children: inlineImage(f) }];
  },
  inline: (ctx, p) => image(ctx, p),
};
