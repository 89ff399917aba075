// The Hugo build check of `tiki2md verify-redirects`: the generated site (output/ minus the
// redirect maps) is copied to a temporary folder — Hugo writes a lock file and resources/ into
// its source — and built with the real `hugo --printPathWarnings`. It passes with exit status
// 0, no ERROR and no WARN line (a duplicate target path is a WARN). Then every Hugo alias of the
// legacy records must exist where the legacy path points: public/<alias>/index.html, a
// meta-refresh to the record's target.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LegacyUrlRecord } from '../plan/plan-types.js';

export interface HugoBuild {
  ok: boolean;
  version: string;
  /** Hugo's output (stdout + stderr), trimmed. */
  output: string;
  errors: string[];
  warnings: string[];
  /** Folder with the built site. */
  publicDir: string;
}

export interface AliasCheck {
  alias: string;
  to: string;
  ok: boolean;
  problem?: string;
}

export function hugoVersion(hugo: string): string {
  const r = spawnSync(hugo, ['version'], { encoding: 'utf8' });
  return (r.stdout ?? '').trim().split('\n')[0] ?? '';
}

export function buildWithHugo(hugo: string, outDir: string, workDir: string): HugoBuild {
  const site = join(workDir, 'site');
  const publicDir = join(workDir, 'public');
  cpSync(outDir, site, { recursive: true, filter: (src) => !/^[\\/](?:redirects|\.tiki2md-staging|public|resources)$/.test(src.slice(outDir.length)) });
  const r = spawnSync(hugo, ['--source', site, '--destination', publicDir, '--cacheDir', join(workDir, 'hugo-cache'), '--printPathWarnings'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  const lines = output.split('\n');
  const errors = lines.filter((l) => /^(?:ERROR|Error:)/.test(l.trim()));
  if (r.status !== 0 && errors.length === 0) errors.push(`hugo exited with status ${r.status}${r.error ? `: ${r.error.message}` : ''}`);
  const warnings = lines.filter((l) => /^WARN\b/.test(l.trim()));
  return { ok: r.status === 0 && errors.length === 0 && warnings.length === 0, version: hugoVersion(hugo), output, errors, warnings, publicDir };
}

/** Every record's Hugo alias is a page at public/<alias>/index.html that refreshes to its target. */
export function checkAliases(publicDir: string, records: readonly LegacyUrlRecord[]): AliasCheck[] {
  const checks: AliasCheck[] = [];
  for (const r of records) {
    if (!r.hugoAlias) continue;
    const file = join(publicDir, ...r.hugoAlias.split('/').filter(Boolean), 'index.html');
    if (!existsSync(file)) {
      checks.push({ alias: r.hugoAlias, to: r.to, ok: false, problem: `no file ${file.slice(publicDir.length)}` });
      continue;
    }
    const html = readFileSync(file, 'utf8');
    const refresh = /http-equiv="refresh" content="0; url=([^"]*)"/.exec(html)?.[1];
    const ok = refresh !== undefined && new URL(refresh, 'http://site.invalid').pathname === new URL(r.to, 'http://site.invalid').pathname;
    checks.push({ alias: r.hugoAlias, to: r.to, ok, ...(ok ? {} : { problem: `refreshes to ${refresh ?? '(nothing)'}` }) });
  }
  return checks;
}
