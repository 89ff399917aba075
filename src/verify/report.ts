// reports/redirects-verify.json and .md: what `tiki2md verify-redirects` checked and found.
// The JSON holds every check; the markdown a summary, every failure (capped) and the conflicts
// the converter reported (redirect and alias findings from reports/findings.json), so the
// webmaster sees both what works and what was decided along the way. Page names and URLs in the
// markdown are inside code spans with backticks neutralized.

import type { Finding } from '../report/finding.js';
import type { AliasCheck, HugoBuild } from './hugo-build.js';
import type { NginxCheck } from './nginx-server.js';
import type { ReplayResult } from './replay.js';

export const CONFLICT_RULES = ['alias-conflict', 'redirect-shadowed', 'redirect-chain', 'redirect-loop', 'redirect-dangling', 'alias-unsafe-path', 'legacy-sef-skipped'];

export interface VerifyResult {
  nginxVersion: string;
  nginxTest: NginxCheck;
  hugo: Omit<HugoBuild, 'publicDir' | 'output'> | null;
  aliases: AliasCheck[];
  replay: ReplayResult | null;
  records: number;
  conflicts: Finding[];
  ok: boolean;
}

export interface VerifySummary {
  records: number;
  spellings: number;
  spellingsPassed: number;
  targets: number;
  targetsPassed: number;
  externalTargets: number;
  probes: number;
  probesPassed: number;
  aliases: number;
  aliasesPassed: number;
  passRate: number;
}

export function summarize(result: VerifyResult): VerifySummary {
  const r = result.replay;
  const spellings = r?.spellings ?? [];
  const targets = (r?.targets ?? []).filter((t) => !t.external);
  const probes = r?.probes ?? [];
  const checks = spellings.length + targets.length + probes.length + result.aliases.length;
  const passed = spellings.filter((s) => s.ok).length + targets.filter((t) => t.ok).length + probes.filter((p) => p.ok).length + result.aliases.filter((a) => a.ok).length;
  return {
    records: result.records,
    spellings: spellings.length,
    spellingsPassed: spellings.filter((s) => s.ok).length,
    targets: targets.length,
    targetsPassed: targets.filter((t) => t.ok).length,
    externalTargets: (r?.targets ?? []).filter((t) => t.external).length,
    probes: probes.length,
    probesPassed: probes.filter((p) => p.ok).length,
    aliases: result.aliases.length,
    aliasesPassed: result.aliases.filter((a) => a.ok).length,
    passRate: checks === 0 ? 0 : Math.floor((passed / checks) * 10000) / 100,
  };
}

export function summaryLine(result: VerifyResult): string {
  const s = summarize(result);
  return (
    `tiki2md verify-redirects: ${result.ok ? 'PASS' : 'FAIL'} — nginx -t ${result.nginxTest.ok ? 'clean' : 'FAILED'}; ` +
    `hugo ${result.hugo === null ? 'not run' : result.hugo.errors.length + result.hugo.warnings.length === 0 ? 'clean' : `${result.hugo.errors.length} errors, ${result.hugo.warnings.length} warnings`}; ` +
    `${s.records} records, ${s.spellingsPassed}/${s.spellings} spellings, ${s.targetsPassed}/${s.targets} targets (${s.externalTargets} external), ` +
    `${s.probesPassed}/${s.probes} probes, ${s.aliasesPassed}/${s.aliases} Hugo aliases; ${s.passRate}% passed`
  );
}

export function verifyJson(result: VerifyResult): string {
  return JSON.stringify({ summary: summarize(result), ...result }, null, 1) + '\n';
}

const code = (text: string) => '`' + text.replace(/`/g, 'ˋ').replace(/[\r\n]/g, ' ') + '`';
const MAX_ROWS = 200;

export function verifyMarkdown(result: VerifyResult): string {
  const s = summarize(result);
  const out: string[] = [
    '# Redirect verification',
    '',
    `**${result.ok ? 'PASS' : 'FAIL'}** — ${s.passRate}% of ${s.spellings + s.targets + s.probes + s.aliases} checks passed.`,
    '',
    '| check | passed | total |',
    '|---|---|---|',
    `| legacy URL spellings replayed through nginx (status + Location) | ${s.spellingsPassed} | ${s.spellings} |`,
    `| targets followed once (200) | ${s.targetsPassed} | ${s.targets} |`,
    `| negative and variant probes | ${s.probesPassed} | ${s.probes} |`,
    `| Hugo alias pages | ${s.aliasesPassed} | ${s.aliases} |`,
    '',
    `- records: ${s.records}; external targets not followed: ${s.externalTargets}`,
    `- nginx: ${code(result.nginxVersion)}; \`nginx -t\`: ${result.nginxTest.ok ? 'clean' : 'FAILED'}`,
    `- hugo: ${result.hugo ? `${code(result.hugo.version)}; ${result.hugo.errors.length} errors, ${result.hugo.warnings.length} warnings (--printPathWarnings)` : 'not run (--site given)'}`,
    '',
  ];
  if (!result.nginxTest.ok) out.push('## nginx -t', '', '```', result.nginxTest.output.replace(/```/g, 'ˋˋˋ'), '```', '');
  if (result.hugo && !result.hugo.ok) out.push('## Hugo', '', ...[...result.hugo.errors, ...result.hugo.warnings].map((l) => `- ${code(l)}`), '');
  const failures = [
    ...(result.replay?.spellings ?? []).filter((c) => !c.ok).map((c) => `| spelling | ${code(c.spelling)} | ${c.expected.status} ${code(c.expected.location ?? '')} | ${c.actual.status} ${code(c.actual.location ?? '')} |`),
    ...(result.replay?.targets ?? []).filter((c) => !c.ok).map((c) => `| target | ${code(c.to)} | 200 | ${c.status} |`),
    ...(result.replay?.probes ?? []).filter((c) => !c.ok).map((c) => `| ${c.probe} | ${code(c.path)} | ${c.expected} | ${c.actual.status} ${code(c.actual.location ?? '')} |`),
    ...result.aliases.filter((c) => !c.ok).map((c) => `| Hugo alias | ${code(c.alias)} | ${code(c.to)} | ${c.problem ?? ''} |`),
  ];
  if (failures.length) {
    out.push(`## Failures (${failures.length})`, '', '| check | request | expected | got |', '|---|---|---|---|', ...failures.slice(0, MAX_ROWS));
    if (failures.length > MAX_ROWS) out.push('', `… and ${failures.length - MAX_ROWS} more in redirects-verify.json`);
    out.push('');
  }
  out.push(`## Conflicts and decisions reported by the converter (${result.conflicts.length})`, '');
  if (result.conflicts.length === 0) out.push('None (or reports/findings.json was not found).');
  else {
    out.push('| rule | severity | page | message |', '|---|---|---|---|');
    for (const f of result.conflicts) out.push(`| ${f.ruleId} | ${f.severity} | ${f.pageId ?? ''} ${f.pageName ? code(f.pageName) : ''} | ${f.message.replace(/\|/g, '\\|').replace(/[\r\n]/g, ' ')} |`);
  }
  return out.join('\n') + '\n';
}
