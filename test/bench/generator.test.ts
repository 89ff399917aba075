// The synthetic site generator (npm run gen): the same seed gives the same bytes, a real-format
// dump the loader reads (every page, categories, tags, attachments with their blobs), and the
// realistic mix the benchmark relies on.

import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../scripts/gen/main.js';
import { loadInput } from '../../src/load/open-input.js';

describe('npm run gen', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-gen-'));
  const a = generateSite(300, 5, join(dir, 'a.sql'));
  const b = generateSite(300, 5, join(dir, 'b.sql'));
  const { site } = await loadInput(a.path);

  it('is deterministic by seed', () => {
    expect(readFileSync(a.path).equals(readFileSync(b.path))).toBe(true);
    expect(readFileSync(generateSite(300, 6, join(dir, 'c.sql')).path).equals(readFileSync(a.path))).toBe(false);
  });

  it('writes a dump the loader reads whole', () => {
    expect(site.pages).toHaveLength(300);
    expect(site.pageCategories.size).toBeGreaterThan(100);
    expect(site.pageFreetags.size).toBeGreaterThan(100);
    expect(site.attachments.some((att) => att.data !== null && att.data.length > 100)).toBe(true);
    expect(site.issues.some((i) => i.ruleId === 'orphan-row')).toBe(true);
  });

  it('mixes page sizes from 200 B to 200 KB and the common constructs', () => {
    const sizes = site.pages.map((p) => Buffer.byteLength(p.data));
    expect(Math.min(...sizes)).toBeLessThan(1000);
    expect(Math.max(...sizes)).toBeGreaterThan(150_000);
    const all = site.pages.map((p) => p.data).join('\n');
    for (const construct of ['{maketoc}', '((', '|#', '__', "''", '{CODE(', '{img', '||', '{REMARKSBOX(', '~np~', '{include page=', '\n*', '\n#', '\n!!']) {
      expect(all, construct).toContain(construct);
    }
  });
});
