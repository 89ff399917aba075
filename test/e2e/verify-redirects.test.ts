// End to end: `tiki2md convert` on the sample, then `tiki2md verify-redirects`, which builds the
// site with the real Hugo and replays every legacy URL through a real nginx. nginx and hugo are
// required (.ci/run installs them): without them these tests fail with a message saying so.
// The tampered runs prove the verification can fail.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/report/finding.js';
import { findBinary } from '../../src/verify/verify-redirects.js';
import { runCli } from '../helpers/cli.js';

interface Report {
  summary: { records: number; spellings: number; spellingsPassed: number; targets: number; targetsPassed: number; probes: number; probesPassed: number; aliases: number; aliasesPassed: number; passRate: number };
  nginxTest: { ok: boolean; output: string };
  hugo: { ok: boolean; version: string; errors: string[]; warnings: string[] };
  replay: { spellings: { spelling: string; ok: boolean; actual: { status: number; location: string | null } }[] };
  conflicts: Finding[];
  ok: boolean;
}

/** The JSON report; a clear failure (not a collection error) when verify could not run. */
function readReport(file: string, stderr: string): Report {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Report;
  } catch {
    return { ok: false, conflicts: [], replay: { spellings: [] }, summary: {}, nginxTest: { ok: false, output: stderr }, hugo: { ok: false, errors: [stderr] } } as unknown as Report;
  }
}

const SEED_URL = '/pages/need-at-least-6000-iu-daily-while-breastfeeding-to-eliminate-vitamin-d-deficiency-meta-analysis-oct-2021/';

