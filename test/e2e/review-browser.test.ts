// Browser test of the review site: the sample converted through the real CLI, the review site
// opened from disk (file://) in the distribution's Chromium via playwright-core. Filters the page
// list to a page with findings, checks the finding is highlighted at its source line, that the
// preview renders a table and working links between review pages, and that no script of a
// hostile page runs. Saves a screenshot to .cache/artifacts/ (TIKI2MD_ARTIFACTS overrides).
// Needs /usr/bin/chromium (.ci/run installs it); TIKI2MD_SKIP_BROWSER=1 skips.

import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/report/finding.js';
import { writeReviewSite } from '../../src/report/review/write-review.js';
import { launchChromium } from '../helpers/chromium.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const artifacts = process.env.TIKI2MD_ARTIFACTS ?? join(repoRoot, '.cache', 'artifacts');

describe.skipIf(process.env.TIKI2MD_SKIP_BROWSER === '1')('review site in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-review-'));
  let browser: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    const r = runCli(['convert', '--input', 'input', '--out', join(dir, 'output'), '--reports', join(dir, 'reports'), '--jobs', '2']);
    expect(r.status, r.stderr).toBe(0);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(url: string) {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(url);
    return page;
  }

  it('filters to a page with findings, highlights the finding line, previews a table and links', async () => {
    const findings = JSON.parse(readFileSync(join(dir, 'reports', 'findings.json'), 'utf8')) as Finding[];
    const target = findings.find((f) => f.pageName === 'Vitamin D Dosage Chart' && f.ruleId === 'table-ragged' && f.line !== null)!;
    expect(target).toBeDefined();
    const index = await open(pathToFileURL(join(dir, 'reports', 'review', 'index.html')).href);
    await index.waitForSelector('body[data-ready="true"]');
    expect(await index.locator('#rows tr').count()).toBeGreaterThan(50);
    await index.fill('#q', 'dosage chart');
    await index.selectOption('#rule', 'table-ragged');
    const rows = index.locator('#rows tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-page-id')).toBe(String(target.pageId));
    await rows.first().locator('a').click();
    await index.waitForURL(/vitamin-d-dosage-chart\.html$/);

    const line = index.locator(`#L${target.line}`);
    expect(await line.getAttribute('class')).toMatch(/\bhit\b/);
    expect(await line.getAttribute('data-rules')).toContain('table-ragged');
    expect(await line.getAttribute('title')).toContain(target.message);
    // The line before is not a finding line (highlighting is per line, not per region).
    expect(await index.locator(`#L${target.line! - 1}`).getAttribute('class')).toBe('line');
    // Clicking the finding in the list jumps to that line.
    await index.locator(`.findings a[href="#L${target.line}"]`).first().click();
    expect(new URL(index.url()).hash).toBe(`#L${target.line}`);

    const table = index.locator('.preview table');
    expect(await table.count()).toBe(1);
    expect(await table.locator('tr').count()).toBeGreaterThan(3);
    expect(await table.locator('td', { hasText: '3,000 IU' }).count()).toBe(1);
    mkdirSync(artifacts, { recursive: true });
    await index.screenshot({ path: join(artifacts, 'review-page.png'), fullPage: true });

    // A link in the preview leads to another review page, anchor kept.
    const link = index.locator('.preview a', { hasText: 'deficient' });
    expect(await link.getAttribute('href')).toBe('vitamin-d-deficiency.html');
    await link.click();
    await index.waitForURL(/vitamin-d-deficiency\.html$/);
    expect(await index.locator('h1').textContent()).toBe('Vitamin D Deficiency');
    expect(errors).toEqual([]);
  }, 60_000);

  it('runs no script of a hostile page, in the page or the index', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const reports = join(dir, 'hostile-reports');
    const out = join(dir, 'hostile-out');
    mkdirSync(join(out, 'content', 'pages'), { recursive: true });
    const md = `{\n    "title": "x"\n}\n\n${evil}\n\n[click](javascript:alert(3)) <!-- ${evil} -->\n\n| a |\n| - |\n| ${evil} |\n`;
    (await import('node:fs')).writeFileSync(join(out, 'content', 'pages', 'evil.md'), md);
    const findings: Finding[] = [{ ruleId: 'raw-html', severity: 'error', pageId: 1, pageName: evil, line: 1, column: 1, message: evil, excerpt: evil }];
    await writeReviewSite([{ slug: 'evil', page: { id: 1, name: evil, data: `${evil}\n{HTML()}${evil}{HTML}` } }], findings, { reportsDir: reports, outDir: out, section: 'pages' });
    for (const file of ['index.html', 'pages/evil.html']) {
      const page = await open(pathToFileURL(join(reports, 'review', file)).href);
      await page.waitForLoadState('load');
      if (file === 'index.html') {
        await page.waitForSelector('body[data-ready="true"]');
        expect(await page.locator('#rows a').textContent()).toBe(evil);
      } else {
        expect(await page.locator('h1').textContent()).toBe(evil);
        expect(await page.locator('.preview a', { hasText: 'click' }).getAttribute('href')).toBeNull();
      }
      expect(await page.locator('img[onerror], script:not([src])').count()).toBe(0);
    }
    expect(errors.filter((e) => e.startsWith('dialog'))).toEqual([]);
  }, 60_000);
});
