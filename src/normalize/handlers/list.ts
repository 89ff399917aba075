// Lists → markdown lists: `*` → `-`, `#` → `1.`, nesting kept, `+` continuation lines already
// inside the item as line breaks. Items are tight (Tiki has no loose lists). An item with no
// text and no sublist (a bare `*`) is left out: markdown cannot write it unambiguously (a lone
// `-` under a line reads as a heading underline), and it showed nothing but a bullet.

import type { List, ListItem, RootContent } from 'mdast';
import type { TikiList } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { normalizeInline } from '../to-mdast.js';
import { paragraphsOf } from './paragraph.js';

export function list(ctx: NormalizeContext, l: TikiList): RootContent[] {
  const children: ListItem[] = [];
  for (const item of l.children) {
    const content = [...paragraphsOf(normalizeInline(ctx, item.children, 'paragraph')), ...item.sublists.flatMap((s) => list(ctx, s))];
    if (content.length) children.push({ type: 'listItem', spread: false, children: content as ListItem['children'] });
  }
  if (!children.length) return [];
  const out: List = { type: 'list', ordered: l.ordered, start: l.ordered ? 1 : null, spread: false, children };
  return [out];
}
