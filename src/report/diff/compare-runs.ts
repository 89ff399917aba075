// Compares two runs: their page trees (output/content/**.md) and, when found, their
// findings.json. Pages are matched by tiki_page_id (so a renamed page is one changed page),
// else by path. Front matter is compared field by field, bodies as unified diffs; findings
// are matched by (page, rule, message), so line shifts do not count as changes.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { compareFindings as compareFindingOrder, type Finding } from '../finding.js';
import { frontMatterFields, splitPage, type FieldValue } from '../review/page-parts.js';
import { unifiedDiff } from './line-diff.js';

export interface RunTree {
  /** The output folder (holding content/). */
  out: string;
  /** findings.json of the run, null when none was found. */
  findings: string | null;
}

export interface FieldChange {
  field: string;
  old: FieldValue | undefined;
  new: FieldValue | undefined;
}

export interface PageChange {
  status: 'added' | 'removed' | 'changed';
  pageId: number | null;
  title: string;
  oldPath: string | null;
  newPath: string | null;
  fields: FieldChange[];
  /** Unified diff of the markdown body, "" when only front matter changed. */
  diff: string;
}

export interface RunDiff {
  old: string;
  new: string;
  summary: { added: number; removed: number; changed: number; unchanged: number; findingsAppeared: number; findingsDisappeared: number };
  pages: PageChange[];
  findings: { appeared: Finding[]; disappeared: Finding[] };
}

/** OLD/NEW may be a run folder (output/ + reports/), an output folder, or its content/ folder. */
export function resolveRun(path: string, findingsOverride?: string): RunTree {
  let out = path;
  if (existsSync(join(path, 'output', 'content'))) out = join(path, 'output');
  else if (!existsSync(join(path, 'content')) && existsSync(path) && statSync(path).isDirectory() && path.replace(/[\\/]+$/, '').endsWith('content')) out = dirname(path);
  if (!existsSync(join(out, 'content'))) throw new Error(`${path}: not an output folder (no content/ inside)`);
  const candidates = [findingsOverride, join(path, 'reports', 'findings.json'), join(dirname(out), 'reports', 'findings.json')].filter((c): c is string => !!c);
  return { out, findings: candidates.find((c) => existsSync(c)) ?? null };
}

interface PageFile {
  path: string;
  pageId: number | null;
  title: string;
  fields: Map<string, FieldValue>;
  body: string;
}

function readPages(out: string): Map<string, PageFile> {
  const root = join(out, 'content');
  const pages = new Map<string, PageFile>();
  for (const file of listMarkdown(root)) {
    const path = relative(root, file).split(sep).join('/');
    const parts = splitPage(readFileSync(file, 'utf8'));
    const fields = frontMatterFields(parts);
    const id = fields.get('tiki_page_id');
    const pageId = typeof id === 'number' ? id : null;
    const title = typeof fields.get('title') === 'string' ? (fields.get('title') as string) : path;
    const key = pageId === null ? `path:${path}` : `id:${pageId}`;
    pages.set(pages.has(key) ? `path:${path}` : key, { path, pageId, title, fields, body: parts.body });
  }
  return pages;
}

function listMarkdown(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listMarkdown(full));
    else if (entry.name.endsWith('.md')) files.push(full);
  }
  return files;
}

export function compareRuns(oldRun: RunTree, newRun: RunTree): RunDiff {
  const before = readPages(oldRun.out);
  const after = readPages(newRun.out);
  const pages: PageChange[] = [];
  let unchanged = 0;
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    const ref = (b ?? a)!;
    const base = { pageId: ref.pageId, title: ref.title, oldPath: a?.path ?? null, newPath: b?.path ?? null };
    const fields = fieldChanges(a?.fields ?? new Map(), b?.fields ?? new Map());
    const diff = unifiedDiff(a?.body ?? '', b?.body ?? '', a ? `old/${a.path}` : '/dev/null', b ? `new/${b.path}` : '/dev/null');
    if (!a) pages.push({ status: 'added', ...base, fields, diff });
    else if (!b) pages.push({ status: 'removed', ...base, fields, diff });
    else if (fields.length || diff || a.path !== b.path) pages.push({ status: 'changed', ...base, fields, diff });
    else unchanged++;
  }
  const order = { removed: 0, added: 1, changed: 2 };
  pages.sort((x, y) => order[x.status] - order[y.status] || (x.newPath ?? x.oldPath)!.localeCompare((y.newPath ?? y.oldPath)!));
  const findings = compareFindings(readFindings(oldRun.findings), readFindings(newRun.findings));
  const count = (s: PageChange['status']) => pages.filter((p) => p.status === s).length;
  return {
    old: oldRun.out,
    new: newRun.out,
    summary: { added: count('added'), removed: count('removed'), changed: count('changed'), unchanged, findingsAppeared: findings.appeared.length, findingsDisappeared: findings.disappeared.length },
    pages,
    findings,
  };
}

function fieldChanges(a: Map<string, FieldValue>, b: Map<string, FieldValue>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(field);
    const y = b.get(field);
    if (JSON.stringify(x) !== JSON.stringify(y)) changes.push({ field, old: x, new: y });
  }
  return changes;
}

function readFindings(path: string | null): Finding[] {
  return path ? (JSON.parse(readFileSync(path, 'utf8')) as Finding[]) : [];
}

export function compareFindings(before: Finding[], after: Finding[]): RunDiff['findings'] {
  const key = (f: Finding) => JSON.stringify([f.pageId, f.ruleId, f.severity, f.message]);
  const pending = new Map<string, Finding[]>();
  for (const f of before) {
    const list = pending.get(key(f));
    if (list) list.push(f);
    else pending.set(key(f), [f]);
  }
  const appeared: Finding[] = [];
  for (const f of after) {
    const list = pending.get(key(f));
    if (list?.length) list.shift();
    else appeared.push(f);
  }
  return { appeared, disappeared: [...pending.values()].flat().sort(compareFindingOrder) };
}
