// Inline content of a paragraph, heading, list item or table cell: a tokenizer that follows
// Tiki's pass order (tiki-syntax.md §1) without regex chains.
//
//   atoms (opaque, recognised first):  ~np~ ~pp~ ~pre~ ~tc~ ~hc~ spans, ~~colour:…~~, plugins,
//     ((wiki links)), ))NoLink((, [external|links], [[ escapes, ~special~ chars, %%%, bare URLs
//     ^box^ (rule 17 flanking), %dynvar%, smileys (:name:) :-)
//   delimiters (paired per line, delimiters.ts):  -+ +-  __  ''  ===  --  ::  -= =-
//   text: everything else; ` -- ` (spaced) becomes an em dash
//
// A newline inside the range is a line break (Tiki's default paragraph formatting).

import { append } from './append.js';
import { matchBracket } from './external-link.js';
import { pairLine, type DelimKind, type DelimToken, type Pair } from './delimiters.js';
import { pluginNode, spanToInline } from './span-nodes.js';
import { autolinkEnd, emailAround, isDigit, isSpace, isWord, matchDynVar, runLength } from './inline-atoms.js';
import { matchSmiley } from './smileys.js';
import { matchSpecialChar } from './special-chars.js';
import type { Scanner } from './spans.js';
import type { TikiInline } from './tiki-tree.js';
import { matchNoLink, matchWikiLink } from './wiki-link.js';

type TextToken = { t: 'text'; start: number; end: number; value: string };
type NodeToken = { t: 'node'; node: TikiInline };
type Token = TextToken | NodeToken | DelimToken;

/** Deeper nesting than this (colours in colours in link labels …) is read as plain text. */
export const MAX_DEPTH = 64;

export function parseInline(scanner: Scanner, from: number, to: number): TikiInline[] {
  if (scanner.depth >= MAX_DEPTH) return from < to ? [{ type: 'text', value: scanner.src.slice(from, to), start: from, end: to }] : [];
  scanner.depth++;
  try {
    return parseInlineAt(scanner, from, to);
  } finally {
    scanner.depth--;
  }
}

function parseInlineAt(scanner: Scanner, from: number, to: number): TikiInline[] {
  const tokens = tokenize(scanner, from, to);
  // Pair delimiters line by line (breaks of kind 'newline' separate lines).
  const pairs: Pair[] = [];
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const tok = tokens[i];
    if (i === tokens.length || (tok.t === 'node' && tok.node.type === 'break' && tok.node.kind === 'newline')) {
      append(pairs, pairLine(tokens, lineStart, i));
      lineStart = i + 1;
    }
  }
  // Pairs by the token they start at (arrays indexed by token, not maps: a page can hold a
  // hundred thousand tokens).
  const real: PairsAt = new Array(tokens.length + 1);
  const virtual: PairsAt = new Array(tokens.length + 1);
  for (const p of pairs) {
    const at = p.virtual ? virtual : real;
    const key = p.virtual ? p.from : p.from - 1;
    (at[key] ??= []).push(p);
  }
  for (const at of [real, virtual]) for (const list of at) if (list && list.length > 1) list.sort((a, b) => b.to - a.to);
  return mergeText(build(tokens, 0, tokens.length, real, virtual, scanner.src));
}

type PairsAt = Array<Pair[] | undefined>;

function build(tokens: Token[], lo: number, hi: number, real: PairsAt, virtual: PairsAt, src: string): TikiInline[] {
  const out: TikiInline[] = [];
  let i = lo;
  while (i < hi) {
    const pair = takePair(virtual, i, hi) ?? takePair(real, i, hi);
    if (pair) {
      const children = build(tokens, pair.from, pair.to, real, virtual, src);
      out.push(makeSpanNode(pair.kind, children, pair.start, pair.end));
      i = pair.after;
      continue;
    }
    const tok = tokens[i];
    if (tok.t === 'node') out.push(tok.node);
    else if (tok.t === 'text') out.push({ type: 'text', value: tok.value, start: tok.start, end: tok.end });
    else out.push({ type: 'text', value: src.slice(tok.start, tok.end), start: tok.start, end: tok.end });
    i++;
  }
  return out;
}

function takePair(at: PairsAt, i: number, hi: number): Pair | undefined {
  const list = at[i];
  if (!list || list.length === 0) return undefined;
  const idx = list.findIndex((p) => p.to <= hi);
  if (idx === -1) return undefined;
  const [p] = list.splice(idx, 1);
  return p;
}

function makeSpanNode(kind: DelimKind, children: TikiInline[], start: number, end: number): TikiInline {
  return { type: kind, children: mergeText(children), start, end } as TikiInline;
}

function mergeText(nodes: TikiInline[]): TikiInline[] {
  const out: TikiInline[] = [];
  for (const n of nodes) {
    const prev = out[out.length - 1];
    if (n.type === 'text' && prev?.type === 'text') {
      out[out.length - 1] = { type: 'text', value: prev.value + n.value, start: prev.start, end: n.end };
    } else if (n.type !== 'text' || n.value) {
      out.push(n);
    }
  }
  return out;
}

