// External links and bare URLs:
//
//   [https://x|label]        [label](https://x)          third segment (nocache, box, rel) dropped
//   [https://x]              <https://x>
//   [www.x.org|l]            [l](https://www.x.org)
//   [#Tiki_Id|label]         [label](#hugo-id)            in-page anchor, mapped
//   [tiki-index.php?page=P]  resolved like ((P))
//   [Known Page|l]           [l](/pages/known-page/)      Tiki linked relatively; the page exists
//   [sic]                    \[sic]                       rule 18: not a link target; reported
//   https://x (bare)         <https://x>

import type { PhrasingContent } from 'mdast';
import type { TikiAutolink, TikiExternalLink } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { normalizeInline, type InlinePlace } from '../to-mdast.js';
import { anchorSuffix } from './wiki-link.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const TIKI_PAGE_URL = /^(?:\.\/)?tiki-index\.php\?page=([^&#]+)(#.*)?$/;

export function externalLink(ctx: NormalizeContext, n: TikiExternalLink, place: InlinePlace): PhrasingContent[] {
  const label = n.label ? normalizeInline(ctx, n.label, place).filter((c) => c.type !== 'break') : null;
  if (n.extra && !/^nocache$/i.test(n.extra)) {
    ctx.report('link-option-dropped', 'info', n.start, `Link option "${n.extra}" (lightbox or rel) has no markdown form; dropped`);
  }
  const url = n.url;
  const tikiPage = TIKI_PAGE_URL.exec(url);
  if (tikiPage) {
    const name = decodeQueryValue(tikiPage[1]);
    const found = ctx.links.resolve(name);
    if (found.status !== 'missing') {
      const anchor = tikiPage[2] ? tikiPage[2].slice(1) : null;
      return [link(found.target.url + anchorSuffix(ctx, found.target, anchor, n.start), label ?? [{ type: 'text', value: name }])];
    }
    ctx.report('link-broken', 'warning', n.start, `Link to missing page "${name}" (tiki-index.php URL); kept as plain text`);
    return label ?? [{ type: 'text', value: name }];
  }
  if (url.startsWith('#')) return [link(anchorSuffix(ctx, null, url.slice(1), n.start), label ?? [{ type: 'text', value: url.slice(1) }])];
  if (SCHEME.test(url) || url.startsWith('/') || url.startsWith('./') || url.startsWith('../')) {
    return [link(url, label ?? [{ type: 'text', value: url }])];
  }
  if (/^www\./i.test(url)) return [link(`https://${url}`, label ?? [{ type: 'text', value: url }])];

  // Tiki made a relative link of anything in brackets. Keep it a link only if it names a page.
  const found = ctx.links.knowsPages ? ctx.links.resolve(url) : ({ status: 'missing' } as const);
  if (found.status === 'exact' || found.status === 'folded') {
    return [link(found.target.url, label ?? [{ type: 'text', value: url }])];
  }
  ctx.report('link-bracket-literal', 'info', n.start, `"[${url}]" does not look like a link target; kept as text (Tiki rendered a relative link to "${url}")`);
  return [{ type: 'text', value: ctx.sourceOf(n) }];
}

export function autolink(n: TikiAutolink): PhrasingContent[] {
  const url = /^www\./i.test(n.url) ? `https://${n.url}` : /^[^:/]+@/.test(n.url) ? `mailto:${n.url}` : n.url;
  return [link(url, [{ type: 'text', value: n.url }])];
}

function link(url: string, children: PhrasingContent[]): PhrasingContent {
  return { type: 'link', url, title: null, children: children.length ? children : [{ type: 'text', value: url }] };
}

function decodeQueryValue(v: string): string {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return v;
  }
}
