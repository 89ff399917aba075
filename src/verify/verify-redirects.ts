// `tiki2md verify-redirects`: proves the generated redirect maps work on a real server.
//   1. read output/redirects/redirects.json (the records every map was written from);
//   2. build output/ with the real `hugo --printPathWarnings` (unless --site names a built
//      site) and check every Hugo alias page;
//   3. write a private nginx config around output/redirects/nginx/, run `nginx -t` (must be
//      clean), start nginx on a free 127.0.0.1 port serving the built site;
//   4. replay every spelling of every record, follow every target once, probe negatives;
//   5. stop nginx, write reports/redirects-verify.{md,json}.
// Missing binaries or a missing redirects.json are tool errors (InputError, exit 1), never a
// silent skip.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { StagedTree } from '../emit/write-tree.js';
import { InputError } from '../load/input-error.js';
import type { LegacyUrlRecord } from '../plan/plan-types.js';
import type { Finding } from '../report/finding.js';
import type { RedirectsJson } from '../redirects/json.js';
import { buildWithHugo, checkAliases, type AliasCheck, type HugoBuild } from './hugo-build.js';
import { freePort, prepareNginx, startNginx, testNginx } from './nginx-server.js';
import { HttpClient, replay, type ReplayResult } from './replay.js';
import { CONFLICT_RULES, summarize, verifyJson, verifyMarkdown, type VerifyResult } from './report.js';

export interface VerifyOptions {
  /** The output folder of `tiki2md convert` (redirects/ and the Hugo site). */
  out: string;
  reports: string;
  /** An already built site (Hugo public/ folder) to serve instead of building output/ with Hugo. */
  site?: string;
  nginx?: string;
  hugo?: string;
  /** Keep the temporary folder (nginx config, logs, built site) and return its path. */
  keep?: boolean;
}

const EXTRA_DIRS = ['/usr/sbin', '/sbin', '/usr/local/sbin', '/usr/local/bin', '/usr/bin', '/bin'];

/** An executable by explicit path or on PATH (+ the sbin folders nginx lives in). */
export function findBinary(name: string, explicit?: string): string | null {
  const candidates = explicit ? [explicit] : [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...EXTRA_DIRS].map((d) => join(d, name));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // try the next one
    }
  }
  return null;
}

function requireBinary(name: string, explicit: string | undefined, flag: string): string {
  const found = findBinary(name, explicit);
  if (found) return found;
  throw new InputError(
    explicit ?? name,
    null,
    `${name} was not found${explicit ? '' : ' on PATH or in /usr/sbin'}`,
    `the ${name} binary: install it (Debian: apt-get install ${name}) or name it with ${flag}`,
  );
}

function readRecords(out: string): RedirectsJson {
  const file = join(out, 'redirects', 'redirects.json');
  if (!existsSync(file)) throw new InputError(file, null, 'no redirects.json', 'the output folder of `tiki2md convert` (run it first, with the same --out, and with json and nginx among its redirectFormats)');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RedirectsJson;
  } catch (e) {
    throw new InputError(file, null, `not valid JSON: ${(e as Error).message}`, 'redirects.json as written by tiki2md convert');
  }
}

function conflicts(reports: string): Finding[] {
  try {
    const findings = JSON.parse(readFileSync(join(reports, 'findings.json'), 'utf8')) as Finding[];
    return findings.filter((f) => CONFLICT_RULES.includes(f.ruleId));
  } catch {
    return [];
  }
}

export interface VerifyRun {
  result: VerifyResult;
  /** The temporary folder, when kept. */
  workDir: string | null;
}

export async function verifyRedirects(options: VerifyOptions): Promise<VerifyRun> {
  const out = resolve(options.out);
  const doc = readRecords(out);
  const maps = join(out, 'redirects', 'nginx');
  if (!existsSync(maps)) throw new InputError(maps, null, 'no nginx maps', 'the nginx maps of `tiki2md convert`: run it with nginx among its redirectFormats');
  const records: LegacyUrlRecord[] = doc.records;
  const nginx = requireBinary('nginx', options.nginx, '--nginx');
  const hugo = options.site ? null : requireBinary('hugo', options.hugo, '--hugo');
  const nginxVersion = `${spawnSync(nginx, ['-v'], { encoding: 'utf8' }).stderr ?? ''}`.trim();
  const workDir = mkdtempSync(join(tmpdir(), 'tiki2md-verify-'));
  try {
    let build: HugoBuild | null = null;
    let root = options.site ? resolve(options.site) : '';
    let aliases: AliasCheck[] = [];
    if (hugo) {
      build = buildWithHugo(hugo, out, workDir);
      root = build.publicDir;
      aliases = checkAliases(root, records);
    }
    const port = await freePort();
    const conf = prepareNginx(join(workDir, 'nginx'), maps, root, port);
    const nginxTest = testNginx(nginx, conf, join(workDir, 'nginx'));
    let replayed: ReplayResult | null = null;
    if (nginxTest.ok) {
      const server = await startNginx(nginx, conf, join(workDir, 'nginx'), port);
      const client = new HttpClient(server.origin);
      try {
        replayed = await replay(client, records, doc.goneStatus);
      } finally {
        client.close();
        await server.stop();
      }
    }
    const partial: VerifyResult = {
      nginxVersion,
      nginxTest,
      hugo: build && { ok: build.ok, version: build.version, errors: build.errors, warnings: build.warnings },
      aliases,
      replay: replayed,
      records: records.length,
      conflicts: conflicts(options.reports),
      ok: false,
    };
    const s = summarize(partial);
    partial.ok =
      nginxTest.ok &&
      replayed !== null &&
      (build === null || build.ok) &&
      s.spellingsPassed === s.spellings &&
      s.targetsPassed === s.targets &&
      s.probesPassed === s.probes &&
      s.aliasesPassed === s.aliases;
    const reports = new StagedTree(options.reports);
    await reports.begin();
    await reports.write('redirects-verify.json', verifyJson(partial));
    await reports.write('redirects-verify.md', verifyMarkdown(partial));
    await reports.commit();
    return { result: partial, workDir: options.keep ? workDir : null };
  } finally {
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  }
}
