// reports/unconverted.{md,json}: every construct that was not converted exactly, counted per
// construct across the site, with up to five examples each (page, line, excerpt) — the list a
// reviewer works through. A rendering of the findings list: the construct is read back from the
// source excerpt at the finding's column.

import type { Finding } from './finding.js';

/** Rules about how a construct was converted (not about links, names or site structure). */
const LOSSY = new Set([
  'style-dropped', 'plugin-unwrapped', 'plugin-marker', 'plugin-dynamic', 'plugin-dropped', 'plugin-unknown', 'plugin-inline',
  'plugin-as-code', 'plugin-as-text', 'plugin-static-value', 'embed-as-link', 'layout-flattened', 'include-expanded',
  'include-missing', 'include-cycle', 'heading-collapsible', 'heading-numbered', 'hr-trailing-text', 'table-ragged',
  'table-cell-break', 'table-unclosed', 'comment-dropped', 'toc-options-dropped', 'link-option-dropped', 'link-bracket-literal',
  'alias-declared', 'html-removed', 'unsafe-url-removed', 'dynvar-unresolved', 'bidi-dropped', 'pagination-dropped',
  'anchor-dropped', 'anchor-moved', 'redirect-page', 'shortcode-in-code', 'footnote-missing', 'strike-produced', 'bold-identifier',
  'heading-suspicious', 'attachment-missing', 'page-failed',
]);

const MAX_EXAMPLES = 5;

export interface UnconvertedEntry {
  construct: string;
  ruleId: string;
  count: number;
  pages: number;
  examples: Array<{ pageId: number | null; pageName: string | null; line: number | null; excerpt: string }>;
}

/** Counts findings one at a time (in report order), so a streamed findings list can be tallied. */
export class UnconvertedTally {
  private readonly groups = new Map<string, { entry: UnconvertedEntry; pages: Set<number | null> }>();

  add(f: Finding): void {
    if (!LOSSY.has(f.ruleId)) return;
    const construct = constructAt(f);
    const key = `${construct}\u0000${f.ruleId}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { entry: { construct, ruleId: f.ruleId, count: 0, pages: 0, examples: [] }, pages: new Set() }));
    g.entry.count++;
    g.pages.add(f.pageId);
    if (g.entry.examples.length < MAX_EXAMPLES) g.entry.examples.push({ pageId: f.pageId, pageName: f.pageName, line: f.line, excerpt: f.excerpt ?? f.message });
  }

  entries(): UnconvertedEntry[] {
    return [...this.groups.values()]
      .map(({ entry, pages }) => ({ ...entry, pages: pages.size }))
      .sort((a, b) => b.count - a.count || (a.construct < b.construct ? -1 : a.construct > b.construct ? 1 : a.ruleId < b.ruleId ? -1 : 1));
  }
}

export function unconvertedEntries(findings: Iterable<Finding>): UnconvertedEntry[] {
  const tally = new UnconvertedTally();
  for (const f of findings) tally.add(f);
  return tally.entries();
}

/** The construct a finding is about, read from its excerpt at its column. */
export function constructAt(f: Finding): string {
  const at = f.excerpt !== undefined && f.column !== null ? f.excerpt.slice(f.column - 1) : '';
  const plugin = /^\{([A-Za-z][A-Za-z0-9_]*)/.exec(at);
  if (plugin) return `{${plugin[1].toUpperCase()}}`;
  const table: Array<[RegExp, string]> = [
    [/^~~/, 'colour ~~…~~'], [/^===/, 'underline ===…==='], [/^\^/, 'box ^…^'], [/^::/, 'centre ::…::'], [/^-=/, 'title bar -=…=-'],
    [/^!/, 'heading !'], [/^---/, 'rule ---'], [/^\|\|/, 'table ||…||'], [/^--/, 'strike --…--'], [/^__/, 'bold __…__'],
    [/^~tc~/, 'comment ~tc~'], [/^~pre~/, 'preformatted ~pre~'], [/^-\+/, 'monospace -+…+-'], [/^%%%/, 'line break %%%'], [/^%/, 'variable %…%'],
    [/^\[/, 'link […]'], [/^\(\(/, 'wiki link ((…))'], [/^\.\.\.page\.\.\./, 'page break ...page...'],
  ];
  for (const [re, name] of table) if (re.test(at)) return name;
  return f.ruleId;
}

export function unconvertedJson(entries: readonly UnconvertedEntry[]): string {
  return JSON.stringify(entries, null, 2) + '\n';
}

export function unconvertedMarkdown(entries: readonly UnconvertedEntry[]): string {
  const lines = ['# Constructs not converted exactly', ''];
  if (!entries.length) return [...lines, 'Every construct was converted exactly.', ''].join('\n');
  lines.push('| construct | rule | findings | pages |', '| --- | --- | --- | --- |');
  for (const e of entries) lines.push(`| ${cell(e.construct)} | \`${e.ruleId}\` | ${e.count} | ${e.pages} |`);
  for (const e of entries) {
    lines.push('', `## ${cell(e.construct)} — \`${e.ruleId}\` (${e.count})`, '');
    for (const x of e.examples) {
      const where = x.pageId === null ? 'site' : `page ${x.pageId} ${cell(x.pageName ?? '')}${x.line === null ? '' : `, line ${x.line}`}`;
      lines.push(`- ${where}: \`${x.excerpt.replace(/`/g, "'")}\``);
    }
  }
  return lines.join('\n') + '\n';
}

function cell(s: string): string {
  return s.replace(/([\\|*_[\]<>#`])/g, '\\$1');
}
