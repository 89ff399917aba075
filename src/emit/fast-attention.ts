// Serializing phrasing that holds emphasis, strong or strikethrough, in the cases where the stock
// algorithm (mdast-util-to-markdown, util/container-phrasing.js `serialize`) has nothing to fix.
//
// The stock code keeps each attention node open as an item (its rendered children and the marker
// sequences it may use, `*`/`_`, `**`/`__`, `~~`/`~`), guesses a sequence for each (guess),
// renders them, encoding a character next to a sequence as a reference where the sequence could
// not open or close otherwise (render), pairs the sequences the way micromark would (check,
// pair), and tries other sequences until every pair forms (fix, improve). The common case needs
// neither references nor fixes: every pair forms with the guessed sequences. That case is
// decided here, with guess, render and check restated from the stock code; when a reference or a
// fix would be needed this returns undefined and the caller uses the stock code. The commonest
// shape (strings around attention holding strings) is decided without tokens (flat-attention.ts);
// tokens are plain strings for strings, and the token list is reused from call to call.

import { classifyCharacter, encodeInfo, firstCharacter, lastCharacter } from './character-kind.js';
import { serializeFlat } from './flat-attention.js';

export interface AttentionItem {
  children: Item[];
  /** Sequences in order of preference (the first is the stock default). */
  sequences: string[];
}
export type Item = string | AttentionItem;

/**
 * A rendered item: a string as it is, or one sequence of an attention. `wrong` is set by check
 * while the sequence is not known to form its attention (the stock `wrong` set).
 */
type Token = string | Sequence;
interface Sequence {
  value: string;
  attention: AttentionItem;
  wrong: boolean;
}

/** Whether the marker pairs like CommonMark emphasis (true: also strict, cannot open or close inside words). */
const builtins = new Map([
  ['*', false],
  ['_', true],
]);

/** Thrown inside render when a character reference would be needed. */
const needsReference = new Error('a character reference is needed');

/**
 * The sequences guessed other than the first, for the call in progress (serializeSimple calls
 * nothing that re-enters it); one map, cleared each time, rather than one per call.
 */
const chosen = new Map<AttentionItem, string>();

/**
 * The tokens of the call in progress: one array, grown once and reused (`length` is how many
 * are in use; emptying a JavaScript array frees its storage, and a page serializes one piece
 * of phrasing after another). A large one is let go after use rather than kept for the process.
 */
class Tokens {
  items: Token[] = [];
  length = 0;
  push(token: Token): void {
    this.items[this.length++] = token;
  }
}
let scratch = new Tokens();

/**
 * The stock `serialize(items, before, after)`, when it needs no references and no fixes;
 * undefined otherwise. Only the first `count` items are serialized (a list reused by the caller).
 */
export function serializeSimple(items: Item[], before: string, after: string, count = items.length): string | undefined {
  let attention = false;
  for (let index = 0; index < count; index++) if (typeof items[index] !== 'string') attention = true;
  if (!attention) return items.slice(0, count).join('');
  const flat = serializeFlat(items, before, after, count);
  if (flat !== undefined) return flat;
  chosen.clear();
  guess(items, count, before, after);
  const tokens = scratch;
  tokens.length = 0;
  let result: string | undefined = '';
  try {
    render(items, count, before, after, tokens);
    if (formsEveryPair(tokens, before, after)) for (let index = 0; index < tokens.length; index++) result += valueOf(tokens.items[index]);
    else result = undefined;
  } catch (e) {
    if (e !== needsReference) throw e;
    result = undefined;
  } finally {
    chosen.clear();
    if (tokens.items.length > 256) scratch = new Tokens();
  }
  return result;
}

/** The stock guess(): per attention, the first sequence whose marker differs from what touches it. */
function guess(items: Item[], count: number, before: string, after: string): void {
  let previous = before;
  for (let index = 0; index < count; index++) {
    const item = items[index];
    if (typeof item === 'string') {
      previous = '';
      continue;
    }
    const next = index === count - 1 ? after : '';
    let sequence = item.sequences[0];
    for (const value of item.sequences) {
      const marker = value.charAt(0);
      if ((marker !== previous.charAt(0) && marker !== next.charAt(0)) || (count === 1 && builtins.has(marker) && value.length > before.length)) {
        sequence = value || item.sequences[0];
        break;
      }
    }
    if (sequence !== item.sequences[0]) chosen.set(item, sequence);
    guess(item.children, item.children.length, sequence, sequence);
    previous = sequence;
  }
}

/** The sequence render uses for an attention. */
function sequenceOf(item: AttentionItem): string {
  return (chosen.size && chosen.get(item)) || item.sequences[0];
}

