// Layout plugins are flattened into a reading order a static page can show:
//
//   {SPLIT()}a---b@@@c---d{SPLIT}          cells in order (rows `@@@`, columns exactly `---`)
//   {TABS(tabs="A|B")}a/////b{TABS}        #### A ⏎ a ⏎ #### B ⏎ b
//   {SLIDER(titles="A|B")}a/////b{SLIDER}  the same
//
// Each flattening is reported (layout-flattened).

import { append } from '../../parse/append.js';
import type { RootContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { param, rangeBlocks, type PluginConverter } from './converter.js';

/** Splits the body range at every match of `re`, returning source offset ranges. */
function splitBody(p: TikiPlugin, re: RegExp, from = p.bodyStart, to = p.bodyStart + (p.body?.length ?? 0), src = ''): Array<[number, number]> {
  const text = src.slice(from, to);
  const out: Array<[number, number]> = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push([from + last, from + m.index!]);
    last = m.index! + m[0].length;
  }
  out.push([from + last, to]);
  return out;
}

export const splitConverter: PluginConverter = {
  block(ctx, p) {
    ctx.report('layout-flattened', 'info', p.start, `${p.name}: columns are shown one after another`);
    const out: RootContent[] = [];
    for (const [rs, re] of splitBody(p, /@@@+/g, undefined, undefined, ctx.source)) {
      for (const [cs, ce] of splitBody(p, /(?<!-)---(?!-)/g, rs, re, ctx.source)) append(out, rangeBlocks(ctx, cs, ce));
    }
    return out;
  },
};

function sections(ctx: NormalizeContext, p: TikiPlugin, titlesParam: string): RootContent[] {
  ctx.report('layout-flattened', 'info', p.start, `${p.name}: each tab is shown as a section under its title`);
  const titles = (param(p, titlesParam) ?? '').split('|').map((t) => t.trim());
  const depth = Math.min(6, Math.max(1, 4 + ctx.options.headingOffset)) as 4;
  const out: RootContent[] = [];
  splitBody(p, /\/{5,}/g, undefined, undefined, ctx.source).forEach(([a, b], i) => {
    const title = titles[i] || `${i + 1}`;
    out.push({ type: 'heading', depth, children: [{ type: 'text', value: title }] }, ...rangeBlocks(ctx, a, b));
  });
  return out;
}

export const tabsConverter: PluginConverter = { block: (ctx, p) => sections(ctx, p, 'tabs') };
export const sliderConverter: PluginConverter = { block: (ctx, p) => sections(ctx, p, 'titles') };
