// The findings model: the single source of every report. A finding is one problem or lossy
// decision, pinned to a page and (when it is about a position) a 1-based line and column in
// that page's Tiki source.

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  pageId: number | null;
  pageName: string | null;
  line: number | null;
  column: number | null;
  message: string;
  /** A short excerpt of the source the finding is about, when it helps a reviewer. */
  excerpt?: string;
}

/** A finding raised while converting one page, before the page identity is attached. */
export interface PageFinding {
  ruleId: string;
  severity: Severity;
  line: number | null;
  column: number | null;
  message: string;
  excerpt?: string;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order for every report: page id, line, column, rule, message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.pageId ?? -1) - (b.pageId ?? -1) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    cmp(a.ruleId, b.ruleId) ||
    severityRank[a.severity] - severityRank[b.severity] ||
    cmp(a.message, b.message)
  );
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
