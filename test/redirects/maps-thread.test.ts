// The redirect-map thread plans the legacy URLs from plain data (the pages without their bodies,
// which it reads from the body store) and must decide exactly what buildPlan decides in one
// thread: the same aliases and findings, the same maps. A failure on the thread reaches both of
// its answers. Runs the built thread (dist/) over the embedded sample.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { StagedTree } from '../../src/emit/write-tree.js';
import { legacyJob, MapsThread } from '../../src/incremental/maps-thread.js';
import { writeRedirectMaps } from '../../src/incremental/redirect-maps.js';
import { InputError } from '../../src/load/input-error.js';
import { loadSqlDump } from '../../src/load/load-sql-dump.js';
import { buildPlan, finishPlan, planUrls, type PlanOptions } from '../../src/plan/build-plan.js';
import { spillBodies } from '../../src/pool/body-store.js';
import { legacyOptions } from '../../src/redirects/index.js';
import { sampleDump } from '../helpers/sample.js';

const options: PlanOptions = { ...legacyOptions(parseConfig({ homePage: 'Vitamin D' }, 'test')), section: 'pages', stripTitleDates: true };
const settings = { redirectStatus: 301 as const, goneStatus: 410 as const, siteUrl: 'https://example.org' };

describe('MapsThread', () => {
  it('answers with the aliases and findings buildPlan makes in one thread, then stages the same maps', async () => {
    const site = await loadSqlDump(sampleDump);
    const dir = mkdtempSync(join(tmpdir(), 'tiki2md-maps-thread-'));
    const inThread = buildPlan(site, options);
    const { index, reader } = spillBodies(site.pages, join(dir, 'bodies'));
    try {
      const head = planUrls(site, options);
      const thread = new MapsThread({ outDir: join(dir, 'thread'), legacy: legacyJob(site, head, options, index), settings, previous: undefined }, sampleDump);
      const plan = finishPlan(site, head, options, await thread.legacy);
      expect(plan.pages.map((p) => p.aliases)).toEqual(inThread.pages.map((p) => p.aliases));
      expect(plan.pages.flatMap((p) => p.aliases).length).toBeGreaterThan(50);
      expect(plan.findings).toEqual(inThread.findings);

      const staged = new StagedTree(join(dir, 'here'));
      await staged.begin();
      expect(await thread.done).toEqual(await writeRedirectMaps(staged, join(dir, 'here'), inThread, settings, undefined));
    } finally {
      reader.close();
    }
  });

  it('a failure on the thread rejects both of its answers with the reason', async () => {
    const site = await loadSqlDump(sampleDump);
    const dir = mkdtempSync(join(tmpdir(), 'tiki2md-maps-thread-'));
    const head = planUrls(site, options);
    // The body store it is pointed at does not exist: reading the first body fails.
    const job = legacyJob(site, head, options, { path: join(dir, 'no-such-bodies'), spans: new Map(site.pages.map((p) => [p.id, [0, 1]])) });
    const thread = new MapsThread({ outDir: join(dir, 'thread'), legacy: job, settings, previous: undefined }, sampleDump);
    await expect(thread.legacy).rejects.toThrow(/no-such-bodies/);
    await expect(thread.done).rejects.toThrow(/no-such-bodies/);
  });

  it('out of heap, fails with what to do about it (an input error: one line, no stack trace)', async () => {
    const site = await loadSqlDump(sampleDump);
    const dir = mkdtempSync(join(tmpdir(), 'tiki2md-maps-thread-'));
    const { index, reader } = spillBodies(site.pages, join(dir, 'bodies'));
    try {
      const thread = new MapsThread({ outDir: join(dir, 'thread'), legacy: legacyJob(site, planUrls(site, options), options, index), settings, previous: undefined }, sampleDump, 2);
      // Out of heap while planning or while writing the maps, whichever comes first.
      const error = await thread.done.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(/legacy URLs of 73 pages .* ran out of the 2 MB heap .* NODE_OPTIONS=--max-old-space-size=8192/);
    } finally {
      reader.close();
    }
  });
});
