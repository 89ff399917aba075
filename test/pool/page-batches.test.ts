// Pages go to the pool a few at a time (page-batches.ts): a batch is sent when full by count or
// by bytes, or on flush; each page gets its own result; a batch that fails is done again page by
// page, in order, so only the page at fault fails.

import { describe, expect, it } from 'vitest';
import type { RecordedBody } from '../../src/incremental/convert-recorded.js';
import type { PlannedPage } from '../../src/plan/plan-types.js';
import { PageBatches } from '../../src/pool/page-batches.js';

const page = (id: number, size = 10) => ({ page: { id, data: 'x'.repeat(size) } }) as unknown as PlannedPage;
const body = (id: number, how: string) => ({ body: `${how} ${id}` }) as unknown as RecordedBody;

function batches(failing: (ids: number[]) => boolean) {
  const sent: number[][] = [];
  const alone: number[] = [];
  const b = new PageBatches(
    async (pages) => {
      const ids = pages.map((p) => p.page.id);
      sent.push(ids);
      return failing(ids) ? null : ids.map((id) => body(id, 'batch'));
    },
    async (p) => {
      alone.push(p.page.id);
      return body(p.page.id, p.page.id === 13 ? 'failed' : 'alone');
    },
    (p) => p.page.data.length,
    3,
    100,
  );
  return { b, sent, alone };
}

describe('PageBatches', () => {
  it('sends a batch when it holds maxPages pages or maxBytes, and the rest on flush', async () => {
    const { b, sent } = batches(() => false);
    const results = [b.convert(page(1)), b.convert(page(2)), b.convert(page(3)), b.convert(page(4, 85))];
    expect(sent).toEqual([[1, 2, 3]]);
    results.push(b.convert(page(5, 15)));
    expect(sent).toEqual([[1, 2, 3], [4, 5]]);
    results.push(b.convert(page(6)));
    b.flush();
    expect(sent).toEqual([[1, 2, 3], [4, 5], [6]]);
    expect((await Promise.all(results)).map((r) => r.body)).toEqual([1, 2, 3, 4, 5, 6].map((id) => `batch ${id}`));
  });

  it('a failed batch is done page by page, in order; other batches are not', async () => {
    const { b, sent, alone } = batches((ids) => ids.includes(13));
    const ids = [11, 12, 13, 14, 15, 16];
    const results = ids.map((id) => b.convert(page(id)));
    b.flush();
    expect((await Promise.all(results)).map((r) => r.body)).toEqual(['alone 11', 'alone 12', 'failed 13', 'batch 14', 'batch 15', 'batch 16']);
    expect(sent).toEqual([[11, 12, 13], [14, 15, 16]]);
    expect(alone).toEqual([11, 12, 13]);
  });

  it('flush with nothing waiting sends nothing', () => {
    const { b, sent } = batches(() => false);
    b.flush();
    expect(sent).toEqual([]);
  });
});
