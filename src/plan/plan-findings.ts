// Finding constructors for the plan stage. Plan findings are about a whole page (its name,
// slug or URLs), never about a position in its source, so line and column are always null.

import type { Page } from '../load/site-model.js';
import type { Finding, Severity } from '../report/finding.js';

export type PageRef = Pick<Page, 'id' | 'name'>;

export function planFinding(page: PageRef | null, ruleId: string, severity: Severity, message: string): Finding {
  return {
    ruleId,
    severity,
    pageId: page ? page.id : null,
    pageName: page ? page.name : null,
    line: null,
    column: null,
    message,
  };
}

/** `page 42 "Name"`: how plan messages name another page. */
export function describePage(page: PageRef): string {
  return `page ${page.id} ${JSON.stringify(page.name)}`;
}
