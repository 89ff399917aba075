// Output does not depend on --jobs: the CLI on the sample and on a generated site gives
// byte-identical output and reports with --jobs 1 and --jobs 2 (real worker threads, from the
// build made by the global setup), and both equal the in-thread reference path, whose link
// targets and page resources come from the Plan itself rather than from the workers' copy of it.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../scripts/gen/main.js';
import { parseConfig } from '../../src/config.js';
import { runConvert } from '../../src/pipeline.js';
import { runCli } from '../helpers/cli.js';
import { expectSameTrees } from '../helpers/tree.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'tiki2md-jobs-'));

function cli(input: string, jobs: number): string {
  const dir = tmp();
  const r = runCli(['convert', '--input', input, '--out', join(dir, 'output'), '--reports', join(dir, 'reports'), '--jobs', String(jobs)]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return dir;
}

describe.each([
  ['the sample site', () => 'input'],
  ['a generated site of 400 pages', () => generateSite(400, 7, join(tmp(), 'site.sql')).path],
])('%s', (_name, input) => {
  const path = input();
  const one = cli(path, 1);

  it('--jobs 2 equals --jobs 1, byte for byte', () => expectSameTrees(one, cli(path, 2)));

  it('the in-thread reference path gives the same bytes', async () => {
    const dir = tmp();
    const config = parseConfig({ input: path, out: join(dir, 'output'), reports: join(dir, 'reports') }, 'test');
    await runConvert(config, undefined, { inThread: true });
    expectSameTrees(one, dir);
  });
});
