// Lists (tiki-syntax.md §2.1), column 0, one item per line:
//
//   *item  **nested  #numbered  ##nested    depth = length of the marker run (one marker kind)
//   *+item *-item                           collapsible sublist flags (dropped)
//   +continuation  ++continuation           a line break inside the item at that depth
//
// `*#x` is a bullet item with text `#x` (no mixed prefixes). A line of 5+ `*` only is not a list.
// Changing the marker kind at one depth closes that list and opens another (rule 27). A jump
// of several levels opens the intermediate lists, each inside an empty item.

import { append } from './append.js';
import type { TikiInline, TikiList, TikiListItem } from './tiki-tree.js';

export interface ListLine {
  kind: 'item' | 'continuation';
  depth: number;
  ordered: boolean;
  start: number;
  end: number;
  textStart: number;
}

export function matchListItem(src: string, pos: number, lineEnd: number): ListLine | null {
  const marker = src[pos];
  if (marker !== '*' && marker !== '#') return null;
  let i = pos;
  while (i < lineEnd && src[i] === marker) i++;
  const depth = i - pos;
  if (marker === '*' && depth >= 5 && src.slice(i, lineEnd).trim() === '') return null;
  if (src[i] === '+' || src[i] === '-') i++;
  while (i < lineEnd && (src[i] === ' ' || src[i] === '\t')) i++;
  return { kind: 'item', depth, ordered: marker === '#', start: pos, end: lineEnd, textStart: i };
}

export function matchContinuation(src: string, pos: number, lineEnd: number): ListLine | null {
  if (src[pos] !== '+') return null;
  let i = pos;
  while (i < lineEnd && src[i] === '+') i++;
  const depth = i - pos;
  while (i < lineEnd && (src[i] === ' ' || src[i] === '\t')) i++;
  return { kind: 'continuation', depth, ordered: false, start: pos, end: lineEnd, textStart: i };
}

/** Builds nested lists from consecutive list lines; `inline` parses a line's text. */
export function buildLists(lines: ListLine[], inline: (from: number, to: number) => TikiInline[]): TikiList[] {
  const roots: TikiList[] = [];
  const stack: TikiList[] = [];
  for (const line of lines) {
    if (line.kind === 'continuation') {
      if (!stack.length) continue;
      while (stack.length > Math.max(1, line.depth)) stack.pop();
      const list = stack[stack.length - 1];
      const item = list.children[list.children.length - 1];
      const at = line.start;
      item.children.push({ type: 'break', kind: 'newline', start: at, end: at });
      append(item.children, inline(line.textStart, line.end));
      item.end = list.end = line.end;
      continue;
    }
    while (stack.length > line.depth) stack.pop();
    if (stack.length === line.depth && stack[stack.length - 1].ordered !== line.ordered) stack.pop();
    while (stack.length < line.depth) {
      const list: TikiList = { type: 'list', ordered: line.ordered, children: [], start: line.start, end: line.end };
      const parent = stack[stack.length - 1];
      if (!parent) {
        roots.push(list);
      } else {
        if (!parent.children.length) parent.children.push(emptyItem(line.start));
        parent.children[parent.children.length - 1].sublists.push(list);
      }
      stack.push(list);
      // Intermediate levels of a jump (`*` → `***`) hold one empty item.
      if (stack.length < line.depth) list.children.push(emptyItem(line.start));
    }
    const item: TikiListItem = { type: 'listItem', children: inline(line.textStart, line.end), sublists: [], start: line.start, end: line.end };
    const list = stack[stack.length - 1];
    list.children.push(item);
    for (const l of stack) l.end = line.end;
  }
  return roots;
}

function emptyItem(at: number): TikiListItem {
  return { type: 'listItem', children: [], sublists: [], start: at, end: at };
}
