// Constructs that Tiki cuts out of the text before its line-by-line pass, and that may therefore
// span lines (tiki-syntax.md §1, steps 1–5 and 10):
//
//   ~tc~ … ~/tc~      Tiki comment (removed)
//   ~np~ … ~/np~      no-parse: literal text
//   ~pp~ … ~/pp~      preformatted, not parsed
//   ~pre~ … ~/pre~    preformatted (Tiki still parses inside; we keep it verbatim and report)
//   ~hc~ … ~/hc~      HTML comment
//   ~~fg[,bg]:…~~     colour (nests, innermost first)
//   ^…^               box (rule 17: the opening `^` starts a line or follows whitespace — the
//                     caller checks that — and the closing `^` ends a line or precedes
//                     whitespace or punctuation; `x^2 + y^2` is no box)
//   {NAME(args)}…{NAME}   {NAME(args)/}   {name args}    plugins (see plugin-call.ts)
//
// The Scanner remembers, per closing token, the position after which it is known to be absent,
// so an unclosed opener repeated many times costs one scan, not one scan each.

import { matchPluginCall, type PluginCall } from './plugin-call.js';

export type VerbatimKind = 'tc' | 'np' | 'pp' | 'pre' | 'hc';

export type SpanMatch =
  | { kind: VerbatimKind; start: number; contentStart: number; contentEnd: number; end: number }
  | { kind: 'color'; start: number; fg: string; bg: string; contentStart: number; contentEnd: number; end: number }
  | { kind: 'box'; start: number; contentStart: number; contentEnd: number; end: number }
  | { kind: 'plugin'; start: number; end: number; call: PluginCall };

const verbatimTags: Record<string, VerbatimKind> = {
  '~tc~': 'tc',
  '~np~': 'np',
  '~pp~': 'pp',
  '~hc~': 'hc',
  '~pre~': 'pre',
};

export class Scanner {
  /** Per token, the last search: the first occurrence at or after `from` is `at` (-1: none). */
  private readonly lastFind = new Map<string, { from: number; at: number }>();
  /** Per plugin name, opener offset → offset of its matching `{NAME}` (see pluginClose). */
  private readonly pairs = new Map<string, Map<number, number>>();
  private npRegions: Array<[number, number]> | null = null;
  /** Nesting depth of the parse in progress (plugin bodies, colours, boxes, link labels). */
  depth = 0;
  /** Per range end: the position after which no line ends in `||` (see table.ts). */
  readonly tableCloseAbsentFrom = new Map<number, number>();

  constructor(readonly src: string) {}

  /**
   * indexOf that remembers its last answer per token: any later search starting between that
   * search's start and its answer has the same answer. Scans that move forward (the usual case,
   * and the pathological one: a thousand unclosed openers) stay linear overall.
   */
  find(token: string, from: number): number {
    const last = this.lastFind.get(token);
    if (last && from >= last.from && (last.at === -1 || from <= last.at)) return last.at;
    const at = this.src.indexOf(token, from);
    if (last) {
      last.from = from;
      last.at = at;
    } else this.lastFind.set(token, { from, at });
    return at;
  }

  /**
   * The `{NAME}` closing the long-form call whose `{NAME(` starts at `open`, or -1. All calls of
   * one name are paired once, with a stack, in one pass (the first closing tag whose interior is
   * balanced, as Tiki's matcher picks it); tags inside ~np~ do not count.
   */
  pluginClose(name: string, open: number): number {
    let map = this.pairs.get(name);
    if (!map) this.pairs.set(name, (map = this.pairCalls(name)));
    return map.get(open) ?? -1;
  }

  private pairCalls(name: string): Map<number, number> {
    const src = this.src;
    const openTag = `{${name}(`;
    const closeTag = `{${name}}`;
    const events: Array<[number, boolean]> = [];
    for (let i = src.indexOf(openTag); i !== -1; i = src.indexOf(openTag, i + 1)) if (!this.inNoParse(i)) events.push([i, true]);
    for (let i = src.indexOf(closeTag); i !== -1; i = src.indexOf(closeTag, i + 1)) if (!this.inNoParse(i)) events.push([i, false]);
    events.sort((a, b) => a[0] - b[0]);
    const stack: number[] = [];
    const map = new Map<number, number>();
    for (const [at, isOpen] of events) {
      if (isOpen) stack.push(at);
      else if (stack.length) map.set(stack.pop()!, at);
    }
    return map;
  }

