// Character helpers of mdast-util-to-markdown and micromark, restated for the fast paths
// (fast-phrasing.ts, fast-attention.ts). They are not exported by those packages; each is
// checked against its original in test/emit/fast-phrasing.test.ts.

/** micromark's `classifyCharacter` on a UTF-16 code unit: 1 whitespace, 2 punctuation, undefined otherwise (also for NaN). */
export function classifyCharacter(code: number): 1 | 2 | undefined {
  if (code < 0) return 1; // micromark's virtual whitespace codes (never a code unit)
  if (code < 128) return asciiKinds[code] || undefined;
  if (!(code >= 0)) return undefined; // NaN: the character before the start, or after the end
  const character = String.fromCharCode(code);
  if (/\s/.test(character)) return 1;
  if (/\p{P}|\p{S}/u.test(character)) return 2;
  return undefined;
}

const asciiKinds = Array.from({ length: 128 }, (_, code): 0 | 1 | 2 => {
  const character = String.fromCharCode(code);
  return code === 32 || /\s/.test(character) ? 1 : /\p{P}|\p{S}/u.test(character) ? 2 : 0;
});

/**
 * mdast-util-to-markdown's `firstCharacter`: the first code point, as a string. A code point of
 * one code unit (a lone surrogate too) is that unit: `charAt` gives it without making a string
 * for a Latin-1 character, where `String.fromCodePoint` makes one each time.
 */
export function firstCharacter(value: string): string {
  const code = value.codePointAt(0);
  if (code === undefined) return '';
  return code > 0xffff ? value.slice(0, 2) : value.charAt(0);
}

/** mdast-util-to-markdown's `lastCharacter`: the last code point, as a string. */
export function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2);
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1);
}

/**
 * mdast-util-to-markdown's `encodeInfo`: whether the character inside an attention sequence
 * (`inside`) or the one outside it (`outside`) must become a character reference for the
 * sequence to open or close.
 */
export function encodeInfo(outside: number, inside: number, marker: string): { inside: boolean; outside: boolean } {
  const outsideKind = classifyCharacter(outside);
  const insideKind = classifyCharacter(inside);
  if (outsideKind === undefined) {
    return insideKind === undefined ? (marker === '_' ? both : neither) : insideKind === 1 ? both : outer;
  }
  if (outsideKind === 1) return insideKind === 1 ? both : neither;
  return insideKind === 1 ? inner : neither;
}

const both = { inside: true, outside: true };
const neither = { inside: false, outside: false };
const outer = { inside: false, outside: true };
const inner = { inside: true, outside: false };
