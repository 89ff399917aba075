// Pairing of Tiki's per-line inline delimiters (tiki-syntax.md §1 step 16, §5 rules 1–6):
//
//   -+mono+-   __strong__   ''emphasis''   ===underline===   --strike--   ::center::   -=title=-
//   ==x==  (Tiki 24 just removes these delimiters when whitespace or the line edge surrounds them)
//
// Tiki applies one lazy regex per kind, in that order, to each line: delimiters of one kind
// pair left to right, never across a newline. An unpaired delimiter stays literal. Because the
// kinds pair independently, spans may cross (`__a ''b__ c''`); rule 5 turns that into a proper
// tree by closing the inner span where the outer one closes and reopening it after.
//
// A long line holds hundreds of thousands of delimiters and pairs, each needed only until the
// line's nodes are built: they are rows (see rows.ts).

import { grown } from './rows.js';

export type DelimKind = 'monospace' | 'strong' | 'emphasis' | 'underline' | 'strike' | 'center' | 'titleBar' | 'unwrapEq';

export const pairingOrder: DelimKind[] = ['monospace', 'strong', 'emphasis', 'underline', 'strike', 'center', 'titleBar', 'unwrapEq'];

/** Kind numbers are indices into pairingOrder. */
export const kindIndex = Object.fromEntries(pairingOrder.map((kind, i) => [kind, i])) as Record<DelimKind, number>;
/** The kind of the row recorded for a newline break: it ends the line delimiters pair within. */
export const LINE_END = pairingOrder.length;

export const CAN_OPEN = 1;
export const CAN_CLOSE = 2;

/**
 * The delimiters of the inline ranges being tokenized. A delimiter stands in the token list as
 * its row number. Parsing is synchronous, so one table serves every parse: a nested range (a
 * link label, a colour) adds its rows after the enclosing range's and drops them when done.
 */
class DelimRows {
  count = 0;
  kind = new Int32Array(256);
  /** Index of the delimiter (or newline break) in the token list (see inline-tree.ts). */
  token = new Int32Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** CAN_OPEN | CAN_CLOSE; neither: an inert delimiter, which only ends a candidate span. */
  flags = new Int32Array(256);
  /** The pair this delimiter opens once paired, -1 otherwise (unpaired ones become text). */
  pair = new Int32Array(256);

  add(kind: number, token: number, start: number, end: number, flags: number): number {
    if (this.count === this.kind.length) {
      this.kind = grown(this.kind, this.count + 1);
      this.token = grown(this.token, this.count + 1);
      this.start = grown(this.start, this.count + 1);
      this.end = grown(this.end, this.count + 1);
      this.flags = grown(this.flags, this.count + 1);
      this.pair = grown(this.pair, this.count + 1);
    }
    const r = this.count++;
    this.kind[r] = kind;
    this.token[r] = token;
    this.start[r] = start;
    this.end[r] = end;
    this.flags[r] = flags;
    this.pair[r] = -1;
    return r;
  }
}

/**
 * Matched pairs, by token index: content is tokens [from, to), the node ends before `after`;
 * start/end are the source offsets of the whole span. A virtual pair is the reopened half of a
 * split pair: it has no opening delimiter token. Rows live until the next buildNodes.
 */
class PairRows {
  count = 0;
  kind = new Int32Array(256);
  from = new Int32Array(256);
  to = new Int32Array(256);
  after = new Int32Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  virtual = new Int32Array(256);

  add(kind: number, from: number, to: number, after: number, start: number, end: number, virtual: boolean): number {
    if (this.count === this.kind.length) {
      this.kind = grown(this.kind, this.count + 1);
      this.from = grown(this.from, this.count + 1);
      this.to = grown(this.to, this.count + 1);
      this.after = grown(this.after, this.count + 1);
      this.start = grown(this.start, this.count + 1);
      this.end = grown(this.end, this.count + 1);
      this.virtual = grown(this.virtual, this.count + 1);
    }
    const p = this.count++;
    this.kind[p] = kind;
    this.from[p] = from;
    this.to[p] = to;
    this.after[p] = after;
    this.start[p] = start;
    this.end[p] = end;
    this.virtual[p] = virtual ? 1 : 0;
    return p;
  }

