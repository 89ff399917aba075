// Video embeds become Hugo's built-in shortcodes:
//
//   {youtube movie="https://youtu.be/ID" …}   → {{< youtube ID >}}
//   {vimeo url="https://vimeo.com/123" …}     → {{< vimeo 123 >}}
//
// Sizes and start times are reported; a movie that is not a recognisable id or URL stays a marker.

import type { Html } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { SHORTCODE } from '../hugo-safety.js';
import { param, reportDroppedParams, type PluginConverter } from './converter.js';

export function youtubeId(movie: string): string | null {
  const m = /(?:youtu\.be\/|youtube(?:-nocookie)?\.com\/(?:embed\/|v\/|shorts\/|watch\?(?:.*&)?v=))([A-Za-z0-9_-]{6,})/.exec(movie);
  if (m) return m[1];
  return /^[A-Za-z0-9_-]{6,20}$/.test(movie) ? movie : null;
}

export function vimeoId(url: string): string | null {
  const m = /vimeo\.com\/(?:video\/|channels\/[^/]+\/)?(\d+)/.exec(url);
  if (m) return m[1];
  return /^\d+$/.test(url) ? url : null;
}

function shortcode(ctx: NormalizeContext, p: TikiPlugin, name: string, id: string | null, kept: string[]): Html[] | null {
  if (!id) return null;
  reportDroppedParams(ctx, p, kept);
  return [{ type: 'html', value: `{{< ${name} ${JSON.stringify(id)} >}}`, data: { ...SHORTCODE } as never }];
}

export const youtubeConverter: PluginConverter = {
  block: (ctx, p) => shortcode(ctx, p, 'youtube', youtubeId((param(p, 'movie') ?? p.body ?? '').trim()), ['movie']),
  inline: (ctx, p) => shortcode(ctx, p, 'youtube', youtubeId((param(p, 'movie') ?? p.body ?? '').trim()), ['movie']),
};

export const vimeoConverter: PluginConverter = {
  block: (ctx, p) => shortcode(ctx, p, 'vimeo', vimeoId((param(p, 'url') ?? param(p, 'vimeo') ?? '').trim()), ['url']),
  inline: (ctx, p) => shortcode(ctx, p, 'vimeo', vimeoId((param(p, 'url') ?? param(p, 'vimeo') ?? '').trim()), ['url']),
};
