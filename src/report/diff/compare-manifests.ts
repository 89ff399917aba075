// `tiki2md diff` over two run manifests (output/.tiki2md/manifest.ndjson, see
// src/incremental/manifest.ts): what changed between two runs without their output trees.
// Pages are matched by page id; a page changed when its file's hash or path differs. A manifest
// holds hashes, not text, so a change is shown as field changes (name, path, which inputs
// changed: source, plan decisions, lookups) rather than a unified diff. Findings are compared as
// for trees (by page, rule, severity and message).

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_PATH, type ManifestPage } from '../../incremental/manifest.js';
import type { Finding } from '../finding.js';
import { compareFindings, type FieldChange, type PageChange, type RunDiff } from './compare-runs.js';

/** The manifest a diff argument names: the file itself, or the one in an output folder or run folder. */
export function manifestOf(path: string): string | null {
  if (existsSync(path) && statSync(path).isFile()) return path;
  for (const candidate of [join(path, MANIFEST_PATH), join(path, 'output', MANIFEST_PATH)]) if (existsSync(candidate)) return candidate;
  return null;
}

/** True when a diff argument is a manifest file (the diff is then made over manifests). */
export function isManifestFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function readManifest(path: string): Map<number, ManifestPage> {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n');
  let format: unknown;
  try {
    format = (JSON.parse(header) as { format?: unknown }).format;
  } catch {
    format = null;
  }
  if (format !== 'tiki2md-run-manifest') throw new Error(`${path}: not a tiki2md run manifest (its first line is not a manifest header)`);
  const pages = new Map<number, ManifestPage>();
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    try {
      const page = JSON.parse(line) as ManifestPage;
      pages.set(page.id, page);
    } catch {
      throw new Error(`${path}:${i + 2}: not a JSON page record`);
    }
  }
  return pages;
}

export function compareManifests(oldPath: string, newPath: string): RunDiff {
  const before = readManifest(oldPath);
  const after = readManifest(newPath);
  const pages: PageChange[] = [];
  let unchanged = 0;
  for (const id of [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b)) {
    const a = before.get(id);
    const b = after.get(id);
    const ref = (b ?? a)!;
    const base = { pageId: id, title: ref.name, oldPath: a?.path ?? null, newPath: b?.path ?? null, diff: '' };
    if (!a) pages.push({ status: 'added', ...base, fields: [] });
    else if (!b) pages.push({ status: 'removed', ...base, fields: [] });
    else if (a.outputHash !== b.outputHash || a.path !== b.path) pages.push({ status: 'changed', ...base, fields: fieldChanges(a, b) });
    else unchanged++;
  }
  const order = { removed: 0, added: 1, changed: 2 };
  pages.sort((x, y) => order[x.status] - order[y.status] || (x.newPath ?? x.oldPath)!.localeCompare((y.newPath ?? y.oldPath)!));
  const findings = compareFindings(allFindings(before), allFindings(after));
  const count = (s: PageChange['status']) => pages.filter((p) => p.status === s).length;
  return {
    old: oldPath,
    new: newPath,
    summary: { added: count('added'), removed: count('removed'), changed: count('changed'), unchanged, findingsAppeared: findings.appeared.length, findingsDisappeared: findings.disappeared.length },
    pages,
    findings,
  };
}

/** Name and path as they were and are; the inputs that changed as short hashes. */
function fieldChanges(a: ManifestPage, b: ManifestPage): FieldChange[] {
  const changes: FieldChange[] = [];
  if (a.name !== b.name) changes.push({ field: 'name', old: a.name, new: b.name });
  if (a.path !== b.path) changes.push({ field: 'path', old: a.path, new: b.path });
  const short = (hash: string) => hash.slice(0, 12);
  if (a.sourceHash !== b.sourceHash) changes.push({ field: 'source (hash)', old: short(a.sourceHash), new: short(b.sourceHash) });
  else if (a.pageHash !== b.pageHash) changes.push({ field: 'plan: title, slug, aliases, taxonomy or dates (hash)', old: short(a.pageHash), new: short(b.pageHash) });
  const lookups = (p: ManifestPage) => new Map(p.dependencies.map(([kind, key, hash]) => [`${kind} ${JSON.stringify(key.replace('\0', '/'))}`, hash]));
  const x = lookups(a);
  const y = lookups(b);
  const changed = [...new Set([...x.keys(), ...y.keys()])].filter((k) => x.get(k) !== y.get(k)).sort();
  if (changed.length) changes.push({ field: 'lookups answered differently', old: null, new: changed });
  changes.push({ field: 'output (hash)', old: short(a.outputHash), new: short(b.outputHash) });
  return changes;
}

function allFindings(pages: Map<number, ManifestPage>): Finding[] {
  const out: Finding[] = [];
  for (const page of pages.values()) for (const f of page.findings) out.push(f);
  return out;
}
