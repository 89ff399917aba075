// Tiki's direction markers, brace syntax that is not a plugin (tiki-syntax.md §2.1):
//
//   {rm} → U+200F RIGHT-TO-LEFT MARK      {lm} → U+200E LEFT-TO-RIGHT MARK
//   {r2l} / {l2r} switched the direction of the rest of the page (a <div dir>): dropped, reported

import type { PhrasingContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';

export const bidiNames = new Set(['rm', 'lm', 'r2l', 'l2r']);

export function bidi(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] {
  if (p.key === 'rm') return [{ type: 'text', value: '\u200f' }];
  if (p.key === 'lm') return [{ type: 'text', value: '\u200e' }];
  ctx.report('bidi-dropped', 'info', p.start, `{${p.name}} set the text direction for the rest of the page; set it in the site's language settings instead`);
  return [];
}
