// Tables → GFM tables. Tiki tables have no header row; GFM needs one (rule 15):
//
//   ||__Name__|__Age__        | Name | Age |        first row all bold → promoted to header
//   Bob|42||                  | ---- | --- |
//                             | Bob  | 42  |
//
//   ||a|b                     |   |   |              otherwise an empty header row
//   c|d||                     | - | - |
//                             | a | b |
//
// Short rows are padded with empty cells (Tiki used colspan on the last cell; reported).

import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { TikiTable, TikiTableCell } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { normalizeInline } from '../to-mdast.js';

export function table(ctx: NormalizeContext, t: TikiTable): Table {
  const width = Math.max(1, ...t.rows.map((r) => r.cells.length));
  const rows = t.rows.map((r) => r.cells);
  let header: PhrasingContent[][];
  if (rows.length > 1 && rows[0].every(isAllBold)) {
    header = rows.shift()!.map((cell) => trimCell(normalizeInline(ctx, (cell.children[0] as { children: TikiTableCell['children'] }).children, 'cell')));
  } else {
    header = [];
  }
  const ragged = t.rows.filter((r) => r.cells.length < width);
  if (ragged.length) {
    ctx.report('table-ragged', 'info', ragged[0].start, `${ragged.length} table row(s) have fewer cells than the widest row (${width}); padded with empty cells (Tiki spanned the last cell)`);
  }
  const toRow = (cells: PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i): TableCell => ({ type: 'tableCell', children: cells[i] ?? [] })),
  });
  return {
    type: 'table',
    align: Array.from({ length: width }, () => null),
    children: [toRow(header), ...rows.map((cells) => toRow(cells.map((c) => trimCell(normalizeInline(ctx, c.children, 'cell')))))],
  };
}

function isAllBold(cell: TikiTableCell): boolean {
  return cell.children.length === 1 && cell.children[0].type === 'strong';
}

/** GFM trims cell content; trimming here keeps the tree equal to what a reader parses back. */
export function trimCell(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0];
  if (first?.type === 'text') children[0] = { type: 'text', value: first.value.replace(/^\s+/, '') };
  const last = children[children.length - 1];
  if (last?.type === 'text') children[children.length - 1] = { type: 'text', value: last.value.replace(/\s+$/, '') };
  return children.filter((c) => c.type !== 'text' || c.value);
}
