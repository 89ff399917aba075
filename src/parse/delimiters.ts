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
  t: 'delim';
  kind: DelimKind;
  start: number;
  end: number;
  canOpen: boolean;
  canClose: boolean;
  /** Set when paired; unpaired delimiters are emitted as text. */
  paired?: boolean;
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

/** Pairs delimiters of one line (token indices lo..hi). */
export function pairLine(tokens: ReadonlyArray<{ t: string }>, lo: number, hi: number): Pair[] {
  const pairs: Pair[] = [];
  for (const kind of pairingOrder) {
    let open = -1;
    for (let i = lo; i < hi; i++) {
      const tok = tokens[i] as DelimToken;
      if (tok.t !== 'delim' || tok.kind !== kind || tok.paired) continue;
      if (open === -1) {
        if (tok.canOpen) open = i;
        continue;
      }
      if (!tok.canOpen && !tok.canClose) {
        open = -1; // an inert delimiter (see inline.ts) ends any candidate span
        continue;
      }
      if (tok.canClose && i > open + 1) {
        const o = tokens[open] as DelimToken;
        o.paired = tok.paired = true;
        pairs.push({ kind, from: open + 1, to: i, after: i + 1, start: o.start, end: tok.end, virtual: false });
        open = -1;
      } else if (tok.canOpen) {
        open = i;
      }
    }
  }
  return untangle(pairs);
}

/** Rule 5: split every pair that crosses the close of an enclosing pair. */
function untangle(input: Pair[]): Pair[] {
  // Pairs are taken in order of their opening; a split adds the reopened half later on, so a
  // heap keeps that order without re-sorting (linear-logarithmic even for thousands of pairs).
  const queue = new PairHeap(input);
  const out: Pair[] = [];
  const stack: Pair[] = [];
  for (let p = queue.pop(); p; p = queue.pop()) {
    while (stack.length && stack[stack.length - 1].to <= openIndex(p)) stack.pop();
    const top = stack[stack.length - 1];
    if (top && p.to > top.to) {
      // Close p where top closes, reopen the rest after top.
      const inner: Pair = { ...p, to: top.to, after: top.to, end: top.end };
      out.push(inner);
      stack.push(inner);
      queue.push({ kind: p.kind, from: top.to + 1, to: p.to, after: p.after, start: top.end, end: p.end, virtual: true });
    } else {
      out.push(p);
      stack.push(p);
    }
  }
  return out;
}

class PairHeap {
  private readonly items: Pair[] = [];
  constructor(pairs: Pair[]) {
    for (const p of pairs) this.push(p);
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
