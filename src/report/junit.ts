// reports/junit.xml: one JUnit test case per page (and one for site-wide findings), so CI
// systems show a migration as a test run. A page with error findings fails; its warnings go
// to <system-out>. Deterministic: no timestamps, pages in id order. Written in pieces from the
// findings in report order (page id first), so a large run's findings are never all held.

import { compareFindings, type Finding } from './finding.js';

export interface JunitPage {
  id: number;
  name: string;
}

export function junitXml(pages: readonly JunitPage[], findings: Iterable<Finding>): string {
  const list = [...findings].sort(compareFindings);
  return [...junitXmlChunks(pages, () => list)].join('');
}

/**
 * What junit.xml's header needs before its first test case, from one pass over findings in
 * report order: the ids with an error finding, and the findings of page ids that are not in the
 * page list (a duplicate id dropped at load: few, written at the end). A run tallies them while
 * findings.json is written, so junit.xml needs one more pass over the spilled findings, not two.
 */
export class JunitTally {
  readonly failing = new Set<number | null>();
  readonly strays = new Map<number, Finding[]>();
  private readonly known: ReadonlySet<number>;

  constructor(pages: readonly JunitPage[]) {
    this.known = new Set(pages.map((p) => p.id));
  }

  add(f: Finding): void {
    if (f.severity === 'error') this.failing.add(f.pageId);
    if (f.pageId === null || this.known.has(f.pageId)) return;
    const list = this.strays.get(f.pageId);
    if (list) list.push(f);
    else this.strays.set(f.pageId, [f]);
  }
}

/**
 * The same text in pieces, from passes over findings in report order (a run passes its spilled
 * findings, so no list of them is held): `findings()` is called once when the tally of the same
 * findings is given, else twice (the first pass tallies).
 */
export function* junitXmlChunks(pages: readonly JunitPage[], findings: () => Iterable<Finding>, tally?: JunitTally): Generator<string> {
  const sorted = [...pages].sort((a, b) => a.id - b.id);
  if (tally === undefined) {
    tally = new JunitTally(pages);
    for (const f of findings()) tally.add(f);
  }
  const { failing, strays } = tally;
  const tests = 1 + sorted.length + strays.size;
  const failures = [null, ...sorted.map((p) => p.id), ...strays.keys()].filter((id) => failing.has(id)).length;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="tiki2md" tests="${tests}" failures="${failures}" errors="0">\n` +
    `  <testsuite name="tiki2md pages" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">\n`;

  const stream = findings()[Symbol.iterator]();
  let next = stream.next();
  /** The findings of `id`, which come next in report order (ids before it belong to no listed page: skipped). */
  const take = (id: number | null): Finding[] => {
    const out: Finding[] = [];
    const rank = id ?? -1;
    while (!next.done && (next.value.pageId ?? -1) <= rank) {
      if (next.value.pageId === id) out.push(next.value);
      next = stream.next();
    }
    return out;
  };
  yield testCase('(site)', take(null));
  for (const p of sorted) yield '\n' + testCase(`${p.name} (page ${p.id})`, take(p.id));
  for (const [id, list] of [...strays].sort((a, b) => a[0] - b[0])) yield '\n' + testCase(`page ${id}`, list);
  yield '\n  </testsuite>\n</testsuites>\n';
}

function testCase(name: string, list: readonly Finding[]): string {
  const errors = list.filter((f) => f.severity === 'error');
  const others = list.filter((f) => f.severity !== 'error');
  let body = '';
  if (errors.length) {
    const first = errors[0];
    body += `\n      <failure type="${attr(first.ruleId)}" message="${attr(`${errors.length} error finding(s): ${first.message}`)}">${text(errors.map(describe).join('\n'))}</failure>`;
  }
  if (others.length) body += `\n      <system-out>${text(others.map(describe).join('\n'))}</system-out>`;
  return `    <testcase classname="tiki2md.pages" name="${attr(name)}" time="0">${body}${body ? '\n    ' : ''}</testcase>`;
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
