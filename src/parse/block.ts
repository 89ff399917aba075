// The block pass (tiki-syntax.md §1 step 16): line by line, constructs recognised at column 0.
//
//   !heading   ---rule   *list #list +continuation   ;term:definition   ||table||
//   {PLUGIN(…)}…{PLUGIN} or {plugin …} alone on its line(s)   ~pp~…~/pp~ alone on its line(s)
//   ^box^ alone on its line(s)   ...page... (pagination, dropped)
//   anything else: paragraph lines (leading whitespace dropped, rule 12); a blank line ends
//   paragraphs and lists
//
// A "line" here is a logical line: a newline inside a ~np~/~pp~/~tc~/~hc~ span, a colour or a
// plugin call does not end it, because Tiki cuts those out before its line pass.

import { append } from './append.js';
import { matchHeading } from './heading.js';
import { MAX_DEPTH, parseInline } from './inline.js';
import { isWhiteAt } from './inline-atoms.js';
import { pluginNode, spanToInline } from './span-nodes.js';
import { buildLists, matchContinuation, matchListItem, type ListLine } from './list.js';
import type { ParseNote } from './parse-notes.js';
import { splitTopLevel } from './split-top-level.js';
import type { Scanner } from './spans.js';
import { buildTable, findTableExtent, trimRange } from './table.js';
import type { TikiBlock, TikiDefinitionItem, TikiInline } from './tiki-tree.js';

export function parseBlocks(scanner: Scanner, from: number, to: number, notes: ParseNote[]): TikiBlock[] {
  if (scanner.depth >= MAX_DEPTH) {
    notes.push({ ruleId: 'nesting-too-deep', severity: 'warning', offset: from, message: `Constructs nested more than ${MAX_DEPTH} deep; the innermost text is kept as it is` });
    return from < to ? [{ type: 'paragraph', children: [{ type: 'text', value: scanner.src.slice(from, to) }], start: from, end: to }] : [];
  }
  scanner.depth++;
  try {
    return parseBlocksAt(scanner, from, to, notes);
  } finally {
    scanner.depth--;
  }
}

