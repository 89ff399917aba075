// Wiki links (tiki-syntax.md §2.3), one line at most:
//
//   ((Page))  (( Page ))  ((Page|label))  ((Page|#anchor))  ((Page|#anchor|label))
//   (qualifier(Page))  (qualifier(Page|label))      qualifier = [a-z0-9-]+, e.g. alias
//   ))NoLink((         protection: the text between is plain
//
// The page part cannot start with `|`, `(` or `)`, and stops at `|` or `))`.

import type { Scanner } from './spans.js';

export interface WikiLinkMatch {
  page: string;
  anchor: string | null;
  /** Offsets of the label inside the source, or null when the link has no label. */
  label: { start: number; end: number } | null;
  qualifier: string | null;
  end: number;
}

export function matchWikiLink(scanner: Scanner, pos: number, lineEnd: number): WikiLinkMatch | null {
  const src = scanner.src;
  let i = pos + 1;
  let qualifier: string | null = null;
  if (src[i] !== '(') {
    // (qualifier(Page))
    const qStart = i;
    while (i < lineEnd && /[a-z0-9-]/.test(src[i])) i++;
    if (i === qStart || src[i] !== '(' || i - qStart > 40) return null;
    qualifier = src.slice(qStart, i);
  }
  const innerStart = i + 1;
  const close = scanner.find('))', innerStart);
  if (close === -1 || close > lineEnd) return null;
  const first = src[innerStart];
  if (first === undefined || first === '|' || first === '(' || first === ')') return null;
  const bar = scanner.find('|', innerStart);
  if (bar === -1 || bar > close) {
    const page = src.slice(innerStart, close).trim();
    return page ? { page, anchor: null, label: null, qualifier, end: close + 2 } : null;
  }
  const page = src.slice(innerStart, bar).trim();
  if (!page) return null;
  let labelStart = bar + 1;
  let anchor: string | null = null;
  if (src[labelStart] === '#') {
    const bar2 = scanner.find('|', labelStart);
    const anchorEnd = bar2 === -1 || bar2 > close ? close : bar2;
    anchor = src.slice(labelStart + 1, anchorEnd).trim() || null;
    labelStart = anchorEnd === close ? close : anchorEnd + 1;
  }
  const label = labelStart < close && src.slice(labelStart, close).trim() ? { start: labelStart, end: close } : null;
  return { page, anchor, label, qualifier, end: close + 2 };
}

/** `))Word((`: returns the end offset and the protected word, or null. */
export function matchNoLink(scanner: Scanner, pos: number, lineEnd: number): { word: string; end: number } | null {
  const src = scanner.src;
  if (!src.startsWith('))', pos)) return null;
  const open = scanner.find('((', pos + 2);
  if (open === -1 || open > lineEnd || open === pos + 2) return null;
  const word = src.slice(pos + 2, open);
  if (/\s/.test(word)) return null;
  return { word, end: open + 2 };
}
