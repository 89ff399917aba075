// The run manifest: output/.tiki2md/manifest.ndjson, written with the rest of the output (same
// staged, atomic commit). Line 1 is the header; then one line per page in page_id order:
//
//   {"format":"tiki2md-run-manifest","version":1,"tool":"0.1.0+…","configHash":"…","section":"pages","pages":73,
//    "redirects":{"recordsHash":"…","files":[["README.md","…"],…]}}
//   {"id":1,"name":"HomePage","path":"content/pages/homepage.md","sourceHash":"…","pageHash":"…",
//    "outputHash":"…","failed":false,"anchors":[["Intro","intro"]],"dependencies":[["link","Sunlight","…"]],
//    "findings":[…]}
//
// sourceHash is the page body's; pageHash covers everything the plan decided for the page (name,
// slug, URL, aliases, taxonomy, dates, body); dependencies are the lookups its conversion made
// (dependencies.ts); anchors are its heading-id map from the heading pass. A later run reuses a
// page when tool, config, pageHash and every dependency answer are unchanged and the file on disk
// still has outputHash. No timestamps: the same run writes the same manifest.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { PlannedPage } from '../plan/plan-types.js';
import type { Finding } from '../report/finding.js';
import type { Dependency } from './dependencies.js';
import type { RedirectMapsRecord } from './redirect-maps.js';

export const MANIFEST_DIR = '.tiki2md';
export const MANIFEST_PATH = `${MANIFEST_DIR}/manifest.ndjson`;
export const MANIFEST_VERSION = 1;

export interface ManifestHeader {
  format: 'tiki2md-run-manifest';
  version: typeof MANIFEST_VERSION;
  tool: string;
  configHash: string;
  section: string;
  pages: number;
  /** The redirect maps written (redirect-maps.ts). */
  redirects?: RedirectMapsRecord;
}

export interface ManifestPage {
  id: number;
  name: string;
  /** The page file, relative to the output folder, "/"-separated. */
  path: string;
  sourceHash: string;
  pageHash: string;
  outputHash: string;
  /** Written with the fallback (page-failed): never reused. */
  failed: boolean;
  /** Tiki heading id → Hugo heading id pairs from the heading pass; null for HTML pages or an unparsable body. */
  anchors: [string, string][] | null;
  dependencies: Dependency[];
  findings: Finding[];
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Options that cannot change a page's bytes (where files are, how many threads, what is reported). */
const outsideTheOutput = new Set<keyof Config>(['input', 'out', 'reports', 'jobs', 'failOn', 'review', 'dryRun', 'filesDir', 'force']);

export function configHash(config: Config): string {
  const kept = Object.entries(config).filter(([key]) => !outsideTheOutput.has(key as keyof Config));
  return sha256(JSON.stringify(kept.sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** Everything the plan decided for a page, the body standing in by its hash. */
export function pageHash(planned: PlannedPage, sourceHash: string): string {
  return sha256(JSON.stringify({ ...planned, page: { ...planned.page, data: sourceHash } }));
}

/** A previous run's manifest: the header and each page's line, parsed when asked for. */
export class PreviousRun {
  private constructor(
    readonly header: ManifestHeader,
    private readonly lines: Map<number, string>,
  ) {}

  /** The manifest under `out`, or null when there is none or it cannot be read as one (the run is then a full one). */
  static read(out: string): PreviousRun | null {
    let text: string;
    try {
      text = readFileSync(join(out, MANIFEST_PATH), 'utf8');
    } catch {
      return null;
    }
    const lines = text.split('\n');
    let header: ManifestHeader;
    try {
      header = JSON.parse(lines[0]) as ManifestHeader;
    } catch {
      return null;
    }
    if (header.format !== 'tiki2md-run-manifest' || header.version !== MANIFEST_VERSION) return null;
    const pages = new Map<number, string>();
    for (let i = 1; i < lines.length; i++) {
      const id = /^\{"id":(\d+),/.exec(lines[i]);
      if (id) pages.set(Number(id[1]), lines[i]);
    }
    return new PreviousRun(header, pages);
  }

  page(id: number): ManifestPage | null {
    const line = this.lines.get(id);
    if (line === undefined) return null;
    try {
      const page = JSON.parse(line) as ManifestPage;
      return Array.isArray(page.dependencies) && Array.isArray(page.findings) && typeof page.outputHash === 'string' ? page : null;
    } catch {
      return null;
    }
  }

  ids(): IterableIterator<number> {
    return this.lines.keys();
  }
}

/** The manifest's lines: header first, pages in page_id order. */
export function* manifestLines(header: ManifestHeader, pages: Iterable<string>): Generator<string> {
  yield JSON.stringify(header) + '\n';
  for (const line of pages) yield line + '\n';
}

export function pageLine(page: ManifestPage): string {
  return JSON.stringify(page);
}
