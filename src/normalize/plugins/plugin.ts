// Plugin calls. Converted today: CODE, maketoc/autotoc, img with a direct src. Every other name
// in the registry keeps a visible, greppable marker and is reported:
//
//   dynamic plugins   <!-- tiki:trackerlist trackerId=3 -->                 plugin-dynamic
//   other plugins     <!-- tiki:DIV class="note" --> body <!-- /tiki:DIV -->  plugin-unconverted
//   not a plugin      {FOO(x=1)}body{FOO} kept as literal text, like Tiki    plugin-unknown

import type { PhrasingContent, RootContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { markerText } from '../handlers/marker.js';
import { paragraphsOf } from '../handlers/paragraph.js';
import { normalizeBlocks, normalizeInline, tidyPhrasing, type InlinePlace } from '../to-mdast.js';
import { parseInline } from '../../parse/inline.js';
import { Scanner } from '../../parse/spans.js';
import { codeBlock, inlineCode } from './code.js';
import { image } from './img.js';
import { pluginInfo } from './registry.js';
import { toc } from './toc.js';

export function blockPlugin(ctx: NormalizeContext, p: TikiPlugin): RootContent[] {
  switch (p.key) {
    case 'code':
      return codeBlock(p);
    case 'maketoc':
    case 'autotoc':
      return [toc(ctx, p)];
    case 'img': {
      const img = image(ctx, p);
      if (img) return paragraphsOf(img);
    }
  }
  const info = pluginInfo(p.key);
  if (!info) return paragraphsOf(unknownInline(ctx, p, 'paragraph'));
  if (info.group === 'dynamic') return [{ type: 'html', value: dynamicMarker(ctx, p) }];
  reportUnconverted(ctx, p);
  if (p.body === null) return [{ type: 'html', value: markerText(p.name, p.rawParams) }];
  const body = info.body === 'wiki' ? normalizeBlocks(ctx, ctx.parsed.parseRange(p.bodyStart, p.bodyStart + p.body.length)) : verbatimBody(p);
  return [{ type: 'html', value: markerText(p.name, p.rawParams) }, ...body, { type: 'html', value: markerText(`/${p.name}`, '') }];
}

export function inlinePlugin(ctx: NormalizeContext, p: TikiPlugin, place: InlinePlace): PhrasingContent[] {
  switch (p.key) {
    case 'code':
      return inlineCode(p);
    case 'maketoc':
    case 'autotoc':
      return [toc(ctx, p)];
    case 'img': {
      const img = image(ctx, p);
      if (img) return img;
    }
  }
  const info = pluginInfo(p.key);
  if (!info) return unknownInline(ctx, p, place);
  if (info.group === 'dynamic') return [{ type: 'html', value: dynamicMarker(ctx, p) }];
  reportUnconverted(ctx, p);
  if (p.body === null) return [{ type: 'html', value: markerText(p.name, p.rawParams) }];
  const body: PhrasingContent[] =
    info.body === 'wiki' ? normalizeInline(ctx, parseInline(scannerFor(ctx), p.bodyStart, p.bodyStart + p.body.length), place) : [{ type: 'text', value: p.body }];
  return [{ type: 'html', value: markerText(p.name, p.rawParams) }, ...body, { type: 'html', value: markerText(`/${p.name}`, '') }];
}

function dynamicMarker(ctx: NormalizeContext, p: TikiPlugin): string {
  ctx.report('plugin-dynamic', 'warning', p.start, `Plugin ${p.name} is computed by Tiki when the page is viewed; it cannot be converted to static text and is kept as a marker`);
  return markerText(p.name, p.rawParams, p.body ? ` (body: ${p.body.length} characters)` : '');
}

function reportUnconverted(ctx: NormalizeContext, p: TikiPlugin): void {
  ctx.report('plugin-unconverted', 'warning', p.start, `Plugin ${p.name} is not converted yet; its body is kept between markers`);
}

/** Not a Tiki plugin: Tiki shows the braces literally and parses the body as ordinary text. */
function unknownInline(ctx: NormalizeContext, p: TikiPlugin, place: InlinePlace): PhrasingContent[] {
  ctx.reportOnce(`plugin-unknown:${p.key}`, 'plugin-unknown', p.body === null ? 'info' : 'warning', p.start, `"{${p.name}…}" is not a known Tiki plugin; kept as literal text, as Tiki showed it`);
  if (p.body === null) return [{ type: 'text', value: ctx.sourceOf(p) }];
  const opener = ctx.source.slice(p.start, p.bodyStart);
  const closer = ctx.source.slice(p.bodyStart + p.body.length, p.end);
  const body = normalizeInline(ctx, parseInline(scannerFor(ctx), p.bodyStart, p.bodyStart + p.body.length), place);
  return tidyPhrasing([{ type: 'text', value: opener }, ...body, { type: 'text', value: closer }]);
}

function verbatimBody(p: TikiPlugin): RootContent[] {
  return [{ type: 'code', lang: null, meta: null, value: (p.body ?? '').replace(/^\n+|\n+$/g, '') }];
}

const scanners = new WeakMap<NormalizeContext, Scanner>();
function scannerFor(ctx: NormalizeContext): Scanner {
  let s = scanners.get(ctx);
  if (!s) scanners.set(ctx, (s = new Scanner(ctx.source)));
  return s;
}
