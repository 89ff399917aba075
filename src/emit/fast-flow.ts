// A faster `state.containerFlow` for mdast-util-to-markdown, with byte-identical output.
//
// The stock one (util/container-flow.js) writes each block child and what goes between two
// blocks (asking the `join` functions), and moves a position tracker over everything it wrote:
// a line split of every block's text, at every level of nesting (a list in a list item in a
// list is split three times). Positions change no handler's output, so this does the same walk
// without the tracker, passing the container's position through.

import type { Info, State } from 'mdast-util-to-markdown';

type Flow = { type: string; children?: Array<{ type: string }> };

const installed = new WeakSet<State>();

/** Replaces `state.containerFlow` for the rest of this serialization (idempotent). */
export function installFastFlow(state: State): void {
  if (installed.has(state)) return;
  installed.add(state);
  state.containerFlow = function fastContainerFlow(parent, info: Info) {
    const children = (parent as Flow).children || [];
    const indexStack = state.indexStack;
    let result = '';
    indexStack.push(-1);
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      indexStack[indexStack.length - 1] = index;
      result += state.handle(child, parent, state, { before: '\n', after: '\n', now: info.now, lineShift: info.lineShift }) || '';
      if (child.type !== 'list') state.bulletLastUsed = undefined;
      if (index < children.length - 1) result += between(state, child, children[index + 1], parent);
    }
    indexStack.pop();
    return result;
  } as State['containerFlow'];
}

/** The stock between(): the last `join` function with an opinion decides; a blank line by default. */
function between(state: State, left: unknown, right: unknown, parent: unknown): string {
  let index = state.join.length;
  while (index--) {
    const result = state.join[index](left as never, right as never, parent as never, state);
    if (result === true || result === 1) break;
    if (typeof result === 'number') return '\n'.repeat(1 + result);
    if (result === false) return '\n\n<!---->\n\n';
  }
  return '\n\n';
}
