// Tokens → inline nodes: the delimiters of each line are paired (delimiters.ts) and every pair
// becomes a node around the tokens between its delimiters; an unpaired delimiter is text.
//
// Tokens are the nodes themselves (text, links, breaks …) plus delimiters, which stand in the
// list as their row number in `delims`, so a line without delimiters is already its node list.
// Text nodes made while tokenizing belong to this parse alone and are merged in place.

import { delims, LINE_END, pairingOrder, pairLine, pairs } from './delimiters.js';
import type { TikiInline, TikiText } from './tiki-tree.js';

type Token = TikiInline | number;

/**
 * The tokens of the ranges being parsed, in one array that only grows. Like the delimiter rows
 * it serves every parse: a nested range's tokens follow the enclosing range's and are cleared
 * when it is done. A list per range would be copied at each growth (megabytes on a long line),
 * and its nodes would keep the spare room; they are copied out once, at their exact length.
 */
class TokenList {
  readonly items: Token[] = [];
  count = 0;
  /** Where the last token, if text, ends in the source (-1 otherwise): text nodes have no offsets. */
  private textEnd = -1;
  /** The `textEnd` of each enclosing range, while a nested one is tokenized. */
  private readonly outer: number[] = [];

  /** Starts the tokens of a range; returns where they start. */
  begin(): number {
    this.outer.push(this.textEnd);
    this.textEnd = -1;
    return this.count;
  }

  /** Drops the tokens of the range that started at `first`, not keeping their nodes alive. */
  end(first: number): void {
    this.items.fill(0, first, this.count);
    this.count = first;
    this.textEnd = this.outer.pop()!;
  }

  push(token: Token): void {
    this.items[this.count++] = token;
    this.textEnd = -1;
  }

  /** Text at `start..end` extends the text token just before it, if that one ends where it starts. */
  pushText(start: number, end: number, value: string): void {
    if (this.textEnd === start) (this.items[this.count - 1] as TikiText).value += value;
    else this.items[this.count++] = { type: 'text', value };
    this.textEnd = end;
  }
}

export const tokens = new TokenList();

/** The nodes of the tokens from `first` on, whose delimiters (and newline breaks) are the rows of `delims` from `base` on. */
export function buildNodes(first: number, base: number, src: string): TikiInline[] {
  const items = tokens.items;
  return items.slice(first, build(items, first, tokens.count, pairAll(base), src)) as TikiInline[];
}

/** Pairs the delimiters of each line; returns the virtual pairs by the token they start at. */
function pairAll(base: number): Map<number, number[]> | null {
  pairs.count = 0;
  let lineLo = base;
  for (let r = base; r <= delims.count; r++) {
    if (r < delims.count && delims.kind[r] !== LINE_END) continue;
    if (r > lineLo) pairLine(lineLo, r);
    lineLo = r + 1;
  }
  // A real pair is found again by its opening delimiter (see pairLine); the reopened half of a
  // split pair (virtual) starts at an ordinary token, so those are looked up by token index.
  let virtual: Map<number, number[]> | null = null;
  for (let p = 0; p < pairs.count; p++) {
    if (!pairs.virtual[p]) continue;
    virtual ??= new Map();
    const list = virtual.get(pairs.from[p]);
    if (list) list.push(p);
    else virtual.set(pairs.from[p], [p]);
  }
  if (virtual) for (const list of virtual.values()) if (list.length > 1) list.sort((a, b) => pairs.to[b] - pairs.to[a]);
  return virtual;
}

/**
 * Replaces tokens [lo, hi) by their nodes, written from `lo` on; returns where they end. A node
 * is written at or before the first token it replaces, once that token and the tokens of its
 * content (built in place the same way, then copied out) have been read. Building in place
 * saves an array per level, and the copied-out children take no more room than they need.
 * Adjacent text nodes are merged and empty ones dropped on the way.
 */
function build(tokens: Token[], lo: number, hi: number, virtual: Map<number, number[]> | null, src: string): number {
  const out = tokens as TikiInline[];
  let n = lo;
  let i = lo;
  while (i < hi) {
    const tok = tokens[i];
    let p = virtual ? takeVirtual(virtual, i, hi) : -1;
    if (p === -1 && typeof tok === 'number') {
      const q = delims.pair[tok];
      if (q !== -1 && pairs.to[q] <= hi) {
        p = q;
        delims.pair[tok] = -1;
      }
    }
    if (p !== -1) {
      const from = pairs.from[p];
      const after = pairs.after[p];
      const children = out.slice(from, build(tokens, from, pairs.to[p], virtual, src));
      out[n++] = { type: pairingOrder[pairs.kind[p]], children, start: pairs.start[p], end: pairs.end[p] } as TikiInline;
      i = after;
      continue;
    }
    i++;
    const node = typeof tok === 'number' ? delimText(tok, src) : tok;
    if (node.type === 'text') {
      const prev = n > lo ? out[n - 1] : undefined;
      if (prev?.type === 'text') {
        prev.value += node.value;
        continue;
      }
      if (!node.value) continue;
    }
    out[n++] = node;
  }
  return n;
}

/** An unpaired delimiter, as the text it is. */
function delimText(row: number, src: string): TikiInline {
  return { type: 'text', value: src.slice(delims.start[row], delims.end[row]) };
}

function takeVirtual(virtual: Map<number, number[]>, i: number, hi: number): number {
  const list = virtual.get(i);
  if (!list || list.length === 0) return -1;
  const idx = list.findIndex((p) => pairs.to[p] <= hi);
  if (idx === -1) return -1;
  return list.splice(idx, 1)[0];
}
