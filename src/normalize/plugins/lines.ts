// Plugins whose body is a list of lines:
//
//   {DL()}term:definition⏎…{DL}          → a definition list
//   {FANCYLIST()}1) item⏎2) item{FANCYLIST} → an ordered list
//   {SORT(sort=asc|desc|reverse|shuffle)}lines{SORT} → the lines, sorted as Tiki sorted them
//                                            (shuffle keeps the stored order, reported)

import type { ListItem, RootContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { DefinitionList } from '../../emit/mdast-extensions.js';
import { cmp } from '../../report/finding.js';
import { param, rangeInline, type PluginConverter } from './converter.js';
import { derivedBlocks } from './derived.js';

/** The body's non-blank lines as [start, end) offsets in the page source. */
function bodyLines(p: TikiPlugin): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const body = p.body ?? '';
  let start = 0;
  for (const line of body.split('\n')) {
    const end = start + line.length;
    if (line.trim()) out.push([p.bodyStart + start, p.bodyStart + end - (line.endsWith('\r') ? 1 : 0)]);
    start = end + 1;
  }
  return out;
}

export const dlConverter: PluginConverter = {
  block(ctx, p) {
    const children: DefinitionList['children'] = [];
    for (const [a, b] of bodyLines(p)) {
      const colon = ctx.source.indexOf(':', a);
      // No colon, or nothing before it: the whole line is the term.
      const split = colon > a && colon < b ? colon : b;
      children.push({ type: 'definitionTerm', children: rangeInline(ctx, a, split, 'term') });
      children.push({ type: 'definitionDescription', children: split < b ? rangeInline(ctx, split + 1, b, 'term') : [] });
    }
    return children.length ? [{ type: 'definitionList', children } as RootContent] : [];
  },
};

export const fancylistConverter: PluginConverter = {
  block(ctx, p) {
    const items: ListItem[] = bodyLines(p).map(([a, b]) => {
      const m = /^\s*\d+[.)]\s*/.exec(ctx.source.slice(a, b));
      const from = a + (m ? m[0].length : 0);
      return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: rangeInline(ctx, from, b, 'paragraph') }] };
    });
    return items.length ? [{ type: 'list', ordered: true, start: 1, spread: false, children: items }] : [];
  },
};

export const sortConverter: PluginConverter = {
  block(ctx, p) {
    const mode = (param(p, 'sort') ?? 'asc').toLowerCase();
    const lines = (p.body ?? '').split('\n').filter((l) => l.trim());
    if (mode === 'asc') lines.sort(cmp);
    else if (mode === 'desc') lines.sort((a, b) => cmp(b, a));
    else if (mode === 'reverse') lines.reverse();
    else ctx.report('plugin-static-value', 'info', p.start, `${p.name}(sort=${mode}): Tiki re-ordered the lines at every view; the stored order is kept`);
    return derivedBlocks(ctx, lines.join('\n'), p.start, `the sorted body of ${p.name}`);
  },
};
