// `~pp~…~/pp~` → fenced code block without a language. The stringifier picks a fence longer
// than any backtick run inside.

import type { Code } from 'mdast';
import type { TikiPreformatted } from '../../parse/tiki-tree.js';

export function preformatted(p: TikiPreformatted): Code {
  return { type: 'code', lang: null, meta: null, value: trimBlankLines(p.value) };
}

/** Drops leading and trailing blank lines (Tiki trims code bodies), keeps inner indentation. */
export function trimBlankLines(value: string): string {
  return value.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/(?:\r?\n[ \t]*)+$/, '').replace(/\r\n/g, '\n');
}
