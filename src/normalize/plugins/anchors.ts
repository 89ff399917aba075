// Anchors:
//
//   {ANAME()}name{ANAME}                    safe policy: the anchor cannot be written; links to it
//                                           are sent to the next heading's id (anchor-moved), or it
//                                           is reported (anchor-dropped). unsafe: <a id="name"></a>
//   {ALINK(aname=x pagename=P)}text{ALINK}  [text](/pages/p/#x) — or (#x) in this page
//
// ids are mapped like heading anchors (Tiki id → Hugo id) through the target page's map.

import type { PhrasingContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { anameId } from '../anchor-id.js';
import { anchorSuffix } from '../handlers/wiki-link.js';
import { withoutLinks, type InlinePlace } from '../to-mdast.js';
import { bodyInline, param, type PluginConverter } from './converter.js';


function aname(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] {
  const id = anameId(p.body ?? param(p, 'name') ?? '');
  if (!id) return [];
  if (ctx.rawHtml === 'unsafe') return [{ type: 'html', value: `<a id="${id}">` }, { type: 'html', value: '</a>' }];
  const moved = ctx.ownAnchors.get(id);
  if (moved) {
    ctx.report('anchor-moved', 'info', p.start, `Anchor "${id}" cannot be written under the safe HTML policy; links to it go to the heading "#${moved}" that follows it`);
  } else {
    ctx.report('anchor-dropped', 'warning', p.start, `Anchor "${id}" cannot be written under the safe HTML policy and no heading follows it; links to "#${id}" will land at the top of the page`);
  }
  return [];
}

function alink(ctx: NormalizeContext, p: TikiPlugin, place: InlinePlace): PhrasingContent[] {
  const anchor = param(p, 'aname')?.trim() || null;
  const pageName = param(p, 'pagename')?.trim();
  const label = withoutLinks(bodyInline(ctx, p, place).filter((n) => n.type !== 'break'));
  const children: PhrasingContent[] = label.length ? label : [{ type: 'text', value: anchor ?? pageName ?? '' }];
  if (!pageName) return [{ type: 'link', url: anchorSuffix(ctx, null, anchor, p.start) || '#', title: null, children }];
  const found = ctx.links.resolve(pageName);
  if (found.status === 'missing') {
    ctx.report('link-broken', 'warning', p.start, `ALINK to missing page "${pageName}"; kept as plain text`);
    return children;
  }
  return [{ type: 'link', url: found.target.url + anchorSuffix(ctx, found.target, anchor, p.start), title: null, children }];
}

export const anameConverter: PluginConverter = {
  block: (ctx, p) => {
    const out = aname(ctx, p);
    return out.length ? [{ type: 'paragraph', children: out }] : [];
  },
  inline: (ctx, p) => aname(ctx, p),
};

export const alinkConverter: PluginConverter = {
  block: (ctx, p) => [{ type: 'paragraph', children: alink(ctx, p, 'paragraph') }],
  inline: (ctx, p, place) => alink(ctx, p, place),
};
