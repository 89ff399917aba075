// Headings (tiki-syntax.md §2.1), whole line, column 0:
//
//   !Text … !!!!!!Text      depth = number of `!` (7 or more is plain text)
//   !+Text  !-Text          collapsible, shown open / closed
//   !#Text  !!+#Text        numbered (Tiki prints "1.2. Text")
//
// The flags come right after the `!` run; a space before the text is not part of it.

export interface HeadingLine {
  depth: number;
  collapsible: 'open' | 'closed' | null;
  numbered: boolean;
  /** Offset where the heading text starts. */
  textStart: number;
}

export function matchHeading(src: string, pos: number, lineEnd: number): HeadingLine | null {
  let i = pos;
  while (i < lineEnd && src[i] === '!') i++;
  const depth = i - pos;
  if (depth === 0 || depth > 6) return null;
  let collapsible: HeadingLine['collapsible'] = null;
  if (src[i] === '+') collapsible = 'open';
  else if (src[i] === '-') collapsible = 'closed';
  if (collapsible) i++;
  const numbered = src[i] === '#';
  if (numbered) i++;
  while (i < lineEnd && (src[i] === ' ' || src[i] === '\t')) i++;
  return { depth, collapsible, numbered, textStart: i };
}