function parseBlocksAt(scanner: Scanner, from: number, to: number, notes: ParseNote[]): TikiBlock[] {
  const src = scanner.src;
  const blocks: TikiBlock[] = [];
  const headingText = (a: number, b: number) => parseInline(scanner, a, b);
  const inline = scanner.headingsOnly ? (): TikiInline[] => [] : headingText;

  let para: Array<[number, number]> = [];
  let list: ListLine[] = [];
  let defs: TikiDefinitionItem[] = [];

  const flushPara = () => {
    if (!para.length) return;
    if (para.length === 1) {
      const [a, b] = para[0];
      blocks.push({ type: 'paragraph', children: inline(a, b), start: a, end: b });
      para = [];
      return;
    }
    const children: TikiInline[] = [];
    for (const [a, b] of para) {
      if (children.length) children.push({ type: 'break', kind: 'newline', start: a - 1, end: a });
      append(children, inline(a, b));
    }
    blocks.push({ type: 'paragraph', children, start: para[0][0], end: para[para.length - 1][1] });
    para = [];
  };
  const flushList = () => {
    if (list.length) append(blocks, buildLists(list, inline));
    list = [];
  };
  const flushDefs = () => {
    if (defs.length) blocks.push({ type: 'definitionList', children: defs, start: defs[0].start, end: defs[defs.length - 1].end });
    defs = [];
  };
  const flushAll = () => {
    flushPara();
    flushList();
    flushDefs();
  };

  let i = from;
  while (i < to) {
    const lineEnd = logicalLineEnd(scanner, i, to);
    const next = lineEnd + 1;
    let lead = i;
    while (lead < lineEnd && (src[lead] === ' ' || src[lead] === '\t' || src[lead] === '\r')) lead++;
    let end = lineEnd;
    while (end > lead && (src[end - 1] === '\r' || src[end - 1] === ' ' || src[end - 1] === '\t')) end--;

    if (lead === end) {
      flushAll();
      i = next;
      continue;
    }

    // A plugin, preformatted span or box standing alone on its line(s) is a block.
    const c0 = src[lead];
    if (c0 === '{' || c0 === '~' || c0 === '^') {
      const span = scanner.matchSpan(lead);
      if (span && span.end <= end && src.slice(span.end, end).trim() === '' && span.kind !== 'np' && span.kind !== 'color') {
        flushAll();
        if (span.kind === 'plugin') blocks.push(pluginNode(span, true));
        else if (span.kind === 'pp' || span.kind === 'pre') {
          const value = src.slice(span.contentStart, span.contentEnd);
          blocks.push({ type: 'preformatted', value, parsed: span.kind === 'pre', contentStart: span.contentStart, start: span.start, end: span.end });
        } else if (span.kind === 'box') {
          blocks.push({ type: 'box', children: parseBlocks(scanner, span.contentStart, span.contentEnd, notes), start: span.start, end: span.end });
        } else blocks.push(spanToInline(scanner, span) as TikiBlock);
        i = next;
        continue;
      }
    }

    // `...page...` split a page into several screens (wiki_pagination); a static page is one.
    if (src.slice(lead, end) === '...page...') {
      flushAll();
      notes.push({ ruleId: 'pagination-dropped', severity: 'info', offset: lead, message: 'Page separator "...page..." dropped: the page is shown whole' });
      i = next;
      continue;
    }

    const c = src[i];
    const heading = c === '!' ? matchHeading(src, i, end) : null;
    if (heading) {
      flushAll();
      blocks.push({ type: 'heading', depth: heading.depth, collapsible: heading.collapsible, numbered: heading.numbered, children: headingText(heading.textStart, end), start: i, end });
      i = next;
      continue;
    }

    if (src.startsWith('---', i)) {
      flushAll();
      let k = i;
      while (k < end && src[k] === '-') k++;
      const [ts, te] = trimRange(src, k, end);
      blocks.push({ type: 'rule', trailing: ts < te ? inline(ts, te) : [], start: i, end });
      i = next;
      continue;
    }

    const item = matchListItem(src, i, end) ?? (list.length ? matchContinuation(src, i, end) : null);
    if (item) {
      flushPara();
      flushDefs();
      list.push(item);
      i = next;
      continue;
    }

    if (c === ';') {
      const def = matchDefinition(scanner, i, end, inline);
      if (def) {
        flushPara();
        flushList();
        defs.push(def);
        i = next;
        continue;
      }
    }

    if (src.startsWith('||', lead)) {
      const extent = findTableExtent(scanner, lead, to, logicalLines(scanner, i, to));
      if (extent) {
        flushAll();
        const rows = [...logicalLines(scanner, extent.contentStart, extent.contentEnd)];
        blocks.push(buildTable(scanner, extent, rows, inline, lead));
        i = extent.lineEnd + 1;
        continue;
      }
      notes.push({ ruleId: 'table-unclosed', severity: 'warning', offset: lead, message: 'A line starts with "||" but no later line ends with "||"; kept as text (Tiki would have opened a table)' });
    }

    flushList();
    flushDefs();
    para.push([lead, end]);
    i = next;
  }
  flushAll();
  return blocks;
}

/** `;term:definition` — the term cannot contain `:`; the definition is non-empty, not `/…`. */
function matchDefinition(scanner: Scanner, pos: number, end: number, inline: (a: number, b: number) => TikiInline[]): TikiDefinitionItem | null {
  const parts = splitTopLevel(scanner, pos + 1, end, ':', 2);
  if (parts.length < 2) return null;
  const [ts, te] = trimRange(scanner.src, parts[0][0], parts[0][1]);
  const [ds, de] = trimRange(scanner.src, parts[1][0], parts[1][1]);
  // An empty term has no markdown form (Tiki drew an empty <dt>): the line stays text.
  if (ds === de || ts === te || scanner.src[ds] === '/') return null;
  return { type: 'definitionItem', term: inline(ts, te), definition: inline(ds, de), start: pos, end };
}

/** End of the logical line starting at `pos`: the next newline outside protected spans. */
export function logicalLineEnd(scanner: Scanner, pos: number, to: number): number {
  const src = scanner.src;
  let i = pos;
  while (i < to) {
    const c = src.charCodeAt(i);
    if (c === 10) return i;
    if (c === 126 || c === 123 || (c === 94 && (i === pos || isWhiteAt(src, i - 1)))) {
      const end = scanner.spanEnd(i);
      if (end !== -1 && end <= to) {
        i = end;
        continue;
      }
    }
    i++;
  }
  return to;
}

function* logicalLines(scanner: Scanner, from: number, to: number): Generator<[number, number]> {
  let i = from;
  while (i <= to) {
    const end = logicalLineEnd(scanner, i, to);
    yield [i, end];
    if (end >= to) return;
    i = end + 1;
  }
}
