// {FANCYTABLE(head="A|B" headclass= sortable=y colwidths= colaligns=)}r1a|r1b⏎r2a|r2b{FANCYTABLE}
// → a GFM table with `head` as its header row. Cells split on `~|~` when that token occurs
// anywhere in the body, else on `|`; rows are lines. Extra header rows (`>>` in head) become
// bold first rows; sorting and widths are reported as dropped.

import type { PhrasingContent, RootContent, TableCell, TableRow } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { trimCell } from '../handlers/table.js';
import { param, rangeInline, reportDroppedParams, type PluginConverter } from './converter.js';

export const fancytableConverter: PluginConverter = {
  block(ctx, p) {
    reportDroppedParams(ctx, p, ['head']);
    const body = p.body ?? '';
    const sep = body.includes('~|~') ? '~|~' : '|';
    const rows = rowsOf(ctx, p, sep);
    const headRows = (param(p, 'head') ?? '').split('>>').filter((r) => r.trim());
    const head = headRows.map((r) => r.split(r.includes('~|~') ? '~|~' : '|').map((c): PhrasingContent[] => (c.trim() ? [{ type: 'text', value: c.trim() }] : [])));
    const width = Math.max(1, ...rows.map((r) => r.length), ...head.map((r) => r.length));
    const toRow = (cells: PhrasingContent[][]): TableRow => ({
      type: 'tableRow',
      children: Array.from({ length: width }, (_, i): TableCell => ({ type: 'tableCell', children: cells[i] ?? [] })),
    });
    const extraHead = head.slice(1).map((r) => r.map((c) => (c.length ? [{ type: 'strong', children: c } as PhrasingContent] : [])));
    const table: RootContent = {
      type: 'table',
      align: Array.from({ length: width }, () => null),
      children: [toRow(head[0] ?? []), ...extraHead.map(toRow), ...rows.map(toRow)],
    };
    return [table];
  },
};

function rowsOf(ctx: NormalizeContext, p: TikiPlugin, sep: string): PhrasingContent[][][] {
  const rows: PhrasingContent[][][] = [];
  let offset = p.bodyStart;
  for (const line of (p.body ?? '').split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    const cells: PhrasingContent[][] = [];
    let cellStart = 0;
    for (;;) {
      const at = line.indexOf(sep, cellStart);
      const end = at === -1 ? line.replace(/\r$/, '').length : at;
      cells.push(trimCell(rangeInline(ctx, lineStart + cellStart, lineStart + end, 'cell')));
      if (at === -1) break;
      cellStart = at + sep.length;
    }
    rows.push(cells);
  }
  return rows;
}
