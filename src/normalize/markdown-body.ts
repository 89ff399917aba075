// Markdown inside Tiki — pages that start with {syntax type="markdown"} and {MARKDOWN()} bodies —
// is already markdown: remark-parse (+ GFM) reads it, and only old Tiki URLs in its links and
// images are rewritten. Its raw HTML follows the same sanitising as HTML pages would need, so it
// is reported rather than passed (safe policy).

import type { Nodes, Root, RootContent } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { NormalizeContext } from './context.js';
import { rewriteTikiUrl } from './url-rewrite.js';

const reader = unified().use(remarkParse).data('micromarkExtensions', [gfm()]).data('fromMarkdownExtensions', [gfmFromMarkdown()]).freeze();

export function markdownToMdast(ctx: NormalizeContext, text: string, at: number): RootContent[] {
  const tree = reader.parse(text) as Root;
  clean(ctx, tree, at);
  return tree.children;
}

function clean(ctx: NormalizeContext, node: Nodes, at: number): void {
  delete (node as { position?: unknown }).position;
  if (node.type === 'link' || node.type === 'image') {
    const r = rewriteTikiUrl(ctx, node.url, at);
    if (r) node.url = r.url;
    if (/^\s*(javascript|vbscript|data):/i.test(node.url)) {
      ctx.report('unsafe-url-removed', 'warning', at, `A ${node.url.split(':')[0].trim()}: URL was removed from a markdown link`);
      node.url = '#';
    }
  }
  if (node.type === 'html' && !/^<!--[\s\S]*-->$/.test(node.value.trim())) {
    // Safe policy: no raw HTML at all. Unsafe policy: HTML passes, but never script, frames,
    // event handlers or script URLs.
    const dangerous = /<\s*\/?\s*(script|iframe|object|embed|style|form|meta|link|base|svg|math)\b|\son[a-z]+\s*=|(javascript|vbscript|data)\s*:/i.test(node.value);
    if (ctx.rawHtml === 'safe' || dangerous) {
      ctx.report('html-removed', dangerous ? 'warning' : 'info', at, `Raw HTML in markdown text kept as text${dangerous ? ' (script, frame or event handler)' : ' under the safe HTML policy'}: ${node.value.slice(0, 60)}`);
      (node as unknown as { type: string; value: string }).type = 'text';
    }
  }
  if ('children' in node) for (const child of node.children) clean(ctx, child as Nodes, at);
}
