// Colours (tiki-syntax.md §1 step 10, §2.2):
//
//   ~~fg:text~~   ~~fg,bg:text~~   ~~ ,bg:text~~     fg and bg: names, #hex, rgb(…) (40 chars is generous)
//
// Colours nest and pair innermost first, over the whole page: one pass over every `~~`, where
// an opener (`~~fg:`) pushes and any other `~~` closes the innermost open colour. An unclosed
// opener is no colour. A page may hold hundreds of thousands, so they are rows (see rows.ts).

import { isWhiteAt } from './inline-atoms.js';
import { grown } from './rows.js';

export class ColorSpans {
  private count = 0;
  /** Offset of each opener, ascending. */
  private start = new Int32Array(64);
  private contentStart = new Int32Array(64);
  /** Offset of the closing `~~`; -1 for an unclosed opener. */
  private contentEnd = new Int32Array(64);
  /** The colour names, trimmed: source ranges, cut out when a node needs them. */
  private fgStart = new Int32Array(64);
  private fgEnd = new Int32Array(64);
  private bgStart = new Int32Array(64);
  private bgEnd = new Int32Array(64);
  /** Row found last: the line pass and the inline pass both ask for every colour, in order. */
  private last = -1;

  constructor(private readonly src: string) {
    const open: number[] = []; // rows of the open colours
    for (let i = src.indexOf('~~'); i !== -1; ) {
      const row = this.addOpener(i);
      if (row !== -1) {
        open.push(row);
        i = src.indexOf('~~', this.contentStart[row]);
      } else {
        const innermost = open.pop();
        if (innermost !== undefined) this.contentEnd[innermost] = i;
        i = src.indexOf('~~', i + 2);
      }
    }
  }

  /** The row of the closed colour whose opener is at `pos`, or -1. */
  at(pos: number): number {
    const next = this.last + 1;
    let row = -1;
    if (next < this.count && this.start[next] === pos) row = next;
    else {
      let lo = 0;
      let hi = this.count - 1;
      while (lo <= hi && row === -1) {
        const mid = (lo + hi) >> 1;
        const at = this.start[mid];
        if (at < pos) lo = mid + 1;
        else if (at > pos) hi = mid - 1;
        else row = mid;
      }
    }
    if (row === -1) return -1;
    this.last = row;
    return this.contentEnd[row] === -1 ? -1 : row;
  }

  contentStartOf(row: number): number {
    return this.contentStart[row];
  }
  contentEndOf(row: number): number {
    return this.contentEnd[row];
  }
  endOf(row: number): number {
    return this.contentEnd[row] + 2;
  }
  fg(row: number): string {
    return this.src.slice(this.fgStart[row], this.fgEnd[row]);
  }
  bg(row: number): string {
    return this.src.slice(this.bgStart[row], this.bgEnd[row]);
  }

  /** Adds the `~~fg,bg:` opener at `pos` as a row still to be closed; -1 if it is none. */
  private addOpener(pos: number): number {
    const src = this.src;
    const limit = Math.min(src.length, pos + 42);
    let i = pos + 2;
    let comma = -1;
    for (; i < limit; i++) {
      const ch = src.charCodeAt(i);
      if (ch === 58 /* : */) break;
      if (ch === 126 /* ~ */ || ch === 10) return -1;
      if (ch === 44 /* , */ && comma === -1) comma = i;
    }
    if (i >= limit) return -1;
    const fgTo = comma === -1 ? i : comma;
    const fs = trimStart(src, pos + 2, fgTo);
    const fe = trimEnd(src, fs, fgTo);
    const bs = comma === -1 ? i : trimStart(src, comma + 1, i);
    const be = trimEnd(src, bs, i);
    if ((fs === fe && bs === be) || !isColour(src, fs, fe) || !isColour(src, bs, be)) return -1;
    const row = this.count++;
    if (row === this.start.length) this.grow();
    this.start[row] = pos;
    this.contentStart[row] = i + 1;
    this.contentEnd[row] = -1;
    this.fgStart[row] = fs;
    this.fgEnd[row] = fe;
    this.bgStart[row] = bs;
    this.bgEnd[row] = be;
    return row;
  }

  private grow(): void {
    const size = this.count;
    this.start = grown(this.start, size);
    this.contentStart = grown(this.contentStart, size);
    this.contentEnd = grown(this.contentEnd, size);
    this.fgStart = grown(this.fgStart, size);
    this.fgEnd = grown(this.fgEnd, size);
    this.bgStart = grown(this.bgStart, size);
    this.bgEnd = grown(this.bgEnd, size);
  }
}

/** Where `from..to` starts without the white space String#trim removes. */
function trimStart(src: string, from: number, to: number): number {
  while (from < to && isWhiteAt(src, from)) from++;
  return from;
}

function trimEnd(src: string, from: number, to: number): number {
  while (to > from && isWhiteAt(src, to - 1)) to--;
  return to;
}

/** Characters of a colour: `[#A-Za-z0-9 ().%-]`. */
function isColour(src: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 35 || c === 32 || c === 40 || c === 41 || c === 46 || c === 37 || c === 45;
    if (!ok) return false;
  }
  return true;
}