  private inNoParse(at: number): boolean {
    if (!this.npRegions) {
      this.npRegions = [];
      for (let i = this.src.indexOf('~np~'); i !== -1; ) {
        const end = this.src.indexOf('~/np~', i + 4);
        if (end === -1) break;
        this.npRegions.push([i, end + 5]);
        i = this.src.indexOf('~np~', end + 5);
      }
    }
    const regions = this.npRegions;
    let lo = 0;
    let hi = regions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (regions[mid][1] <= at) lo = mid + 1;
      else if (regions[mid][0] > at) hi = mid - 1;
      else return true;
    }
    return false;
  }

  /** A span starting exactly at `pos`, or null. `pos` must hold `~`, `{` or `^`. */
  matchSpan(pos: number): SpanMatch | null {
    const src = this.src;
    if (src.charCodeAt(pos) === 94 /* ^ */) return this.matchBox(pos);
    if (src.charCodeAt(pos) === 126 /* ~ */) {
      if (src.charCodeAt(pos + 1) === 126) return this.matchColor(pos);
      const tag = src.startsWith('~pre~', pos) ? '~pre~' : src.slice(pos, pos + 4).toLowerCase();
      const kind = verbatimTags[tag];
      if (!kind) return null;
      const close = `~/${kind}~`;
      const contentStart = pos + tag.length;
      const at = this.find(close, contentStart);
      if (at === -1) return null;
      return { kind, start: pos, contentStart, contentEnd: at, end: at + close.length };
    }
    if (src.charCodeAt(pos) === 123 /* { */) {
      const call = matchPluginCall(this, pos);
      return call ? { kind: 'plugin', start: pos, end: call.end, call } : null;
    }
    return null;
  }

  /** `^text^` with rule 17's flanking; the caller has checked what precedes the opener. */
  private matchBox(pos: number): SpanMatch | null {
    const src = this.src;
    const next = src[pos + 1];
    if (next === undefined || /\s|\^/.test(next)) return null;
    const at = this.find('^', pos + 1);
    if (at === -1) return null;
    const before = src[at - 1];
    const after = src[at + 1];
    if (/\s/.test(before) || (after !== undefined && !/[\s.,;:!?)\]'"-]/.test(after))) return null;
    return { kind: 'box', start: pos, contentStart: pos + 1, contentEnd: at, end: at + 1 };
  }

  /** `~~fg,bg:text~~`; nested colours pair innermost first (all `~~` of the page paired once). */
  private matchColor(pos: number): SpanMatch | null {
    const colors = (this.colors ??= this.pairColors());
    // The line pass and the inline pass both ask, for every colour of the page, mostly in
    // order: the colour after the last one found is tried first, then a binary search.
    const next = colors.last + 1;
    if (colors.starts[next] === pos) {
      colors.last = next;
      return colors.spans[next];
    }
    let lo = 0;
    let hi = colors.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = colors.starts[mid];
      if (at < pos) lo = mid + 1;
      else if (at > pos) hi = mid - 1;
      else {
        colors.last = mid;
        return colors.spans[mid];
      }
    }
    return null;
  }

  private colors: ColorSpans | null = null;

  /**
   * One pass over every `~~`: an opener (`~~fg:`) pushes, any other `~~` closes the innermost.
   * Openers come in source order; an unclosed one keeps a null span.
   */
  private pairColors(): ColorSpans {
    const src = this.src;
    const starts: number[] = [];
    // An opener's span is made when it is found (content end still unknown) and completed by
    // its close; one object per colour, since every one of them lives as long as the scanner.
    const spans: Array<ColorSpan | null> = [];
    const stack: number[] = []; // indices of the open colours
    for (let i = src.indexOf('~~'); i !== -1; ) {
      const head = colorHead(src, i);
      if (head) {
        stack.push(spans.length);
        starts.push(i);
        spans.push(head);
        i = src.indexOf('~~', head.contentStart);
      } else {
        const slot = stack.pop();
        if (slot !== undefined) {
          const span = spans[slot]!;
          span.contentEnd = i;
          span.end = i + 2;
        }
        i = src.indexOf('~~', i + 2);
      }
    }
    for (const slot of stack) spans[slot] = null;
    return { starts, spans, last: -1 };
  }
}

type ColorSpan = Extract<SpanMatch, { kind: 'color' }>;

interface ColorSpans {
  /** Offsets of the colour openers, ascending. */
  starts: number[];
  /** The span of each opener; null when it has no close. */
  spans: Array<SpanMatch | null>;
  /** Index of the colour found last. */
  last: number;
}

/** Parses the `~~fg,bg:` opener at `pos` into a span still to be closed. Colours are short tokens; 40 chars is generous. */
function colorHead(src: string, pos: number): ColorSpan | null {
  if (!src.startsWith('~~', pos)) return null;
  const limit = Math.min(src.length, pos + 42);
  let i = pos + 2;
  let comma = -1;
  for (; i < limit; i++) {
    const ch = src[i];
    if (ch === ':') break;
    if (ch === '~' || ch === '\n') return null;
    if (ch === ',' && comma === -1) comma = i;
  }
  if (i >= limit || src[i] !== ':') return null;
  const fg = (comma === -1 ? src.slice(pos + 2, i) : src.slice(pos + 2, comma)).trim();
  const bg = comma === -1 ? '' : src.slice(comma + 1, i).trim();
  if (!fg && !bg) return null;
  if (!COLOUR.test(fg) || !COLOUR.test(bg)) return null;
  return { kind: 'color', start: pos, fg, bg, contentStart: i + 1, contentEnd: -1, end: -1 };
}

const COLOUR = /^[#A-Za-z0-9 ().%-]*$/;