/** The stock render(), into `tokens`, throwing `needsReference` where it would encode a character. */
function render(items: Item[], count: number, before: string, after: string, tokens: Tokens): void {
  const first = tokens.length;
  let encodeAfter: string | undefined;
  let previous = lastCharacter(before);
  for (let index = 0; index < count; index++) {
    const item = items[index];
    if (typeof item === 'string') {
      if (encodeAfter && encodeAfter === firstCharacter(item)) throw needsReference;
      encodeAfter = undefined;
      tokens.push(item);
      if (item) previous = lastCharacter(item);
      continue;
    }
    const sequence = sequenceOf(item);
    const marker = sequence.charAt(0);
    const next = index + 1 < count ? items[index + 1] : undefined;
    const outsideBefore = previous;
    const outsideAfter = firstCharacter(next === undefined ? after : typeof next === 'string' ? next : sequenceOf(next));
    // The sequence before the inside tokens, which render right after it.
    const opening: Sequence = { value: sequence, attention: item, wrong: false };
    tokens.push(opening);
    const insideStart = tokens.length;
    render(item.children, item.children.length, sequence, sequence, tokens);
    const head = tokens.items[insideStart];
    const tailToken = tokens.items[tokens.length - 1];
    const open = encodeInfo(outsideBefore.charCodeAt(outsideBefore.length - 1), valueOf(head).charCodeAt(0), marker);
    if (open.inside && typeof head === 'string') throw needsReference;
    const tail = lastCharacter(valueOf(tailToken));
    const close = encodeInfo(outsideAfter.charCodeAt(0), tail.charCodeAt(tail.length - 1), marker);
    if (close.inside && typeof tailToken === 'string') throw needsReference;
    // The token before this attention (in this list), which the stock code would encode.
    const last = insideStart - 1 > first ? tokens.items[insideStart - 2] : undefined;
    if (open.outside && outsideBefore !== '\n' && outsideBefore !== '\r' && typeof last === 'string') throw needsReference;
    if (close.outside) encodeAfter = outsideAfter;
    tokens.push({ value: sequence, attention: item, wrong: false });
    previous = sequence.charAt(sequence.length - 1);
  }
}

function valueOf(token: Token): string {
  return typeof token === 'string' ? token : token.value;
}

/** Sequences next to each other with the same marker: tokens [first, last), markers [start, end) of `size` not used yet. */
interface Run {
  marker: number;
  first: number;
  last: number;
  size: number;
  start: number;
  end: number;
  open: boolean;
  close: boolean;
  split: boolean;
}

/** The stock check(): whether every sequence pairs with its own other sequence (no mistake). */
function formsEveryPair(list: Tokens, before: string, after: string): boolean {
  const tokens = list.items;
  const count = list.length;
  const runs: Run[] = [];
  let wrong = 0;
  let index = 0;
  while (index < count) {
    const token = tokens[index];
    if (typeof token === 'string') {
      index++;
      continue;
    }
    const marker = token.value.charCodeAt(0);
    const strict = builtins.get(token.value.charAt(0));
    let end = index + 1;
    let size = 0;
    for (;;) {
      const sequence = tokens[end - 1] as Sequence;
      sequence.wrong = true;
      wrong++;
      size += sequence.value.length;
      const next = tokens[end];
      if (end < count && typeof next !== 'string' && next.value.charCodeAt(0) === marker) end++;
      else break;
    }
    const head = index ? valueOf(tokens[index - 1]) : before;
    const previous = classifyCharacter(head.charCodeAt(head.length - 1));
    const next = classifyCharacter((end < count ? valueOf(tokens[end]) : after).charCodeAt(0));
    const open = !next || (next === 2 && Boolean(previous));
    const close = !previous || (previous === 2 && Boolean(next));
    runs.push({
      marker,
      first: index,
      last: end,
      size,
      start: 0,
      end: size,
      open: strict ? open && (Boolean(previous) || !close) : open,
      close: strict ? close && (Boolean(next) || !open) : close,
      split: strict !== undefined,
    });
    index = end;
  }
  return pair(runs, tokens) === wrong;
}

/** The sequence of a run holding its marker at `position` (the stock `run.markers[position]`). */
function sequenceAt(run: Run, tokens: Token[], position: number): Sequence {
  let index = run.first;
  let sequence = tokens[index] as Sequence;
  while (position >= sequence.value.length) {
    position -= sequence.value.length;
    sequence = tokens[++index] as Sequence;
  }
  return sequence;
}

/** The stock pair(): pairs runs like micromark; sequences that form their attention leave `wrong` (how many do is returned). */
function pair(runs: Run[], tokens: Token[]): number {
  let formed = 0;
  // Openers per marker (a page uses one or two markers: a list beats a map).
  const markers: number[] = [];
  const openersOf: Run[][] = [];
  for (const closer of runs) {
    let which = markers.indexOf(closer.marker);
    if (which < 0) which = markers.push(closer.marker) - 1;
    const openers = (openersOf[which] ??= []);
    let open = closer.close ? openers.length : 0;
    while (open-- && closer.start < closer.end) {
      const opener = openers[open];
      const openerSize = opener.end - opener.start;
      const closerSize = closer.end - closer.start;
      if (
        closer.split
          ? (opener.close || closer.open) && closerSize % 3 && !((openerSize + closerSize) % 3)
          : openerSize !== opener.size || openerSize !== closerSize
      ) {
        continue;
      }
      const size = closer.split ? (openerSize > 1 && closerSize > 1 ? 2 : 1) : closerSize;
      const openToken = sequenceAt(opener, tokens, opener.end - size);
      const closeToken = sequenceAt(closer, tokens, closer.start);
      if (
        openToken === sequenceAt(opener, tokens, opener.end - 1) &&
        openToken.value.length === size &&
        closeToken === sequenceAt(closer, tokens, closer.start + size - 1) &&
        closeToken.value.length === size &&
        openToken.attention === closeToken.attention
      ) {
        if (openToken.wrong) {
          openToken.wrong = false;
          formed++;
        }
        if (closeToken.wrong) {
          closeToken.wrong = false;
          formed++;
        }
      }
      opener.end -= size;
      closer.start += size;
      if (opener.start === opener.end) openers.splice(open, 1);
      open = openers.length;
    }
    if (closer.open && closer.start < closer.end) openers.push(closer);
  }
  return formed;
}
