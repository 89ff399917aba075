// IssueLog: the non-fatal problems found while loading (LoadIssue: duplicate page ids, orphan
// rows, repaired text, limits of the input form), each pinned to the input file and line. Issues
// come out in input order: by file, then line.

import type { InputPlace, LoadIssue } from './site-model.js';

export interface IssuePage {
  id: number | null;
  name: string | null;
}

export class IssueLog {
  private readonly issues: LoadIssue[] = [];

  constructor(private readonly file: string) {}

  /** `at` is a line of the source's own file, a place in another file, or null (the whole input). */
  add(
    ruleId: LoadIssue['ruleId'],
    at: number | InputPlace | null,
    message: string,
    page: IssuePage = { id: null, name: null },
    severity?: LoadIssue['severity'],
  ): void {
    const place = at === null ? null : typeof at === 'number' ? { file: this.file, line: at } : at;
    const issue: LoadIssue = { ruleId, message, place, pageId: page.id, pageName: page.name };
    if (severity !== undefined) issue.severity = severity;
    this.issues.push(issue);
  }

  /** All issues by file and line in the input (stable for issues at one place; no place first). */
  list(): LoadIssue[] {
    return [...this.issues].sort((a, b) => {
      if (a.place === null || b.place === null) return (a.place === null ? 0 : 1) - (b.place === null ? 0 : 1);
      const byFile = a.place.file < b.place.file ? -1 : a.place.file > b.place.file ? 1 : 0;
      return byFile || a.place.line - b.place.line;
    });
  }
}
