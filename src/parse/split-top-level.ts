// Splitting a line at a separator character that is not inside an atom: table cells at `|`,
// definition terms at `:`. Links, brackets and protected spans are skipped whole, which is how
// `||((Page|label))|b||` keeps its link in one cell (Tiki turns links into HTML before tables).

import { matchBracket } from './external-link.js';
import type { Scanner } from './spans.js';
import { matchWikiLink } from './wiki-link.js';

export function splitTopLevel(scanner: Scanner, from: number, to: number, separator: '|' | ':', limit = Infinity): Array<[number, number]> {
  const src = scanner.src;
  const parts: Array<[number, number]> = [];
  let partStart = from;
  let i = from;
  while (i < to) {
    const c = src[i];
    if (c === separator && parts.length + 1 < limit) {
      parts.push([partStart, i]);
      partStart = i + 1;
      i++;
      continue;
    }
    if (c === '~' || c === '{') {
      const end = scanner.spanEnd(i);
      if (end !== -1 && end <= to) {
        i = end;
        continue;
      }
    } else if (c === '(') {
      const link = matchWikiLink(scanner, i, to);
      if (link) {
        i = link.end;
        continue;
      }
    } else if (c === '[') {
      const m = matchBracket(scanner, i, to);
      if (m) {
        i = m.end;
        continue;
      }
    }
    i++;
  }
  parts.push([partStart, to]);
  return parts;
}
