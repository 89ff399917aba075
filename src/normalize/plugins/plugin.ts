// Plugin calls: look the name up, pick the policy (config override, else the default for its
// group), apply it. Every outcome other than an exact conversion is a finding.
//
//   convert  the mapping in converters.ts        (no mapping: unwrap content, marker otherwise)
//   unwrap   body kept                            plugin-unwrapped (conditional bodies also get
//                                                  `<!-- tiki:NAME args -->` … `<!-- /tiki:NAME -->`)
//   marker   <!-- tiki:NAME args -->              plugin-dynamic for dynamic plugins, else plugin-marker
//   drop     nothing                              plugin-dropped
//   html     raw HTML when rawHtml is unsafe      (else as convert)
//   not a Tiki plugin: literal text, as Tiki showed it     plugin-unknown

import type { PhrasingContent, RootContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { markerText } from '../handlers/marker.js';
import { paragraphsOf } from '../handlers/paragraph.js';
import { tidyPhrasing, type InlinePlace } from '../to-mdast.js';
import { bidi, bidiNames } from './bidi.js';
import { bodyBlocks, bodyInline } from './converter.js';
import { converters } from './converters.js';
import { pluginInfo, type PluginInfo, type PluginPolicy } from './registry.js';

export function defaultPolicy(info: PluginInfo): PluginPolicy {
  if (converters.has(info.name)) return 'convert';
  if (info.group === 'dynamic' || info.group === 'resolvable') return 'marker';
  if (info.chrome) return 'drop';
  return 'unwrap';
}

function policyOf(ctx: NormalizeContext, info: PluginInfo): PluginPolicy {
  const chosen = ctx.options.plugins?.[info.name] ?? defaultPolicy(info);
  if (chosen === 'html' && ctx.rawHtml !== 'unsafe') return 'convert';
  if (chosen === 'convert' && !converters.has(info.name)) return info.group === 'dynamic' || info.group === 'resolvable' ? 'marker' : 'unwrap';
  return chosen;
}

export function blockPlugin(ctx: NormalizeContext, p: TikiPlugin): RootContent[] {
  if (bidiNames.has(p.key) && p.body === null) return paragraphsOf(bidi(ctx, p));
  const info = pluginInfo(p.key);
  if (!info) return paragraphsOf(unknown(ctx, p, 'paragraph'));
  const policy = policyOf(ctx, info);
  if (policy === 'convert' || policy === 'html') {
    const out = converters.get(info.name)!.block(ctx, p);
    if (out) return out;
    return fallback(ctx, p, info, 'block') as RootContent[];
  }
  return apply(ctx, p, info, policy, 'block') as RootContent[];
}

export function inlinePlugin(ctx: NormalizeContext, p: TikiPlugin, place: InlinePlace): PhrasingContent[] {
  if (bidiNames.has(p.key) && p.body === null) return bidi(ctx, p);
  const info = pluginInfo(p.key);
  if (!info) return unknown(ctx, p, place);
  const policy = policyOf(ctx, info);
  if (policy === 'convert' || policy === 'html') {
    const converter = converters.get(info.name)!;
    const out = converter.inline ? converter.inline(ctx, p, place) : null;
    if (out) return out;
    if (!converter.inline) {
      // A block-level mapping used inside a line: keep the body's text, say so.
      ctx.report('plugin-inline', 'info', p.start, `${p.name} inside a line of text cannot take its block form; its content is kept inline`);
      return bodyInline(ctx, p, place);
    }
    return fallback(ctx, p, info, place) as PhrasingContent[];
  }
  return apply(ctx, p, info, policy, place) as PhrasingContent[];
}

function fallback(ctx: NormalizeContext, p: TikiPlugin, info: PluginInfo, where: 'block' | InlinePlace): RootContent[] | PhrasingContent[] {
  return apply(ctx, p, info, info.group === 'content' || info.group === 'presentational' ? 'unwrap' : 'marker', where);
}

function apply(ctx: NormalizeContext, p: TikiPlugin, info: PluginInfo, policy: Exclude<PluginPolicy, 'convert' | 'html'>, where: 'block' | InlinePlace): RootContent[] | PhrasingContent[] {
  const block = where === 'block';
  switch (policy) {
    case 'drop':
      ctx.report('plugin-dropped', 'info', p.start, `${p.name} dropped (${info.chrome ? 'page chrome with no static equivalent' : 'policy "drop"'})`);
      return [];
    case 'marker':
      if (info.group === 'dynamic') {
        ctx.report('plugin-dynamic', 'warning', p.start, `Plugin ${p.name} is computed by Tiki when the page is viewed; it cannot be converted to static text and is kept as a marker`);
      } else {
        ctx.report('plugin-marker', 'warning', p.start, `Plugin ${p.name} is not converted; kept as a marker`);
      }
      return [{ type: 'html', value: markerText(p.name, p.rawParams, p.body ? ` (body: ${p.body.length} characters)` : '') }];
    case 'unwrap': {
      const why = info.conditional ? 'shown to every reader (Tiki showed it only under a condition)' : 'its body is kept without the wrapper';
      ctx.report('plugin-unwrapped', info.conditional ? 'warning' : 'info', p.start, `${p.name}: ${why}`);
      const body = info.body === 'wiki' ? (block ? bodyBlocks(ctx, p) : bodyInline(ctx, p, where)) : verbatim(p, block);
      if (!info.conditional) return body as RootContent[];
      const open = { type: 'html' as const, value: markerText(p.name, p.rawParams) };
      const close = { type: 'html' as const, value: markerText(`/${p.name}`, '') };
      return [open, ...body, close] as RootContent[];
    }
  }
}

function verbatim(p: TikiPlugin, block: boolean): RootContent[] | PhrasingContent[] {
  const value = (p.body ?? '').replace(/^\n+|\n+$/g, '');
  if (!value) return [];
  return block ? [{ type: 'code', lang: null, meta: null, value }] : [{ type: 'inlineCode', value: value.replace(/\s*\n\s*/g, ' ') }];
}

/** Not a Tiki plugin: Tiki shows the braces literally and parses the body as ordinary text. */
function unknown(ctx: NormalizeContext, p: TikiPlugin, place: InlinePlace): PhrasingContent[] {
  ctx.reportOnce(`plugin-unknown:${p.key}`, 'plugin-unknown', p.body === null ? 'info' : 'warning', p.start, `"{${p.name}…}" is not a known Tiki plugin; kept as literal text, as Tiki showed it`);
  if (p.body === null) return [{ type: 'text', value: ctx.sourceOf(p) }];
  const opener = ctx.source.slice(p.start, p.bodyStart);
  const closer = ctx.source.slice(p.bodyStart + p.body.length, p.end);
  return tidyPhrasing([{ type: 'text', value: opener }, ...bodyInline(ctx, p, place), { type: 'text', value: closer }]);
}
