// Files and attachments, through the plan's asset manifest:
//
//   {img attId=N | fileId=N | id=N …}       → ![alt](/files/…)         (img.ts calls assetFor)
//   {file name="x.pdf" [page=P]} / {file type=gallery fileId=N} / {attach id=N} / {ATTACH(name=x.pdf)}label{ATTACH}
//                                          → [label](/files/…)
//
// A reference the manifest does not know, or whose bytes were missing, is attachment-missing.

import type { PhrasingContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import type { AssetRef } from '../page-resources.js';
import { param, type PluginConverter } from './converter.js';

export function assetFor(ctx: NormalizeContext, p: TikiPlugin): AssetRef | null {
  const assets = ctx.options.resources?.assets;
  const page = param(p, 'page')?.trim() || ctx.options.resources?.page?.name || '';
  const attId = Number(param(p, 'attid') ?? (p.key === 'attach' ? param(p, 'id') : undefined));
  const fileId = Number((param(p, 'fileid') ?? '').split(',')[0] || (p.key === 'file' && param(p, 'type') === 'gallery' ? param(p, 'id') : undefined));
  const name = param(p, 'name')?.trim() || param(p, 'file')?.trim();
  let ref: AssetRef | null = null;
  let what = '';
  if (Number.isInteger(attId) && attId > 0) {
    what = `attachment ${attId}`;
    ref = assets?.attachment(attId) ?? null;
  } else if (Number.isInteger(fileId) && fileId > 0) {
    what = `file ${fileId}`;
    ref = assets?.file(fileId) ?? null;
  } else if (name) {
    what = `attachment "${name}" of "${page}"`;
    ref = assets?.attachmentByName(page, name) ?? null;
  } else {
    return null;
  }
  if (!ref) {
    ctx.report('attachment-missing', 'warning', p.start, `${p.name}: ${what} is not in the site's files${assets ? '' : ' (no asset manifest for this run)'}`);
    return null;
  }
  if (ref.missing) ctx.report('attachment-missing', 'warning', p.start, `${p.name}: the bytes of ${what} (${ref.filename}) were not found; the link points at where it would be`);
  return ref;
}

function fileLink(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] | null {
  const ref = assetFor(ctx, p);
  if (!ref) return null;
  const label = (p.body?.trim() || param(p, 'desc')?.trim() || ref.filename).trim();
  return [{ type: 'link', url: ref.url, title: null, children: [{ type: 'text', value: label }] }];
}

export const fileConverter: PluginConverter = {
  block: (ctx, p) => {
    const link = fileLink(ctx, p);
    return link ? [{ type: 'paragraph', children: link }] : null;
  },
  inline: (ctx, p) => fileLink(ctx, p),
};