// ---- tokenizer ----------------------------------------------------------------------------

function tokenize(scanner: Scanner, from: number, to: number): Token[] {
  const src = scanner.src;
  const tokens: Token[] = [];
  let textStart = from;
  let i = from;

  const flush = (upTo: number) => {
    if (upTo > textStart) pushText(tokens, textStart, upTo, src.slice(textStart, upTo));
  };
  const atom = (node: TikiInline, end: number) => {
    flush(node.start);
    tokens.push({ t: 'node', node });
    i = textStart = end;
  };
  const lineEndOf = (p: number) => {
    const nl = scanner.find('\n', p);
    return nl === -1 || nl > to ? to : nl;
  };

  while (i < to) {
    // Most characters start nothing: skip them without the switch below.
    const code = src.charCodeAt(i);
    if (code >= 128 || plain[code] === 1) {
      i++;
      continue;
    }
    const c = src[i];
    switch (c) {
      case '\n':
        atom({ type: 'break', kind: 'newline', start: i, end: i + 1 }, i + 1);
        continue;
      case '~': {
        const span = scanner.matchSpan(i);
        if (span && span.end <= to) {
          atom(spanToInline(scanner, span), span.end);
          continue;
        }
        const special = matchSpecialChar(src, i);
        if (special) {
          flush(i);
          pushText(tokens, i, special.end, special.value);
          i = textStart = special.end;
          continue;
        }
        break;
      }
      case '{': {
        const span = scanner.matchSpan(i);
        if (span && span.kind === 'plugin' && span.end <= to) {
          atom(spanToInline(scanner, span), span.end);
          continue;
        }
        break;
      }
      case '^': {
        if (i === from || /\s/.test(src[i - 1])) {
          const span = scanner.matchSpan(i);
          if (span && span.kind === 'box' && span.end <= to) {
            atom({ type: 'boxInline', children: parseInline(scanner, span.contentStart, span.contentEnd), start: i, end: span.end }, span.end);
            continue;
          }
        }
        break;
      }
      case '(': {
        const smiley = src[i + 1] === ':' ? matchSmiley(src, i, from, lineEndOf(i)) : null;
        if (smiley) {
          atom({ type: 'smiley', name: smiley.name, value: smiley.value, start: i, end: smiley.end }, smiley.end);
          continue;
        }
        const link = matchWikiLink(scanner, i, lineEndOf(i));
        if (link) {
          const label = link.label ? parseInline(scanner, link.label.start, link.label.end) : null;
          atom({ type: 'wikiLink', page: link.page, anchor: link.anchor, label, qualifier: link.qualifier, start: i, end: link.end }, link.end);
          continue;
        }
        break;
      }
      case ')': {
        const nolink = matchNoLink(scanner, i, lineEndOf(i));
        if (nolink) {
          flush(i);
          pushText(tokens, i, nolink.end, nolink.word);
          i = textStart = nolink.end;
          continue;
        }
        break;
      }
      case '[': {
        if (src[i - 1] === '[') break;
        const m = matchBracket(scanner, i, lineEndOf(i));
        if (m?.kind === 'escape') {
          atom({ type: 'literalBracket', value: m.value, reason: 'escape', start: i, end: m.end }, m.end);
          continue;
        }
        if (m) {
          const label = m.label ? parseInline(scanner, m.label.start, m.label.end) : null;
          atom({ type: 'externalLink', url: m.url, label, extra: m.extra, start: i, end: m.end }, m.end);
          continue;
        }
        break;
      }
      case '%': {
        // %%% is a line break, except right after a digit that follows a non-% (Tiki 24: 100%%%%).
        if (src.startsWith('%%%', i) && i + 3 <= to && !(isDigit(src[i - 1]) && src[i - 2] !== '%' && i - 1 >= from)) {
          atom({ type: 'break', kind: 'percent', start: i, end: i + 3 }, i + 3);
          continue;
        }
        const dynvar = matchDynVar(src, i, from, lineEndOf(i));
        if (dynvar) {
          atom({ type: 'dynVar', name: dynvar.name, start: i, end: dynvar.end }, dynvar.end);
          continue;
        }
        break;
      }
      case ':': {
        const smiley = matchSmiley(src, i, from, lineEndOf(i));
        if (smiley) {
          atom({ type: 'smiley', name: smiley.name, value: smiley.value, start: i, end: smiley.end }, smiley.end);
          continue;
        }
        const run = runLength(src, i, to, ':');
        if (run === 2) {
          const before = i > from ? src[i - 1] : undefined;
          const after = i + 2 < to ? src[i + 2] : undefined;
          const canOpen = isSpace(before) && after !== undefined && !isSpace(after);
          const canClose = before !== undefined && !isSpace(before) && (after === undefined || /[\s.,;!?)]/.test(after));
          if (canOpen || canClose) {
            flush(i);
            tokens.push({ t: 'delim', kind: 'center', start: i, end: i + 2, canOpen, canClose });
            textStart = i + 2;
          }
        }
        i += run;
        continue;
      }
      case '_':
      case "'":
      case '=': {
        const run = runLength(src, i, to, c);
        if (c === '=' && run === 2) {
          const canOpen = i === from || isSpace(src[i - 1]);
          const canClose = i + 2 >= to || isSpace(src[i + 2]);
          if (canOpen || canClose) {
            flush(i);
            tokens.push({ t: 'delim', kind: 'unwrapEq', start: i, end: i + 2, canOpen, canClose });
            i = textStart = i + 2;
            continue;
          }
        }
        if (c === '=' && run === 1 && src[i + 1] === '-') {
          flush(i);
          tokens.push({ t: 'delim', kind: 'titleBar', start: i, end: i + 2, canOpen: false, canClose: true });
          i = textStart = i + 2;
          continue;
        }
        const want = c === '=' ? 3 : 2;
        if (run === want) {
          flush(i);
          const kind: DelimKind = c === '_' ? 'strong' : c === "'" ? 'emphasis' : 'underline';
          tokens.push({ t: 'delim', kind, start: i, end: i + run, canOpen: true, canClose: true });
          textStart = i + run;
        }
        i += run;
        continue;
      }
      case '-': {
        const run = runLength(src, i, to, '-');
        if (run === 1 && src[i + 1] === '=' && src[i + 2] !== '=') {
          flush(i);
          tokens.push({ t: 'delim', kind: 'titleBar', start: i, end: i + 2, canOpen: true, canClose: false });
          i = textStart = i + 2;
          continue;
        }
        if (run === 1 && src[i + 1] === '+' && (i === from || isSpace(src[i - 1]))) {
          flush(i);
          tokens.push({ t: 'delim', kind: 'monospace', start: i, end: i + 2, canOpen: true, canClose: false });
          i = textStart = i + 2;
          continue;
        }
        if (run === 2) {
          const before = i > from ? src[i - 1] : ' ';
          const after = i + 2 < to ? src[i + 2] : ' ';
          if (isSpace(before) && isSpace(after) && i > from && i + 2 < to) {
            // ` -- ` is an em dash in Tiki.
            flush(i);
            pushText(tokens, i, i + 2, '—');
            i = textStart = i + 2;
            continue;
          }
          const htmlComment = src.slice(Math.max(from, i - 2), i) === '<!' || src.slice(Math.max(from, i - 2), i) === '//';
          const canOpen = !htmlComment && !isWord(before) && !isSpace(after) && after !== '>' && after !== '-';
          const canClose = !isSpace(before) && before !== '-' && !isWord(after);
          // Even a `--` that can neither open nor close is kept as a token: a strike never
          // spans another `--` (rule 1: `--quiet and 2--3 … x--` is not struck).
          flush(i);
          tokens.push({ t: 'delim', kind: 'strike', start: i, end: i + 2, canOpen, canClose });
          textStart = i + 2;
        }
        i += run;
        continue;
      }
      case '+': {
        if (src[i + 1] === '-') {
          flush(i);
          tokens.push({ t: 'delim', kind: 'monospace', start: i, end: i + 2, canOpen: false, canClose: true });
          i = textStart = i + 2;
          continue;
        }
        break;
      }
      case '@': {
        // Tiki autolinks e-mail addresses; the local part is already pending as text.
        const email = emailAround(src, i, Math.max(textStart, from), lineEndOf(i));
        if (email) {
          atom({ type: 'autolink', url: src.slice(email.start, email.end), start: email.start, end: email.end }, email.end);
          continue;
        }
        break;
      }
      default: {
        if ((c === 'B' || c === '8' || c === '}' || c === '!' || c === '>' || c === '=') && (i === from || isSpace(src[i - 1]))) {
          const smiley = matchSmiley(src, i, from, lineEndOf(i));
          if (smiley) {
            atom({ type: 'smiley', name: smiley.name, value: smiley.value, start: i, end: smiley.end }, smiley.end);
            continue;
          }
        }
        if ((c === 'h' || c === 'f' || c === 'w' || c === 'm') && (i === from || /[\s(]/.test(src[i - 1]))) {
          const end = autolinkEnd(src, i, lineEndOf(i));
          if (end > i) {
            atom({ type: 'autolink', url: src.slice(i, end), start: i, end }, end);
            continue;
          }
        }
      }
    }
    i++;
  }
  flush(to);
  return tokens;
}

/** ASCII characters no case of the tokenizer's switch reacts to (non-ASCII ones are all such). */
const plain = new Uint8Array(128).fill(1);
for (const ch of "\n~{^()[%:_'=-+@B8}!>hfwm") plain[ch.charCodeAt(0)] = 0;

function pushText(tokens: Token[], start: number, end: number, value: string): void {
  const prev = tokens[tokens.length - 1];
  if (prev?.t === 'text' && prev.end === start) {
    prev.end = end;
    prev.value += value;
  } else {
    tokens.push({ t: 'text', start, end, value });
  }
}
