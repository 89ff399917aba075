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

import { ColorSpans } from './colors.js';
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
  /** Only headings get inline children (parseTiki's `headingsOnly`). */
  headingsOnly = false;
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

  /** Where the span starting at `pos` ends (see matchSpan), or -1; makes no object for a colour. */
  spanEnd(pos: number): number {
    if (this.src.charCodeAt(pos) === 126 && this.src.charCodeAt(pos + 1) === 126) {
      const row = this.colors.at(pos);
      return row === -1 ? -1 : this.colors.endOf(row);
    }
    return this.matchSpan(pos)?.end ?? -1;
  }

  /** The page's colours, all paired on first use (see colors.ts). */
  get colors(): ColorSpans {
    return (this.colorSpans ??= new ColorSpans(this.src));
  }

  private colorSpans: ColorSpans | null = null;

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

  /** `~~fg,bg:text~~`; nested colours pair innermost first (see colors.ts). */
  private matchColor(pos: number): SpanMatch | null {
    const colors = this.colors;
    const row = colors.at(pos);
    if (row === -1) return null;
    return { kind: 'color', start: pos, fg: colors.fg(row), bg: colors.bg(row), contentStart: colors.contentStartOf(row), contentEnd: colors.contentEndOf(row), end: colors.endOf(row) };
  }
}
