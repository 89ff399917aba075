// The shape of a plugin conversion, and the helpers every converter uses to read a call's body.
// A converter returns null when it cannot convert this particular call (e.g. {img} without a
// source it knows); the dispatcher then applies the plugin's fallback policy.

import type { PhrasingContent, RootContent } from 'mdast';
import { parseInline } from '../../parse/inline.js';
import { Scanner } from '../../parse/spans.js';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { normalizeBlocks, normalizeInline, type InlinePlace } from '../to-mdast.js';

export interface PluginConverter {
  block(ctx: NormalizeContext, p: TikiPlugin): RootContent[] | null;
  /** Inside a line of text. Absent: the body's inline content (or nothing). */
  inline?(ctx: NormalizeContext, p: TikiPlugin, place: InlinePlace): PhrasingContent[] | null;
}

/** Plugins inside plugins deeper than this are kept as their text (nesting-too-deep). */
const MAX_PLUGIN_DEPTH = 32;

/** The body parsed as wiki blocks, with offsets into the page source. */
export function bodyBlocks(ctx: NormalizeContext, p: TikiPlugin): RootContent[] {
  if (!p.body) return [];
  if (tooDeep(ctx, p)) return [{ type: 'paragraph', children: [{ type: 'text', value: p.body }] }];
  return nested(ctx, () => normalizeBlocks(ctx, ctx.parsed.parseRange(p.bodyStart, p.bodyStart + p.body!.length)));
}

/** The body parsed as inline wiki text (newlines become breaks). */
export function bodyInline(ctx: NormalizeContext, p: TikiPlugin, place: InlinePlace): PhrasingContent[] {
  if (!p.body) return [];
  if (tooDeep(ctx, p)) return [{ type: 'text', value: p.body }];
  return nested(ctx, () => normalizeInline(ctx, parseInline(scannerFor(ctx), p.bodyStart, p.bodyStart + p.body!.length), place));
}

function tooDeep(ctx: NormalizeContext, p: TikiPlugin): boolean {
  if (ctx.depth < MAX_PLUGIN_DEPTH) return false;
  ctx.reportOnce('nesting-too-deep', 'nesting-too-deep', 'warning', p.start, `Plugins nested more than ${MAX_PLUGIN_DEPTH} deep; the innermost bodies are kept as plain text`);
  return true;
}

function nested<T>(ctx: NormalizeContext, f: () => T): T {
  ctx.depth++;
  try {
    return f();
  } finally {
    ctx.depth--;
  }
}

/** Any range of the page source as inline content. */
export function rangeInline(ctx: NormalizeContext, from: number, to: number, place: InlinePlace): PhrasingContent[] {
  return normalizeInline(ctx, parseInline(scannerFor(ctx), from, to), place);
}

/** Any range of the page source as blocks. */
export function rangeBlocks(ctx: NormalizeContext, from: number, to: number): RootContent[] {
  return normalizeBlocks(ctx, ctx.parsed.parseRange(from, to));
}

const scanners = new WeakMap<NormalizeContext, Scanner>();
export function scannerFor(ctx: NormalizeContext): Scanner {
  let s = scanners.get(ctx);
  if (!s) scanners.set(ctx, (s = new Scanner(ctx.source)));
  return s;
}

/** A parameter by name, case-insensitively (Tiki lower-cases argument names). */
export function param(p: TikiPlugin, name: string): string | undefined {
  if (name in p.params) return p.params[name];
  const key = Object.keys(p.params).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : p.params[key];
}

/** Reports the parameters a mapping could not carry (style, class, alignment …). */
export function reportDroppedParams(ctx: NormalizeContext, p: TikiPlugin, kept: readonly string[]): void {
  const dropped = Object.keys(p.params).filter((k) => !kept.includes(k.toLowerCase()) && p.params[k] !== '');
  if (dropped.length) {
    ctx.report('style-dropped', 'info', p.start, `${p.name}: parameter(s) ${dropped.join(', ')} have no markdown form; dropped`);
  }
}

/** Phrasing content as one paragraph (or nothing when empty). */
export function asParagraph(children: PhrasingContent[]): RootContent[] {
  return children.length ? [{ type: 'paragraph', children }] : [];
}

