// Acceptance: the seed page converts to shared/fixtures/seed-page/expected.md with
// --strip-title-dates. Front matter equal as JSON values; bodies equal as markdown trees.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { buildPlan } from '../src/plan/build-plan.js';
import { planLinkTargets } from '../src/plan/link-targets.js';
import { convertPlannedPage } from '../src/pipeline.js';
import { comparableTree, splitJsonFrontMatter } from './helpers/markdown-tree.js';
import { seedSite } from './plan/site-fixture.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/seed-page/${name}`, import.meta.url), 'utf8');

describe('seed page', () => {
  const site = seedSite();
  site.pages[0] = { ...site.pages[0], data: fixture('page.tiki') };
  const config = parseConfig({ stripTitleDates: true }, 'test');
  const plan = buildPlan(site, { section: config.section, stripTitleDates: true });
  const converted = convertPlannedPage(plan.pages[0], planLinkTargets(plan, new Map()), config);
  const actual = splitJsonFrontMatter(converted.file);
  const expected = splitJsonFrontMatter(fixture('expected.md'));

  it('has the expected front matter, as JSON values', () => {
    expect(actual.frontMatter).toEqual(expected.frontMatter);
  });

  it('has the expected body, as markdown trees', () => {
    expect(comparableTree(actual.body)).toEqual(comparableTree(expected.body));
  });

  it('raises no warnings or errors', () => {
    expect(converted.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
