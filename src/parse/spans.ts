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
  /** Closing token → the earliest position from which it is known not to occur. */
  private readonly absentFrom = new Map<string, number>();

  constructor(readonly src: string) {}

  /** indexOf with memory of failures (keeps repeated unclosed openers linear). */
  find(token: string, from: number): number {
    const absent = this.absentFrom.get(token);
    if (absent !== undefined && from >= absent) return -1;
    const at = this.src.indexOf(token, from);
    if (at === -1) this.absentFrom.set(token, Math.min(from, absent ?? from));
    return at;
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

  /** `~~fg[,bg]:text~~`; nested colours are matched by depth. */
  private matchColor(pos: number): SpanMatch | null {
    const head = colorHead(this.src, pos);
    if (!head) return null;
    const src = this.src;
    let depth = 1;
    let i = head.contentStart;
    for (;;) {
      const at = this.find('~~', i);
      if (at === -1) return null;
      const nested = colorHead(src, at);
      if (nested) {
        depth++;
        i = nested.contentStart;
        continue;
      }
      depth--;
      if (depth === 0) {
        return { kind: 'color', start: pos, fg: head.fg, bg: head.bg, contentStart: head.contentStart, contentEnd: at, end: at + 2 };
      }
      i = at + 2;
    }
  }
}

/** Parses the `~~fg,bg:` opener at `pos`. Colours are short tokens; 40 chars is generous. */
function colorHead(src: string, pos: number): { fg: string; bg: string; contentStart: number } | null {
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
  if (!/^[#A-Za-z0-9 ().%-]*$/.test(fg) || !/^[#A-Za-z0-9 ().%-]*$/.test(bg)) return null;
  return { fg, bg, contentStart: i + 1 };
}
