// `tiki2md diff OLD NEW` through the real CLI on two copies of the sample run, one edited:
// added/removed/changed pages, front matter as field changes, body as a unified diff, findings
// that appeared and disappeared; and the line diff itself (hunks re-apply to the new text).

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/report/finding.js';
import type { RunDiff } from '../../src/report/diff/compare-runs.js';
import { unifiedDiff } from '../../src/report/diff/line-diff.js';
import { runCli } from '../helpers/cli.js';

describe('tiki2md diff', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-diff-'));
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  const convert = runCli(['convert', '--input', 'input', '--out', join(a, 'output'), '--reports', join(a, 'reports'), '--jobs', '2']);
  cpSync(a, b, { recursive: true });
  const pages = join(b, 'output', 'content', 'pages');
  rmSync(join(pages, 'boron.md'));
  writeFileSync(join(pages, 'new-page.md'), '{\n    "title": "New <b>page</b>",\n    "tiki_page_id": 9999\n}\n\nHello.\n');
  const chart = join(pages, 'vitamin-d-dosage-chart.md');
  writeFileSync(chart, readFileSync(chart, 'utf8').replace('"title": "Vitamin D Dosage Chart"', '"title": "Dosage Chart"').replace('rather than guess.', 'rather than guessing.'));
  const findingsFile = join(b, 'reports', 'findings.json');
  const findings = JSON.parse(readFileSync(findingsFile, 'utf8')) as Finding[];
  const dropped = findings.shift()!;
  const added: Finding = { ruleId: 'link-broken', severity: 'warning', pageId: 9999, pageName: 'New page', line: 1, column: 1, message: 'Link to missing page "X"' };
  // A finding whose line moved is not a change.
  findings[0] = { ...findings[0], line: (findings[0].line ?? 0) + 5 };
  writeFileSync(findingsFile, JSON.stringify([...findings, added]));
  const reports = join(dir, 'reports');
  const run = runCli(['diff', a, b, '--reports', reports]);
  const diff = JSON.parse(readFileSync(join(reports, 'diff.json'), 'utf8')) as RunDiff & { version: number };

  it('prints the summary and writes diff.md, diff.json and the review page', () => {
    expect(convert.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 added, 1 removed, 1 changed, \d+ unchanged pages; 1 findings appeared, 1 disappeared/);
    expect(diff.version).toBe(1);
    expect(diff.summary).toMatchObject({ added: 1, removed: 1, changed: 1, findingsAppeared: 1, findingsDisappeared: 1 });
    expect(existsSync(join(reports, 'diff.md'))).toBe(true);
    expect(readFileSync(join(reports, 'review', 'data', 'diff.js'), 'utf8')).toContain('1 added');
  });

  it('shows front matter as field changes and the body as a unified diff', () => {
    const changed = diff.pages.find((p) => p.status === 'changed')!;
    expect(changed.newPath).toBe('pages/vitamin-d-dosage-chart.md');
    expect(changed.fields).toEqual([{ field: 'title', old: 'Vitamin D Dosage Chart', new: 'Dosage Chart' }]);
    expect(changed.diff).toMatch(/^--- old\/pages\/vitamin-d-dosage-chart\.md\n\+\+\+ new\/pages\/vitamin-d-dosage-chart\.md\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    expect(changed.diff).toContain('\n-Individual response varies three-fold or more; [test](/pages/vitamin-d-blood-test/) rather than guess.\n');
    expect(changed.diff).toContain('\n+Individual response varies three-fold or more; [test](/pages/vitamin-d-blood-test/) rather than guessing.\n');
    expect(diff.pages.find((p) => p.status === 'removed')!.oldPath).toBe('pages/boron.md');
    expect(diff.pages.find((p) => p.status === 'added')!.pageId).toBe(9999);
  });

  it('lists findings that appeared and disappeared', () => {
    expect(diff.findings.appeared).toEqual([added]);
    expect(diff.findings.disappeared).toEqual([dropped]);
    const md = readFileSync(join(reports, 'diff.md'), 'utf8');
    expect(md).toContain('## Findings that appeared (1)');
    expect(md).toContain('- title: "Vitamin D Dosage Chart" → "Dosage Chart"');
  });

  it('escapes page text in the HTML diff page', () => {
    const page = readFileSync(join(reports, 'review', 'diff.html'), 'utf8');
    expect(page).toContain('New &lt;b&gt;page&lt;/b&gt;');
    expect(page).not.toContain('<b>page');
  });

  it('reports nothing for identical runs, and exit 1 for a folder that is not a run', () => {
    const same = runCli(['diff', a, a, '--reports', join(dir, 'same')]);
    expect(same.stdout).toMatch(/0 added, 0 removed, 0 changed, \d+ unchanged pages; 0 findings appeared, 0 disappeared/);
    const bad = runCli(['diff', a, join(dir, 'nowhere'), '--reports', join(dir, 'bad')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('nowhere');
  });
});

describe('unified diff', () => {
  it('produces hunks that turn the old text into the new one', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 30 }).map((l) => (l.length ? l.join('\n') + '\n' : ''));
    fc.assert(
      fc.property(text, text, (x, y) => {
        const d = unifiedDiff(x, y, 'x', 'y');
        expect(d === '').toBe(x === y);
        expect(applyPatch(x, d)).toBe(y);
      }),
      { numRuns: 300 },
    );
  });
});

function applyPatch(text: string, patch: string): string {
  if (!patch) return text;
  const old = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let at = 0;
  const lines = patch.replace(/\n$/, '').split('\n').slice(2);
  for (let i = 0; i < lines.length; i++) {
    const m = /^@@ -(\d+),(\d+) /.exec(lines[i]);
    if (m) {
      const start = Number(m[2]) === 0 ? Number(m[1]) : Number(m[1]) - 1;
      while (at < start) out.push(old[at++]);
      continue;
    }
    const op = lines[i][0];
    const line = lines[i].slice(1);
    if (op === ' ') expect(old[at++]).toBe(line), out.push(line);
    else if (op === '-') expect(old[at++]).toBe(line);
    else out.push(line);
  }
  while (at < old.length) out.push(old[at++]);
  return out.length ? out.join('\n') + '\n' : '';
}
