// `~pp~…~/pp~` → fenced code block without a language. The stringifier picks a fence longer
// than any backtick run inside. `~pre~…~/pre~` is the same, but Tiki rendered markup inside it:
// the visible text is kept and lost markup is reported.

import type { Code } from 'mdast';
import { parseInline } from '../../parse/inline.js';
import type { TikiPreformatted } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { plainText } from '../plain-text.js';
import { scannerFor } from '../plugins/converter.js';

export function preformatted(ctx: NormalizeContext, p: TikiPreformatted): Code {
  if (!p.parsed) return { type: 'code', lang: null, meta: null, value: trimBlankLines(p.value) };
  const nodes = parseInline(scannerFor(ctx), p.contentStart, p.contentStart + p.value.length);
  if (nodes.some((n) => n.type !== 'text' && n.type !== 'break' && n.type !== 'noParse')) {
    ctx.report('style-dropped', 'info', p.start, 'Markup inside ~pre~ cannot be shown in a code block; kept as plain text');
  }
  return { type: 'code', lang: null, meta: null, value: trimBlankLines(plainText(nodes)) };
}

/** Drops leading and trailing blank lines (Tiki trims code bodies), keeps inner indentation. */
export function trimBlankLines(value: string): string {
  return value.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/(?:\r?\n[ \t]*)+$/, '').replace(/\r\n/g, '\n');
}
