// Writes reports/review/: index.html, review.css, app.js, data/pages-NNNN.js (page-list rows in
// chunks) and pages/<slug>.html (one self-contained page per converted page). Built after a run
// from the plan's pages, the page files on disk and the findings; the folder is replaced whole.

import { join } from 'node:path';
import { StagedTree } from '../../emit/write-tree.js';
import { fidelityOfTree } from '../fidelity.js';
import type { Finding } from '../finding.js';
import { REVIEW_CSS, REVIEW_JS } from './assets.js';
import { fileSafe, scriptJson } from './escape.js';
import { indexHtml, type IndexSummary } from './index-html.js';
import { readAhead, WriteBehind } from './overlapped-io.js';
import { parseMarkdown } from './markdown-html.js';
import { pageHtml, severityCounts } from './page-html.js';
import { splitPage } from './page-parts.js';

export interface ReviewSource {
  slug: string;
  page: { id: number; name: string; data: string; isHtml?: boolean };
}

export interface ReviewOptions {
  reportsDir: string;
  outDir: string;
  section: string;
  /** Rows per data/pages-NNNN.js file. */
  chunkSize?: number;
}

export const REVIEW_DIR = 'review';

export async function writeReviewSite(pages: readonly ReviewSource[], findings: readonly Finding[], options: ReviewOptions): Promise<void> {
  const sorted = [...pages].sort((a, b) => a.page.id - b.page.id);
  const bySlug = new Map(sorted.map((p) => [p.slug, `${fileSafe(p.slug)}.html`]));
  const byPage = new Map<number | null, Finding[]>();
  for (const f of findings) {
    const list = byPage.get(f.pageId);
    if (list) list.push(f);
    else byPage.set(f.pageId, [f]);
  }

  const tree = new StagedTree(options.reportsDir);
  await tree.begin();
  tree.own(REVIEW_DIR);
  const summary: IndexSummary = { pages: [], files: new Map(), rules: new Map(), counts: severityCounts(findings), errorPages: [], chunks: 0, siteFindings: byPage.get(null)?.length ?? 0 };
  for (const f of findings) {
    const r = summary.rules.get(f.ruleId) ?? { error: 0, warning: 0, info: 0, pages: new Set() };
    r[f.severity]++;
    r.pages.add(f.pageId);
    summary.rules.set(f.ruleId, r);
  }
  const rows: PageRow[] = [];
  const files = readAhead(sorted.map(({ slug }) => join(options.outDir, 'content', options.section, `${slug}.md`)));
  const writes = new WriteBehind();
  for (const { slug, page } of sorted) {
    const file = (await files.next()).value ?? null;
    const pageFindings = byPage.get(page.id) ?? [];
    const bodyTree = file === null ? undefined : parseMarkdown(splitPage(file).body);
    const source = page.data; // read once: a run's bodies are read from its body store
    // Measured before the preview rewrites the tree.
    const fidelity = bodyTree === undefined || page.isHtml ? null : fidelityOfTree(source, bodyTree).ratio;
    const fileName = bySlug.get(slug)!;
    const reviewPage = { id: page.id, name: page.name, slug, source, file, findings: pageFindings, fidelity, bodyTree };
    const pagePath = join(REVIEW_DIR, 'pages', fileName);
    const content = pageHtml(reviewPage, { section: options.section, pageHref: (s) => bySlug.get(s) ?? null });
    await writes.add(pagePath, () => tree.write(pagePath, content));
    const c = severityCounts(pageFindings);
    summary.pages.push({ id: page.id, name: page.name, fidelity });
    summary.files.set(page.id, fileName);
    if (c.error) summary.errorPages.push({ id: page.id, name: page.name, errors: c.error });
    const rules = [...new Set(pageFindings.map((f) => f.ruleId))].sort().join(' ');
    rows.push([page.id, page.name, slug, c.error, c.warning, c.info, fidelity === null ? -1 : Math.floor(fidelity * 1000), rules, fileName.slice(0, -'.html'.length)]);
  }
  await writes.drain();
  // In the index's default order, so its first chunk alone shows the first page of the list.
  rows.sort(byProblems);
  const chunkSize = options.chunkSize ?? 2000;
  for (let at = 0; at < rows.length; at += chunkSize) {
    const name = `data/pages-${String(summary.chunks++).padStart(4, '0')}.js`;
    await tree.write(join(REVIEW_DIR, name), `tikiReview.add(${scriptJson(rows.slice(at, at + chunkSize))});\n`);
  }
  summary.errorPages.sort((a, b) => b.errors - a.errors || a.id - b.id);
  await tree.write(join(REVIEW_DIR, 'index.html'), indexHtml(summary));
  await tree.write(join(REVIEW_DIR, 'review.css'), REVIEW_CSS);
  await tree.write(join(REVIEW_DIR, 'app.js'), REVIEW_JS);
  // `tiki2md diff` replaces this with its summary (the index then links diff.html).
  await tree.write(join(REVIEW_DIR, 'data', 'diff.js'), 'window.tikiDiff = null;\n');
  await tree.commit();
}

/** A page-list row: id, name, slug, errors, warnings, info, fidelity in ‰ (-1: no page file), rule ids, review file name. */
type PageRow = [number, string, string, number, number, number, number, string, string];

/** app.js's default sort ("errors first"): errors, warnings, lowest fidelity, info, page id. */
function byProblems(a: PageRow, b: PageRow): number {
  return b[3] - a[3] || b[4] - a[4] || a[6] - b[6] || b[5] - a[5] || a[0] - b[0];
}