describe('tiki2md verify-redirects on the sample site', () => {
  it('needs the real nginx and hugo (installed by .ci/run)', () => {
    expect(findBinary('nginx'), 'nginx is required: apt-get install nginx').not.toBeNull();
    expect(findBinary('hugo'), 'hugo is required: apt-get install hugo').not.toBeNull();
  });

  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-verify-e2e-'));
  const convert = runCli(['convert', '--input', 'input', '--out', join(dir, 'output'), '--reports', join(dir, 'reports')]);
  const verify = (out: string, reports: string, extra: string[] = []) => runCli(['verify-redirects', '--out', out, '--reports', reports, ...extra]);
  const first = verify(join(dir, 'output'), join(dir, 'reports'));
  const report = readReport(join(dir, 'reports', 'redirects-verify.json'), first.stderr);

  it('passes 100%: nginx -t clean, Hugo with zero errors and warnings, every spelling, target, probe and alias', () => {
    expect(convert.status).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.status, first.stdout).toBe(0);
    expect(first.stdout).toMatch(/^tiki2md verify-redirects: PASS — nginx -t clean; hugo clean; .* 100% passed/);
    expect(report.ok).toBe(true);
    expect(report.nginxTest.ok).toBe(true);
    expect(report.hugo).toMatchObject({ ok: true, errors: [], warnings: [] });
    const s = report.summary;
    expect(s.spellings).toBeGreaterThan(s.records);
    expect([s.spellingsPassed, s.targetsPassed, s.probesPassed, s.aliasesPassed]).toEqual([s.spellings, s.targets, s.probes, s.aliases]);
    expect(s.aliases).toBeGreaterThan(60);
    expect(s.passRate).toBe(100);
    const md = readFileSync(join(dir, 'reports', 'redirects-verify.md'), 'utf8');
    expect(md).toContain('**PASS** — 100% of');
  });

  it("sends every legacy URL of the seed page to its new URL through nginx", () => {
    const seed = report.replay.spellings.filter((c) => /13038|Need(\+|%20)at/.test(c.spelling) && !c.spelling.startsWith('/tiki-editpage.php'));
    const spellings = seed.map((c) => c.spelling);
    expect(spellings).toContain('/Need+at+least+6%2C000+IU+daily+while+breastfeeding+to+eliminate+Vitamin+D+deficiency+%E2%80%93+meta-analysis+Oct+2021');
    expect(spellings).toContain('/tiki-index.php?page=Need+at+least+6%2C000+IU+daily+while+breastfeeding+to+eliminate+Vitamin+D+deficiency+%E2%80%93+meta-analysis+Oct+2021');
    expect(spellings).toContain('/tiki-index.php?page=Need%20at%20least%206%2C000%20IU%20daily%20while%20breastfeeding%20to%20eliminate%20Vitamin%20D%20deficiency%20%E2%80%93%20meta-analysis%20Oct%202021');
    expect(spellings).toContain('/tiki-index.php?page_id=13038');
    expect(spellings).toContain('/13038');
    for (const c of seed) expect([c.spelling, c.ok, c.actual.status, c.actual.location]).toEqual([c.spelling, true, 301, SEED_URL]);
  });

  it('lists the planted conflicts of the sample in the report', () => {
    const got = report.conflicts.map((f) => `${f.ruleId}@${f.pageId}`);
    for (const expected of ['alias-conflict@66', 'alias-conflict@68', 'redirect-chain@23', 'alias-unsafe-path@56', 'alias-unsafe-path@65']) expect(got).toContain(expected);
    const md = readFileSync(join(dir, 'reports', 'redirects-verify.md'), 'utf8');
    expect(md).toMatch(/\| alias-conflict \| warning \| 66 `sunlight` \|/);
  });

  it('fails (exit 2) when a map sends a legacy URL to the wrong place, and reports it', () => {
    const out = join(dir, 'tampered');
    cpSync(join(dir, 'output'), out, { recursive: true });
    const map = join(out, 'redirects', 'nginx', 'query-page_id.map');
    writeFileSync(map, readFileSync(map, 'utf8').replace('"/tiki-index.php?page_id=13038" "/pages/', '"/tiki-index.php?page_id=13038" "/wrong/'));
    const r = verify(out, join(dir, 'tampered-reports'));
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/FAIL/);
    const md = readFileSync(join(dir, 'tampered-reports', 'redirects-verify.md'), 'utf8');
    expect(md).toMatch(/\| spelling \| `\/tiki-index\.php\?page_id=13038` \| 301 `\/pages\/need-at-least[^`]*` \| 301 `\/wrong\/need-at-least/);
  });

  it('fails when Hugo reports an error', () => {
    const out = join(dir, 'broken-hugo');
    cpSync(join(dir, 'output'), out, { recursive: true });
    writeFileSync(join(out, 'content', 'pages', 'zz-broken.md'), '{"title": "Broken"}\n\n{{< no-such-shortcode >}}\n');
    const r = verify(out, join(dir, 'broken-reports'));
    expect(r.status).toBe(2);
    const json = JSON.parse(readFileSync(join(dir, 'broken-reports', 'redirects-verify.json'), 'utf8')) as Report;
    expect(json.hugo.ok).toBe(false);
    expect(json.hugo.errors.join('\n')).toContain('no-such-shortcode');
  });

  it('fails when a Hugo alias page is not where the legacy path points', () => {
    const out = join(dir, 'missing-alias');
    cpSync(join(dir, 'output'), out, { recursive: true });
    const records = join(out, 'redirects', 'redirects.json');
    writeFileSync(records, readFileSync(records, 'utf8').replace('"hugoAlias":"/13038"', '"hugoAlias":"/no-such-alias"'));
    const r = verify(out, join(dir, 'missing-alias-reports'));
    expect(r.status).toBe(2);
    const json = JSON.parse(readFileSync(join(dir, 'missing-alias-reports', 'redirects-verify.json'), 'utf8')) as Report;
    expect(json.hugo.ok).toBe(true);
    expect(json.summary.aliasesPassed).toBe(json.summary.aliases - 1);
  });

  it('exits 1 with one clear line when nginx is missing or nothing was converted', () => {
    const r = verify(join(dir, 'output'), join(dir, 'r2'), ['--nginx', '/nonexistent/nginx']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^tiki2md: \/nonexistent\/nginx: nginx was not found.*apt-get install nginx.*\n$/);
    const none = verify(join(dir, 'nothing'), join(dir, 'r3'));
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/no redirects\.json.*tiki2md convert/);
  });
});
