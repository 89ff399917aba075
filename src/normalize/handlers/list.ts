// Lists → markdown lists: `*` → `-`, `#` → `1.`, nesting kept, `+` continuation lines already
// inside the item as line breaks. Items are tight (Tiki has no loose lists).

import type { List, ListItem } from 'mdast';
import type { TikiList } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { normalizeInline } from '../to-mdast.js';
import { paragraphsOf } from './paragraph.js';

export function list(ctx: NormalizeContext, l: TikiList): List {
  const children: ListItem[] = l.children.map((item) => ({
    type: 'listItem',
    spread: false,
    children: [...paragraphsOf(normalizeInline(ctx, item.children, 'paragraph')), ...item.sublists.map((s) => list(ctx, s))],
  }));
  return { type: 'list', ordered: l.ordered, start: l.ordered ? 1 : null, spread: false, children };
}
