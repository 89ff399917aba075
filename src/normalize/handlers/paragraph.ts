// Paragraph → mdast paragraph. Tiki shows every newline inside a paragraph as a line break
// (rule 11), so breaks become hard breaks (`\` at line end). Leading whitespace was already
// dropped by the parser (rule 12). Text that is only whitespace yields nothing.

import type { Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import type { TikiInline } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { dropEdgeBreaks, normalizeInline } from '../to-mdast.js';

export function paragraph(ctx: NormalizeContext, children: readonly TikiInline[]): RootContent[] {
  return paragraphsOf(normalizeInline(ctx, children, 'paragraph'));
}

/** Wraps phrasing (the caller's own array, changed in place) in a paragraph unless it is empty or whitespace only. */
export function paragraphsOf(phrasing: PhrasingContent[]): Paragraph[] {
  if (!phrasing.length) return [];
  if (phrasing.every((n) => n.type === 'text' && !n.value.trim())) return [];
  const first = phrasing[0];
  if (first.type === 'text') phrasing[0] = { type: 'text', value: first.value.replace(/^\s+/, '') };
  const last = phrasing[phrasing.length - 1];
  if (last.type === 'text') phrasing[phrasing.length - 1] = { type: 'text', value: last.value.replace(/\s+$/, '') };
  let n = 0;
  for (let k = 0; k < phrasing.length; k++) if (phrasing[k].type !== 'text' || (phrasing[k] as Text).value) phrasing[n++] = phrasing[k];
  phrasing.length = n;
  const children = dropEdgeBreaks(phrasing);
  return children.length ? [{ type: 'paragraph', children }] : [];
}
