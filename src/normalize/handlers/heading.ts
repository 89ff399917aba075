// Heading → `#`×depth (plus --heading-offset, clamped to 1..6). Tiki's flags have no markdown
// form: `!+`/`!-` (collapsible) become a plain, always-open heading; `!#` numbers are dropped.
// Both are reported.

import type { Heading } from 'mdast';
import type { TikiHeading } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { normalizeInline } from '../to-mdast.js';

export function heading(ctx: NormalizeContext, h: TikiHeading): Heading {
  const depth = Math.min(6, Math.max(1, h.depth + ctx.options.headingOffset)) as Heading['depth'];
  if (h.collapsible) {
    ctx.report('heading-collapsible', 'info', h.start, `Collapsible heading (${h.collapsible === 'open' ? '!+' : '!-'}) became a plain heading; its section is always shown`);
  }
  if (h.numbered) {
    ctx.report('heading-numbered', 'info', h.start, 'Numbered heading (!#): Tiki printed a section number before it; the number is not reproduced');
  }
  const first = h.children[0];
  if (first?.type === 'text' && /^\s*(?:[=!]|\d+\s*$)/.test(first.value)) {
    ctx.report('heading-suspicious', 'info', h.start, 'A line starting with "!" became a heading, as in Tiki; its text looks like prose ("!=", "!!", a number) — check it');
  }
  const children = normalizeInline(ctx, h.children, 'heading');
  trimEdges(children);
  return { type: 'heading', depth, children: children.filter((c) => c.type !== 'text' || c.value) };
}

function trimEdges(children: Heading['children']): void {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
}
