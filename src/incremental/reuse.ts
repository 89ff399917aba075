// Incremental runs: which pages of the previous run (its manifest) can be taken as they are.
// A page is reused when the previous run was made by the same tool with the same output-shaping
// config, the plan decided the same for it (pageHash: body, name, slug, URL, aliases, taxonomy,
// dates), every lookup its conversion made gets the same answer now (a linked page renamed,
// created or deleted, an included page edited, a target's headings changed, an attachment gone:
// each changes an answer), it did not fail, and its file on disk still has the recorded hash.
// Anything else converts again, so an incremental run writes what a full run writes.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { LinkTargets } from '../normalize/link-targets.js';
import { planResources } from '../plan/page-resources.js';
import type { Page } from '../load/site-model.js';
import { normalizeSection } from '../plan/build-plan.js';
import type { Plan, PlannedPage } from '../plan/plan-types.js';
import { toolVersion } from '../version.js';
import { dependenciesHold } from './dependencies.js';
import type { RecordedPage } from './convert-recorded.js';
import { configHash, PreviousRun, pageHash, sha256, type ManifestHeader } from './manifest.js';

export interface IncrementalStats {
  /** Pages taken from the previous run as they were. */
  reused: number;
  /** Pages converted in this run (counted by finish()), and their ids, ascending. */
  converted: number;
  convertedIds: number[];
  /** Why no page could be reused, when none could: "--force", "no run manifest in the output folder", "the configuration changed", … */
  fullRunBecause: string | null;
}

export class Incremental {
  readonly header: ManifestHeader;
  private readonly previous: PreviousRun | null;
  /** Per page id: the hash of its body, computed once (heading pass, reuse checks and the manifest need it). */
  private readonly sources = new Map<number, string>();
  /** Per page id: its pageHash, once the plan is known (planned()). */
  private readonly pageHashes = new Map<number, string>();
  private plan: Plan | null = null;
  readonly stats: IncrementalStats = { reused: 0, converted: 0, convertedIds: [], fullRunBecause: null };

  /** Made from the loaded pages, before the plan, so the heading pass can start beside planning. */
  constructor(
    private readonly config: Config,
    private readonly pages: readonly Page[],
  ) {
    this.header = { format: 'tiki2md-run-manifest', version: 1, tool: toolVersion(), configHash: configHash(config), section: normalizeSection(config.section), pages: pages.length };
    for (const page of pages) this.sources.set(page.id, sha256(page.data));
    const previous = config.force ? null : PreviousRun.read(config.out);
    this.stats.fullRunBecause = config.force ? '--force' : previous === null ? 'no run manifest in the output folder' : this.mismatch(previous.header);
    this.previous = this.stats.fullRunBecause === null ? previous : null;
  }

  /** No page of a previous run can be reused (fullRunBecause says why). */
  get fullRun(): boolean {
    return this.stats.fullRunBecause !== null;
  }

  /** Takes the plan: each page's pageHash (what the plan decided for it) is computed here. */
  planned(plan: Plan): void {
    this.plan = plan;
    for (const planned of plan.pages) this.pageHashes.set(planned.page.id, pageHash(planned, this.sourceHash(planned.page.id)));
  }

  private mismatch(h: ManifestHeader): string | null {
    if (h.tool !== this.header.tool) return `the previous run was made by tiki2md ${h.tool}`;
    if (h.configHash !== this.header.configHash || h.section !== this.header.section) return 'the configuration changed';
    return null;
  }

  /** Counts a page handed to the writer. */
  count(pageId: number, reused: boolean): void {
    if (reused) this.stats.reused++;
    else this.stats.convertedIds.push(pageId);
  }

  /** The stats, ids sorted (pages finish in any order). */
  finish(): IncrementalStats {
    this.stats.convertedIds.sort((a, b) => a - b);
    this.stats.converted = this.stats.convertedIds.length;
    return this.stats;
  }

  /** The redirect maps the previous run recorded, when its pages may be reused at all. */
  previousRedirects(): ManifestHeader['redirects'] {
    return this.previous?.header.redirects;
  }

  sourceHash(pageId: number): string {
    return this.sources.get(pageId) ?? '';
  }

  pageHash(pageId: number): string {
    return this.pageHashes.get(pageId) ?? '';
  }

  /** Heading-id maps of the previous run for pages whose body is unchanged (the heading pass skips them). */
  knownAnchors(): Map<number, [string, string][] | null> {
    const known = new Map<number, [string, string][] | null>();
    if (!this.previous) return known;
    for (const page of this.pages) {
      const entry = this.previous.page(page.id);
      if (entry && entry.sourceHash === this.sourceHash(page.id)) known.set(page.id, entry.anchors);
    }
    return known;
  }

  /** The previous run's result for this page, or null when it must be converted. */
  async reuse(planned: PlannedPage, links: LinkTargets): Promise<RecordedPage | null> {
    const entry = this.previous?.page(planned.page.id);
    if (!entry || entry.failed || entry.pageHash !== this.pageHash(planned.page.id)) return null;
    if (this.plan === null || entry.path !== pagePath(this.plan, planned)) return null;
    if (!dependenciesHold(entry.dependencies, links, planResources(this.plan, planned))) return null;
    const kept = join(this.config.out, entry.path);
    const file = await readFile(kept, 'utf8').catch(() => null);
    if (file === null || sha256(file) !== entry.outputHash) return null;
    return { file, findings: entry.findings, failed: false, dependencies: entry.dependencies, kept };
  }
}

/** Where a page's file goes, relative to the output folder. */
export function pagePath(plan: Plan, planned: PlannedPage): string {
  return `content/${plan.section}/${planned.slug}.md`;
}
