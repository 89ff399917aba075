// serializeSimple (fast-attention.ts) for the commonest piece of phrasing, without its tokens.
//
// A "flat" piece has attention whose children are all strings, with a string (or the piece's
// edge) on each side: `word **b** ` and the like, most of a page. For it the stock algorithm
// reduces to one decision per attention, restated here from guess, render and check:
//
//   guess    the first sequence whose marker is not the first character of `before` (for the
//            first item) or `after` (for the last); a string beside it counts as nothing;
//   render   no character reference: none inside (the first and last characters of the
//            children), none outside (the string before; the string after, which always starts
//            with the character render would encode);
//   check    its opening sequence is a run alone, between what precedes it and its first child,
//            and its closing sequence a run alone; with no opener waiting (every attention
//            before it paired), the opening one waits if it can open and the closing one pairs
//            with it, exactly (the same sizes never meet the rule of 3), if it can close.
//
// When any of this does not hold, or the piece is not flat, this returns undefined and the
// caller runs serializeSimple. (Where render needs no reference the sequences mostly can open
// and close; both checks are kept, as the stock code makes both.)

import { classifyCharacter, encodeInfo, firstCharacter, lastCharacter } from './character-kind.js';
import type { AttentionItem, Item } from './fast-attention.js';

/** The builtin markers (CommonMark emphasis); `_` is also strict (no opening or closing inside words). */
const strictness: Record<string, boolean | undefined> = { '*': false, _: true };

/** serializeSimple(items, before, after, count) for a flat piece; undefined otherwise (or when unsure). */
export function serializeFlat(items: Item[], before: string, after: string, count: number): string | undefined {
  let result = '';
  for (let index = 0; index < count; index++) {
    const item = items[index];
    if (typeof item === 'string') {
      if (item === '') return undefined;
      result += item;
      continue;
    }
    const previous = index > 0 ? items[index - 1] : undefined;
    const next = index + 1 < count ? items[index + 1] : undefined;
    if (typeof previous === 'object' || typeof next === 'object') return undefined;
    const children = item.children;
    let inside = '';
    for (const child of children) {
      if (typeof child !== 'string' || child === '') return undefined;
      inside += child;
    }
    if (inside === '') return undefined;
    const sequence = guessed(item, previous === undefined ? before : '', next === undefined ? after : '', count === 1, before);
    if (!rendersPlain(sequence, previous === undefined ? before : previous, previous !== undefined, next === undefined ? after : next, next !== undefined, inside)) return undefined;
    if (!pairs(sequence, previous === undefined ? before : previous, inside, next === undefined ? after : next)) return undefined;
    result += sequence + inside + sequence;
  }
  return result;
}

/** The stock guess() for one attention with only strings inside. */
function guessed(item: AttentionItem, previous: string, next: string, alone: boolean, before: string): string {
  for (const value of item.sequences) {
    const marker = value.charAt(0);
    if ((marker !== previous.charAt(0) && marker !== next.charAt(0)) || (alone && strictness[marker] !== undefined && value.length > before.length)) {
      return value || item.sequences[0];
    }
  }
  return item.sequences[0];
}

/**
 * Whether the stock render() encodes nothing around this attention: `outside` / `following` are
 * the string before / after it (or the piece's before / after, `hasPrevious` / `hasNext` false).
 */
function rendersPlain(sequence: string, outside: string, hasPrevious: boolean, following: string, hasNext: boolean, inside: string): boolean {
  const marker = sequence.charAt(0);
  const outsideBefore = lastCharacter(outside);
  const outsideAfter = firstCharacter(following);
  const open = encodeInfo(outsideBefore.charCodeAt(outsideBefore.length - 1), inside.charCodeAt(0), marker);
  if (open.inside) return false;
  const tail = lastCharacter(inside);
  const close = encodeInfo(outsideAfter.charCodeAt(0), tail.charCodeAt(tail.length - 1), marker);
  if (close.inside) return false;
  if (open.outside && outsideBefore !== '\n' && outsideBefore !== '\r' && hasPrevious) return false;
  // The string after starts with outsideAfter, which render would then encode.
  return !(close.outside && hasNext);
}

/** Whether the stock check() pairs the two sequences with each other: the first can open, the second close. */
function pairs(sequence: string, preceding: string, inside: string, following: string): boolean {
  const strict = strictness[sequence.charAt(0)];
  return (
    flanks(preceding.charCodeAt(preceding.length - 1), inside.charCodeAt(0), strict, true) &&
    flanks(inside.charCodeAt(inside.length - 1), following.charCodeAt(0), strict, false)
  );
}

/** Whether a run between these characters can open (`opening`) or close, as the stock check() decides. */
function flanks(before: number, after: number, strict: boolean | undefined, opening: boolean): boolean {
  const previous = classifyCharacter(before);
  const next = classifyCharacter(after);
  const open = !next || (next === 2 && Boolean(previous));
  const close = !previous || (previous === 2 && Boolean(next));
  if (!strict) return opening ? open : close;
  return opening ? open && (Boolean(previous) || !close) : close && (Boolean(next) || !open);
}
