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

import { matchBracket } from './external-link.js';
import { CAN_CLOSE, CAN_OPEN, delims, kindIndex, LINE_END, type DelimKind } from './delimiters.js';
import { buildNodes, tokens } from './inline-tree.js';
import { colorNode, spanToInline } from './span-nodes.js';
import { autolinkEnd, emailAround, isDigit, isSpace, isWhiteAt, isWord, matchDynVar, runLength } from './inline-atoms.js';
import { matchSmiley } from './smileys.js';
import { matchSpecialChar } from './special-chars.js';
import type { Scanner } from './spans.js';
import type { TikiInline, TikiText } from './tiki-tree.js';
import { matchNoLink, matchWikiLink } from './wiki-link.js';

/** Deeper nesting than this (colours in colours in link labels …) is read as plain text. */
export const MAX_DEPTH = 64;

export function parseInline(scanner: Scanner, from: number, to: number): TikiInline[] {
  // Text where no character can start anything (a link label, a coloured word) is one text node.
  if (scanner.depth >= MAX_DEPTH || isPlain(scanner.src, from, to)) return from < to ? [{ type: 'text', value: scanner.src.slice(from, to) }] : [];
  scanner.depth++;
  // Tokens and delimiter rows are shared (see inline-tree.ts): this range's start at the ends.
  const first = tokens.begin();
  const base = delims.count;
  try {
    tokenize(scanner, from, to);
    return buildNodes(first, base, scanner.src);
  } finally {
    scanner.depth--;
    tokens.end(first);
    delims.count = base;
  }
}

// ---- tokenizer ----------------------------------------------------------------------------

/**
 * Appends the tokens of `from..to` to `tokens` (text is extended in place), and a row to
 * `delims` for each delimiter and newline break among them (see inline-tree.ts).
 */
