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
// fix would be needed this returns undefined and the caller uses the stock code.

import { classifyCharacter, encodeInfo, firstCharacter, lastCharacter } from './character-kind.js';

export interface AttentionItem {
  children: Item[];
  /** Sequences in order of preference (the first is the stock default). */
  sequences: string[];
}
export type Item = string | AttentionItem;

interface Token {
  value: string;
  attention: AttentionItem | undefined;
  /** Set by check while the sequence is not known to form its attention (the stock `wrong` set). */
  wrong: boolean;
}

/** Whether the marker pairs like CommonMark emphasis (true: also strict, cannot open or close inside words). */
const builtins = new Map([
  ['*', false],
  ['_', true],
]);

/** Thrown inside render when a character reference would be needed. */
const needsReference = new Error('a character reference is needed');

/** The stock `serialize(items, before, after)`, when it needs no references and no fixes; undefined otherwise. */
export function serializeSimple(items: Item[], before: string, after: string): string | undefined {
  if (!items.some((item) => typeof item !== 'string')) return items.join('');
  const chosen = new Map<AttentionItem, string>();
  guess(items, chosen, before, after);
  let tokens: Token[];
  try {
    tokens = render(items, chosen, before, after);
  } catch (e) {
    if (e === needsReference) return undefined;
    throw e;
  }
  if (!formsEveryPair(tokens, before, after)) return undefined;
  let result = '';
  for (const token of tokens) result += token.value;
  return result;
}

/** The stock guess(): per attention, the first sequence whose marker differs from what touches it. */
function guess(items: Item[], chosen: Map<AttentionItem, string>, before: string, after: string): void {
  let previous = before;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (typeof item === 'string') {
      previous = '';
      continue;
    }
    const next = index === items.length - 1 ? after : '';
    let sequence = item.sequences[0];
    for (const value of item.sequences) {
      const marker = value.charAt(0);
      if ((marker !== previous.charAt(0) && marker !== next.charAt(0)) || (items.length === 1 && builtins.has(marker) && value.length > before.length)) {
        sequence = value || item.sequences[0];
        break;
      }
    }
    if (sequence !== item.sequences[0]) chosen.set(item, sequence);
    guess(item.children, chosen, sequence, sequence);
    previous = sequence;
  }
}

/** The stock render(), throwing `needsReference` where it would encode a character. */
function render(items: Item[], chosen: Map<AttentionItem, string>, before: string, after: string): Token[] {
  const tokens: Token[] = [];
  let encodeAfter: string | undefined;
  let previous = lastCharacter(before);
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (typeof item === 'string') {
      if (encodeAfter && encodeAfter === firstCharacter(item)) throw needsReference;
      encodeAfter = undefined;
      tokens.push({ value: item, attention: undefined, wrong: false });
      if (item) previous = lastCharacter(item);
      continue;
    }
    const sequence = chosen.get(item) || item.sequences[0];
    const marker = sequence.charAt(0);
    const next = items[index + 1];
    const outsideBefore = previous;
    const outsideAfter = firstCharacter(next === undefined ? after : typeof next === 'string' ? next : chosen.get(next) || next.sequences[0]);
    const inside = render(item.children, chosen, sequence, sequence);
    const open = encodeInfo(outsideBefore.charCodeAt(outsideBefore.length - 1), inside[0].value.charCodeAt(0), marker);
    if (open.inside && !inside[0].attention) throw needsReference;
    const tail = lastCharacter(inside[inside.length - 1].value);
    const close = encodeInfo(outsideAfter.charCodeAt(0), tail.charCodeAt(tail.length - 1), marker);
    if (close.inside && !inside[inside.length - 1].attention) throw needsReference;
    const last = tokens[tokens.length - 1];
    if (open.outside && outsideBefore !== '\n' && outsideBefore !== '\r' && last && !last.attention) throw needsReference;
    if (close.outside) encodeAfter = outsideAfter;
    tokens.push({ value: sequence, attention: item, wrong: false });
    for (const token of inside) tokens.push(token);
    tokens.push({ value: sequence, attention: item, wrong: false });
    previous = sequence.charAt(sequence.length - 1);
  }
  return tokens;
}

interface Run {
  tokens: Token[];
  markers: Token[];
  start: number;
  end: number;
  open: boolean;
  close: boolean;
  split: boolean;
}

/** The stock check(): whether every sequence pairs with its own other sequence (no mistake). */
function formsEveryPair(tokens: Token[], before: string, after: string): boolean {
  const runs: Run[] = [];
  let wrong = 0;
  let index = 0;
  while (index < tokens.length) {
    if (!tokens[index].attention) {
      index++;
      continue;
    }
    const marker = tokens[index].value.charAt(0);
    const strict = builtins.get(marker);
    let end = index + 1;
    while (end < tokens.length && tokens[end].attention && tokens[end].value.charAt(0) === marker) end++;
    const head = index ? tokens[index - 1].value : before;
    const previous = classifyCharacter(head.charCodeAt(head.length - 1));
    const next = classifyCharacter((end < tokens.length ? tokens[end].value : after).charCodeAt(0));
    const open = !next || (next === 2 && Boolean(previous));
    const close = !previous || (previous === 2 && Boolean(next));
    const run: Run = {
      tokens: tokens.slice(index, end),
      markers: [],
      start: 0,
      end: 0,
      open: strict ? open && (Boolean(previous) || !close) : open,
      close: strict ? close && (Boolean(next) || !open) : close,
      split: strict !== undefined,
    };
    for (const token of run.tokens) {
      token.wrong = true;
      wrong++;
      for (let size = token.value.length; size > 0; size--) run.markers.push(token);
    }
    run.end = run.markers.length;
    runs.push(run);
    index = end;
  }
  return pair(runs) === wrong;
}

/** The stock pair(): pairs runs like micromark; sequences that form their attention leave `wrong` (how many do is returned). */
function pair(runs: Run[]): number {
  let formed = 0;
  const openersByMarker = new Map<string, Run[]>();
  for (const closer of runs) {
    const marker = closer.tokens[0].value.charAt(0);
    let openers = openersByMarker.get(marker);
    if (!openers) openersByMarker.set(marker, (openers = []));
    let open = closer.close ? openers.length : 0;
    while (open-- && closer.start < closer.end) {
      const opener = openers[open];
      const openerSize = opener.end - opener.start;
      const closerSize = closer.end - closer.start;
      if (
        closer.split
          ? (opener.close || closer.open) && closerSize % 3 && !((openerSize + closerSize) % 3)
          : openerSize !== opener.markers.length || openerSize !== closerSize
      ) {
        continue;
      }
      const size = closer.split ? (openerSize > 1 && closerSize > 1 ? 2 : 1) : closerSize;
      const openToken = opener.markers[opener.end - size];
      const closeToken = closer.markers[closer.start];
      if (
        openToken === opener.markers[opener.end - 1] &&
        openToken.value.length === size &&
        closeToken === closer.markers[closer.start + size - 1] &&
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
