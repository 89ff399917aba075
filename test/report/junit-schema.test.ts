// reports/junit.xml and docs/findings.schema.json: the sample's findings.json validates against
// the documented schema (and a malformed finding does not); junit.xml has one test case per
// page, failures exactly for pages with error findings, and survives hostile text.

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/report/finding.js';
import { JunitTally, junitXml, junitXmlChunks } from '../../src/report/junit.js';
import { findingsJson } from '../../src/report/render-json.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(join(repoRoot, 'docs', 'findings.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const finding = (over: Partial<Finding>): Finding => ({ ruleId: 'link-broken', severity: 'warning', pageId: 1, pageName: 'A', line: 3, column: 2, message: 'm', ...over });

describe('findings.json schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-schema-'));
  const run = runCli(['convert', '--input', 'input', '--out', join(dir, 'output'), '--reports', join(dir, 'reports'), '--jobs', '2']);

  it("validates the sample run's findings.json and junit.xml exists", () => {
    expect(run.status, run.stderr).toBe(0);
    const findings = JSON.parse(readFileSync(join(dir, 'reports', 'findings.json'), 'utf8')) as unknown;
    expect(validate(findings), JSON.stringify(validate.errors)).toBe(true);
    expect((findings as unknown[]).length).toBeGreaterThan(10);
    const junit = readFileSync(join(dir, 'reports', 'junit.xml'), 'utf8');
    const pages = readdirSync(join(dir, 'output', 'content', 'pages')).length;
    expect(junit.match(/<testcase /g)?.length).toBe(pages + 1);
  });

  it('validates what render-json writes, including site-wide findings and excerpts', () => {
    const list = [finding({ pageId: null, pageName: null, line: null, column: null }), finding({ excerpt: 'x' })];
    expect(validate(JSON.parse(findingsJson(list)))).toBe(true);
  });

  it.each([
    ['an unknown severity', { severity: 'fatal' }],
    ['a 0 line', { line: 0 }],
    ['a missing message', { message: undefined }],
    ['an extra key', { extra: 1 }],
    ['a string page id', { pageId: '1' }],
  ])('rejects %s', (_, over) => {
    const bad = JSON.parse(JSON.stringify([{ ...finding({}), ...over }])) as unknown;
    expect(validate(bad)).toBe(false);
  });
});

describe('junit.xml', () => {
  const pages = [
    { id: 2, name: 'B & <C>' },
    { id: 1, name: 'A' },
  ];
  const findings = [
    finding({ pageId: 1, severity: 'error', ruleId: 'page-failed', message: 'boom "quoted"\u0001' }),
    finding({ pageId: 1, severity: 'warning' }),
    finding({ pageId: 2, severity: 'info' }),
  ];
  const xml = junitXml(pages, findings);

  it('has one test case per page plus the site, failing only pages with errors', () => {
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('tests="3" failures="1"');
    const a = xml.slice(xml.indexOf('name="A (page 1)"'), xml.indexOf('name="B'));
    expect(a).toContain('<failure type="page-failed"');
    expect(a).toContain('<system-out>warning link-broken line 3:2 m</system-out>');
    expect(xml.indexOf('(page 1)')).toBeLessThan(xml.indexOf('(page 2)'));
  });

  it('escapes names and messages and drops characters XML cannot hold', () => {
    expect(xml).toContain('name="B &amp; &lt;C&gt; (page 2)"');
    expect(xml).toContain('boom &quot;quoted&quot;\ufffd');
    expect(xml).not.toMatch(/[\u0001]/);
  });

  it('is byte-identical for the same input', () => {
    expect(junitXml([...pages].reverse(), findings)).toBe(xml);
  });

  it('gives findings about ids not in the page list their own cases, after the pages, counted in the header', () => {
    const more = [
      finding({ pageId: null, pageName: null, severity: 'warning', message: 'site' }),
      ...findings,
      finding({ pageId: 7, severity: 'error', ruleId: 'page-id-duplicate', message: 'dup' }),
      finding({ pageId: 7, severity: 'info', message: 'dup info' }),
    ];
    const text = junitXml(pages, [...more].reverse());
    expect(text).toContain('tests="4" failures="2"');
    const order = ['name="(site)"', '(page 1)', '(page 2)', 'name="page 7"'].map((name) => text.indexOf(name));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(text.slice(text.indexOf('name="page 7"'))).toContain('<system-out>info link-broken line 3:2 dup info</system-out>');
  });

  it('written in pieces from two passes over findings in report order, is the same text', () => {
    const ordered = [finding({ pageId: null, pageName: null, message: 'site' }), ...findings, finding({ pageId: 7, severity: 'error' })];
    let passes = 0;
    const stream = function* () {
      passes++;
      yield* ordered;
    };
    expect([...junitXmlChunks(pages, stream)].join('')).toBe(junitXml(pages, ordered));
    expect(passes).toBe(2);
  });

  it('given the tally of an earlier pass over the same findings, reads them once and writes the same text', () => {
    const ordered = [finding({ pageId: null, pageName: null, message: 'site', severity: 'error' }), ...findings, finding({ pageId: 7, severity: 'error' }), finding({ pageId: 9, severity: 'info' })];
    const tally = new JunitTally(pages);
    for (const f of ordered) tally.add(f);
    let passes = 0;
    const stream = function* () {
      passes++;
      yield* ordered;
    };
    const text = [...junitXmlChunks(pages, stream, tally)].join('');
    expect(text).toBe(junitXml(pages, ordered));
    expect(text).toContain('name="page 9"');
    expect(passes).toBe(1);
  });
});
