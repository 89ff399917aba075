// The CLI's contract beyond the happy path: clear one-line errors with exit 1 and nothing
// written, front matter in every format parsed by a real parser, `render` on stdin, and the
// seed page inside the sample converting to expected.md with --strip-title-dates.

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { comparableTree, splitJsonFrontMatter } from '../helpers/markdown-tree.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'tiki2md-cli-'));
const seedFile = 'need-at-least-6000-iu-daily-while-breastfeeding-to-eliminate-vitamin-d-deficiency-meta-analysis.md';

function convert(args: string[]) {
  const dir = tmp();
  const out = join(dir, 'output');
  const result = runCli(['convert', '--out', out, '--reports', join(dir, 'reports'), ...args]);
  return { dir, out, result };
}

describe('bad input', () => {
  const truncated = () => {
    const dump = readFileSync(join(repoRoot, 'input/tiki-sample.sql'));
    const cut = dump.indexOf('INSERT INTO `tiki_pages`') + 5000;
    const path = join(tmp(), 'truncated.sql');
    writeFileSync(path, dump.subarray(0, cut));
    return path;
  };

  it('a truncated dump: exit 1, file:line and what was expected, no stack, nothing written', () => {
    const path = truncated();
    const { out, result } = convert(['--input', path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^tiki2md: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: .*\\(expected .*\\)\\n$`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('a missing input: exit 1 with a clear message', () => {
    const { result } = convert(['--input', '/nonexistent/dump.sql']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'tiki2md: /nonexistent/dump.sql: no such file or folder (expected a mysqldump .sql file, a phpMyAdmin .json export, a Tiki export .tar, ' +
        'a mysqldump --tab or mysql --batch folder, a folder holding one of those files, or a mysql:// URL)\n',
    );
  });

  it('a bad option value names the option', () => {
    const { result } = convert(['--front-matter', 'xml']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tiki2md: \(command line\): option "frontMatter": .*\n$/);
  });

  it('an unknown key in the config file is refused', () => {
    const config = join(tmp(), 'tiki2md.config.json');
    writeFileSync(config, JSON.stringify({ sectoin: 'x' }));
    const { result } = convert(['--config', config]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown option(s) "sectoin"');
  });
});

describe('--redirect-formats', () => {
  it('writes the formats named and the README, and verify-redirects says what its maps lack', () => {
    const { dir, out, result } = convert(['--redirect-formats', 'json,nginx', '--no-review']);
    expect(result.status).toBe(0);
    const redirects = join(out, 'redirects');
    // assets.csv is the attachment map, written whatever the formats.
    expect(readdirSync(redirects).sort()).toEqual(['README.md', 'assets.csv', 'nginx', 'redirects.json']);
    expect(readFileSync(join(redirects, 'README.md'), 'utf8')).toContain('Not written in this run (option `redirectFormats`): apache, htaccess, netlify, cloudflare, vercel, caddy, iis, csv.');

    const csvOnly = convert(['--redirect-formats', 'csv', '--no-review']);
    expect(csvOnly.result.status).toBe(0);
    const verify = runCli(['verify-redirects', '--out', csvOnly.out, '--reports', join(dir, 'verify')]);
    expect(verify.status).toBe(1);
    expect(verify.stderr).toBe(`tiki2md: ${join(csvOnly.out, 'redirects', 'redirects.json')}: no redirects.json (expected the output folder of \`tiki2md convert\` (run it first, with the same --out, and with json and nginx among its redirectFormats))\n`);

    const jsonOnly = convert(['--redirect-formats', 'json', '--no-review']);
    const noMaps = runCli(['verify-redirects', '--out', jsonOnly.out, '--reports', join(dir, 'verify')]);
    expect(noMaps.status).toBe(1);
    expect(noMaps.stderr).toBe(`tiki2md: ${join(jsonOnly.out, 'redirects', 'nginx')}: no nginx maps (expected the nginx maps of \`tiki2md convert\`: run it with nginx among its redirectFormats)\n`);
  });

  it('an unknown format: exit 1 naming it and the formats there are, nothing written', () => {
    const { out, result } = convert(['--redirect-formats', 'nginx,lighttpd']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown format "lighttpd": expected "all", "none" or some of nginx, apache, htaccess, netlify, cloudflare, vercel, caddy, iis, csv, json');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('front matter formats', () => {
  const json = convert(['--strip-title-dates']);
  const read = (out: string) => readFileSync(join(out, 'content/pages', seedFile), 'utf8');
  const expected = splitJsonFrontMatter(read(json.out)).frontMatter;

  it('the seed page inside the sample equals expected.md', () => {
    const fixture = splitJsonFrontMatter(readFileSync(join(repoRoot, 'test/fixtures/seed-page/expected.md'), 'utf8'));
    const actual = splitJsonFrontMatter(read(json.out));
    expect(actual.frontMatter).toEqual(fixture.frontMatter);
    expect(comparableTree(actual.body)).toEqual(comparableTree(fixture.body));
  });

  it('yaml carries the same data', () => {
    const { out } = convert(['--strip-title-dates', '--front-matter', 'yaml']);
    const file = read(out);
    const [, yaml] = /^---\n([\s\S]*?)\n---\n/.exec(file)!;
    expect(parseYaml(yaml)).toEqual(expected);
  });

  it('toml carries the same data', () => {
    const { out } = convert(['--strip-title-dates', '--front-matter', 'toml']);
    const file = read(out);
    const [, toml] = /^\+\+\+\n([\s\S]*?)\n\+\+\+\n/.exec(file)!;
    expect(parseToml(toml)).toEqual(expected);
  });
});

describe('tiki2md render', () => {
  it('converts stdin to markdown on stdout, findings on stderr', () => {
    const r = runCli(['render', '-'], { input: '!Title\n__bold__ ((Some Page)) [sic]\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('# Title\n\n**bold** [Some Page](/pages/some-page/) \\[sic]\n');
    expect(r.stderr).toBe('2:24 link-bracket-literal "[sic]" does not look like a link target; kept as text (Tiki rendered a relative link to "sic")\n');
  });

  it('honours --section', () => {
    const r = runCli(['render', '--section', 'wiki'], { input: '((Some Page))' });
    expect(r.stdout).toBe('[Some Page](/wiki/some-page/)\n');
  });

  it('a missing file is a clear error', () => {
    const r = runCli(['render', '/nonexistent.tiki']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('tiki2md: /nonexistent.tiki: cannot read: ENOENT (expected a readable file of Tiki markup, or - for stdin)\n');
  });
});
