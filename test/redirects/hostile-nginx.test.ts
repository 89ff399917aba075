// Hostile page names through the nginx emitter, checked by the real nginx: `nginx -t` is clean,
// the parsed config holds exactly the intended directives and keys (nothing injected), and a
// live nginx on loopback redirects every spelling of every record to the right place.
// nginx is a required test dependency (.ci/run installs it): without it these tests fail.

import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redirectFiles } from '../../src/redirects/index.js';
import { asciiLower, redirectModel } from '../../src/redirects/model.js';
import { freePort, prepareNginx, startNginx, testNginx } from '../../src/verify/nginx-server.js';
import { HttpClient, replay } from '../../src/verify/replay.js';
import { findBinary } from '../../src/verify/verify-redirects.js';
import { parseNginx, type NginxStatement } from '../helpers/config-parsers.js';
import { hostilePlan, writeFiles, writePublic } from './hostile-site.js';

const nginx = findBinary('nginx');
const plan = hostilePlan();
const files = redirectFiles(plan);
const nginxFiles = new Map([...files].filter(([name]) => name.startsWith('nginx/')).map(([name, content]) => [name.slice('nginx/'.length), content]));
const dir = mkdtempSync(join(tmpdir(), 'tiki2md-hostile-nginx-'));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function requireNginx(): string {
  expect(nginx, 'nginx is required by the redirect tests: apt-get install nginx (.ci/run does)').not.toBeNull();
  return nginx!;
}

describe('nginx output for hostile page names', () => {
  it('covers every page and the hostile route', () => {
    for (const p of plan.pages) expect(plan.legacyUrls.some((r) => r.pageId === p.page.id), p.page.name).toBe(true);
    expect(plan.legacyUrls.some((r) => r.kind === 'custom-route')).toBe(true);
  });

  it('parses back to exactly the intended maps: no extra directive, every key intact', () => {
    const http = parseNginx(nginxFiles.get('tiki2md-http.conf')!);
    expect(new Set(http.map((s) => s.args[0]))).toEqual(new Set(['map_hash_max_size', 'map_hash_bucket_size', 'map']));
    for (const map of http.filter((s) => s.args[0] === 'map')) {
      expect(map.args).toHaveLength(3);
      for (const entry of map.block!) expect(entry.args, JSON.stringify(entry.args)).toHaveLength(2);
    }
    const server = parseNginx(nginxFiles.get('tiki2md-server.conf')!);
    expect(server.map((s) => s.args[0])).toEqual(['if', 'if']);
    expect(server.flatMap((s) => s.block!.map((b) => b.args[0]))).toEqual(['return', 'return']);

    const model = redirectModel(plan.legacyUrls);
    const expectedPaths = new Set(model.paths.flatMap((f) => f.paths.map(asciiLower)));
    const entries = (file: string): NginxStatement[] => parseNginx(nginxFiles.get(file)!);
    const pathKeys = entries('paths.map').map((s) => {
      expect(s.args).toHaveLength(2);
      return asciiLower(s.args[0].replace(/^\\/, ''));
    });
    expect(new Set(pathKeys)).toEqual(expectedPaths);
    const pageKeys = entries('query-page.map').map((s) => asciiLower(s.args[0]));
    const expectedPage = new Set(model.query.get('page')!.flatMap((f) => f.rawValues.map((v) => asciiLower(`${f.path}?page=${v}`))));
    expect(new Set(pageKeys)).toEqual(expectedPage);
    for (const s of [...entries('paths.map'), ...entries('query-page.map')]) expect(s.args[1]).toMatch(/^(?:\/[A-Za-z0-9\-._~/%:?=&+,@!*()]*|gone)$/);
  });

  it('`nginx -t` accepts the generated config without a warning', async () => {
    const binary = requireNginx();
    writeFiles(join(dir, 'maps'), nginxFiles);
    writePublic(join(dir, 'public'), plan);
    const port = await freePort();
    const conf = prepareNginx(join(dir, 'nginx'), join(dir, 'maps'), join(dir, 'public'), port);
    const check = testNginx(binary, conf, join(dir, 'nginx'));
    expect(check.ok, check.output).toBe(true);

    const server = await startNginx(binary, conf, join(dir, 'nginx'), port);
    const client = new HttpClient(server.origin);
    try {
      const result = await replay(client, plan.legacyUrls, 410);
      const failed = result.spellings.filter((s) => !s.ok);
      expect(failed, JSON.stringify(failed.slice(0, 5), null, 1)).toEqual([]);
      expect(result.spellings.length).toBeGreaterThan(plan.legacyUrls.length);
      expect(result.targets.filter((t) => !t.ok)).toEqual([]);
      expect(result.probes.filter((p) => !p.ok)).toEqual([]);
      // The injection attempts stayed data: nothing redirects off the site.
      expect(result.spellings.filter((s) => /^[a-z]+:/i.test(s.actual.location ?? ''))).toEqual([]);
    } finally {
      client.close();
      await server.stop();
    }
  });
});
