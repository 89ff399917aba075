// A faster `state.containerPhrasing` for mdast-util-to-markdown, with byte-identical output.
//
// The stock one (util/container-phrasing.js) dispatches every child through zwitch with a
// position tracker and several object spreads, escapes each text node twice (once to peek at its
// first character for the sibling before it, once for real) and keeps attention open for its
// marker search. That machinery is most of the time spent writing a page. This path does the
// same walk directly: the same handlers, peeks and before/after characters, the same items; a
// text is peeked at through its first characters (text-peek.ts), without escaping when it starts
// with a letter or digit; and emphasis / strong / strikethrough go through
// serializeSimple, which handles the case where the stock marker search has nothing to fix, a
// piece of the container at a time (attention-chunks.ts).
// Whenever something falls outside what is modelled here (an html node right after a line
// ending, attention it cannot decide), it returns undefined and the stock code serializes the
// whole container again. Positions (`now`, `lineShift`) are passed through unchanged: no
// handler's output depends on them.

import type { Parents } from 'mdast';
import type { Handle, Info, State } from 'mdast-util-to-markdown';
import { firstCharacter, lastCharacter } from './character-kind.js';
import { ChunkedPhrasing, ItemList, type ItemSink } from './attention-chunks.js';
import { plainStart, startWindow } from './text-peek.js';

type Phrasing = { children?: Array<{ type: string; value?: string }> };
type Writer = (state: State, value: string, before: string, after: string) => string;
type Attention = (node: unknown, state: State) => { construct: string; markers: string[]; sizes: number[] };
type ZwitchHandle = Handle & { peek?: Handle; attention?: Attention };

const installed = new WeakSet<State>();

/**
 * Replaces `state.containerPhrasing` for the rest of this serialization (idempotent). `text` is
 * the registered text handler and `writeText` what it writes for a value between two characters.
 */
export function installFastPhrasing(state: State, text: Handle, writeText: Writer): void {
  if (installed.has(state)) return;
  installed.add(state);
  if (state.handlers.text !== text || state.unsafe.some((p) => p.beforeNode || p.afterNode)) return;
  const stock = state.containerPhrasing;
  state.containerPhrasing = function fastContainerPhrasing(parent, info) {
    // A lone text (most link labels) is what the text handler writes between the two sides.
    const children = (parent as Phrasing).children;
    if (children?.length === 1 && children[0].type === 'text') return writeText(state, children[0].value || '', info.before, info.after);
    const pieces = new ChunkedPhrasing(info.before);
    const value = collect(state, parent as Phrasing, info, info.before, writeText, pieces) ? pieces.finish(info.after) : undefined;
    return value ?? stock.call(state, parent, info);
  };
}

/** The stock phrasing(): the items of a phrasing parent, into `results`; false when not modelled. */
function collect(state: State, parent: Phrasing, info: Info, first: string, writeText: Writer, results: ItemSink): boolean {
  const children = parent.children || [];
  const handlers = state.handlers as unknown as Record<string, ZwitchHandle | undefined>;
  let before = first;
  state.indexStack.push(-1);
  try {
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      state.indexStack[state.indexStack.length - 1] = index;
      const after = index + 1 < children.length ? peek(state, handlers, children[index + 1], parent, info, writeText) : info.after;
      // The stock code rewrites the line ending before such html (a special case not modelled).
      if (child.type === 'html' && (before === '\r' || before === '\n') && results.endsWithString()) return false;
      const handle = handlers[child.type];
      if (!handle) return false;
      if (handle.attention) {
        const { construct, markers, sizes } = handle.attention(child, state);
        const sequences = sequencesOf(markers, sizes);
        if (sequences.length === 0) return false;
        state.stack.push(construct as never); // the stock `state.enter`, without its exit closure
        const inside = new ItemList();
        const modelled = collect(state, child as Phrasing, { ...info, after: sequences[0] }, sequences[0], writeText, inside);
        state.stack.pop();
        if (!modelled) return false;
        if (inside.items.length === 0) continue;
        if (!results.add({ children: inside.items, sequences })) return false;
        before = lastCharacter(sequences[0]);
        continue;
      }
      const value =
        child.type === 'text'
          ? writeText(state, child.value || '', before, after)
          : handle(child as never, parent as Parents, state, { before, after, now: info.now, lineShift: info.lineShift });
      if (!value) continue;
      if (!results.add(value)) return false;
      before = lastCharacter(value);
    }
  } finally {
    state.indexStack.pop();
  }
  return true;
}

/**
 * Every marker repeated to every size, in that order. The last answer is kept: a page's
 * emphasis and strong nodes ask with the same markers and sizes (the arrays are not changed).
 */
function sequencesOf(markers: string[], sizes: number[]): string[] {
  const last = lastSequences;
  if (last && sameItems(last.markers, markers) && sameItems(last.sizes, sizes)) return last.sequences;
  const sequences: string[] = [];
  for (const marker of markers) for (const size of sizes) sequences.push(marker.repeat(size));
  lastSequences = { markers: [...markers], sizes: [...sizes], sequences };
  return sequences;
}

let lastSequences: { markers: string[]; sizes: number[]; sequences: string[] } | undefined;

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The first character of what the next sibling will write, as the stock code asks it (its `peek`, or its handler). */
function peek(state: State, handlers: Record<string, ZwitchHandle | undefined>, node: { type: string; value?: string }, parent: Phrasing, info: Info, writeText: Writer): string {
  const handle = handlers[node.type];
  if (!handle) return '';
  if (node.type === 'text') {
    const value = node.value || '';
    return plainStart(value) ?? firstCharacter(writeText(state, startWindow(value), '', ''));
  }
  return firstCharacter((handle.peek || handle)(node as never, parent as Parents, state, { before: '', after: '', now: info.now, lineShift: info.lineShift }));
}
