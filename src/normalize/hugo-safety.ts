// What a page's mdast needs so that nothing the author wrote reaches Hugo as a shortcode (Hugo
// lexes `{{<`/`{{%` before markdown, in code and comments too), node by node; the walk is in
// finish-tree.ts:
//
//   code, inline code   well-formed calls → comment form (shortcode-guard.ts); leftovers reported
//   link/image URLs     `{` → %7B (and <, >, spaces, quotes, backslashes percent-encoded)
//   raw html (markers)  `{{` → `{ {` unless the node is a shortcode tiki2md emitted on purpose
//   javascript:, vbscript:, data: URLs in links and images: removed under any raw-HTML policy
//                       (a link keeps its text; an image keeps its alt text), reported
//
// Text nodes are handled by the emitter (character references).

import type { Nodes } from 'mdast';
import type { NormalizeContext } from './context.js';
import { guardShortcodes } from './shortcode-guard.js';

/** Marks an html node as a shortcode tiki2md means to emit (e.g. `{{< toc >}}`). */
export const SHORTCODE = { shortcode: true } as const;

const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data|livescript):/i;
const URL_UNSAFE = /[{}<>"\\`^|\s]/;
const URL_UNSAFE_ALL = new RegExp(URL_UNSAFE.source, 'g');
const SHORTCODE_OPENER = /\{\{/g;

export interface Guard {
  ctx: NormalizeContext;
  /** Code nodes left with an unmatched shortcode opener. */
  unsafeCode: number;
}

/**
 * What replaces a link or image whose URL is dangerous: its text (a link's children, an image's
 * alt text), reported; null for any other node.
 */
export function dangerousReplacement(guard: Guard, node: Nodes): Nodes[] | null {
  if ((node.type !== 'link' && node.type !== 'image') || !isDangerous(node.url)) return null;
  guard.ctx.report('unsafe-url-removed', 'warning', null, `A ${node.url.trim().split(':')[0].toLowerCase()}: URL was removed from a ${node.type}`);
  if (node.type === 'link') return node.children;
  return node.alt ? [{ type: 'text', value: node.alt }] : [];
}

/** Reported after the walk, as the removals are: a separate pass used to raise them later. */
export function reportUnsafeCode(guard: Guard): void {
  for (let i = 0; i < guard.unsafeCode; i++) {
    guard.ctx.report('shortcode-in-code', 'warning', null, 'Code contains "{{<" or "{{%" without a closing ">}}"/"%}}"; Hugo will try to run it as a shortcode — edit the page');
  }
}

/** Makes one node safe for Hugo (not its children). */
export function guardNode(guard: Guard, node: Nodes): void {
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
      if (node.title) node.title = node.title.replace(SHORTCODE_OPENER, '{\u200b{');
      break;
    case 'html':
      if (!(node.data as { shortcode?: boolean } | undefined)?.shortcode) node.value = node.value.replace(SHORTCODE_OPENER, '{ {');
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
