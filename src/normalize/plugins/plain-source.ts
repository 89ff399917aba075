// The visible text of a plugin body, for mappings that cannot hold markup (code blocks).
// Markup inside is reported as lost.

import type { TikiPlugin } from '../../parse/tiki-tree.js';
import { parseInline } from '../../parse/inline.js';
import type { NormalizeContext } from '../context.js';
import { plainText } from '../plain-text.js';
import { scannerFor } from './converter.js';

export function plainTextOfSource(ctx: NormalizeContext, p: TikiPlugin): string {
  if (!p.body) return '';
  const nodes = parseInline(scannerFor(ctx), p.bodyStart, p.bodyStart + p.body.length);
  if (nodes.some((n) => n.type !== 'text' && n.type !== 'break' && n.type !== 'noParse')) {
    ctx.report('style-dropped', 'info', p.start, `${p.name}: wiki markup inside preformatted text cannot be shown in a code block; kept as plain text`);
  }
  return plainText(nodes).replace(/^\n+|\n+$/g, '');
}
