// One bad page never stops a run: a page whose conversion throws is written with its source in
// a fenced block, `migration_error: true` in front matter, and a page-failed finding.

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import type { LinkTargets } from '../src/normalize/link-targets.js';
import { buildPlan } from '../src/plan/build-plan.js';
import { convertPlannedPage } from '../src/pipeline.js';
import { splitJsonFrontMatter } from './helpers/markdown-tree.js';
import { makePage, makeSite } from './plan/site-fixture.js';

describe('a page whose conversion throws', () => {
  const source = '!Title\nSee ((Other)) and ```ticks``` here';
  const plan = buildPlan(makeSite([makePage(7, 'Broken', { data: source, created: 1600000000 })]), { section: 'pages', stripTitleDates: false });
  const throwing: LinkTargets = {
    knowsPages: true,
    resolve: () => {
      throw new Error('index exploded');
    },
  };
  const result = convertPlannedPage(plan.pages[0], throwing, parseConfig({}, 'test'));

  it('is reported as page-failed, with the reason', () => {
    expect(result.failed).toBe(true);
    expect(result.findings).toEqual([
      expect.objectContaining({ ruleId: 'page-failed', severity: 'error', pageId: 7, pageName: 'Broken', message: expect.stringContaining('index exploded') }),
    ]);
  });

  it('is written with migration_error and its whole source in a fence longer than any backtick run', () => {
    const { frontMatter, body } = splitJsonFrontMatter(result.file);
    expect(frontMatter).toMatchObject({ title: 'Broken', tiki_page_id: 7, migration_error: true });
    expect(body).toContain('````tiki\n' + source + '\n````\n');
  });
});
