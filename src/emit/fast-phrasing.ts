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
import { defaultHandlers, type Handle, type Info, type State } from 'mdast-util-to-markdown';
import { firstCharacter, lastCharacter } from './character-kind.js';
import { ChunkedPhrasing, ItemList, type ItemSink } from './attention-chunks.js';
import { plainStart, startWindow } from './text-peek.js';

type Phrasing = { children?: Array<{ type: string; value?: string }> };
/** What the text handler writes for a value between two characters. */
export type TextWriter = (value: string, before: string, after: string) => string;
type Attention = (node: unknown, state: State) => { construct: string; markers: string[]; sizes: number[] };
type ZwitchHandle = Handle & { peek?: Handle; attention?: Attention };
/** What an attention node is written as: its construct, and every marker repeated to every size. */
type Shape = { construct: string; sequences: string[] };

const installed = new WeakSet<State>();

/**
 * The stock strong and emphasis `attention`, whose answer depends only on the options (the marker
 * they are set to use), not on the node: asked once per serialization.
 */
const optionsOnly = new Set([defaultHandlers.strong, defaultHandlers.emphasis].map((h) => (h as ZwitchHandle).attention));

/**
 * Replaces `state.containerPhrasing` for the rest of this serialization (idempotent). `text` is
 * the registered text handler and `writeText` what it writes for a value between two characters.
 */
export function installFastPhrasing(state: State, text: Handle, writeText: TextWriter): void {
  if (installed.has(state)) return;
  installed.add(state);
  if (state.handlers.text !== text || state.unsafe.some((p) => p.beforeNode || p.afterNode)) return;
  const stock = state.containerPhrasing;
  const writer = new PhrasingWriter(state, writeText);
  state.containerPhrasing = function fastContainerPhrasing(parent, info) {
    // A lone text (most link labels) is what the text handler writes between the two sides.
    const children = (parent as Phrasing).children;
    if (children?.length === 1 && children[0].type === 'text') return writeText(children[0].value || '', info.before, info.after);
    const pieces = new ChunkedPhrasing(info.before);
    const value = writer.collect(parent as Phrasing, info, info.before, info.after, pieces) ? pieces.finish(info.after) : undefined;
    return value ?? stock.call(state, parent, info);
  };
}

class PhrasingWriter {
  /** The shapes of attention whose `attention` depends only on the options. */
  private readonly shapes = new Map<Attention, Shape>();

  constructor(
    private readonly state: State,
    private readonly writeText: TextWriter,
  ) {}

  /**
   * The stock phrasing(): the items of a phrasing parent, into `results`; false when not
   * modelled. `first` and `last` are the characters before and after it; `info` gives the
   * positions passed to handlers.
   */
  collect(parent: Phrasing, info: Info, first: string, last: string, results: ItemSink): boolean {
    const state = this.state;
    const children = parent.children || [];
    const handlers = state.handlers as unknown as Record<string, ZwitchHandle | undefined>;
    // The stock code gives each peek and handler a new info object. Here one is made for the
    // peeks and one for the handlers of this container, its `before` / `after` set for each
    // call: no handler changes or keeps its info, and each returns before the next is called.
    let peekInfo: Info | undefined;
    let callInfo: Info | undefined;
    let before = first;
    state.indexStack.push(-1);
    try {
      for (let index = 0; index < children.length; index++) {
        const child = children[index];
        const type = child.type;
        state.indexStack[state.indexStack.length - 1] = index;
        let after = last;
        if (index + 1 < children.length) {
          const next = children[index + 1];
          if (next.type === 'text') after = this.peekText(next.value || '');
          else {
            peekInfo ??= { before: '', after: '', now: info.now, lineShift: info.lineShift };
            after = this.peek(handlers, next, parent, peekInfo);
          }
        }
        let value: string;
        // The text handler is known (installFastPhrasing checks it): what it writes is writeText.
        if (type === 'text') value = this.writeText(child.value || '', before, after);
        else {
          // The stock code rewrites the line ending before such html (a special case not modelled).
          if (type === 'html' && (before === '\r' || before === '\n') && results.endsWithString()) return false;
          const handle = handlers[type];
          if (!handle) return false;
          if (handle.attention) {
            const shape = this.shapeOf(handle.attention, child);
            if (!shape) return false;
            const sequence = shape.sequences[0];
            state.stack.push(shape.construct as never); // the stock `state.enter`, without its exit closure
            const inside = new ItemList();
            const modelled = this.collect(child as Phrasing, info, sequence, sequence, inside);
            state.stack.pop();
            if (!modelled) return false;
            if (!inside.items) continue;
            if (!results.add({ children: inside.items, sequences: shape.sequences })) return false;
            before = lastCharacter(sequence);
            continue;
          }
          callInfo ??= { before, after, now: info.now, lineShift: info.lineShift };
          callInfo.before = before;
          callInfo.after = after;
          value = handle(child as never, parent as Parents, state, callInfo);
        }
        if (!value) continue;
        if (!results.add(value)) return false;
        before = lastCharacter(value);
      }
    } finally {
      state.indexStack.pop();
    }
    return true;
  }

  /** The construct and sequences of an attention node; undefined when it has no sequences (not modelled). */
  private shapeOf(attention: Attention, node: unknown): Shape | undefined {
    const known = this.shapes.get(attention);
    if (known) return known;
    const { construct, markers, sizes } = attention(node, this.state);
    const sequences = sequencesOf(markers, sizes);
    if (sequences.length === 0) return undefined;
    const shape = { construct, sequences };
    if (optionsOnly.has(attention)) this.shapes.set(attention, shape);
    return shape;
  }

  /** The first character a text will be written with, as the stock code asks it (the text handler's peek). */
  private peekText(value: string): string {
    return plainStart(value) ?? firstCharacter(this.writeText(startWindow(value), '', ''));
  }

  /** The first character of what a sibling other than text will write, as the stock code asks it (its `peek`, or its handler). */
  private peek(handlers: Record<string, ZwitchHandle | undefined>, node: { type: string }, parent: Phrasing, info: Info): string {
    const handle = handlers[node.type];
    if (!handle) return '';
    return firstCharacter((handle.peek || handle)(node as never, parent as Parents, this.state, info));
  }
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
