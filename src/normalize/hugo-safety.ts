// A last pass over a page's mdast so that nothing the author wrote reaches Hugo as a shortcode
// (Hugo lexes `{{<`/`{{%` before markdown, in code and comments too):
//
//   code, inline code   well-formed calls → comment form (shortcode-guard.ts); leftovers reported
//   link/image URLs     `{` → %7B
//   raw html (markers)  `{{` → `{ {` unless the node is a shortcode tiki2md emitted on purpose
//
// Text nodes are handled by the emitter (character references).

import type { Nodes, Root } from 'mdast';
import type { NormalizeContext } from './context.js';
import { guardShortcodes } from './shortcode-guard.js';

/** Marks an html node as a shortcode tiki2md means to emit (e.g. `{{< toc >}}`). */
export const SHORTCODE = { shortcode: true } as const;

export function guardHugo(ctx: NormalizeContext, tree: Root): void {
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
        node.url = node.url.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
        if (node.title) node.title = node.title.replace(/\{\{/g, '{\u200b{');
        break;
      case 'html':
        if (!(node.data as { shortcode?: boolean } | undefined)?.shortcode) node.value = node.value.replace(/\{\{/g, '{ {');
        break;
    }
  });
}

function visit(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, fn);
}
