// End to end: `tiki2md convert` on the embedded sample site (input/tiki-sample.sql), through the
// real CLI. Every page is written; every planted problem (input/generate/planted.json) is
// reported at its page and line; two runs give identical bytes.

import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/report/finding.js';
import { runCli, repoRoot } from '../helpers/cli.js';
import { samplePages } from '../helpers/sample.js';
import { readTree } from '../helpers/tree.js';

interface Planted {
  ruleId: string;
  pageId: number;
  line: number | null;
  note: string;
}

function convertInto(extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-e2e-'));
  const result = runCli(['convert', '--input', 'input', '--out', join(dir, 'output'), '--reports', join(dir, 'reports'), ...extra]);
  return { dir, result };
}

describe('tiki2md convert on the sample site', async () => {
  const first = convertInto();
  const pages = await samplePages();
  const findings = JSON.parse(readFileSync(join(first.dir, 'reports', 'findings.json'), 'utf8')) as Finding[];

  it('exits 0 with a one-line summary', () => {
    expect(first.result.stderr).toBe('');
    expect(first.result.status).toBe(0);
    expect(first.result.stdout).toMatch(/^tiki2md: \d+ pages from .*tiki-sample\.sql/);
  });

  it('writes one file per page, each with its page id', () => {
    const dir = join(first.dir, 'output', 'content', 'pages');
    const files = readdirSync(dir);
    expect(files).toHaveLength(pages.length);
    const ids = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8').split('\n}\n')[0] + '\n}').tiki_page_id as number);
    expect(ids.sort((a, b) => a - b)).toEqual(pages.map((p) => p.id).sort((a, b) => a - b));
  });

  it('has at least 60 pages', () => expect(pages.length).toBeGreaterThanOrEqual(60));

  const planted = JSON.parse(readFileSync(join(repoRoot, 'input/generate/planted.json'), 'utf8')) as Planted[];
  for (const p of planted) {
    it(`reports ${p.ruleId} on page ${p.pageId}${p.line ? ` line ${p.line}` : ''}: ${p.note}`, () => {
      const match = findings.find((f) => f.ruleId === p.ruleId && f.pageId === p.pageId && f.line === p.line);
      expect(match, JSON.stringify(findings.filter((f) => f.pageId === p.pageId), null, 1)).toBeDefined();
    });
  }

  it('writes every report and the redirects CSV', () => {
    for (const f of ['findings.json', 'broken-links.md', 'broken-links.json', 'duplicates.md', 'duplicates.json', 'summary.md', 'unconverted.md', 'unconverted.json']) {
      expect(readFileSync(join(first.dir, 'reports', f), 'utf8').length).toBeGreaterThan(10);
    }
    const csv = readFileSync(join(first.dir, 'output', 'redirects', 'redirects.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('legacy_url,new_url,status,page_id,kind');
    expect(csv).toContain('/tiki-index.php?page_id=13038,/pages/need-at-least-6000-iu-daily-while-breastfeeding-to-eliminate-vitamin-d-deficiency-meta-analysis-oct-2021/,301,13038,page-id');
  });

  it('gives byte-identical output and reports on a second run', () => {
    const second = convertInto();
    expect(second.result.status).toBe(0);
    for (const sub of ['output', 'reports']) {
      const a = readTree(join(first.dir, sub));
      const b = readTree(join(second.dir, sub));
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), path).toBe(true);
    }
  });

  it('exits 2 with --fail-on warning (the sample has warnings)', () => {
    expect(convertInto(['--fail-on', 'warning']).result.status).toBe(2);
  });
});
