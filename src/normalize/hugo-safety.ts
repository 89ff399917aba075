// A last pass over a page's mdast so that nothing the author wrote reaches Hugo as a shortcode
// (Hugo lexes `{{<`/`{{%` before markdown, in code and comments too):
//
//   code, inline code   well-formed calls → comment form (shortcode-guard.ts); leftovers reported
//   link/image URLs     `{` → %7B (and <, >, spaces, quotes, backslashes percent-encoded)
//   raw html (markers)  `{{` → `{ {` unless the node is a shortcode tiki2md emitted on purpose
//   javascript:, vbscript:, data: URLs in links and images: removed under any raw-HTML policy
//                       (a link keeps its text; an image keeps its alt text), reported
//
// Text nodes are handled by the emitter (character references).

import { append } from '../parse/append.js';
import type { Nodes, Root } from 'mdast';
import type { NormalizeContext } from './context.js';
import { guardShortcodes } from './shortcode-guard.js';

/** Marks an html node as a shortcode tiki2md means to emit (e.g. `{{< toc >}}`). */
export const SHORTCODE = { shortcode: true } as const;

const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data|livescript):/i;

export function guardHugo(ctx: NormalizeContext, tree: Root): void {
  removeDangerousUrls(ctx, tree);
  visit(tree, (node) => {
    switch (node.type) {
      case 'code':
      case 'inlineCode': {
        const g = guardShortcodes(node.value);
        node.value = g.value;
        if (g.unsafe) {
          ctx.report('shortcode-in-code', 'warning', null, 'Code contains "{{<" or "{{%" without a closing ">}}"/"%}}"; Hugo will try to run it as a shortcode — edit the page');
        }
        break;
      }
      case 'link':
      case 'image':
        // Braces would reach Hugo; <, >, spaces, quotes and backslashes can end a markdown
        // link destination early. All are percent-encoded (the URL means the same).
        node.url = node.url.replace(/[{}<>"\\`^|\s]/g, (c) => encodeURIComponent(c));
        if (node.title) node.title = node.title.replace(/\{\{/g, '{\u200b{');
        break;
      case 'html':
        if (!(node.data as { shortcode?: boolean } | undefined)?.shortcode) node.value = node.value.replace(/\{\{/g, '{ {');
        break;
    }
  });
}

function removeDangerousUrls(ctx: NormalizeContext, node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as { children: Nodes[] };
  const kept: Nodes[] = [];
  for (const child of parent.children) {
    if ((child.type === 'link' || child.type === 'image') && DANGEROUS_URL.test(decodeURIComponentSafe(child.url))) {
      ctx.report('unsafe-url-removed', 'warning', null, `A ${child.url.trim().split(':')[0].toLowerCase()}: URL was removed from a ${child.type}`);
      if (child.type === 'link') append(kept, child.children);
      else if (child.alt) kept.push({ type: 'text', value: child.alt });
      continue;
    }
    removeDangerousUrls(ctx, child);
    kept.push(child);
  }
  parent.children = kept;
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURIComponent(url).replace(/[\u0000-\u001f\s]+/g, '');
  } catch {
    return url.replace(/[\u0000-\u001f\s]+/g, '');
  }
}

function visit(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, fn);
}