function tokenize(scanner: Scanner, from: number, to: number): void {
  const src = scanner.src;
  let textStart = from;
  let i = from;

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
        i = textStart = atom(src, textStart, { type: 'break', kind: 'newline', start: i, end: i + 1 });
        delims.add(LINE_END, tokens.count - 1, i - 1, i, 0);
        continue;
      case '~': {
        if (src.charCodeAt(i + 1) === 126) {
          // `~~` opens a colour or nothing.
          const color = colorNode(scanner, i, to);
          if (color) {
            i = textStart = atom(src, textStart, color);
            continue;
          }
          break;
        }
        const span = scanner.matchSpan(i);
        if (span && span.kind !== 'color' && span.end <= to) {
          i = textStart = atom(src, textStart, spanToInline(scanner, span));
          continue;
        }
        const special = matchSpecialChar(src, i);
        if (special) {
          flushText(src, textStart, i);
          tokens.pushText(i, special.end, special.value);
          i = textStart = special.end;
          continue;
        }
        break;
      }
      case '{': {
        const span = scanner.matchSpan(i);
        if (span && span.kind === 'plugin' && span.end <= to) {
          i = textStart = atom(src, textStart, spanToInline(scanner, span));
          continue;
        }
        break;
      }
      case '^': {
        if (i === from || isWhiteAt(src, i - 1)) {
          const span = scanner.matchSpan(i);
          if (span && span.kind === 'box' && span.end <= to) {
            i = textStart = atom(src, textStart, { type: 'boxInline', children: parseInline(scanner, span.contentStart, span.contentEnd), start: i, end: span.end });
            continue;
          }
        }
        break;
      }
      case '(': {
        const smiley = src[i + 1] === ':' ? matchSmiley(src, i, from, lineEndOf(scanner, i, to)) : null;
        if (smiley) {
          i = textStart = atom(src, textStart, { type: 'smiley', name: smiley.name, value: smiley.value, start: i, end: smiley.end });
          continue;
        }
        const link = matchWikiLink(scanner, i, lineEndOf(scanner, i, to));
        if (link) {
          const label = link.label ? parseInline(scanner, link.label.start, link.label.end) : null;
          i = textStart = atom(src, textStart, { type: 'wikiLink', page: link.page, anchor: link.anchor, label, qualifier: link.qualifier, start: i, end: link.end });
          continue;
        }
        break;
      }
      case ')': {
        const nolink = matchNoLink(scanner, i, lineEndOf(scanner, i, to));
        if (nolink) {
          flushText(src, textStart, i);
          tokens.pushText(i, nolink.end, nolink.word);
          i = textStart = nolink.end;
          continue;
        }
        break;
      }
      case '[': {
        if (src[i - 1] === '[') break;
        const m = matchBracket(scanner, i, lineEndOf(scanner, i, to));
        if (m?.kind === 'escape') {
          i = textStart = atom(src, textStart, { type: 'literalBracket', value: m.value, reason: 'escape', start: i, end: m.end });
          continue;
        }
        if (m) {
          const label = m.label ? parseInline(scanner, m.label.start, m.label.end) : null;
          i = textStart = atom(src, textStart, { type: 'externalLink', url: m.url, label, extra: m.extra, start: i, end: m.end });
          continue;
        }
        break;
      }
      case '%': {
        // %%% is a line break, except right after a digit that follows a non-% (Tiki 24: 100%%%%).
        if (src.startsWith('%%%', i) && i + 3 <= to && !(isDigit(src[i - 1]) && src[i - 2] !== '%' && i - 1 >= from)) {
          i = textStart = atom(src, textStart, { type: 'break', kind: 'percent', start: i, end: i + 3 });
          continue;
        }
        const dynvar = matchDynVar(src, i, from, lineEndOf(scanner, i, to));
        if (dynvar) {
          i = textStart = atom(src, textStart, { type: 'dynVar', name: dynvar.name, start: i, end: dynvar.end });
          continue;
        }
        break;
      }
      case ':': {
        const smiley = matchSmiley(src, i, from, lineEndOf(scanner, i, to));
        if (smiley) {
          i = textStart = atom(src, textStart, { type: 'smiley', name: smiley.name, value: smiley.value, start: i, end: smiley.end });
          continue;
        }
        const run = runLength(src, i, to, ':');
        if (run === 2) {
          const before = i > from ? src[i - 1] : undefined;
          const after = i + 2 < to ? src[i + 2] : undefined;
          const canOpen = isSpace(before) && after !== undefined && !isSpace(after);
          const canClose = before !== undefined && !isSpace(before) && (after === undefined || /[\s.,;!?)]/.test(after));
          if (canOpen || canClose) {
            flushText(src, textStart, i);
            pushDelim(kindIndex.center, i, i + 2, canOpen, canClose);
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
            flushText(src, textStart, i);
            pushDelim(kindIndex.unwrapEq, i, i + 2, canOpen, canClose);
            i = textStart = i + 2;
            continue;
          }
        }
        if (c === '=' && run === 1 && src[i + 1] === '-') {
          flushText(src, textStart, i);
          pushDelim(kindIndex.titleBar, i, i + 2, false, true);
          i = textStart = i + 2;
          continue;
        }
        const want = c === '=' ? 3 : 2;
        if (run === want) {
          flushText(src, textStart, i);
          const kind: DelimKind = c === '_' ? 'strong' : c === "'" ? 'emphasis' : 'underline';
          pushDelim(kindIndex[kind], i, i + run, true, true);
          textStart = i + run;
        }
        i += run;
        continue;
      }
      case '-': {
        const run = runLength(src, i, to, '-');
        if (run === 1 && src[i + 1] === '=' && src[i + 2] !== '=') {
          flushText(src, textStart, i);
          pushDelim(kindIndex.titleBar, i, i + 2, true, false);
          i = textStart = i + 2;
          continue;
        }
        if (run === 1 && src[i + 1] === '+' && (i === from || isSpace(src[i - 1]))) {
          flushText(src, textStart, i);
          pushDelim(kindIndex.monospace, i, i + 2, true, false);
          i = textStart = i + 2;
          continue;
        }
        if (run === 2) {
          const before = i > from ? src[i - 1] : ' ';
          const after = i + 2 < to ? src[i + 2] : ' ';
          if (isSpace(before) && isSpace(after) && i > from && i + 2 < to) {
            // ` -- ` is an em dash in Tiki.
            flushText(src, textStart, i);
            tokens.pushText(i, i + 2, '—');
            i = textStart = i + 2;
            continue;
          }
          const htmlComment = src.slice(Math.max(from, i - 2), i) === '<!' || src.slice(Math.max(from, i - 2), i) === '//';
          const canOpen = !htmlComment && !isWord(before) && !isSpace(after) && after !== '>' && after !== '-';
          const canClose = !isSpace(before) && before !== '-' && !isWord(after);
          // Even a `--` that can neither open nor close is kept as a token: a strike never
          // spans another `--` (rule 1: `--quiet and 2--3 … x--` is not struck).
          flushText(src, textStart, i);
          pushDelim(kindIndex.strike, i, i + 2, canOpen, canClose);
          textStart = i + 2;
        }
        i += run;
        continue;
      }
      case '+': {
        if (src[i + 1] === '-') {
          flushText(src, textStart, i);
          pushDelim(kindIndex.monospace, i, i + 2, false, true);
          i = textStart = i + 2;
          continue;
        }
        break;
      }
      case '@': {
        // Tiki autolinks e-mail addresses; the local part is already pending as text.
        const email = emailAround(src, i, Math.max(textStart, from), lineEndOf(scanner, i, to));
        if (email) {
          i = textStart = atom(src, textStart, { type: 'autolink', url: src.slice(email.start, email.end), start: email.start, end: email.end });
          continue;
        }
        break;
      }
      default: {
        if ((c === 'B' || c === '8' || c === '}' || c === '!' || c === '>' || c === '=') && (i === from || isSpace(src[i - 1]))) {
          const smiley = matchSmiley(src, i, from, lineEndOf(scanner, i, to));
          if (smiley) {
            i = textStart = atom(src, textStart, { type: 'smiley', name: smiley.name, value: smiley.value, start: i, end: smiley.end });
            continue;
          }
        }
        if ((c === 'h' || c === 'f' || c === 'w' || c === 'm') && (i === from || isWhiteAt(src, i - 1) || src.charCodeAt(i - 1) === 40 /* ( */)) {
          const end = autolinkEnd(src, i, lineEndOf(scanner, i, to));
          if (end > i) {
            i = textStart = atom(src, textStart, { type: 'autolink', url: src.slice(i, end), start: i, end });
            continue;
          }
        }
      }
    }
    i++;
  }
  flushText(src, textStart, to);
}

/** ASCII characters no case of the tokenizer's switch reacts to (non-ASCII ones are all such). */
const plain = new Uint8Array(128).fill(1);
for (const ch of "\n~{^()[%:_'=-+@B8}!>hfwm") plain[ch.charCodeAt(0)] = 0;

function isPlain(src: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = src.charCodeAt(i);
    if (code < 128 && plain[code] === 0) return false;
  }
  return true;
}

/** Pending text up to `node`, then `node`; returns where the text after it starts. */
function atom(src: string, textStart: number, node: Exclude<TikiInline, TikiText>): number {
  flushText(src, textStart, node.start);
  tokens.push(node);
  return node.end;
}

function pushDelim(kind: number, start: number, end: number, canOpen: boolean, canClose: boolean): void {
  tokens.push(delims.add(kind, tokens.count, start, end, (canOpen ? CAN_OPEN : 0) | (canClose ? CAN_CLOSE : 0)));
}

function flushText(src: string, textStart: number, upTo: number): void {
  if (upTo > textStart) tokens.pushText(textStart, upTo, src.slice(textStart, upTo));
}

function lineEndOf(scanner: Scanner, p: number, to: number): number {
  const nl = scanner.find('\n', p);
  return nl === -1 || nl > to ? to : nl;
}
