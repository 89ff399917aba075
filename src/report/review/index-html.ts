// The review site's index: a static dashboard (totals, findings per rule, fidelity spread,
// pages with errors first) and the page list, whose rows come from per-chunk data files
// (data/pages-NNNN.js) so a 10k-page site never needs one huge file nor all of them to open.

import { html } from './escape.js';
import { CSP, pct, type ReviewPage } from './page-html.js';

export interface IndexSummary {
  pages: Array<Pick<ReviewPage, 'id' | 'name' | 'fidelity'>>;
  /** Review file name (without folder) per page id. */
  files: Map<number, string>;
  /** ruleId → counts per severity and the number of pages it occurs on. */
  rules: Map<string, { error: number; warning: number; info: number; pages: Set<number | null> }>;
  counts: { error: number; warning: number; info: number };
  /** Page ids with error findings, most errors first. */
  errorPages: Array<{ id: number; name: string; errors: number }>;
  chunks: number;
  siteFindings: number;
}

export function indexHtml(s: IndexSummary): string {
  const fid = s.pages.filter((p) => p.fidelity !== null).map((p) => p.fidelity!);
  const mean = fid.length ? fid.reduce((a, b) => a + b, 0) / fid.length : 1;
  const buckets: Array<[string, (r: number) => boolean]> = [
    ['100%', (r) => r >= 1],
    ['95–99.9%', (r) => r >= 0.95 && r < 1],
    ['90–95%', (r) => r >= 0.9 && r < 0.95],
    ['75–90%', (r) => r >= 0.75 && r < 0.9],
    ['below 75%', (r) => r < 0.75],
  ];
  const most = Math.max(1, ...buckets.map(([, f]) => fid.filter(f).length));
  const lowest = s.pages.filter((p) => p.fidelity !== null && p.fidelity < 1).sort((a, b) => a.fidelity! - b.fidelity! || a.id - b.id).slice(0, 10);
  const link = (id: number, name: string) => (s.files.has(id) ? `<a href="pages/${html(s.files.get(id)!)}">${html(name)}</a>` : html(name));
  const rules = [...s.rules].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1));
  // The first chunk only; app.js loads the others when the list needs them.
  const firstChunk = s.chunks ? '<script defer src="data/pages-0000.js"></script>' : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tiki2md review</title>
<link rel="stylesheet" href="review.css">
<script defer src="app.js"></script>
${firstChunk}
<script defer src="data/diff.js"></script>
</head><body class="index" data-chunks="${s.chunks}" data-total="${s.pages.length}">
<h1>tiki2md review</h1>
<p id="diff" hidden><a href="diff.html">Changes since the previous run</a>: <span></span></p>
<div class="cards">
<div class="card"><b id="total-pages">${s.pages.length}</b>pages</div>
<div class="card sev-error"><b>${s.counts.error}</b>errors</div>
<div class="card sev-warning"><b>${s.counts.warning}</b>warnings</div>
<div class="card sev-info"><b>${s.counts.info}</b>info</div>
<div class="card"><b>${s.errorPages.length}</b>pages with errors</div>
<div class="card"><b>${pct(mean)}</b>mean fidelity</div>
</div>
<div class="dash">
<section><h2>Findings per rule</h2>
<table id="rules"><thead><tr><th>rule</th><th>errors</th><th>warnings</th><th>info</th><th>pages</th></tr></thead><tbody>
${rules.map(([rule, c]) => `<tr><td><a href="#rule=${encodeURIComponent(rule)}">${html(rule)}</a></td><td>${c.error}</td><td>${c.warning}</td><td>${c.info}</td><td>${c.pages.size}</td></tr>`).join('\n')}
</tbody></table>${s.siteFindings ? `<p>${s.siteFindings} site-wide findings (no page) are in findings.json.</p>` : ''}</section>
<section><h2>Fidelity per page</h2>
<table id="fidelity"><tbody>
${buckets.map(([label, f]) => { const n = fid.filter(f).length; return `<tr><td>${label}</td><td>${n}</td><td><span class="bar" style="width:${Math.round((n / most) * 12)}em"></span></td></tr>`; }).join('\n')}
</tbody></table>
<h3>Lowest fidelity</h3><ol>${lowest.map((p) => `<li>${link(p.id, p.name)} — ${pct(p.fidelity!)}</li>`).join('')}</ol></section>
<section><h2>Pages with errors</h2>
${s.errorPages.length ? `<ol id="error-pages">${s.errorPages.slice(0, 50).map((p) => `<li>${link(p.id, p.name)} — ${p.errors} errors</li>`).join('')}</ol>${s.errorPages.length > 50 ? `<p><a href="#sev=error">all ${s.errorPages.length}</a></p>` : ''}` : '<p>None.</p>'}
</section>
</div>
<h2>Pages</h2>
<div class="controls">
<input id="q" type="search" placeholder="search name, slug or id" aria-label="search">
<select id="sev" aria-label="severity"><option value="">all pages</option><option value="any">with findings</option><option value="error">with errors</option><option value="warning">with warnings</option><option value="info">with info</option><option value="none">without findings</option></select>
<select id="rule" aria-label="rule"><option value="">any rule</option>${rules.map(([rule]) => `<option value="${html(rule)}">${html(rule)}</option>`).join('')}</select>
<select id="sort" aria-label="sort"><option value="problems">errors first</option><option value="fidelity">lowest fidelity</option><option value="name">name</option><option value="id">page id</option></select>
<span id="count"></span>
</div>
<table id="pages"><thead><tr><th>page</th><th>id</th><th>slug</th><th>errors</th><th>warnings</th><th>info</th><th>fidelity</th></tr></thead><tbody id="rows"></tbody></table>
<div class="pager"><button id="prev" type="button">← previous</button><span id="page"></span><button id="next" type="button">next →</button></div>
<p>Reports: <a href="../summary.md">summary.md</a> · <a href="../findings.json">findings.json</a> · <a href="../junit.xml">junit.xml</a></p>
</body></html>
`;
}

function total(c: { error: number; warning: number; info: number }): number {
  return c.error + c.warning + c.info;
}
