// IssueLog: the non-fatal problems found while loading (LoadIssue: duplicate page ids, orphan
// rows), each pinned to the input file and line. Issues come out in file order.

import type { LoadIssue } from './site-model.js';

export interface IssuePage {
  id: number | null;
  name: string | null;
}

export class IssueLog {
  private readonly issues: LoadIssue[] = [];

  constructor(private readonly file: string) {}

  add(ruleId: LoadIssue['ruleId'], line: number, message: string, page: IssuePage = { id: null, name: null }): void {
    this.issues.push({ ruleId, message, place: { file: this.file, line }, pageId: page.id, pageName: page.name });
  }

  /** All issues by line in the input (stable for issues on one line). */
  list(): LoadIssue[] {
    return [...this.issues].sort((a, b) => (a.place?.line ?? Infinity) - (b.place?.line ?? Infinity));
  }
}
