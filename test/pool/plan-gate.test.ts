// Pages converted before the plan is final wait in a scratch file and are written with their final
// plan entry (the one with the aliases), in the order they came; pages after that are written at
// once; a gate closed by a failed run writes nothing more.

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageOutcome } from '../../src/pool/convert-pages.js';
import { PlanGate } from '../../src/pool/plan-gate.js';
import type { Plan, PlannedPage } from '../../src/plan/plan-types.js';

const entry = (id: number, aliases: string[]) => ({ page: { id }, aliases }) as unknown as PlannedPage;
const plan = (entries: PlannedPage[]) => ({ byId: new Map(entries.map((p) => [p.page.id, p])) }) as unknown as Plan;
const converted = (body: string): PageOutcome => ({
  converted: { body, failed: false, findings: [{ ruleId: 'r', severity: 'info', pageId: 1, pageName: 'Ä', line: 1, column: null, message: 'm' }], dependencies: [['link', 'Name', 'hash']] },
});

describe('PlanGate', () => {
  it('writes the pages that came before the final plan with their final entries, in the order they came, then the rest at once', async () => {
    const scratch = join(mkdtempSync(join(tmpdir(), 'tiki2md-gate-')), 'waiting');
    const written: Array<[number, string[], PageOutcome]> = [];
    const gate = new PlanGate(async (planned, outcome) => {
      written.push([planned.page.id, planned.aliases, outcome]);
    }, scratch);
    const bodies = ['plain', 'Ünïcödé — 𝄞 and a lone \ud800 surrogate', ''];
    await gate.sink(entry(3, []), converted(bodies[0]));
    await gate.sink(entry(1, []), converted(bodies[1]));
    await gate.sink(entry(2, []), { reused: { file: 'kept file', findings: [], failed: false, dependencies: [], kept: '/old/path.md' } });
    expect(written).toEqual([]);
    expect(gate.pending).toBe(3);
    expect(existsSync(scratch)).toBe(true);

    await gate.settle(plan([entry(1, ['/One']), entry(2, ['/Two']), entry(3, ['/Three']), entry(4, ['/Four'])]));
    expect(written.map(([id, aliases]) => [id, aliases])).toEqual([
      [3, ['/Three']],
      [1, ['/One']],
      [2, ['/Two']],
    ]);
    expect(written[0][2]).toEqual(converted(bodies[0]));
    expect(written[1][2]).toEqual(converted(bodies[1]));
    expect(written[2][2]).toEqual({ reused: { file: 'kept file', findings: [], failed: false, dependencies: [], kept: '/old/path.md' } });
    expect(gate.pending).toBe(0);

    await gate.sink(entry(4, []), converted(bodies[2]));
    expect(written.at(-1)?.slice(0, 2)).toEqual([4, ['/Four']]);
    expect(written).toHaveLength(4);
  });

  it('a page missing from the final plan is an error, not a page written without its entry', async () => {
    const gate = new PlanGate(async () => undefined, join(mkdtempSync(join(tmpdir(), 'tiki2md-gate-')), 'waiting'));
    await gate.sink(entry(9, []), converted('x'));
    await expect(gate.settle(plan([entry(1, [])]))).rejects.toThrow('page 9 is not in the final plan');
  });

  it('once closed (the run failed), takes no page and writes none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiki2md-gate-'));
    let writes = 0;
    const gate = new PlanGate(async () => {
      writes++;
    }, join(dir, 'waiting'));
    await gate.sink(entry(1, []), converted('x'));
    gate.close();
    await gate.sink(entry(2, []), converted('y'));
    expect(gate.pending).toBe(0);
    await gate.settle(plan([entry(1, []), entry(2, [])]));
    await gate.sink(entry(3, []), converted('z'));
    expect(writes).toBe(0);
  });
});