  openIndex(p: number): number {
    return this.virtual[p] ? this.from[p] : this.from[p] - 1;
  }

  /** Order of opening; no two pairs share an opening and a close, so the order is total. */
  byOpen(a: number, b: number): number {
    return this.openIndex(a) - this.openIndex(b) || this.to[b] - this.to[a];
  }
}

export const delims = new DelimRows();
export const pairs = new PairRows();

/** Per kind, the row of the candidate opener (-1: none). */
const open = new Int32Array(pairingOrder.length);

/**
 * Pairs the delimiters of one line, rows [lo, hi) of `delims`: each real pair is added to
 * `pairs` and noted on its opener; splitting crossing pairs may add virtual ones after them.
 * The kinds pair independently, so one pass keeps a candidate opener per kind.
 */
export function pairLine(lo: number, hi: number): void {
  const first = pairs.count;
  const { kind: kinds, flags, token } = delims;
  open.fill(-1);
  for (let r = lo; r < hi; r++) {
    const kind = kinds[r];
    const o = open[kind];
    const f = flags[r];
    if (o === -1) {
      if (f & CAN_OPEN) open[kind] = r;
      continue;
    }
    if (f === 0) {
      open[kind] = -1; // an inert delimiter (see inline.ts) ends any candidate span
      continue;
    }
    if (f & CAN_CLOSE && token[r] > token[o] + 1) {
      delims.pair[o] = pairs.add(kind, token[o] + 1, token[r], token[r] + 1, delims.start[o], delims.end[r], false);
      open[kind] = -1;
    } else if (f & CAN_OPEN) {
      open[kind] = r;
    }
  }
  untangle(first);
}

/**
 * Rule 5: split every pair from row `first` on that crosses the close of an enclosing pair.
 * The split pair keeps its row and closes where the enclosing one closes; its reopened rest is
 * added as a virtual pair.
 */
function untangle(first: number): void {
  const last = pairs.count;
  if (last - first < 2) return;
  // Pairs are taken in order of their opening; pairLine adds them in order of their close, which
  // is the same unless they nest. A split adds its reopened half to a heap, which keeps that
  // order without re-sorting (linear-logarithmic even for thousands of pairs).
  const order = sortedByOpen(first, last);
  const reopened = new PairHeap();
  const stack: number[] = [];
  for (let k = 0; ; ) {
    const v = reopened.peek();
    let p: number;
    const next = order ? order[k] : first + k;
    if (k < last - first && (v === -1 || pairs.byOpen(next, v) < 0)) {
      p = next;
      k++;
    } else if (v !== -1) p = reopened.pop();
    else break;
    const opening = pairs.openIndex(p);
    while (stack.length && pairs.to[stack[stack.length - 1]] <= opening) stack.pop();
    const top = stack.length ? stack[stack.length - 1] : -1;
    if (top !== -1 && pairs.to[p] > pairs.to[top]) {
      // Close p where top closes, reopen the rest after top.
      const topTo = pairs.to[top];
      reopened.push(pairs.add(pairs.kind[p], topTo + 1, pairs.to[p], pairs.after[p], pairs.end[top], pairs.end[p], true));
      pairs.to[p] = topTo;
      pairs.after[p] = topTo;
      pairs.end[p] = pairs.end[top];
    }
    stack.push(p);
  }
}

/** Rows [first, last) in order of opening, or null when that is already their order. */
function sortedByOpen(first: number, last: number): number[] | null {
  let sorted = true;
  for (let p = first + 1; p < last && sorted; p++) sorted = pairs.byOpen(p - 1, p) < 0;
  if (sorted) return null;
  const order: number[] = [];
  for (let p = first; p < last; p++) order.push(p);
  return order.sort((a, b) => pairs.byOpen(a, b));
}

/** A min-heap of pair rows by opening. */
class PairHeap {
  private readonly items: number[] = [];
  peek(): number {
    return this.items.length ? this.items[0] : -1;
  }
  push(p: number): void {
    const a = this.items;
    a.push(p);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (pairs.byOpen(a[parent], a[i]) <= 0) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && pairs.byOpen(a[l], a[m]) < 0) m = l;
        if (r < a.length && pairs.byOpen(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
