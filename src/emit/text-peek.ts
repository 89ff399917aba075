// The `peek` of the text handler: the first character of a text node, escaped, cheaply.

import type { Text } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';

/** Text longer than this is peeked at through a prefix. */
const peekLongerThan = 160;
const peekPrefix = 96;

/**
 * A `peek` for the text handler. Serializing phrasing asks the next sibling for its first
 * character; without a peek the whole next text node is escaped just for that, and again when it
 * is written. The first character of an escaped text depends only on the first few characters
 * (every unsafe pattern looks at most a few characters around its position), so a long text is
 * escaped through a prefix. Runs of blanks are the one unbounded lookaround (`[\t ]*` after a line
 * break); a prefix holding one is not used.
 */
export function textPeek(handle: Handle): Handle {
  return (node: Text, parent, state, info) => {
    const value = node.value;
    if (value.length <= peekLongerThan || blankRun.test(value.slice(0, peekPrefix + 8))) return handle(node, parent, state, info);
    let cut = peekPrefix;
    if (isHighSurrogate(value.charCodeAt(cut - 1))) cut--;
    return handle({ ...node, value: value.slice(0, cut) }, parent, state, info);
  };
}

const blankRun = /[\t ]{4}/;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The first character a text value is written with, when it is known without escaping: a letter
 * or digit at the start is written as is (no unsafe pattern has a letter or digit as its
 * character, and the shortcode guard only rewrites braces). Undefined otherwise.
 */
export function plainStart(value: string): string | undefined {
  const code = value.charCodeAt(0);
  const folded = code | 0x20; // an ASCII letter in lower case
  return (folded >= 0x61 && folded <= 0x7a) || (code >= 0x30 && code <= 0x39) ? value.charAt(0) : undefined;
}

/**
 * The start of a text value that decides the first character it is written with. Whether the
 * first character is escaped depends on the patterns matching at positions 0 and 1 (an escape
 * is dropped when the next character is escaped for it), and a pattern looks at most one
 * character past its own (its `after` class, or the end of the value); its `before` part looks
 * backwards. Eight characters leave room for all of that, and for `{{` (the shortcode guard).
 */
export function startWindow(value: string): string {
  if (value.length <= 8) return value;
  return value.slice(0, isHighSurrogate(value.charCodeAt(7)) ? 7 : 8);
}
