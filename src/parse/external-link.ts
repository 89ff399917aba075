// External links and brackets (tiki-syntax.md §2.3, pattern in §2.8), one line at most:
//
//   [url]   [url|label]   [url|label|nocache]   [url|label|box]   [url|nocache]
//   [[x]    → literal "[x]"       [[x]]  → literal "[[x]]"       [[x at end of line → "[x"
//
// Segments cannot contain `[`, `]` or `|`; at most three segments. Whether the url really is a
// link (rule 18: `[sic]` is prose) is decided in normalize, where the page index is known.

import type { Scanner } from './spans.js';

export type BracketMatch =
  | { kind: 'link'; url: string; label: { start: number; end: number } | null; extra: string | null; end: number }
  | { kind: 'escape'; value: string; end: number };

export function matchBracket(scanner: Scanner, pos: number, lineEnd: number): BracketMatch | null {
  const src = scanner.src;
  if (src[pos + 1] === '[') {
    const close = scanner.find(']', pos + 2);
    if (close === -1 || close > lineEnd) return { kind: 'escape', value: '[', end: pos + 2 };
    const inner = src.slice(pos + 2, close);
    if (src[close + 1] === ']') return { kind: 'escape', value: `[[${inner}]]`, end: close + 2 };
    return { kind: 'escape', value: `[${inner}]`, end: close + 1 };
  }
  const close = scanner.find(']', pos + 1);
  if (close === -1 || close > lineEnd) return null;
  // A `[` before the `]` means this bracket does not hold a link (`[[` escapes are handled above).
  const nested = scanner.find('[', pos + 1);
  if (nested !== -1 && nested < close) return null;
  if (close === pos + 1) return null;
  // Up to three segments, split at `|` by offset (no array, no strings for the rejects).
  let end1 = close;
  let end2 = close;
  for (let i = pos + 1; i < close; i++) {
    if (src.charCodeAt(i) !== 124 /* | */) continue;
    if (end1 === close) end1 = i;
    else if (end2 === close) end2 = i;
    else return null;
  }
  const url = src.slice(pos + 1, end1).trim();
  if (!url) return null;
  // Tiki strips every literal `|nocache`; a lone second segment `nocache` is not a label.
  let labelPart: string | null = end1 < close ? src.slice(end1 + 1, end2) : null;
  let extra: string | null = end2 < close ? src.slice(end2 + 1, close) : null;
  if (labelPart !== null && /^\s*nocache\s*$/i.test(labelPart)) {
    extra = labelPart;
    labelPart = null;
  }
  let label: { start: number; end: number } | null = null;
  if (labelPart !== null && labelPart.trim()) label = { start: end1 + 1, end: end2 };
  return { kind: 'link', url, label, extra: extra?.trim() || null, end: close + 1 };
}
