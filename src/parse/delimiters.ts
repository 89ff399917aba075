// Pairing of Tiki's per-line inline delimiters (tiki-syntax.md §1 step 16, §5 rules 1–6):
//
//   -+mono+-   __strong__   ''emphasis''   ===underline===   --strike--   ::center::   -=title=-
//   ==x==  (Tiki 24 just removes these delimiters when whitespace or the line edge surrounds them)
//
// Tiki applies one lazy regex per kind, in that order, to each line: delimiters of one kind
// pair left to right, never across a newline. An unpaired delimiter stays literal. Because the
// kinds pair independently, spans may cross (`__a ''b__ c''`); rule 5 turns that into a proper
// tree by closing the inner span where the outer one closes and reopening it after.

export type DelimKind = 'monospace' | 'strong' | 'emphasis' | 'underline' | 'strike' | 'center' | 'titleBar' | 'unwrapEq';

export const pairingOrder: DelimKind[] = ['monospace', 'strong', 'emphasis', 'underline', 'strike', 'center', 'titleBar', 'unwrapEq'];

export interface DelimToken {
  type: 'delim';
  kind: DelimKind;
  start: number;
  end: number;
  canOpen: boolean;
  canClose: boolean;
  /** The pair this delimiter opens, once paired (see inline-tree.ts); unpaired ones stay text. */
  pair: Pair | undefined;
}

export function delimToken(kind: DelimKind, start: number, end: number, canOpen: boolean, canClose: boolean): DelimToken {
  return { type: 'delim', kind, start, end, canOpen, canClose, pair: undefined };
}

/** A matched pair, by token index: content is tokens [from, to), the node ends before `after`. */
export interface Pair {
  kind: DelimKind;
  from: number;
  to: number;
  after: number;
  /** Source offsets of the whole span, for positions. */
  start: number;
  end: number;
  /** True for the reopened half of a split pair: it has no opening delimiter token. */
  virtual: boolean;
}

/**
 * Pairs the delimiters of one line: `marks[lo..hi)` are the token indices of its delimiters.
 * The kinds pair independently, so one pass keeps a candidate opener per kind.
 */
export function pairLine(tokens: ReadonlyArray<{ type: string }>, marks: readonly number[], lo: number, hi: number): Pair[] {
  const pairs: Pair[] = [];
  const open = new Int32Array(pairingOrder.length).fill(-1);
  for (let k = lo; k < hi; k++) {
    const i = marks[k];
    const tok = tokens[i] as DelimToken;
    const kind = kindIndex[tok.kind];
    const o = open[kind];
    if (o === -1) {
      if (tok.canOpen) open[kind] = i;
      continue;
    }
    if (!tok.canOpen && !tok.canClose) {
      open[kind] = -1; // an inert delimiter (see inline.ts) ends any candidate span
      continue;
    }
    if (tok.canClose && i > o + 1) {
      pairs.push({ kind: tok.kind, from: o + 1, to: i, after: i + 1, start: (tokens[o] as DelimToken).start, end: tok.end, virtual: false });
      open[kind] = -1;
    } else if (tok.canOpen) {
      open[kind] = i;
    }
  }
  return untangle(pairs);
}

const kindIndex = Object.fromEntries(pairingOrder.map((kind, i) => [kind, i])) as Record<DelimKind, number>;

/** Rule 5: split every pair that crosses the close of an enclosing pair. */
function untangle(input: Pair[]): Pair[] {
  if (input.length < 2) return input;
  // Pairs are taken in order of their opening (no two share an opening and a close, so the order
  // is total). The input is sorted once; a split adds its reopened half to a heap, which keeps
  // that order without re-sorting (linear-logarithmic even for thousands of pairs).
  input.sort(byOpen);
  const reopened = new PairHeap();
  const out: Pair[] = [];
  const stack: Pair[] = [];
  for (let k = 0; ; ) {
    const v = reopened.peek();
    let p: Pair;
    if (k < input.length && (v === undefined || byOpen(input[k], v) < 0)) p = input[k++];
    else if (v !== undefined) p = reopened.pop()!;
    else break;
    while (stack.length && stack[stack.length - 1].to <= openIndex(p)) stack.pop();
    const top = stack[stack.length - 1];
    if (top && p.to > top.to) {
      // Close p where top closes, reopen the rest after top.
      const inner: Pair = { ...p, to: top.to, after: top.to, end: top.end };
      out.push(inner);
      stack.push(inner);
      reopened.push({ kind: p.kind, from: top.to + 1, to: p.to, after: p.after, start: top.end, end: p.end, virtual: true });
    } else {
      out.push(p);
      stack.push(p);
    }
  }
  return out;
}

class PairHeap {
  private readonly items: Pair[] = [];
  peek(): Pair | undefined {
    return this.items[0];
  }
  push(p: Pair): void {
    const a = this.items;
    a.push(p);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (byOpen(a[parent], a[i]) <= 0) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): Pair | undefined {
    const a = this.items;
    if (!a.length) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && byOpen(a[l], a[m]) < 0) m = l;
        if (r < a.length && byOpen(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

function openIndex(p: Pair): number {
  return p.virtual ? p.from : p.from - 1;
}

function byOpen(a: Pair, b: Pair): number {
  return openIndex(a) - openIndex(b) || b.to - a.to;
}
