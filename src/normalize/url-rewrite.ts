// Old Tiki URLs inside links and images, rewritten to the new site:
//
//   tiki-index.php?page=Name[#a]                    → the page's new URL (through the page index)
//   tiki-download_wiki_attachment.php?attId=N       → the extracted attachment
//   tiki-download_file.php?fileId=N[&display]       → the extracted file
//   dlN, displayN, thumbnailN, previewN (SEF forms) → the extracted file
//
// Absolute URLs on another host are left alone; anything else is returned unchanged (null).

import type { NormalizeContext } from './context.js';
import { anchorSuffix } from './handlers/wiki-link.js';

const PAGE = /^(?:\.?\/)?tiki-index\.php\?(?:[^#]*&)?page=([^&#]+)[^#]*(#.*)?$/i;
const ATTACHMENT = /^(?:\.?\/)?tiki-download_wiki_attachment\.php\?(?:[^#]*&)?attId=(\d+)/i;
const FILE = /^(?:\.?\/)?tiki-download_file\.php\?(?:[^#]*&)?fileId=(\d+)/i;
const SEF_FILE = /^(?:\.?\/)?(?:dl|display|thumbnail|preview)(\d+)$/i;

export interface Rewritten {
  url: string;
  /** Set when the URL named a page: the name as written, for labels and findings. */
  pageName?: string;
}

export function rewriteTikiUrl(ctx: NormalizeContext, url: string, offset: number): Rewritten | null {
  const page = PAGE.exec(url);
  if (page) {
    const name = decode(page[1]);
    const found = ctx.links.resolve(name);
    if (found.status === 'missing') {
      ctx.report('link-broken', 'warning', offset, `Link to missing page "${name}" (tiki-index.php URL); kept as written`);
      return null;
    }
    const anchor = page[2] ? decode(page[2].slice(1)) : null;
    return { url: found.target.url + anchorSuffix(ctx, found.target, anchor, offset), pageName: name };
  }
  const att = ATTACHMENT.exec(url);
  const file = FILE.exec(url) ?? SEF_FILE.exec(url);
  if (!att && !file) return null;
  const assets = ctx.options.resources?.assets;
  const ref = att ? assets?.attachment(Number(att[1])) : assets?.file(Number(file![1]));
  if (!ref) {
    ctx.report('attachment-missing', 'warning', offset, `${att ? `Attachment ${att[1]}` : `File ${file![1]}`} linked here is not in the site's files; the old URL is kept`);
    return null;
  }
  if (ref.missing) ctx.report('attachment-missing', 'warning', offset, `The bytes of ${ref.filename} were not found; the link points at where it would be`);
  return { url: ref.url };
}

function decode(v: string): string {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return v;
  }
}
