// Converting wiki text that is not a slice of this page's source — another page's text
// ({include}), a filled-in template ({TRANSCLUDE}), re-ordered lines ({SORT}) — in a child
// context that shares this page's links, options, anchors and footnotes. Findings raised inside
// are reported at the call that produced the text, naming where they came from.

import type { PhrasingContent, RootContent } from 'mdast';
import { parseTiki } from '../../parse/index.js';
import { parseInline } from '../../parse/inline.js';
import { Scanner } from '../../parse/spans.js';
import { NormalizeContext } from '../context.js';
import { normalizeBlocks, normalizeInline, type InlinePlace } from '../to-mdast.js';

export function derivedBlocks(ctx: NormalizeContext, text: string, at: number, origin: string, includeName?: string): RootContent[] {
  const child = childContext(ctx, text, includeName);
  const out = normalizeBlocks(child, child.parsed.tree.children);
  forward(ctx, child, at, origin);
  return out;
}

export function derivedInline(ctx: NormalizeContext, text: string, at: number, origin: string, place: InlinePlace, includeName?: string): PhrasingContent[] {
  const child = childContext(ctx, text, includeName);
  const out = normalizeInline(child, parseInline(new Scanner(text), 0, text.length), place);
  forward(ctx, child, at, origin);
  return out;
}

function childContext(ctx: NormalizeContext, text: string, includeName?: string): NormalizeContext {
  const child = new NormalizeContext(text, parseTiki(text), ctx.links, ctx.options, ctx.footnotes);
  child.ownAnchors = ctx.ownAnchors;
  child.includeStack = includeName ? [...ctx.includeStack, includeName] : ctx.includeStack;
  return child;
}

function forward(ctx: NormalizeContext, child: NormalizeContext, at: number, origin: string): void {
  for (const f of child.findings) {
    const where = f.line === null ? origin : `${origin}, line ${f.line}`;
    ctx.report(f.ruleId, f.severity, at, `${f.message} (in ${where})`);
  }
}
