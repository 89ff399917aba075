// A faster `state.safe` for mdast-util-to-markdown, with byte-identical output.
//
// The stock `safe(value)` runs every unsafe pattern (~90 with GFM) as a regular expression over
// the value, for every text node, label and URL — the hot spot of stringifying a page. A pattern
// can only match where its `character` occurs, so this wrapper first notes which characters the
// subject (before + value + after, the string `safe` searches) contains, hands the stock `safe`
// only the patterns whose character is present, and restores the full list afterwards. The
// patterns left out could not have matched, so the result is exactly the stock result.

import type { Text } from 'mdast';
import type { Handle, SafeConfig, State, Unsafe } from 'mdast-util-to-markdown';

const installed = new WeakSet<State>();

/** Replaces `state.safe` for the rest of this serialization (idempotent). */
export function installFastSafe(state: State): void {
  if (installed.has(state)) return;
  installed.add(state);
  const stock = state.safe;
  const all = state.unsafe;
  const present = new Uint8Array(128);
  state.safe = function fastSafe(value: string | null | undefined, config: SafeConfig): string {
    const subject = (config.before || '') + (value || '') + (config.after || '');
    present.fill(0);
    let other = false;
    for (let i = 0; i < subject.length; i++) {
      const code = subject.charCodeAt(i);
      if (code < 128) present[code] = 1;
      else other = true;
    }
    const kept: Unsafe[] = [];
    for (const pattern of all) {
      const code = pattern.character.charCodeAt(0);
      if (pattern.character.length === 1 && code < 128 ? present[code] === 1 : other && subject.includes(pattern.character)) kept.push(pattern);
    }
    state.unsafe = kept;
    try {
      return stock.call(state, value, config);
    } finally {
      state.unsafe = all;
    }
  };
}

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
