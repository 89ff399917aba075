// Name folding: the normalizations used to compare page names and URL keys.
// - `trimName`: what Tiki does to a link target `(( x  y ))` → "x y" (trim, collapse runs of
//   ASCII blanks). Used for the "exact" match, so it must not change anything else.
// - `foldName`: case/accent/width-insensitive identity for "folded" link matches and duplicate
//   detection (NFKD, strip combining marks, lower-case, collapse whitespace runs, trim). This
//   approximates Tiki's utf8mb4_unicode_ci collation, where "Café" = "cafe".
// - `caseFold`: NFC + case folding only (accents kept), the identity of a URL in a redirect map
//   or a Hugo alias on a case-insensitive filesystem. JS has no full case folding;
//   upper-then-lower approximates it (ß → ss, ς → σ, ǅ → ǆ).

const BLANK_RUNS = /[ \t\r\n]+/g;
const WHITESPACE_RUNS = /\s+/gu;
const COMBINING_MARKS = /\p{M}/gu;

export function trimName(name: string): string {
  return name.replace(BLANK_RUNS, ' ').trim();
}

export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(WHITESPACE_RUNS, ' ')
    .trim();
}

export function caseFold(value: string): string {
  return value.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}
