// Inline formatting:
//
//   __x__     → **x**        spaces inside the delimiters move outside (rule 6: `a **b** c`)
//   ''x''     → *x*
//   --x--     → ~~x~~        (only produced when rule 1 accepted the delimiters; reported)
//   -+x+-     → `x`          inner markup cannot live in a code span: kept as text, reported
//   ===x===   → x            no markdown underline; reported (style-dropped)
//   ~~c:x~~   → x            colour dropped, text kept; reported (style-dropped)

import type { PhrasingContent } from 'mdast';
import type { TikiColor, TikiEmphasis, TikiMonospace, TikiStrike, TikiStrong, TikiUnderline } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { plainText } from '../plain-text.js';
import { appendInline, normalizeInline, type InlinePlace } from '../to-mdast.js';

type Formatting = TikiStrong | TikiEmphasis | TikiUnderline | TikiStrike | TikiMonospace | TikiColor;

/** Appends the phrasing for `n` to `out`. */
export function inlineFormatting(ctx: NormalizeContext, n: Formatting, place: InlinePlace, out: PhrasingContent[]): void {
  switch (n.type) {
    case 'strong':
      if (looksLikeIdentifier(ctx.source, n, plainText(n.children))) {
        ctx.report('bold-identifier', 'info', n.start, 'Identifier-like text in __…__ became bold, as Tiki showed it; check that it was not code');
      }
      flank(normalizeInline(ctx, n.children, place), 'strong', out);
      return;
    case 'emphasis':
      flank(normalizeInline(ctx, n.children, place), 'emphasis', out);
      return;
    case 'strike':
      ctx.report('strike-produced', 'info', n.start, 'Text between "--" pairs became strikethrough, as Tiki showed it; check it was not command-line options or ranges');
      flank(normalizeInline(ctx, n.children, place), 'delete', out);
      return;
    case 'monospace':
      monospace(ctx, n, out);
      return;
    case 'underline':
      if (ctx.rawHtml === 'unsafe') {
        out.push({ type: 'html', value: '<u>' });
        appendInline(ctx, n.children, place, out);
        out.push({ type: 'html', value: '</u>' });
        return;
      }
      ctx.report('style-dropped', 'info', n.start, 'Underline (===…===) has no markdown form; text kept without it');
      appendInline(ctx, n.children, place, out);
      return;
    case 'color':
      ctx.report('style-dropped', 'info', n.start, colourMessage(n.fg, n.bg));
      appendInline(ctx, n.children, place, out);
  }
}

/** The finding for a colour; the last one is kept, as a page tends to repeat one colour. */
function colourMessage(fg: string, bg: string): string {
  if (fg === lastColour.fg && bg === lastColour.bg) return lastColour.message;
  const colour = fg && bg ? `colour ${fg}, background ${bg}` : fg ? `colour ${fg}` : bg ? `background ${bg}` : '';
  lastColour = { fg, bg, message: `Coloured text (${colour}) kept without its colour` };
  return lastColour.message;
}

let lastColour = { fg: '', bg: '', message: 'Coloured text () kept without its colour' };

function monospace(ctx: NormalizeContext, n: TikiMonospace, out: PhrasingContent[]): void {
  if (n.children.some((c) => c.type !== 'text' && c.type !== 'noParse')) {
    ctx.report('style-dropped', 'info', n.start, 'Formatting inside monospace (-+…+-) cannot be shown in a code span; kept as plain code text');
  }
  const value = plainText(n.children).replace(/\s*\n\s*/g, ' ');
  if (value) out.push({ type: 'inlineCode', value });
}

/**
 * Moves whitespace at the inner edges of a span outside it (`__ b __` → ` **b** `), because
 * CommonMark delimiters next to whitespace are not emphasis. An empty span yields its spaces.
 */
function flank(children: PhrasingContent[], type: 'strong' | 'emphasis' | 'delete', out: PhrasingContent[]): void {
  let before = '';
  let after = '';
  const first = children[0];
  if (first?.type === 'text') {
    const m = maybeSpace(first.value.charCodeAt(0)) ? LEADING_SPACE.exec(first.value) : null;
    if (m) {
      before = m[0];
      children[0] = { type: 'text', value: first.value.slice(m[0].length) };
    }
  }
  const lastIndex = children.length - 1;
  const last = children[lastIndex];
  if (last?.type === 'text') {
    const m = maybeSpace(last.value.charCodeAt(last.value.length - 1)) ? TRAILING_SPACE.exec(last.value) : null;
    if (m) {
      after = m[0];
      children[lastIndex] = { type: 'text', value: last.value.slice(0, last.value.length - m[0].length) };
    }
  }
  // Only a trimmed edge can have left an empty text (the children are tidy).
  const kept = before || after ? children.filter((c) => c.type !== 'text' || c.value) : children;
  if (!before && !after) {
    if (kept.length) out.push({ type, children: kept });
    return;
  }
  if (before) out.push({ type: 'text', value: ' ', data: { flank: true } as never });
  if (kept.length) out.push({ type, children: kept });
  if (after) out.push({ type: 'text', value: ' ', data: { flank: true } as never });
}

/** Whether a character may be whitespace (`\s`): printable ASCII other than a space is not (asked before a regular expression). */
function maybeSpace(code: number): boolean {
  return !(code > 0x20 && code < 0x7f);
}

// Regular expressions used per node are module constants: a literal in a function body is a new
// RegExp object each time it runs (those made up a third of what a long paragraph allocated here).
const LEADING_SPACE = /^\s+/;
const TRAILING_SPACE = /\s+$/;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

const DUNDER = new Set(['init', 'main', 'name', 'file', 'doc', 'dict', 'class', 'str', 'repr', 'call', 'len', 'new', 'del', 'enter', 'exit', 'iter', 'next', 'eq', 'hash', 'all', 'module', 'slots', 'version', 'future', 'getattr', 'setattr', 'import']);

/** Rule 3: `__init__`-style text is more likely code than bold. Glued to code punctuation or a dunder name. */
function looksLikeIdentifier(src: string, n: { start: number; end: number }, text: string): boolean {
  if (!IDENTIFIER.test(text)) return false;
  const before = src.charCodeAt(n.start - 1);
  const after = src.charCodeAt(n.end);
  return DUNDER.has(text) || isWordCharacter(before) || before === 0x2e || isWordCharacter(after) || after === 0x28; // . (
}

/** `\w` of a regular expression (an ASCII letter or digit, `_`) on a code unit; false for NaN (outside the source). */
function isWordCharacter(code: number): boolean {
  const folded = code | 0x20; // an ASCII letter in lower case
  return (folded >= 0x61 && folded <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}
