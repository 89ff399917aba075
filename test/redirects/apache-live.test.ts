// The Apache outputs (vhost RewriteMap variant and .htaccess variant) on a real Apache httpd on
// loopback, replaying every spelling of every hostile record. Apache is not a required
// dependency (CI installs nginx and hugo only; the parser tests in hostile-formats.test.ts
// always run): without apache2 on the machine this file is skipped, and says so.

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redirectFiles } from '../../src/redirects/index.js';
import { freePort } from '../../src/verify/nginx-server.js';
import { HttpClient, replay } from '../../src/verify/replay.js';
import { findBinary } from '../../src/verify/verify-redirects.js';
import { hostilePlan, writeFiles, writePublic } from './hostile-site.js';

const apache = findBinary('apache2') ?? findBinary('httpd');
const modules = ['/usr/lib/apache2/modules', '/usr/lib64/httpd/modules', '/usr/lib/httpd/modules'].find((d) => spawnSync('test', ['-f', join(d, 'mod_rewrite.so')]).status === 0);
if (!apache || !modules) console.warn('apache-live.test.ts skipped: apache2 with mod_rewrite is not installed (the Apache parser tests still run)');

const plan = hostilePlan();
const dir = mkdtempSync(join(tmpdir(), 'tiki2md-apache-'));
chmodSync(dir, 0o755);
afterAll(() => (process.env.KEEP ? undefined : rmSync(dir, { recursive: true, force: true })));

async function withApache(variant: 'vhost' | 'htaccess', run: (client: HttpClient) => Promise<void>): Promise<void> {
  const root = join(dir, variant);
  mkdirSync(root, { recursive: true });
  writeFiles(root, redirectFiles(plan));
  writePublic(join(root, 'public'), plan);
  if (variant === 'htaccess') writeFileSync(join(root, 'public', '.htaccess'), redirectFiles(plan).get('htaccess/.htaccess')!);
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const conf = join(root, 'httpd.conf');
  writeFileSync(
    conf,
    [
      `ServerRoot ${modules}/..`,
      ...['mpm_event', 'authz_core', 'rewrite', 'dir'].map((m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`),
      `Listen 127.0.0.1:${port}`,
      `PidFile ${root}/httpd.pid`,
      `DefaultRuntimeDir ${root}`,
      `ErrorLog ${root}/error.log`,
      'LogLevel warn',
      'ServerName localhost',
      ...(asRoot ? ['User www-data', 'Group www-data'] : []),
      'DirectoryIndex index.html',
      `Define TIKI2MD_MAPS ${root}/apache`,
      `<Directory ${root}/public>`,
      `  AllowOverride ${variant === 'htaccess' ? 'FileInfo' : 'None'}`,
      '  Require all granted',
      '</Directory>',
      `<VirtualHost 127.0.0.1:${port}>`,
      `  DocumentRoot ${root}/public`,
      variant === 'vhost' ? `  Include ${root}/apache/tiki2md-vhost.conf` : '  AllowEncodedSlashes On',
      '</VirtualHost>',
      '',
    ].join('\n'),
  );
  const check = spawnSync(apache!, ['-t', '-f', conf], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  const child = spawn(apache!, ['-f', conf, '-DFOREGROUND'], { stdio: 'ignore' });
  child.once('exit', (code) => {
    if (code) console.warn(`apache exited with ${code}; see ${root}/error.log`);
  });
  const client = new HttpClient(`http://127.0.0.1:${port}`);
  try {
    for (let i = 0; i < 200; i++) {
      if (await client.get('/').then(() => true, () => false)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await run(client);
  } finally {
    client.close();
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  }
}

describe.skipIf(!apache || !modules)('Apache httpd replays every hostile legacy URL', () => {
  for (const variant of ['vhost', 'htaccess'] as const) {
    it(`${variant} variant`, async () => {
      await withApache(variant, async (client) => {
        const result = await replay(client, plan.legacyUrls, 410);
        const failed = result.spellings.filter((s) => !s.ok);
        expect(failed, JSON.stringify(failed.slice(0, 5), null, 1)).toEqual([]);
        expect(result.targets.filter((t) => !t.ok)).toEqual([]);
        expect(result.probes.filter((p) => !p.ok)).toEqual([]);
      });
    });
  }
});
