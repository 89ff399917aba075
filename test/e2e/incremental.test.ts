// Incremental runs on the sample: a run over the previous run's output converts only the pages
// whose inputs changed, and its output (manifest included) and reports equal a full run's byte for
// byte. Edits are made to a copy of the sample dump: one page's body, a rename (the page's slug
// changes, its old file goes, pages linking to the old name lose their link and a page linking
// to the new name gains one), an included page. Runs on the real worker pool.

import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { MANIFEST_PATH, sha256 } from '../../src/incremental/manifest.js';
import { loadInput } from '../../src/load/open-input.js';
import { runConvert, type RunResult } from '../../src/pipeline.js';
import { compareRuns, resolveRun, type RunDiff } from '../../src/report/diff/compare-runs.js';
import { runCli } from '../helpers/cli.js';
import { sampleDump } from '../helpers/sample.js';
import { expectSameTrees } from '../helpers/tree.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'tiki2md-incremental-'));

async function convert(input: string, dir: string, extra: Record<string, unknown> = {}): Promise<RunResult> {
  const config = parseConfig({ input, out: join(dir, 'output'), reports: join(dir, 'reports'), jobs: 2, review: false, ...extra }, 'test');
  return runConvert(config);
}

/** A copy of the sample dump with `edit` applied to its text (and the attachment files beside it). */
function editedDump(edit: (sql: string) => string): string {
  const dir = tmp();
  cpSync(join(dirname(sampleDump), 'files'), join(dir, 'files'), { recursive: true });
  const path = join(dir, 'tiki.sql');
  const sql = readFileSync(sampleDump, 'utf8');
  const edited = edit(sql);
  expect(edited).not.toBe(sql);
  writeFileSync(path, edited);
  return path;
}

/** Ids of the pages whose file differs between two full runs (added and removed pages included). */
function pagesThatDiffer(a: string, b: string): number[] {
  const diff = compareRuns(resolveRun(join(a, 'output')), resolveRun(join(b, 'output')));
  return diff.pages.map((p) => p.pageId!).sort((x, y) => x - y);
}

async function idsLinkingTo(dump: string, names: string[]): Promise<number[]> {
  const { site } = await loadInput(dump);
  const links = (data: string) => names.some((n) => new RegExp(`\\(\\(${n}[|)]`, 'i').test(data));
  return site.pages.filter((p) => links(p.data)).map((p) => p.id);
}

