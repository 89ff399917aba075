// Wiki links → markdown links through the page index:
//
//   ((Page))                 [Page](/pages/page/)
//   ((Page|label))           [label](/pages/page/)
//   ((Page|#Tiki_Id|label))  [label](/pages/page/#hugo-id)   anchor mapped Tiki id → Hugo id
//   (alias(Old Name))        an alias declaration: the text, linked only if such a page exists
//
// Outcomes are explicit: exact, folded (case/space/accent; info), ambiguous (warning, lowest
// page id wins), missing (link-broken: the label is kept as plain text, never a guessed URL).

import type { PhrasingContent } from 'mdast';
import { append } from '../../parse/append.js';
import type { TikiWikiLink } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import type { LinkTarget } from '../link-targets.js';
import { labelPhrasing, normalizeInline, type InlinePlace } from '../to-mdast.js';

/** Appends the phrasing for the link to `out`. */
export function wikiLink(ctx: NormalizeContext, n: TikiWikiLink, place: InlinePlace, out: PhrasingContent[]): void {
  const label: PhrasingContent[] = n.label ? labelPhrasing(normalizeInline(ctx, n.label, place)) : [{ type: 'text', value: n.page }];
  const found = ctx.resolveLink(n.page);

  if (found.status === 'missing') {
    if (n.qualifier === 'alias') {
      ctx.report('alias-declared', 'info', n.start, `(alias(${n.page})) declares "${n.page}" as another name of this page; shown as text`);
    } else {
      ctx.report('link-broken', 'warning', n.start, `Link to missing page "${n.page}"; kept as plain text`);
    }
    append(out, label);
    return;
  }
  if (found.status === 'folded') {
    ctx.report('link-folded', 'info', n.start, `Link target "${n.page}" matched page "${found.target.pageName}" only after folding case, spaces or accents`);
  } else if (found.status === 'ambiguous') {
    ctx.report('link-ambiguous', 'warning', n.start, `Link target "${n.page}" matches several pages (${found.candidates.map((c) => `"${c}"`).join(', ')}); linked to "${found.target.pageName}"`);
  }
  if (n.qualifier && n.qualifier !== 'alias') {
    ctx.report('link-qualifier-dropped', 'info', n.start, `Semantic link qualifier "${n.qualifier}" dropped; kept as a plain link`);
  }
  const url = found.target.url + anchorSuffix(ctx, found.target, n.anchor, n.start);
  out.push({ type: 'link', url, title: null, children: label });
}

/** `#Tiki_Id` → `#hugo-id` via the target page's heading map. */
export function anchorSuffix(ctx: NormalizeContext, target: LinkTarget | null, anchor: string | null, offset: number): string {
  if (!anchor) return '';
  const anchors = target ? target.anchors : ctx.ownAnchors;
  if (!anchors) return `#${anchor}`;
  const mapped = anchors.get(anchor);
  if (mapped) return `#${mapped}`;
  if ([...anchors.values()].includes(anchor)) return `#${anchor}`;
  ctx.report('link-anchor-missing', 'warning', offset, `Anchor "#${anchor}" matches no heading of ${target ? `"${target.pageName}"` : 'this page'}; kept as written`);
  return `#${anchor}`;
}
