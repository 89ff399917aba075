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
const URL_UNSAFE = /[{}<>"\\`^|\s]/;
const URL_UNSAFE_ALL = new RegExp(URL_UNSAFE.source, 'g');

export function guardHugo(ctx: NormalizeContext, tree: Root): void {
  const guard = { ctx, unsafeCode: 0 };
  guardChildren(guard, tree);
  // Reported after the walk, as the removals are: a separate pass used to raise them later.
  for (let i = 0; i < guard.unsafeCode; i++) {
    ctx.report('shortcode-in-code', 'warning', null, 'Code contains "{{<" or "{{%" without a closing ">}}"/"%}}"; Hugo will try to run it as a shortcode — edit the page');
  }
}

interface Guard {
  ctx: NormalizeContext;
  /** Code nodes left with an unmatched shortcode opener. */
  unsafeCode: number;
}

/**
 * One walk: a dangerous link or image among the children is replaced by its text (whose own
 * links are not checked again), then every node left is made safe for Hugo.
 */
function guardChildren(guard: Guard, node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as { children: Nodes[] };
  const children = parent.children;
  let kept: Nodes[] | null = null;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if ((child.type === 'link' || child.type === 'image') && isDangerous(child.url)) {
      guard.ctx.report('unsafe-url-removed', 'warning', null, `A ${child.url.trim().split(':')[0].toLowerCase()}: URL was removed from a ${child.type}`);
      kept ??= children.slice(0, i);
      const from = kept.length;
      if (child.type === 'link') append(kept, child.children);
      else if (child.alt) kept.push({ type: 'text', value: child.alt });
      for (let k = from; k < kept.length; k++) guardTree(guard, kept[k]);
      continue;
    }
    guardNode(guard, child);
    guardChildren(guard, child);
    kept?.push(child);
  }
  if (kept) parent.children = kept;
}

/** Every node of a subtree made safe, without removing URLs. */
function guardTree(guard: Guard, node: Nodes): void {
  guardNode(guard, node);
  if ('children' in node) for (const child of node.children) guardTree(guard, child as Nodes);
}

function guardNode(guard: Guard, node: Nodes): void {
  switch (node.type) {
    case 'code':
    case 'inlineCode': {
      const g = guardShortcodes(node.value);
      node.value = g.value;
      if (g.unsafe) guard.unsafeCode++;
      break;
    }
    case 'link':
    case 'image':
      // Braces would reach Hugo; <, >, spaces, quotes and backslashes can end a markdown
      // link destination early. All are percent-encoded (the URL means the same).
      if (URL_UNSAFE.test(node.url)) node.url = node.url.replace(URL_UNSAFE_ALL, (c) => encodeURIComponent(c));
      if (node.title) node.title = node.title.replace(/\{\{/g, '{\u200b{');
      break;
    case 'html':
      if (!(node.data as { shortcode?: boolean } | undefined)?.shortcode) node.value = node.value.replace(/\{\{/g, '{ {');
      break;
  }
}

function isDangerous(url: string): boolean {
  // Decoding and removing blanks cannot change a first character other than `%` or a blank, so
  // only a URL that starts with one of those or with j, v, d or l needs the full test.
  // The common case first: a printable ASCII character other than those.
  const c = url.charCodeAt(0);
  if (c > 0x20 && c < 0x7f && !'jvdlJVDL%'.includes(url[0])) return false;
  let i = 0;
  while (i < url.length && /[\u0000-\u001f\s]/.test(url[i])) i++;
  if (i < url.length && !/[jvdl%]/i.test(url[i])) return false;
  return DANGEROUS_URL.test(decodeURIComponentSafe(url));
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURIComponent(url).replace(/[\u0000-\u001f\s]+/g, '');
  } catch {
    return url.replace(/[\u0000-\u001f\s]+/g, '');
  }
}
