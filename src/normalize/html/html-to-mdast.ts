// HTML → mdast for `is_html` (WYSIWYG) pages and {HTML()}/{WYSIWYG} bodies:
//
//   1. Tiki plugins written inside the HTML ({maketoc}, {img …}, {DIV(…)}…{DIV}) are cut out
//      and replaced by placeholder words, so the HTML parser does not see them;
//   2. rehype-parse reads the HTML, sanitize.ts removes what must never pass;
//   3. hast-util-to-mdast maps it (tables → GFM tables, <b> → strong, <a> → links …), video
//      iframes become shortcodes;
//   4. placeholders are replaced by the plugins' own conversions, and old Tiki URLs in links and
//      images are rewritten (url-rewrite.ts).

import { append } from '../../parse/append.js';
import type { Element, Root as HastRoot } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'mdast-util-to-string';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { pluginNode } from '../../parse/span-nodes.js';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { SHORTCODE } from '../hugo-safety.js';
import { scannerFor } from '../plugins/converter.js';
import { vimeoId, youtubeId } from '../plugins/media.js';
import { blockPlugin, inlinePlugin } from '../plugins/plugin.js';
import { rewriteTikiUrl } from '../url-rewrite.js';
import { isVideoEmbed, sanitizeHast } from './sanitize.js';

const parser = unified().use(rehypeParse, { fragment: true }).freeze();
const TOKEN = /tikiplugin(\d+)x/g;

/** Converts the HTML in [from, to) of the page source. */
export function htmlToMdast(ctx: NormalizeContext, from: number, to: number): RootContent[] {
  const { html, plugins } = cutPlugins(ctx, from, to);
  const hast = parser.parse(html) as HastRoot;
  sanitizeHast(ctx, hast, from);
  const mdast = toMdast(hast, { handlers: { iframe: (_state, node: Element) => videoShortcode(node) } }) as Root;
  const out = wrapPhrasing(splicePlugins(ctx, mdast.children, plugins));
  for (const node of out) flattenBlocksInPhrasing(node);
  rewriteUrls(ctx, { type: 'root', children: out }, from);
  return out;
}

/**
 * Broken HTML (`<b>` left open around a `<table>`) can put blocks inside bold text, which
 * markdown cannot write: such blocks keep their text, in place.
 */
function flattenBlocksInPhrasing(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as { type: string; children: Nodes[] };
  if (PHRASING_CONTAINERS.has(parent.type)) {
    parent.children = parent.children.map((c) => (PHRASING.has(c.type) || c.type === 'html' ? c : ({ type: 'text', value: toString(c) } as Nodes)));
  }
  for (const child of parent.children) flattenBlocksInPhrasing(child);
}

const PHRASING_CONTAINERS = new Set(['paragraph', 'heading', 'strong', 'emphasis', 'delete', 'link', 'tableCell']);

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'image', 'inlineCode', 'break', 'footnoteReference', 'rawMarkdown']);

/** Loose inline content at the top (an HTML fragment without <p>) goes into paragraphs. */
function wrapPhrasing(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.some((n) => n.type !== 'text' || n.value.trim())) out.push({ type: 'paragraph', children: run });
    run = [];
  };
  for (const n of nodes) {
    const inline = PHRASING.has(n.type) || (n.type === 'html' && !(n.data as { shortcode?: boolean } | undefined)?.shortcode && run.length > 0);
    if (inline) run.push(n as PhrasingContent);
    else {
      flush();
      out.push(n);
    }
  }
  flush();
  return out;
}

function cutPlugins(ctx: NormalizeContext, from: number, to: number): { html: string; plugins: TikiPlugin[] } {
  const scanner = scannerFor(ctx);
  const src = ctx.source;
  const plugins: TikiPlugin[] = [];
  let html = '';
  let last = from;
  for (let i = src.indexOf('{', from); i !== -1 && i < to; i = src.indexOf('{', i + 1)) {
    const span = scanner.matchSpan(i);
    if (!span || span.kind !== 'plugin' || span.end > to) continue;
    html += src.slice(last, i) + `tikiplugin${plugins.length}x`;
    plugins.push(pluginNode(span, false));
    i = span.end - 1;
    last = span.end;
  }
  return { html: html + src.slice(last, to), plugins };
}

function splicePlugins(ctx: NormalizeContext, nodes: RootContent[], plugins: TikiPlugin[]): RootContent[] {
  if (!plugins.length) return nodes;
  const out: RootContent[] = [];
  for (const node of nodes) {
    // A paragraph that is only a placeholder holds a block-level plugin.
    if (node.type === 'paragraph' && node.children.length === 1 && node.children[0].type === 'text') {
      const m = /^\s*tikiplugin(\d+)x\s*$/.exec(node.children[0].value);
      if (m) {
        append(out, blockPlugin(ctx, { ...plugins[Number(m[1])], block: true }));
        continue;
      }
    }
    if ('children' in node) (node as { children: RootContent[] }).children = spliceInline(ctx, (node as { children: RootContent[] }).children, plugins);
    out.push(node);
  }
  return out;
}

function spliceInline(ctx: NormalizeContext, nodes: RootContent[], plugins: TikiPlugin[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'text') {
      if ('children' in node) (node as { children: RootContent[] }).children = spliceInline(ctx, (node as { children: RootContent[] }).children, plugins);
      out.push(node);
      continue;
    }
    let last = 0;
    for (const m of node.value.matchAll(TOKEN)) {
      if (m.index! > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
      out.push(...(inlinePlugin(ctx, plugins[Number(m[1])], 'paragraph') as RootContent[]));
      last = m.index! + m[0].length;
    }
    if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  }
  return out;
}

function videoShortcode(node: Element): PhrasingContent | undefined {
  if (!isVideoEmbed(node)) return undefined;
  const src = String(node.properties.src ?? '');
  const yt = youtubeId(src);
  const id = yt ?? vimeoId(src);
  if (!id) return undefined;
  return { type: 'html', value: `{{< ${yt ? 'youtube' : 'vimeo'} ${JSON.stringify(id)} >}}`, data: { ...SHORTCODE } as never };
}

function rewriteUrls(ctx: NormalizeContext, node: Nodes, at: number): void {
  if (node.type === 'link' || node.type === 'image') {
    const r = rewriteTikiUrl(ctx, node.url, at);
    if (r) node.url = r.url;
  }
  if ('children' in node) for (const child of node.children) rewriteUrls(ctx, child as Nodes, at);
}
