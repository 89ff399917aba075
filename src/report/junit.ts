// reports/junit.xml: one JUnit test case per page (and one for site-wide findings), so CI
// systems show a migration as a test run. A page with error findings fails; its warnings go
// to <system-out>. Deterministic: no timestamps, pages in id order.

import type { Finding } from './finding.js';

export interface JunitPage {
  id: number;
  name: string;
}

export function junitXml(pages: readonly JunitPage[], findings: Iterable<Finding>): string {
  const byPage = new Map<number | null, Finding[]>();
  for (const f of findings) {
    const list = byPage.get(f.pageId) ?? [];
    list.push(f);
    byPage.set(f.pageId, list);
  }
  const cases: string[] = [];
  let failures = 0;
  const sorted = [...pages].sort((a, b) => a.id - b.id);
  const known = new Set(sorted.map((p) => p.id));
  const entries: Array<[string, Finding[]]> = [['(site)', byPage.get(null) ?? []]];
  for (const p of sorted) entries.push([`${p.name} (page ${p.id})`, byPage.get(p.id) ?? []]);
  // Findings about page ids that are not in the page list (a duplicate id dropped at load).
  for (const [id, list] of [...byPage].filter(([id]) => id !== null && !known.has(id)).sort((a, b) => a[0]! - b[0]!)) {
    entries.push([`page ${id}`, list]);
  }
  for (const [name, list] of entries) {
    const errors = list.filter((f) => f.severity === 'error');
    const others = list.filter((f) => f.severity !== 'error');
    let body = '';
    if (errors.length) {
      failures++;
      const first = errors[0];
      body += `\n      <failure type="${attr(first.ruleId)}" message="${attr(`${errors.length} error finding(s): ${first.message}`)}">${text(errors.map(describe).join('\n'))}</failure>`;
    }
    if (others.length) body += `\n      <system-out>${text(others.map(describe).join('\n'))}</system-out>`;
    cases.push(`    <testcase classname="tiki2md.pages" name="${attr(name)}" time="0">${body}${body ? '\n    ' : ''}</testcase>`);
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="tiki2md" tests="${cases.length}" failures="${failures}" errors="0">\n` +
    `  <testsuite name="tiki2md pages" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0">\n` +
    cases.join('\n') +
    (cases.length ? '\n' : '') +
    '  </testsuite>\n</testsuites>\n'
  );
}

function describe(f: Finding): string {
  const at = f.line === null ? '' : `line ${f.line}${f.column === null ? '' : `:${f.column}`} `;
  return `${f.severity} ${f.ruleId} ${at}${f.message}`;
}

/** Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/FFFF). */
const invalid = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function text(s: string): string {
  return s.replace(invalid, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
