// findings.json: the canonical report, an array of findings with a fixed key order.
//   { ruleId, severity, pageId, pageName, line, column, message, excerpt? }
// line/column are 1-based into the page's Tiki source, null when the finding is not about a
// position.

import type { Finding } from './finding.js';

export function findingsJson(findings: readonly Finding[]): string {
  return JSON.stringify(findings.map(canonical), null, 2) + '\n';
}

/** The same text as findingsJson, in pieces, for a findings list too long to hold as one string. */
export function* findingsJsonChunks(findings: Iterable<Finding>): Generator<string> {
  let first = true;
  for (const f of findings) {
    yield (first ? '[\n  ' : ',\n  ') + findingText(f);
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

const KEYS = ['ruleId', 'severity', 'pageId', 'pageName', 'line', 'column', 'message', 'excerpt'] as const;

/**
 * One finding as JSON.stringify(canonical(f), null, 2) writes it inside the array, field by field
 * (a field left undefined is left out, as there; ruleId, severity and message are always set):
 * every value is a string, a number or null, and JSON never leaves a raw line break in a string.
 */
function findingText(f: Finding): string {
  let text = '{';
  let separator = '\n    ';
  for (const key of KEYS) {
    const value = f[key];
    if (value === undefined) continue;
    text += `${separator}"${key}": ${JSON.stringify(value)}`;
    separator = ',\n    ';
  }
  return text + '\n  }';
}

function canonical(f: Finding): Finding {
  const out: Finding = {
    ruleId: f.ruleId,
    severity: f.severity,
    pageId: f.pageId,
    pageName: f.pageName,
    line: f.line,
    column: f.column,
    message: f.message,
  };
  if (f.excerpt !== undefined) out.excerpt = f.excerpt;
  return out;
}
