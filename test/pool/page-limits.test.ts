// One pathological page cannot take the run down: a page still converting when its time limit
// runs out is abandoned (its worker is stopped and replaced), written with its source fenced and
// migration_error, and reported as page-failed; every other page converts normally.

import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DumpWriter } from '../../scripts/gen/dump-writer.js';
import { loadDumpSchema } from '../../scripts/gen/schema.js';
import { parseConfig } from '../../src/config.js';
import { runConvert } from '../../src/pipeline.js';
import type { Finding } from '../../src/report/finding.js';

function dump(path: string, pages: Array<{ id: number; name: string; data: string }>): void {
  const writer = new DumpWriter(path, loadDumpSchema());
  for (const table of writer.tableNames()) {
    const rows = table === 'tiki_pages' ? pages.map((p) => ({ page_id: p.id, pageName: p.name, data: p.data, created: 1600000000, lastModif: 1600000000, version: 1, version_minor: 0, is_html: 0 })) : [];
    writer.table(table, rows);
  }
  writer.close();
}

describe('a page that overruns the per-page time limit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-limits-'));
  const input = join(dir, 'site.sql');
  const huge = '!Huge\n' + '__bold__ ((Small 1)) ~~red:x~~ [https://example.org|y] ||a|b||\n'.repeat(200_000);
  const pages = [
    ...Array.from({ length: 12 }, (_, i) => ({ id: i + 1, name: `Small ${i + 1}`, data: `!Heading ${i}\nSee ((Small ${(i + 1) % 12 + 1})).\n` })),
    { id: 50, name: 'Pathological', data: huge },
  ];
  dump(input, pages);
  const config = parseConfig({ input, out: join(dir, 'output'), reports: join(dir, 'reports'), jobs: 2 }, 'test');
  const result = await runConvert(config, undefined, { pageTimeoutMs: 1500 });
  const findings = JSON.parse(readFileSync(join(dir, 'reports', 'findings.json'), 'utf8')) as Finding[];

  it('is reported as page-failed, naming the limit', () => {
    const failed = findings.filter((f) => f.ruleId === 'page-failed');
    expect(failed.map((f) => f.pageId)).toEqual([50]);
    expect(failed[0].message).toMatch(/limit/);
    expect(result.stats.failed).toBe(1);
    expect(result.counts.error).toBe(1);
  });

  it('is written with its source in a fence and migration_error', () => {
    const file = readFileSync(join(dir, 'output', 'content', 'pages', 'pathological.md'), 'utf8');
    expect(file).toContain('"migration_error": true');
    expect(file).toContain('```tiki\n!Huge\n');
  });

  it('does not stop the other pages, those sent in its batch included', () => {
    expect(readdirSync(join(dir, 'output', 'content', 'pages'))).toHaveLength(13);
    const small = readFileSync(join(dir, 'output', 'content', 'pages', 'small-3.md'), 'utf8');
    expect(small).toContain('# Heading 2');
    expect(small).toContain('[Small 4](/pages/small-4/)');
    // Pages 9–12 go to the pool in one task with the pathological page (page-batches.ts): that
    // task fails, and they are converted again one by one.
    const mate = readFileSync(join(dir, 'output', 'content', 'pages', 'small-12.md'), 'utf8');
    expect(mate).toContain('# Heading 11');
    expect(mate).toContain('[Small 1](/pages/small-1/)');
    expect(mate).not.toContain('migration_error');
  });
});

// The heading pass runs as one task per worker (a share of the pages), with the clock restarted at
// each page. A page whose headings alone overrun the limit fails its share: the share is done again
// in batches, then page by page, so every other page still gets its heading map.
describe('a page whose heading pass overruns the per-page time limit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-limits-headings-'));
  const input = join(dir, 'site.sql');
  // A hundred thousand headings of dense markup (the heading pass parses only headings' text):
  // finding them takes about 1 s here, four times the limit below.
  const huge = '!Huge\n' + '!!__bold__ ((Small 1)) ~~red:x~~ [https://example.org|y] ||a|b||\n'.repeat(100_000);
  const pages = [
    ...Array.from({ length: 12 }, (_, i) => ({ id: i + 1, name: `Small ${i + 1}`, data: `!Heading ${i}\nSee ((Small ${(i + 1) % 12 + 1}|#Heading_${(i + 1) % 12}|next)) and ((Pathological|#Huge|huge)).\n` })),
    { id: 50, name: 'Pathological', data: huge },
  ];
  dump(input, pages);
  const config = parseConfig({ input, out: join(dir, 'output'), reports: join(dir, 'reports'), jobs: 2 }, 'test');
  await runConvert(config, undefined, { pageTimeoutMs: 250 });
  const page = (slug: string) => readFileSync(join(dir, 'output', 'content', 'pages', `${slug}.md`), 'utf8');

  it('leaves only that page without a heading map', () => {
    for (let i = 0; i < 12; i++) expect(page(`small-${i + 1}`)).toContain(`[next](/pages/small-${(i + 1) % 12 + 1}/#heading-${(i + 1) % 12})`);
  });

  it('keeps links to that page’s headings as written', () => {
    expect(page('small-1')).toContain('[huge](/pages/pathological/#Huge)');
  });
});
