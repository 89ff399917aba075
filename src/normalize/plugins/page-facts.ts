// Plugins whose output depends on when and by whom the page is viewed, turned into the static
// value the page had when it was exported:
//
//   {lastmod}, {now}   → the page's last modification date (YYYY-MM-DD, UTC)     reported
//   {sign}             → "— user, date" of the last edit                        reported
//   {redirect page=X}  → "This page moved to [X](…)."; the site's redirect maps send the page's
//                        old URLs to X                                           reported

import type { PhrasingContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { param } from './converter.js';
import { phrasingConverter } from './phrasing-converter.js';

function date(ctx: NormalizeContext): string | null {
  const s = ctx.options.resources?.page?.lastModif;
  return s ? new Date(s * 1000).toISOString().slice(0, 10) : null;
}

function dateText(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] | null {
  const d = date(ctx);
  if (!d) return null;
  ctx.report('plugin-static-value', 'info', p.start, `${p.name} showed a date computed at view time; the page's last modification date (${d}) is written instead`);
  return [{ type: 'text', value: d }];
}

function sign(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] | null {
  const page = ctx.options.resources?.page;
  const d = date(ctx);
  if (!page || !d) return null;
  ctx.report('plugin-static-value', 'info', p.start, `${p.name}: the signature is written as text`);
  return [{ type: 'text', value: `— ${page.user}, ${d}` }];
}

function redirect(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] | null {
  const target = param(p, 'page')?.trim();
  if (!target) return null;
  const found = ctx.links.resolve(target);
  ctx.report('redirect-page', 'info', p.start, `This page redirected to "${target}" in Tiki; the redirect maps send its old URLs there, and the page says where it moved`);
  if (found.status === 'missing') {
    ctx.report('link-broken', 'warning', p.start, `Redirect to missing page "${target}"`);
    return [{ type: 'text', value: `This page moved to ${target}.` }];
  }
  return [{ type: 'text', value: 'This page moved to ' }, { type: 'link', url: found.target.url, title: null, children: [{ type: 'text', value: target }] }, { type: 'text', value: '.' }];
}


export const dateConverter = phrasingConverter(dateText);
export const signConverter = phrasingConverter(sign);
export const redirectConverter = phrasingConverter(redirect);
