// Special characters (tiki-syntax.md §2.2), replaced by Tiki in its `parse_htmlchar` pass:
//
//   ~hs~ ~amp~ ~lt~ ~gt~ ~c~ ~bs~ ~ldq~ ~rdq~ ~lsq~ ~rsq~   (case-insensitive)
//   ~--~                                                   (case-exact)  → em dash
//   ~123~                                                  decimal code point
//
// Each becomes the Unicode character itself (~hs~ is U+00A0); markdown escaping is the
// stringifier's job.

const named: Record<string, string> = {
  hs: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  c: '©',
  bs: '\\',
  ldq: '“',
  rdq: '”',
  lsq: '‘',
  rsq: '’',
};

export function matchSpecialChar(src: string, pos: number): { value: string; end: number } | null {
  if (src.startsWith('~--~', pos)) return { value: '—', end: pos + 4 };
  let i = pos + 1;
  while (i < src.length && i - pos <= 8 && /[A-Za-z0-9]/.test(src[i])) i++;
  if (src[i] !== '~' || i === pos + 1) return null;
  const word = src.slice(pos + 1, i);
  if (/^[0-9]+$/.test(word)) {
    const code = Number(word);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    // &#0; shows as the replacement character in browsers (and markdown readers replace NUL).
    return { value: code === 0 ? '\ufffd' : String.fromCodePoint(code), end: i + 1 };
  }
  const value = named[word.toLowerCase()];
  return value === undefined ? null : { value, end: i + 1 };
}
