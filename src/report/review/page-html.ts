// One review page: the Tiki source with each finding highlighted at its line, the converted
// markdown (HTML comments such as tiki markers shown, highlighted), and the rendered preview.
// Static HTML with no script: nothing of a page's content can execute.

import type { Finding } from '../finding.js';
import { html } from './escape.js';
import type { Root } from 'mdast';
import { parseMarkdown, previewOfTree } from './markdown-html.js';
import { splitPage } from './page-parts.js';

export interface ReviewPage {
  id: number;
  name: string;
  slug: string;
  source: string;
  /** The page file as written under output/content/, or null when none was written. */
  file: string | null;
  findings: Finding[];
  /** Fidelity ratio 0..1, or null without a page file. */
  fidelity: number | null;
  /** The body already parsed (parseMarkdown), when the caller parsed it for fidelity; the preview changes it. */
  bodyTree?: Root;
}

export interface PageContext {
  section: string;
  /** Review file name of a page by slug (same folder), null when unknown. */
  pageHref(slug: string): string | null;
}

export const CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'";

export function pageHtml(page: ReviewPage, context: PageContext): string {
  const parts = page.file === null ? null : splitPage(page.file);
  const preview = parts ? previewOfTree(page.bodyTree ?? parseMarkdown(parts.body), context) : '<p class="none">No page file was written.</p>';
  const counts = severityCounts(page.findings);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP.replace("script-src 'self'", "script-src 'none'")}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(page.name)} — tiki2md review</title>
<link rel="stylesheet" href="../review.css">
</head><body class="page">
<header><a href="../index.html">← all pages</a>
<h1>${html(page.name)}</h1>
<p class="meta">page id ${page.id} · slug <code>${html(page.slug)}</code> · fidelity <b data-fidelity>${page.fidelity === null ? '—' : pct(page.fidelity)}</b> ·
<span class="sev-error">${counts.error} errors</span> · <span class="sev-warning">${counts.warning} warnings</span> · <span class="sev-info">${counts.info} info</span></p>
</header>
${findingList(page.findings)}
<main class="panes">
<section class="pane"><h2>Tiki source</h2>${sourcePane(page.source, page.findings)}</section>
<section class="pane"><h2>Markdown</h2><pre class="md">${parts ? markdownPane(page.file!) : ''}</pre></section>
<section class="pane"><h2>Preview</h2><article class="preview">${preview}</article></section>
</main>
</body></html>
`;
}

function findingList(findings: readonly Finding[]): string {
  if (!findings.length) return '<p class="clean">No findings.</p>';
  const items = findings.map((f) => {
    const where = f.line === null ? 'page' : `<a href="#L${f.line}">line ${f.line}${f.column === null ? '' : `:${f.column}`}</a>`;
    return `<li class="finding sev-${f.severity}" data-rule="${html(f.ruleId)}"><b>${f.severity}</b> <code>${html(f.ruleId)}</code> ${where} — ${html(f.message)}</li>`;
  });
  return `<ul class="findings">${items.join('\n')}</ul>`;
}

function sourcePane(source: string, findings: readonly Finding[]): string {
  const byLine = new Map<number, Finding[]>();
  for (const f of findings) if (f.line !== null) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  const lines = source.split('\n');
  const rows = lines.map((raw, i) => {
    const n = i + 1;
    const hits = byLine.get(n);
    const text = html(raw.replace(/\r$/, ''));
    if (!hits) return `<span class="line" id="L${n}" data-line="${n}"><span class="ln">${n}</span>${text}</span>`;
    const worst = hits.some((f) => f.severity === 'error') ? 'error' : hits.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    const title = hits.map((f) => `${f.ruleId}: ${f.message}`).join('\n');
    const rules = [...new Set(hits.map((f) => f.ruleId))].join(' ');
    return `<span class="line hit sev-${worst}" id="L${n}" data-line="${n}" data-rules="${html(rules)}" title="${html(title)}"><span class="ln">${n}</span>${text}</span>`;
  });
  // Findings pinned past the last line (a dropped trailing line) still show.
  for (const [n, hits] of [...byLine].filter(([n]) => n > lines.length).sort((a, b) => a[0] - b[0])) {
    rows.push(`<span class="line hit sev-${hits[0].severity}" id="L${n}" data-line="${n}" data-rules="${html(hits.map((f) => f.ruleId).join(' '))}"><span class="ln">${n}</span></span>`);
  }
  return `<pre class="source">${rows.join('')}</pre>`;
}

/** The page file escaped, HTML comments (tiki:… markers) wrapped so they stand out. */
function markdownPane(file: string): string {
  return file
    .split(/(<!--[\s\S]*?-->)/)
    .map((part, i) => (i % 2 ? `<span class="md-comment">${html(part)}</span>` : html(part)))
    .join('');
}

export function severityCounts(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function pct(ratio: number): string {
  return `${(Math.floor(ratio * 1000) / 10).toFixed(1)}%`;
}
