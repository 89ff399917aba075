// `~hc~x~/hc~` → `<!-- x -->` (Tiki wrote the same HTML comment). `~tc~x~/tc~` is a Tiki
// comment that Tiki never rendered: dropped, with an info finding so a reviewer knows it existed.

import type { PhrasingContent, RootContent } from 'mdast';
import type { TikiComment, TikiHtmlComment } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { htmlComment } from './marker.js';

export function blockComment(ctx: NormalizeContext, c: TikiComment | TikiHtmlComment): RootContent[] {
  if (c.type === 'comment') {
    dropped(ctx, c);
    return [];
  }
  return [{ type: 'html', value: htmlComment(c.value) }];
}

export function inlineComment(ctx: NormalizeContext, c: TikiComment | TikiHtmlComment): PhrasingContent[] {
  if (c.type === 'comment') {
    dropped(ctx, c);
    return [];
  }
  return [{ type: 'html', value: htmlComment(c.value) }];
}

function dropped(ctx: NormalizeContext, c: TikiComment): void {
  ctx.report('comment-dropped', 'info', c.start, 'Tiki comment (~tc~) dropped: Tiki never displayed it');
}
