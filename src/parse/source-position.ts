// Offsets → 1-based line/column, by binary search over line starts (built once per page).

export interface Point {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  point(offset: number): Point {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** The source line holding `offset`, without its newline (for report excerpts), cut to `max` characters. */
  lineText(offset: number, max = Infinity): string {
    const { line } = this.point(offset);
    // Findings on one line share its excerpt (a long line can have a hundred thousand).
    if (line === this.last.line && max === this.last.max) return this.last.text;
    const start = this.starts[line - 1];
    const end = line < this.starts.length ? this.starts[line] - 1 : this.source.length;
    const text = this.source.slice(start, Math.min(end, start + max));
    this.last = { line, max, text };
    return text;
  }

  private last = { line: 0, max: 0, text: '' };
}
