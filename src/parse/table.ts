// Tables, new syntax (tiki-syntax.md §2.1, §5 rule 14):
//
//   ||a|b
//   c|d||          rows separated by newlines, cells by `|`, the whole table between `||` … `||`
//
// Tiki matches `||…||` anywhere, so `a || b` in prose opens a table. We recognise a table only
// when `||` starts a line (after trimming) and a later (or the same) line ends with `||` —
// a deliberate deviation, reported when a `||` line finds no close.

import { splitTopLevel } from './split-top-level.js';
import type { Scanner } from './spans.js';
import type { TikiInline, TikiTable, TikiTableCell, TikiTableRow } from './tiki-tree.js';

export interface TableExtent {
  /** Offset just after the opening `||`. */
  contentStart: number;
  /** Offset of the closing `||`. */
  contentEnd: number;
  /** End of the line holding the closing `||`. */
  lineEnd: number;
}

/**
 * Looks for the close of a table whose first line starts at `lineStart` (opening `||` at
 * `open`). `lines` yields the logical lines from the first one on.
 */
export function findTableExtent(scanner: Scanner, open: number, to: number, lines: Iterable<[number, number]>): TableExtent | null {
  const src = scanner.src;
  // No line ending in `||` after a point means none after any later point either.
  const absent = scanner.tableCloseAbsentFrom.get(to);
  if (absent !== undefined && open >= absent) return null;
  for (const [start, end] of lines) {
    let e = end;
    while (e > start && /[ \t\r]/.test(src[e - 1])) e--;
    if (e - start >= 2 && src.startsWith('||', e - 2) && e - 2 >= open + 2) {
      return { contentStart: open + 2, contentEnd: e - 2, lineEnd: end };
    }
  }
  scanner.tableCloseAbsentFrom.set(to, Math.min(open, absent ?? open));
  return null;
}

export function buildTable(
  scanner: Scanner,
  extent: TableExtent,
  rowRanges: Array<[number, number]>,
  inline: (from: number, to: number) => TikiInline[],
  start: number,
): TikiTable {
  const rows: TikiTableRow[] = [];
  for (const [from, to] of rowRanges) {
    if (scanner.src.slice(from, to).trim() === '') continue; // Tiki skips empty rows
    const cells: TikiTableCell[] = splitTopLevel(scanner, from, to, '|').map(([a, b]) => {
      const [s, e] = trimRange(scanner.src, a, b);
      return { type: 'tableCell', children: inline(s, e), start: a, end: b };
    });
    rows.push({ type: 'tableRow', cells, start: from, end: to });
  }
  return { type: 'table', rows, start, end: extent.contentEnd + 2 };
}

export function trimRange(src: string, from: number, to: number): [number, number] {
  while (from < to && /\s/.test(src[from])) from++;
  while (to > from && /\s/.test(src[to - 1])) to--;
  return [from, to];
}
