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
  const inner = src.slice(pos + 1, close);
  if (!inner) return null;
  const parts = inner.split('|');
  if (parts.length > 3 || !parts[0].trim()) return null;
  // Tiki strips every literal `|nocache`; a lone second segment `nocache` is not a label.
  let labelPart: string | null = parts.length >= 2 ? parts[1] : null;
  let extra: string | null = parts.length === 3 ? parts[2] : null;
  if (labelPart !== null && /^\s*nocache\s*$/i.test(labelPart)) {
    extra = labelPart;
    labelPart = null;
  }
  let label: { start: number; end: number } | null = null;
  if (labelPart !== null && labelPart.trim()) {
    const start = pos + 1 + parts[0].length + 1;
    label = { start, end: start + labelPart.length };
  }
  return { kind: 'link', url: parts[0].trim(), label, extra: extra?.trim() || null, end: close + 1 };
}
