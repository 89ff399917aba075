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
  const queue = [...input].sort(byOpen);
  const out: Pair[] = [];
  const stack: Pair[] = [];
  while (queue.length) {
    const p = queue.shift()!;
    while (stack.length && stack[stack.length - 1].to <= openIndex(p)) stack.pop();
    const top = stack[stack.length - 1];
    if (top && p.to > top.to) {
      // Close p where top closes, reopen the rest after top.
      const inner: Pair = { ...p, to: top.to, after: top.to, end: top.end };
      const rest: Pair = { kind: p.kind, from: top.to + 1, to: p.to, after: p.after, start: top.end, end: p.end, virtual: true };
      out.push(inner);
      stack.push(inner);
      insertSorted(queue, rest);
    } else {
      out.push(p);
      stack.push(p);
    }
  }
  return out;
}

function openIndex(p: Pair): number {
  return p.virtual ? p.from : p.from - 1;
}

function byOpen(a: Pair, b: Pair): number {
  return openIndex(a) - openIndex(b) || b.to - a.to;
}

function insertSorted(queue: Pair[], p: Pair): void {
  let i = 0;
  while (i < queue.length && byOpen(queue[i], p) <= 0) i++;
  queue.splice(i, 0, p);
}
