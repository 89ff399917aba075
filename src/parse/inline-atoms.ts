// Small recognisers used by the inline tokenizer (inline.ts): bare URLs and e-mail addresses as
// Tiki autolinks them, `%dynvar%` names, and character classes.
//
//   https://x.org/a_b   www.x.org   mailto:a@b.org   a@b.org   %name%

/** Bare URLs Tiki autolinks: scheme://…, www.…, mailto:…; stops at whitespace, `<`, `,`, `|`, `]`. */
export function autolinkEnd(src: string, pos: number, lineEnd: number): number {
  // Sticky, so no slice per candidate word: a head is at most 19 characters.
  URL_HEAD.lastIndex = pos;
  if (!URL_HEAD.test(src)) return pos;
  const headEnd = URL_HEAD.lastIndex;
  let end = headEnd;
  while (end < lineEnd && !/[\s<,|\]"]/.test(src[end])) end++;
  // Trailing sentence punctuation is not part of the URL.
  while (end > headEnd && /[.;:!?')]/.test(src[end - 1])) {
    if (src[end - 1] === ')' && src.slice(pos, end).includes('(')) break;
    end--;
  }
  return end > headEnd ? end : pos;
}

const URL_HEAD = /(?:[a-z][a-z0-9+.-]{1,15}:\/\/|www\.|mailto:)/iy;

/** An e-mail address around the `@` at `at`, starting after whitespace or the line start. */
export function emailAround(src: string, at: number, floor: number, lineEnd: number): { start: number; end: number } | null {
  let start = at;
  while (start > floor && at - start < 64 && /[A-Za-z0-9._%+-]/.test(src[start - 1])) start--;
  if (start === at || (start > floor && !/\s/.test(src[start - 1])) || (start === floor && floor > 0 && !/\s/.test(src[floor - 1]))) return null;
  const m = /^@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/.exec(src.slice(at, Math.min(lineEnd, at + 255)));
  return m ? { start, end: at + m[0].length } : null;
}

/** `%name%` as Tiki's dynvar regex reads it: the first two characters are not digits, capitals or spaces. */
export function matchDynVar(src: string, pos: number, from: number, lineEnd: number): { name: string; end: number } | null {
  if (pos > from && src[pos - 1] === '%') return null;
  const m = /^%([^% 0-9A-Z\n][^% 0-9A-Z\n][^% \n]{0,38})%/.exec(src.slice(pos, Math.min(lineEnd, pos + 44)));
  if (!m || src[pos + m[0].length] === '%') return null;
  return { name: m[1], end: pos + m[0].length };
}

export function runLength(src: string, i: number, to: number, ch: string): number {
  let j = i;
  while (j < to && src[j] === ch) j++;
  return j - i;
}

export function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

/** `/\s/.test(src[k])` without the one-character string (false outside the string). */
export function isWhiteAt(src: string, k: number): boolean {
  const c = src.charCodeAt(k);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && /\s/.test(src[k]);
}

export function isWord(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
