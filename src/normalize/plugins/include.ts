// Pages inside pages, expanded at conversion time (Tiki did it at view time):
//
//   {include page="P" start="marker" stop="marker"}   P's text; with start/stop, only the lines
//       between a line equal to `start` and a line equal to `stop` (trimmed; several segments)
//   {TRANSCLUDE(page=Tpl x=1)}body{TRANSCLUDE}         template Tpl with %%%text%%% → body and
//       %%%x%%% → the argument x
//
// A page that includes itself, directly or through others, is not expanded again (include-cycle).

import type { RootContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { markerText } from '../handlers/marker.js';
import { param, type PluginConverter } from './converter.js';
import { derivedBlocks, derivedInline } from './derived.js';

function otherPage(ctx: NormalizeContext, p: TikiPlugin, name: string | undefined): { name: string; source: string } | 'cycle' | null {
  if (!name?.trim()) return null;
  const found = ctx.options.resources?.pageSource?.(name.trim()) ?? null;
  if (!found) {
    ctx.report('include-missing', 'warning', p.start, `${p.name}: page "${name.trim()}" does not exist or is not available; kept as a marker`);
    return null;
  }
  const self = ctx.options.resources?.page?.name;
  if (found.name === self || ctx.includeStack.includes(found.name)) {
    ctx.report('include-cycle', 'warning', p.start, `${p.name}: "${found.name}" includes itself (through ${[self, ...ctx.includeStack].filter(Boolean).join(' → ')}); not expanded again`);
    return 'cycle';
  }
  return found;
}

/** The lines between each `start` line and the next `stop` line (Tiki trims both sides). */
export function segment(text: string, start: string | undefined, stop: string | undefined): string {
  if (!start && !stop) return text;
  const out: string[] = [];
  let on = !start;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!on && start && t === start.trim()) {
      on = true;
      continue;
    }
    if (on && stop && t === stop.trim()) {
      on = false;
      continue;
    }
    if (on) out.push(line);
  }
  return out.join('\n');
}

export const includeConverter: PluginConverter = {
  block(ctx, p) {
    const page = otherPage(ctx, p, param(p, 'page'));
    if (page === 'cycle') return [{ type: 'html', value: markerText(p.name, p.rawParams, ' (not expanded: cycle)') }];
    if (!page) return null;
    ctx.report('include-expanded', 'info', p.start, `${p.name}: the text of "${page.name}" is copied here; later edits of that page will not show here`);
    const text = segment(page.source, param(p, 'start'), param(p, 'stop'));
    return wrap(p, derivedBlocks(ctx, text, p.start, `included page "${page.name}"`, page.name));
  },
  inline(ctx, p, place) {
    const page = otherPage(ctx, p, param(p, 'page'));
    if (page === 'cycle') return [{ type: 'html', value: markerText(p.name, p.rawParams, ' (not expanded: cycle)') }];
    if (!page) return null;
    ctx.report('include-expanded', 'info', p.start, `${p.name}: the text of "${page.name}" is copied here, inside a line; later edits of that page will not show here`);
    const text = segment(page.source, param(p, 'start'), param(p, 'stop'));
    return derivedInline(ctx, text, p.start, `included page "${page.name}"`, place, page.name);
  },
};

export const transcludeConverter: PluginConverter = {
  block(ctx, p) {
    const page = otherPage(ctx, p, param(p, 'page'));
    if (page === 'cycle') return [{ type: 'html', value: markerText(p.name, p.rawParams, ' (not expanded: cycle)') }];
    if (!page) return null;
    ctx.report('include-expanded', 'info', p.start, `${p.name}: template "${page.name}" is filled in here`);
    const filled = page.source.replace(/%%%([A-Za-z0-9_]+)%%%/g, (all, key: string) => (key === 'text' ? (p.body ?? '') : (param(p, key) ?? all)));
    return wrap(p, derivedBlocks(ctx, filled, p.start, `template "${page.name}"`, page.name));
  },
};

/** Greppable boundaries around expanded text, so a reviewer sees where it came from. */
function wrap(p: TikiPlugin, blocks: RootContent[]): RootContent[] {
  return [{ type: 'html', value: markerText(p.name, p.rawParams) }, ...blocks, { type: 'html', value: markerText(`/${p.name}`, '') }];
}
