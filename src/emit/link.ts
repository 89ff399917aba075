// The link handler: the stock one (handle/link.js), with a fast path for the links tiki2md
// writes most, `[label](/pages/slug/)` and `[label](https://…)`: no title, a destination that
// needs no `<…>`, not written as an autolink `<…>` (see `neverAutolink`), not at the start of a
// line (where the stock code checks whether the label could read as a definition). For those the
// stock handler writes exactly `[` + label + `](` + escaped destination + `)`, which this does
// without its position tracker (no handler's output depends on positions). Its peek answers `[`
// for the same links without the stock `toString` of the label. Anything else goes to the stock
// handler.

import type { Link } from 'mdast';
import { defaultHandlers, type Handle, type Info, type State } from 'mdast-util-to-markdown';

const stockPeek = (defaultHandlers.link as Handle & { peek: Handle }).peek;

export const link: Handle = Object.assign(
  (node: Link, parent: Parameters<Handle>[1], state: Parameters<Handle>[2], info: Parameters<Handle>[3]): string => {
    const url = node.url;
    const last = info.before.charAt(info.before.length - 1);
    if (node.title || !url || needsBrackets(url) || last === '\n' || last === '\r' || !neverAutolink(node, state)) {
      return defaultHandlers.link(node, parent, state, info);
    }
    // What the stock `state.enter(name)` and its exit do, without an exit closure per link.
    const stack = state.stack;
    stack.push('link', 'label');
    const label = state.containerPhrasing(node, labelInfo(info));
    stack.pop();
    const value = '[' + label + '](';
    stack.push('destinationRaw');
    const destination = state.safe(url, { before: value, after: ')' });
    stack.pop();
    stack.pop();
    return value + destination + ')';
  },
  {
    peek: ((node: Link, parent, state, info) => (neverAutolink(node, state) ? '[' : stockPeek(node, parent, state, info))) as Handle,
  },
);

/**
 * The info a label is written with. One object serves the links written from one position (all
 * the links of a paragraph: positions pass through unchanged); no handler changes its info.
 */
function labelInfo(info: Info): Info {
  if (lastLabelInfo?.now !== info.now || lastLabelInfo.lineShift !== info.lineShift) {
    lastLabelInfo = { before: '[', after: '](', now: info.now, lineShift: info.lineShift };
  }
  return lastLabelInfo;
}

let lastLabelInfo: Info | undefined;

/**
 * Whether the stock `formatLinkAsAutolink` surely says no, cheaply: it needs `resourceLink` off,
 * a URL with a scheme, and a lone text child that (as `toString` of the link) equals the URL
 * or, after `mailto:`, does. A link with an own `value` or `alt` (which `toString` would read
 * instead of the children) is left to the stock code.
 */
function neverAutolink(node: Link, state: State): boolean {
  if (state.options.resourceLink) return false;
  if (!hasScheme(node.url)) return true;
  const children = node.children;
  if (!children || children.length !== 1 || children[0].type !== 'text') return true;
  if ('value' in node || 'alt' in node) return false;
  const text = children[0].value;
  const url = node.url;
  return typeof text === 'string' && text !== url && !(url.length === text.length + 7 && url.startsWith('mailto:') && url.endsWith(text));
}

/** The stock test `/^[a-z][+\-.a-z]+:/i`, without a regular expression (it runs for every link, twice). */
function hasScheme(url: string): boolean {
  let index = 0;
  for (; index < url.length; index++) {
    const code = url.charCodeAt(index);
    const folded = code | 0x20;
    if (folded >= 0x61 && folded <= 0x7a) continue;
    if (index === 0) return false;
    if (code === 0x2b || code === 0x2d || code === 0x2e) continue; // + - .
    break;
  }
  return index >= 2 && url.charCodeAt(index) === 0x3a; // :
}

/**
 * The stock test `/[\0- \u007F]/` (a control character, space or DEL: the destination is written
 * as `<…>`), without a regular expression.
 */
function needsBrackets(url: string): boolean {
  for (let index = 0; index < url.length; index++) {
    const code = url.charCodeAt(index);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}
