// Markdown reports for people: broken links and duplicates grouped by page, and a summary of
// counts per rule. Renderings of the findings list, nothing more.

import type { Finding } from './finding.js';
import { duplicateRules, linkRules } from './groups.js';

export interface RunStats {
  pages: number;
  converted: number;
  failed: number;
  input: string;
}

export function brokenLinksMarkdown(findings: readonly Finding[]): string {
  return groupedByPage('Broken and ambiguous links', findings.filter((f) => linkRules.has(f.ruleId)), 'No broken or ambiguous links.');
}

export function duplicatesMarkdown(findings: readonly Finding[]): string {
  return groupedByPage('Duplicates: slugs, names, ids, legacy URLs, heading ids', findings.filter((f) => duplicateRules.has(f.ruleId)), 'No duplicates.');
}

/** Counts per rule and severity, one finding at a time (a streamed findings list can be tallied). */
export class FindingTally {
  readonly rules = new Map<string, { severity: string; count: number; pages: Set<number | null> }>();
  readonly severities = new Map<string, number>();
  total = 0;

  add(f: Finding): void {
    const c = this.rules.get(f.ruleId) ?? { severity: f.severity, count: 0, pages: new Set() };
    c.count++;
    c.pages.add(f.pageId);
    this.rules.set(f.ruleId, c);
    this.severities.set(f.severity, (this.severities.get(f.severity) ?? 0) + 1);
    this.total++;
  }

  count(severity: string): number {
    return this.severities.get(severity) ?? 0;
  }
}

export function summaryMarkdown(findings: readonly Finding[], stats: RunStats): string {
  const tally = new FindingTally();
  for (const f of findings) tally.add(f);
  return summaryFromTally(tally, stats);
}

export function summaryFromTally(tally: FindingTally, stats: RunStats): string {
  const rows = [...tally.rules.entries()]
    .sort(([a, x], [b, y]) => severityRank(x.severity) - severityRank(y.severity) || y.count - x.count || (a < b ? -1 : 1))
    .map(([rule, c]) => `| \`${rule}\` | ${c.severity} | ${c.count} | ${c.pages.size} |`);
  return [
    '# tiki2md run summary',
    '',
    `- Input: \`${stats.input}\``,
    `- Pages: ${stats.pages} (converted ${stats.converted}, written with a fallback ${stats.failed})`,
    `- Findings: ${tally.total} (errors ${tally.count('error')}, warnings ${tally.count('warning')}, info ${tally.count('info')})`,
    '',
    '| rule | severity | findings | pages |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function groupedByPage(title: string, findings: readonly Finding[], none: string): string {
  const lines = [`# ${title}`, ''];
  if (!findings.length) return [...lines, none, ''].join('\n');
  let current: string | null = null;
  for (const f of findings) {
    const heading = f.pageId === null ? 'Site' : `Page ${f.pageId}: ${f.pageName ?? ''}`;
    if (heading !== current) {
      lines.push('', `## ${escapeMd(heading)}`, '');
      current = heading;
    }
    const where = f.line === null ? '' : ` line ${f.line}${f.column === null ? '' : `:${f.column}`}`;
    lines.push(`- **${f.ruleId}**${where}: ${escapeMd(f.message)}`);
    if (f.excerpt) lines.push(`  \`${f.excerpt.replace(/`/g, "'")}\``);
  }
  return lines.join('\n').replace(/^\n+/, '') + '\n';
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function severityRank(s: string): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}