describe('incremental runs', async () => {
  const base = tmp();
  const first = await convert(sampleDump, base);

  /** The previous run's output copied, then converted again from `input`. */
  async function rerun(input: string, extra: Record<string, unknown> = {}) {
    const dir = tmp();
    cpSync(base, dir, { recursive: true });
    return { dir, result: await convert(input, dir, extra) };
  }

  it('a first run converts every page and writes a manifest', () => {
    expect(first.incremental).toMatchObject({ reused: 0, converted: 73, fullRunBecause: 'no run manifest in the output folder' });
    const lines = readFileSync(join(base, 'output', MANIFEST_PATH), 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({ format: 'tiki2md-run-manifest', version: 1, section: 'pages', pages: 73 });
    expect(lines).toHaveLength(74);
    const page = JSON.parse(lines.find((l) => l.startsWith('{"id":8,'))!);
    expect(page).toMatchObject({ name: 'Magnesium', path: 'content/pages/magnesium.md', failed: false });
    expect(page.dependencies).toContainEqual(['link', 'Vitamin D & Sleep', expect.any(String)]);
  });

  it('with nothing changed, converts nothing and writes the same bytes', async () => {
    const { dir, result } = await rerun(sampleDump);
    expect(result.incremental).toMatchObject({ reused: 73, converted: 0, fullRunBecause: null });
    expectSameTrees(base, dir);
    const header = JSON.parse(readFileSync(join(dir, 'output', MANIFEST_PATH), 'utf8').split('\n')[0]);
    expect(header.redirects.files).toContainEqual(['nginx/paths.map', expect.any(String)]);
  });

  it('with nothing changed, stages the redirect maps as they are instead of writing them again', async () => {
    // The first run hashed the records while writing redirects.json; this one hashes them first.
    const dir = tmp();
    cpSync(base, dir, { recursive: true });
    const map = join(dir, 'output', 'redirects', 'nginx', 'paths.map');
    const before = statSync(map).ino;
    await convert(sampleDump, dir);
    expect(statSync(map).ino).toBe(before);
  });

  it('with only some map formats written (no redirects.json), the records hash the same and the maps are staged as they are', async () => {
    const dir = tmp();
    const formats = { redirectFormats: ['nginx'] };
    await convert(sampleDump, dir, formats);
    const manifest = () => JSON.parse(readFileSync(join(dir, 'output', '.tiki2md', 'manifest.ndjson'), 'utf8').split('\n')[0]);
    const header = manifest();
    expect(header.redirects.recordsHash).toBe(JSON.parse(readFileSync(join(base, 'output', '.tiki2md', 'manifest.ndjson'), 'utf8').split('\n')[0]).redirects.recordsHash);
    expect(header.redirects.files.map(([file]: [string]) => file).filter((f: string) => !f.startsWith('nginx/'))).toEqual(['README.md']);
    const map = join(dir, 'output', 'redirects', 'nginx', 'paths.map');
    const before = statSync(map).ino;
    await convert(sampleDump, dir, formats);
    expect(statSync(map).ino).toBe(before);
    expect(manifest()).toEqual(header);
  });

  it('an edited body converts that page only; the diff shows exactly that change', async () => {
    const dump = editedDump((sql) => sql.replace('because higher doses cause diarrhoea', 'because higher doses upset the gut'));
    const { dir, result } = await rerun(dump);
    const full = tmp();
    await convert(dump, full);
    expect(result.incremental.convertedIds).toEqual([8]);
    expectSameTrees(full, dir);
    const diff = compareRuns(resolveRun(join(base, 'output')), resolveRun(join(dir, 'output')));
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 1 });
    expect(diff.pages[0].pageId).toBe(8);
    expect(diff.pages[0].diff).toContain('+Adults: 310–420 mg per day from all sources. The upper limit for **supplements** is 350 mg per day, because higher doses upset the gut in many people.');
  });

  it('tiki2md diff over the two run manifests names the page and what changed', async () => {
    const dump = editedDump((sql) => sql.replace('because higher doses cause diarrhoea', 'because higher doses upset the gut'));
    const { dir } = await rerun(dump);
    const reports = tmp();
    const r = runCli(['diff', join(base, 'output', MANIFEST_PATH), join(dir, 'output', MANIFEST_PATH), '--reports', reports]);
    expect(r.status, r.stderr).toBe(0);
    const diff = JSON.parse(readFileSync(join(reports, 'diff.json'), 'utf8')) as RunDiff;
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 1, unchanged: 72 });
    expect(diff.pages[0]).toMatchObject({ pageId: 8, title: 'Magnesium', status: 'changed' });
    expect(diff.pages[0].fields.map((f) => f.field)).toEqual(['source (hash)', 'output (hash)']);
    const bad = join(tmp(), 'not-a-manifest.ndjson');
    writeFileSync(bad, '{"id":1}\n');
    const refused = runCli(['diff', bad, join(dir, 'output')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('not a tiki2md run manifest');
    expect(refused.stderr).not.toContain('    at ');
  });

  it('a rename converts the page and the pages linking to its old or new name; the old file goes', async () => {
    // "Magnesium" becomes "Rickets": its links break, and "((Rickets))" on page 3 now resolves.
    const dump = editedDump((sql) => sql.replaceAll("'Magnesium'", "'Rickets'"));
    const { dir, result } = await rerun(dump);
    const full = tmp();
    await convert(dump, full);
    expectSameTrees(full, dir);
    expect(existsSync(join(dir, 'output', 'content', 'pages', 'magnesium.md'))).toBe(false);
    expect(existsSync(join(dir, 'output', 'content', 'pages', 'rickets.md'))).toBe(true);
    const linking = await idsLinkingTo(sampleDump, ['Magnesium', 'Rickets']);
    expect(linking).toContain(3);
    const expected = [...new Set([8, ...linking])].sort((a, b) => a - b);
    expect(result.incremental.convertedIds).toEqual(expected);
    // Every page whose bytes changed was converted (the rest could not have changed).
    for (const id of pagesThatDiffer(base, full)) expect(result.incremental.convertedIds).toContain(id);
  });

  it('an edited page converts the pages that include it', async () => {
    const { site } = await loadInput(sampleDump);
    const including = site.pages.filter((p) => /\{include\s+page="?([^"}\s]+)/i.test(p.data));
    expect(including.length).toBeGreaterThan(0);
    const includedName = /\{include\s+page="?([^"}]+?)"?[\s}]/i.exec(including[0].data)![1];
    const included = site.pages.find((p) => p.name === includedName)!;
    const line = included.data.split('\n').find((l) => l.trim().length > 20)!;
    const dump = editedDump((sql) => sql.replace(sqlEscaped(line), sqlEscaped(line) + ' (edited)'));
    const { dir, result } = await rerun(dump);
    const full = tmp();
    await convert(dump, full);
    expectSameTrees(full, dir);
    expect(result.incremental.convertedIds).toContain(included.id);
    expect(result.incremental.convertedIds).toContain(including[0].id);
  });

  it('--force and a changed option convert every page, with the reason', async () => {
    expect((await rerun(sampleDump, { force: true })).result.incremental).toMatchObject({ converted: 73, fullRunBecause: '--force' });
    expect((await rerun(sampleDump, { frontMatter: 'yaml' })).result.incremental).toMatchObject({ converted: 73, fullRunBecause: 'the configuration changed' });
  });

  it('a page file or redirect map edited by hand since the last run is written again', async () => {
    const dir = tmp();
    cpSync(base, dir, { recursive: true });
    const file = join(dir, 'output', 'content', 'pages', 'magnesium.md');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nhand edit\n');
    writeFileSync(join(dir, 'output', 'redirects', 'nginx', 'paths.map'), 'hand edit\n');
    const result = await convert(sampleDump, dir);
    expect(result.incremental.convertedIds).toEqual([8]);
    expectSameTrees(base, dir);
  });

  it('a tampered manifest naming a map file outside redirects/ gets the maps written anew', async () => {
    const dir = tmp();
    cpSync(base, dir, { recursive: true });
    const path = join(dir, 'output', MANIFEST_PATH);
    const [head, ...pages] = readFileSync(path, 'utf8').split('\n');
    const header = JSON.parse(head);
    // A file that exists and matches its recorded hash, so only the name gives it away.
    writeFileSync(join(dir, 'outside.txt'), 'x');
    header.redirects.files.push(['../../outside.txt', sha256('x')]);
    writeFileSync(path, [JSON.stringify(header), ...pages].join('\n'));
    const result = await convert(sampleDump, dir);
    expect(result.incremental.reused).toBe(73);
    expectSameTrees(base, dir);
  });

  it('the CLI says what it reused', () => {
    const dir = tmp();
    cpSync(base, dir, { recursive: true });
    const r = runCli(['convert', '--input', sampleDump, '--out', join(dir, 'output'), '--reports', join(dir, 'reports'), '--no-review', '--jobs', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('converted 0 changed pages, reused 73 unchanged from the previous run');
  });
});

/** How mysqldump writes a text inside a quoted string. */
function sqlEscaped(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/"/g, '\\"');
}
