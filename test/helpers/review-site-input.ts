// A large, deterministic input for writeReviewSite without running the converter (which takes
// minutes at 10k pages): N pages with a few lines of Tiki source each, the matching page files
// under <out>/content/pages/ (JSON front matter, a table, links to other pages) and findings on
// some pages. Same count → same files, names and findings.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Severity } from '../../src/report/finding.js';
import type { ReviewSource } from '../../src/report/review/write-review.js';

export interface ReviewSiteInput {
  pages: ReviewSource[];
  findings: Finding[];
  /** Page ids per rule id, to check what a rule filter must show. */
  pagesByRule: Map<string, Set<number>>;
}

const TOPICS = ['Vitamin D', 'Omega-3', 'Sunlight', 'Bone Density', 'Influenza', 'Magnesium', 'Vitamin K2', 'Pregnancy'];
const KINDS = ['Trial', 'Overview', 'Dosage', 'Study', 'Review', 'Chart'];
/** Rules with the severity they are raised at, and every how-many pages. */
const RULES: Array<[rule: string, severity: Severity, every: number]> = [
  ['style-dropped', 'info', 3],
  ['link-broken', 'warning', 7],
  ['table-ragged', 'warning', 11],
  ['plugin-unknown', 'error', 97],
  ['heading-id-duplicate', 'info', 13],
];

/** The name of page `id` (1-based): unique, and "<kind> <id>" occurs in no other name. */
export function pageName(id: number): string {
  return `${TOPICS[id % TOPICS.length]} ${KINDS[(id * 7) % KINDS.length]} ${id}`;
}

export function slugOf(id: number): string {
  return pageName(id).toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function writeReviewSiteInput(count: number, outDir: string, section = 'pages'): ReviewSiteInput {
  const folder = join(outDir, 'content', section);
  mkdirSync(folder, { recursive: true });
  const pages: ReviewSource[] = [];
  const findings: Finding[] = [];
  const pagesByRule = new Map<string, Set<number>>(RULES.map(([rule]) => [rule, new Set()]));
  for (let id = 1; id <= count; id++) {
    const name = pageName(id);
    const slug = slugOf(id);
    const other = (id * 31) % count + 1;
    const source = [
      `!! About ${name}`,
      `See ((${pageName(other)})) and ((Missing Page ${id})) for more.`,
      '|| dose | effect',
      `${id % 50} IU | ${TOPICS[(id + 3) % TOPICS.length]} levels ||`,
      `__${KINDS[id % KINDS.length]}__ notes on ${name}.`,
    ].join('\n');
    const markdown = [
      `## About ${name}`,
      '',
      `See [${pageName(other)}](/${section}/${slugOf(other)}/) and Missing Page ${id} for more.`,
      '',
      '| dose | effect |',
      '| - | - |',
      `| ${id % 50} IU | ${TOPICS[(id + 3) % TOPICS.length]} levels |`,
      '',
      // Every ninth page loses its last words, so fidelity varies.
      id % 9 ? `**${KINDS[id % KINDS.length]}** notes on ${name}.` : `**${KINDS[id % KINDS.length]}** notes.`,
      '',
    ].join('\n');
    const frontMatter = JSON.stringify({ title: name, slug, aliases: [`/${name.replace(/ /g, '+')}`], tiki_page_id: id }, null, 4);
    writeFileSync(join(folder, `${slug}.md`), `${frontMatter}\n\n${markdown}`);
    pages.push({ slug, page: { id, name, data: source } });
    for (const [rule, severity, every] of RULES) {
      if (id % every !== 0) continue;
      pagesByRule.get(rule)!.add(id);
      const line = 1 + (id % 5);
      findings.push({ ruleId: rule, severity, pageId: id, pageName: name, line, column: 1, message: `${rule} on line ${line} of ${name}` });
    }
  }
  return { pages, findings, pagesByRule };
}
