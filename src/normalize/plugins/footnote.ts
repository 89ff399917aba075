// {FOOTNOTE(tag= sameas=)}text{FOOTNOTE} → a GFM footnote: `[^n]` where it stands, and
// `[^n]: text` at the end of the page. `tag` names a note so `sameas` can cite it again.
// {FOOTNOTEAREA()} only told Tiki where to print the list: GFM footnotes always go at the end.

import type { PhrasingContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { bodyBlocks, param, type PluginConverter } from './converter.js';

const tags = new WeakMap<NormalizeContext, Map<string, string>>();

function reference(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] {
  let byTag = tags.get(ctx);
  if (!byTag) tags.set(ctx, (byTag = new Map()));
  const sameas = param(p, 'sameas')?.trim();
  if (sameas) {
    const id = byTag.get(sameas);
    if (id) return [{ type: 'footnoteReference', identifier: id, label: id }];
    ctx.report('footnote-missing', 'warning', p.start, `Footnote sameas="${sameas}" names no earlier footnote tag`);
  }
  const id = String(ctx.footnotes.length + 1);
  const tag = param(p, 'tag')?.trim();
  if (tag) byTag.set(tag, id);
  ctx.footnotes.push({ type: 'footnoteDefinition', identifier: id, label: id, children: bodyBlocks(ctx, p) as never });
  return [{ type: 'footnoteReference', identifier: id, label: id }];
}

export const footnoteConverter: PluginConverter = {
  block: (ctx, p) => [{ type: 'paragraph', children: reference(ctx, p) }],
  inline: (ctx, p) => reference(ctx, p),
};

function area(ctx: NormalizeContext, p: TikiPlugin): [] {
  if (p.body?.trim()) ctx.report('plugin-dropped', 'info', p.start, `${p.name} has no body in Tiki; the text inside it was not shown and is dropped`);
  return [];
}

export const footnoteAreaConverter: PluginConverter = {
  block: (ctx, p) => area(ctx, p),
  inline: (ctx, p) => area(ctx, p),
};
