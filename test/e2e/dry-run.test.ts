// `tiki2md convert --dry-run` through the real CLI: the same pipeline runs (same findings), the
// output folder is left byte for byte as it was (no staging folder either), and what a real
// run would add, change or delete is printed and written to reports/dry-run.{md,json}.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DryRunReport } from '../../src/report/dry-run.js';
import { runCli } from '../helpers/cli.js';
import { readTree } from '../helpers/tree.js';

describe('convert --dry-run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-dry-'));
  const out = join(dir, 'output');
  const reports = join(dir, 'reports');
  const args = ['convert', '--input', 'input', '--out', out, '--reports', reports, '--jobs', '2'];
  const real = runCli(args);
  const findings = readFileSync(join(reports, 'findings.json'), 'utf8');
  const pages = join(out, 'content', 'pages');
  rmSync(join(pages, 'boron.md'));
  writeFileSync(join(pages, 'magnesium.md'), 'edited\n');
  writeFileSync(join(pages, 'stale.md'), 'left over\n');
  const before = readTree(out);
  const dry = runCli([...args, '--dry-run']);
  const report = JSON.parse(readFileSync(join(reports, 'dry-run.json'), 'utf8')) as DryRunReport;

  it('writes nothing under the output folder', () => {
    expect(real.status).toBe(0);
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(readTree(out)).toEqual(before);
  });

  it('runs the same pipeline: the same findings', () => {
    expect(readFileSync(join(reports, 'findings.json'), 'utf8')).toBe(findings);
  });

  it('prints and reports what would be added, changed and deleted', () => {
    expect(report.files).toEqual([
      { path: 'content/pages/boron.md', status: 'add' },
      { path: 'content/pages/magnesium.md', status: 'change' },
      { path: 'content/pages/stale.md', status: 'delete' },
    ]);
    expect(report.summary).toMatchObject({ add: 1, change: 1, delete: 1 });
    expect(dry.stdout).toContain('would add 1, change 1, delete 1 files');
    expect(dry.stdout).toMatch(/ {2}delete content\/pages\/stale\.md/);
    expect(readFileSync(join(reports, 'dry-run.md'), 'utf8')).toContain('- delete `content/pages/stale.md`');
  });

  it('reports no change once a real run has written the output', () => {
    runCli(args);
    const again = runCli([...args, '--dry-run']);
    expect(again.stdout).toMatch(/would add 0, change 0, delete 0 files/);
  });
});
