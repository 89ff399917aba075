// Tokens → inline nodes: the delimiters of each line are paired (delimiters.ts) and every pair
// becomes a node around the tokens between its delimiters; an unpaired delimiter is text.
//
// Tokens are the nodes themselves (text, links, breaks …) plus delimiter tokens, so a line
// without delimiters is already its node list. Text nodes made while tokenizing belong to this
// parse alone and are merged in place.

import { pairLine, type DelimKind, type DelimToken, type Pair } from './delimiters.js';
import type { TikiInline } from './tiki-tree.js';

export type Token = TikiInline | DelimToken;

/**
 * The nodes of `tokens`; `marks` holds, in order, the indices of the delimiter tokens and of the
 * newline breaks (which separate the lines delimiters pair within).
 */
export function buildInline(tokens: Token[], marks: readonly number[], src: string): TikiInline[] {
  let virtual: Map<number, Pair[]> | null = null;
  let lineLo = 0;
  for (let k = 0; k <= marks.length; k++) {
    if (k < marks.length && tokens[marks[k]].type !== 'break') continue;
    if (k > lineLo) {
      const pairs = pairLine(tokens, marks, lineLo, k);
      for (let j = 0; j < pairs.length; j++) {
        const p = pairs[j];
        // A pair is found again by the token it starts at: the opening delimiter holds a real
        // pair; the reopened half of a split pair (virtual) starts at an ordinary token.
        if (!p.virtual) (tokens[p.from - 1] as DelimToken).pair = p;
        else {
          virtual ??= new Map();
          const list = virtual.get(p.from);
          if (list) list.push(p);
          else virtual.set(p.from, [p]);
        }
      }
    }
    lineLo = k + 1;
  }
  if (virtual) for (const list of virtual.values()) if (list.length > 1) list.sort((a, b) => b.to - a.to);
  // Built in place: see build.
  tokens.length = build(tokens, 0, tokens.length, virtual, src);
  return mergeText(tokens as TikiInline[]);
}

/**
 * Replaces tokens [lo, hi) by their nodes, written from `lo` on; returns where they end. A node
 * is written at or before the first token it replaces, once that token and the tokens of its
 * content (built in place the same way, then copied out) have been read. Building in place
 * saves an array per level, and the copied-out children take no more room than they need (an
 * array grown by push reserves 16 slots; a long page keeps hundreds of thousands of these).
 */
function build(tokens: Token[], lo: number, hi: number, virtual: Map<number, Pair[]> | null, src: string): number {
  const out = tokens as TikiInline[];
  let n = lo;
  let i = lo;
  while (i < hi) {
    const tok = tokens[i];
    let pair = virtual ? takeVirtual(virtual, i, hi) : undefined;
    if (!pair && tok.type === 'delim' && tok.pair && tok.pair.to <= hi) {
      pair = tok.pair;
      tok.pair = undefined;
    }
    if (pair) {
      const children = out.slice(pair.from, build(tokens, pair.from, pair.to, virtual, src));
      out[n++] = makeSpanNode(pair.kind, children, pair.start, pair.end);
      i = pair.after;
      continue;
    }
    out[n++] = tok.type === 'delim' ? { type: 'text', value: src.slice(tok.start, tok.end), start: tok.start, end: tok.end } : tok;
    i++;
  }
  return n;
}

function takeVirtual(virtual: Map<number, Pair[]>, i: number, hi: number): Pair | undefined {
  const list = virtual.get(i);
  if (!list || list.length === 0) return undefined;
  const idx = list.findIndex((p) => p.to <= hi);
  if (idx === -1) return undefined;
  const [p] = list.splice(idx, 1);
  return p;
}

function makeSpanNode(kind: DelimKind, children: TikiInline[], start: number, end: number): TikiInline {
  return { type: kind, children: mergeText(children), start, end } as TikiInline;
}

/** Merges adjacent text nodes and drops empty ones, in place. */
export function mergeText(nodes: TikiInline[]): TikiInline[] {
  let n = 0;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k];
    if (node.type === 'text') {
      const prev = n > 0 ? nodes[n - 1] : undefined;
      if (prev?.type === 'text') {
        prev.value += node.value;
        prev.end = node.end;
        continue;
      }
      if (!node.value) continue;
    }
    nodes[n++] = node;
  }
  nodes.length = n;
  return nodes;
}
