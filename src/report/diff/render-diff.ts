// `tiki2md diff` reports: reports/diff.md, reports/diff.json and reports/review/diff.html (plus
// review/data/diff.js, which makes the review index link the diff page). Everything from the
// one RunDiff; the HTML escapes all page text.

import { join } from 'node:path';
import { StagedTree } from '../../emit/write-tree.js';
import type { Finding } from '../finding.js';
import { html, scriptJson } from '../review/escape.js';
import { CSP } from '../review/page-html.js';
import { REVIEW_DIR } from '../review/write-review.js';
import type { FieldChange, RunDiff } from './compare-runs.js';

export function summaryLine(d: RunDiff): string {
  const s = d.summary;
  return `${s.added} added, ${s.removed} removed, ${s.changed} changed, ${s.unchanged} unchanged pages; ${s.findingsAppeared} findings appeared, ${s.findingsDisappeared} disappeared`;
}

export function diffJson(d: RunDiff): string {
  return JSON.stringify({ version: 1, ...d }, null, 2) + '\n';
}

const value = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));
const fieldLine = (c: FieldChange) => `${c.field}: ${value(c.old)} → ${value(c.new)}`;
const findingLine = (f: Finding) => `${f.severity} \`${f.ruleId}\` ${f.pageName ?? '(site)'}${f.line === null ? '' : ` line ${f.line}`}: ${f.message}`;

export function diffMarkdown(d: RunDiff): string {
  const out = [`# tiki2md diff`, '', `\`${d.old}\` → \`${d.new}\``, '', summaryLine(d), ''];
  for (const p of d.pages) {
    out.push(`## ${p.status}: ${p.title.replace(/[\r\n]/g, ' ')}`, '', `${p.oldPath ?? '(none)'} → ${p.newPath ?? '(none)'}${p.pageId === null ? '' : ` (page ${p.pageId})`}`, '');
    if (p.fields.length) out.push('Front matter:', '', ...p.fields.map((c) => `- ${fieldLine(c)}`), '');
    if (p.diff) out.push('````diff', p.diff.replace(/\n$/, ''), '````', '');
  }
  for (const [title, list] of [['Findings that appeared', d.findings.appeared], ['Findings that disappeared', d.findings.disappeared]] as const) {
    out.push(`## ${title} (${list.length})`, '', ...(list.length ? list.map((f) => `- ${findingLine(f)}`) : ['None.']), '');
  }
  return out.join('\n');
}

export function diffHtml(d: RunDiff): string {
  const pages = d.pages.map((p) => {
    const fields = p.fields.length ? `<ul class="fields">${p.fields.map((c) => `<li><code>${html(c.field)}</code>: <span class="diff-del">${html(value(c.old))}</span> → <span class="diff-add">${html(value(c.new))}</span></li>`).join('')}</ul>` : '';
    const lines = p.diff
      .replace(/\n$/, '')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => `<span class="${l.startsWith('@@') ? 'diff-hunk' : l.startsWith('+') ? 'diff-add' : l.startsWith('-') ? 'diff-del' : ''}">${html(l)}</span>`);
    return `<section class="change" data-status="${p.status}"><h2>${p.status}: ${html(p.title)}</h2><p><code>${html(p.oldPath ?? '(none)')}</code> → <code>${html(p.newPath ?? '(none)')}</code></p>${fields}${lines.length ? `<pre class="md">${lines.join('\n')}</pre>` : ''}</section>`;
  });
  const findings = (list: Finding[]) => (list.length ? `<ul>${list.map((f) => `<li class="sev-${f.severity}">${html(findingLine(f))}</li>`).join('')}</ul>` : '<p>None.</p>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP.replace("script-src 'self'", "script-src 'none'")}">
<title>tiki2md diff</title><link rel="stylesheet" href="review.css"></head><body>
<p><a href="index.html">← review</a></p>
<h1>Changes between runs</h1>
<p><code>${html(d.old)}</code> → <code>${html(d.new)}</code></p>
<p id="diff-summary">${html(summaryLine(d))}</p>
${pages.join('\n')}
<h2>Findings that appeared (${d.findings.appeared.length})</h2>${findings(d.findings.appeared)}
<h2>Findings that disappeared (${d.findings.disappeared.length})</h2>${findings(d.findings.disappeared)}
</body></html>
`;
}

export async function writeDiffReports(reportsDir: string, d: RunDiff): Promise<void> {
  const tree = new StagedTree(reportsDir);
  await tree.begin();
  await tree.write('diff.md', diffMarkdown(d));
  await tree.write('diff.json', diffJson(d));
  await tree.write(join(REVIEW_DIR, 'diff.html'), diffHtml(d));
  await tree.write(join(REVIEW_DIR, 'data', 'diff.js'), `window.tikiDiff = ${scriptJson({ summary: summaryLine(d) })};\n`);
  await tree.commit();
}
