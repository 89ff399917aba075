// Protected spans (see spans.ts) as Tiki tree nodes: ~np~ → noParse, ~pp~/~pre~ inside a line →
// monospace, ~tc~ → comment, ~hc~ → htmlComment, colours and boxes → nodes with parsed children,
// plugin calls → plugin nodes.

import { parseInline } from './inline.js';
import type { Scanner, SpanMatch } from './spans.js';
import type { TikiColor, TikiInline, TikiPlugin, TikiText } from './tiki-tree.js';

export function spanToInline(scanner: Scanner, span: Exclude<SpanMatch, { kind: 'color' }>): Exclude<TikiInline, TikiText> {
  const src = scanner.src;
  switch (span.kind) {
    case 'np':
      return { type: 'noParse', value: src.slice(span.contentStart, span.contentEnd), start: span.start, end: span.end };
    case 'pp':
    case 'pre':
      return {
        type: 'monospace',
        children: [{ type: 'text', value: src.slice(span.contentStart, span.contentEnd) }],
        start: span.start,
        end: span.end,
      };
    case 'tc':
      return { type: 'comment', value: src.slice(span.contentStart, span.contentEnd), start: span.start, end: span.end };
    case 'hc':
      return { type: 'htmlComment', value: src.slice(span.contentStart, span.contentEnd), start: span.start, end: span.end };
    case 'box':
      return { type: 'boxInline', children: parseInline(scanner, span.contentStart, span.contentEnd), start: span.start, end: span.end };
    case 'plugin':
      return pluginNode(span, false);
  }
}

/** The colour whose `~~fg:` opener is at `pos`, if it closes by `to`; made from the scanner's colour rows, with no span in between. */
export function colorNode(scanner: Scanner, pos: number, to: number): TikiColor | null {
  const colors = scanner.colors;
  const row = colors.at(pos);
  if (row === -1 || colors.endOf(row) > to) return null;
  return {
    type: 'color',
    fg: colors.fg(row),
    bg: colors.bg(row),
    children: parseInline(scanner, colors.contentStartOf(row), colors.contentEndOf(row)),
    start: pos,
    end: colors.endOf(row),
  };
}

export function pluginNode(span: Extract<SpanMatch, { kind: 'plugin' }>, block: boolean): TikiPlugin {
  const c = span.call;
  return {
    type: 'plugin',
    name: c.name,
    key: c.name.toLowerCase(),
    params: c.params,
    rawParams: c.rawParams,
    body: c.body,
    bodyStart: c.bodyStart,
    block,
    start: span.start,
    end: span.end,
  };
}

