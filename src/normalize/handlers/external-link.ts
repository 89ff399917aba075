// External links and bare URLs:
//
//   [https://x|label]        [label](https://x)          third segment (nocache, box, rel) dropped
//   [https://x]              <https://x>
//   [www.x.org|l]            [l](https://www.x.org)
//   [#Tiki_Id|label]         [label](#hugo-id)            in-page anchor, mapped
//   [tiki-index.php?page=P]  resolved like ((P)); attachment and file download URLs go to the
//                            extracted files (url-rewrite.ts)
//   [Known Page|l]           [l](/pages/known-page/)      Tiki linked relatively; the page exists
//   [sic]                    \[sic]                       rule 18: not a link target; reported
//   https://x (bare)         <https://x>

import type { PhrasingContent } from 'mdast';
import { append } from '../../parse/append.js';
import type { TikiAutolink, TikiExternalLink } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { labelPhrasing, normalizeInline, type InlinePlace } from '../to-mdast.js';
import { rewriteTikiUrl } from '../url-rewrite.js';
import { anchorSuffix } from './wiki-link.js';

// Module constants, as a regular expression literal is a new object each time it is evaluated.
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const NOCACHE = /^nocache$/i;
const DANGEROUS = /^\s*(?:javascript|vbscript|data|livescript):/i;
const TIKI_URL = /^(?:\.?\/)?(?:tiki-index\.php|tiki-download_wiki_attachment\.php|tiki-download_file\.php|(?:dl|display|thumbnail|preview)\d+$)/i;
const WWW = /^www\./i;
const MAIL = /^[^:/]+@/;

/** Appends the phrasing for the link to `out`. */
export function externalLink(ctx: NormalizeContext, n: TikiExternalLink, place: InlinePlace, out: PhrasingContent[]): void {
  const r = externalLinkPhrasing(ctx, n, place);
  if (Array.isArray(r)) append(out, r);
  else out.push(r);
}

/** One node, or (for a link that cannot stay a link) its label's nodes. */
function externalLinkPhrasing(ctx: NormalizeContext, n: TikiExternalLink, place: InlinePlace): PhrasingContent | PhrasingContent[] {
  const label = n.label ? labelPhrasing(normalizeInline(ctx, n.label, place)) : null;
  if (n.extra && !NOCACHE.test(n.extra)) {
    ctx.report('link-option-dropped', 'info', n.start, `Link option "${n.extra}" (lightbox or rel) has no markdown form; dropped`);
  }
  const url = n.url;
  if (DANGEROUS.test(url)) {
    ctx.report('unsafe-url-removed', 'warning', n.start, `A ${url.trim().split(':')[0].toLowerCase()}: link was removed; its text is kept`);
    return label ?? [];
  }
  // Old Tiki URLs (pages, attachments, files) go to their new homes.
  if (TIKI_URL.test(url)) {
    const r = rewriteTikiUrl(ctx, url, n.start);
    if (r) return link(r.url, label ?? [{ type: 'text', value: r.pageName ?? url }]);
    return label ?? { type: 'text', value: url };
  }
  if (url.startsWith('#')) return link(anchorSuffix(ctx, null, url.slice(1), n.start), label ?? [{ type: 'text', value: url.slice(1) }]);
  if (SCHEME.test(url) || url.startsWith('/') || url.startsWith('./') || url.startsWith('../')) {
    return link(url, label ?? [{ type: 'text', value: url }]);
  }
  if (WWW.test(url)) return link(`https://${url}`, label ?? [{ type: 'text', value: url }]);

  // Tiki made a relative link of anything in brackets. Keep it a link only if it names a page.
  const found = ctx.links.knowsPages ? ctx.resolveLink(url) : ({ status: 'missing' } as const);
  if (found.status === 'exact' || found.status === 'folded') {
    return link(found.target.url, label ?? [{ type: 'text', value: url }]);
  }
  ctx.report('link-bracket-literal', 'info', n.start, `"[${url}]" does not look like a link target; kept as text (Tiki rendered a relative link to "${url}")`);
  return { type: 'text', value: ctx.sourceOf(n) };
}

export function autolink(n: TikiAutolink): PhrasingContent[] {
  const url = WWW.test(n.url) ? `https://${n.url}` : MAIL.test(n.url) ? `mailto:${n.url}` : n.url;
  return [link(url, [{ type: 'text', value: n.url }])];
}

function link(url: string, children: PhrasingContent[]): PhrasingContent {
  return { type: 'link', url, title: null, children: children.length ? children : [{ type: 'text', value: url }] };
}
