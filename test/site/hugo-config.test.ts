// The generated hugo.toml follows the raw-HTML policy: Goldmark renders raw HTML only when the
// converter was allowed to write it (`--raw-html unsafe`).

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StagedTree } from '../../src/emit/write-tree.js';
import { writeHugoSite } from '../../src/site/hugo-site.js';

async function hugoToml(rawHtml: 'safe' | 'unsafe'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-site-'));
  const out = new StagedTree(dir);
  await out.begin();
  await writeHugoSite(out, { rawHtml });
  await out.commit();
  return readFileSync(join(dir, 'hugo.toml'), 'utf8');
}

describe('generated hugo.toml', () => {
  it('keeps raw HTML off under the safe policy', async () => expect(await hugoToml('safe')).toMatch(/^unsafe = false$/m));
  it('turns raw HTML on under the unsafe policy', async () => expect(await hugoToml('unsafe')).toMatch(/^unsafe = true$/m));
});
