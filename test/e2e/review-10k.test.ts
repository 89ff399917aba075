// The review site at scale: 10,000 generated pages (test/helpers/review-site-input.ts) written
// with writeReviewSite, opened from disk in Chromium. Checks that the index is ready with only the
// first chunk of page-list rows loaded, that a name deep in the list and a rule filter give the
// right rows (paginated), and that no file of the review folder is large. The times to open and
// to filter are measured and recorded in .cache/artifacts/review-10k.json (TIKI2MD_ARTIFACTS
// overrides) with a screenshot — reported, not asserted (this machine's speed is not the site's).
// Needs /usr/bin/chromium; TIKI2MD_SKIP_BROWSER=1 skips.

import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReviewSite } from '../../src/report/review/write-review.js';
import { launchChromium } from '../helpers/chromium.js';
import { repoRoot } from '../helpers/cli.js';
import { pageName, writeReviewSiteInput, type ReviewSiteInput } from '../helpers/review-site-input.js';

const PAGES = 10_000;
const PER_PAGE = 100;
const artifacts = process.env.TIKI2MD_ARTIFACTS ?? join(repoRoot, '.cache', 'artifacts');

describe.skipIf(process.env.TIKI2MD_SKIP_BROWSER === '1')('review site of 10,000 pages in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-review-10k-'));
  const review = join(dir, 'reports', 'review');
  let input: ReviewSiteInput;
  let browser: BrowserContext;
  const measured: Record<string, number> = {};

  beforeAll(async () => {
    let start = performance.now();
    input = writeReviewSiteInput(PAGES, join(dir, 'out'));
    measured.inputMs = Math.round(performance.now() - start);
    start = performance.now();
    await writeReviewSite(input.pages, input.findings, { reportsDir: join(dir, 'reports'), outDir: join(dir, 'out'), section: 'pages' });
    measured.writeReviewSiteMs = Math.round(performance.now() - start);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true }); // ~50 MB of pages
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'review-10k.json'), JSON.stringify({ pages: PAGES, ...measured }, null, 2) + '\n');
    process.stdout.write(`review site of ${PAGES} pages: ${JSON.stringify(measured)}\n`);
  });

  it('writes no large file: page-list rows are split in chunks', () => {
    const sizes = listFiles(review).map((f) => statSync(f).size);
    measured.largestFileBytes = Math.max(...sizes);
    expect(sizes.length).toBeGreaterThan(PAGES);
    expect(measured.largestFileBytes).toBeLessThan(2_000_000);
    expect(readdirSync(join(review, 'data')).filter((f) => f.startsWith('pages-')).length).toBeGreaterThan(1);
  });

  it('opens with the first chunk of rows, then finds a page deep in the list and filters by a rule', async () => {
    const errors: string[] = [];
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const chunkRequests: string[] = [];
    page.on('request', (r) => /\/data\/pages-\d+\.js$/.test(r.url()) && chunkRequests.push(r.url()));

    // Notes in the page when the list is ready (ms since navigation start), without this side's round trips.
    await page.addInitScript(READY_OBSERVER);
    let start = performance.now();
    await page.goto(pathToFileURL(join(review, 'index.html')).href);
    await page.waitForSelector('body[data-ready="true"]');
    measured.openMs = Math.round(performance.now() - start);
    measured.readyInPageMs = Math.round(Number(await page.locator('body').getAttribute('data-ready-ms')));
    const firstPageAtReady = await shownIds(page);
    const chunksAtReady = { requested: chunkRequests.length, scripts: await chunkScripts(page) };
    expect(firstPageAtReady).toHaveLength(PER_PAGE);
    expect(await page.locator('#count').textContent()).toBe(`${PAGES} of ${PAGES} pages`);
    // Errors first: the first row is a page with an error finding.
    expect(input.pagesByRule.get('plugin-unknown')).toContain(Number(await page.locator('#rows tr').first().getAttribute('data-page-id')));
    // Only the first chunk was loaded to show the first page of the list.
    expect(chunksAtReady).toEqual({ requested: 1, scripts: 1 });

    const deep = 9876;
    start = performance.now();
    await page.fill('#q', pageName(deep).split(' ').slice(-2).join(' ').toLowerCase());
    await countShows(page, `1 of ${PAGES} pages`);
    measured.searchMs = Math.round(performance.now() - start);
    expect(await page.locator('#rows tr').getAttribute('data-page-id')).toBe(String(deep));
    expect(await page.locator('#rows tr a').textContent()).toBe(pageName(deep));

    const rule = 'table-ragged';
    const expected = input.pagesByRule.get(rule)!;
    start = performance.now();
    await page.fill('#q', '');
    await page.selectOption('#rule', rule);
    await countShows(page, `${expected.size} of ${PAGES} pages`);
    measured.ruleFilterMs = Math.round(performance.now() - start);
    const shown = await shownIds(page);
    expect(shown).toHaveLength(PER_PAGE);
    expect(shown.filter((id) => !expected.has(id))).toEqual([]);
    expect(await page.locator('#page').textContent()).toBe(`page 1 of ${Math.ceil(expected.size / PER_PAGE)}`);

    // With every row loaded, the unfiltered list starts as it did from the first chunk alone.
    await page.selectOption('#rule', '');
    await countShows(page, `${PAGES} of ${PAGES} pages`);
    expect(await shownIds(page)).toEqual(firstPageAtReady);
    await page.selectOption('#rule', rule);
    await countShows(page, `${expected.size} of ${PAGES} pages`);

    mkdirSync(artifacts, { recursive: true });
    await page.locator('.controls').evaluate((controls) => controls.scrollIntoView());
    await page.screenshot({ path: join(artifacts, 'review-10k.png') });
    expect(errors).toEqual([]);
  }, 60_000);
});

const READY_OBSERVER = `new MutationObserver(function (changes, observer) {
  if (document.body && document.body.dataset.ready) { document.body.dataset.readyMs = String(performance.now()); observer.disconnect(); }
}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });`;

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(folder, e.name)) : [join(folder, e.name)]));
}

function chunkScripts(page: Page): Promise<number> {
  return page.locator('script[src^="data/pages-"]').count();
}

function shownIds(page: Page): Promise<number[]> {
  return page.locator('#rows tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-page-id'))));
}

/** Waits (in the page, no polling from here) until the list's count line reads `text`. */
function countShows(page: Page, text: string): Promise<void> {
  return page.locator('#count', { hasText: new RegExp(`^${text}$`) }).waitFor();
}
