// `tiki2md verify-redirects` (alias `verify`): replays every legacy URL of output/redirects/
// against a private real nginx serving the Hugo-built site, checks the Hugo build, writes
// reports/redirects-verify.{md,json}. Exit 0 when everything passed, 2 when a check failed,
// 1 when it could not run (no nginx/hugo, no redirects.json: one line on stderr).

import { loadConfig, type ConfigInput } from '../config.js';
import { summaryLine } from '../verify/report.js';
import { verifyRedirects } from '../verify/verify-redirects.js';

interface VerifyFlags {
  out?: string;
  reports?: string;
  config?: string;
  site?: string;
  nginx?: string;
  hugo?: string;
  keep?: boolean;
}

export async function verifyCommand(flags: VerifyFlags): Promise<number> {
  const config = loadConfig({ out: flags.out, reports: flags.reports } as ConfigInput, flags.config);
  const { result, workDir } = await verifyRedirects({ out: config.out, reports: config.reports, site: flags.site, nginx: flags.nginx, hugo: flags.hugo, keep: flags.keep });
  process.stdout.write(`${summaryLine(result)} → ${config.reports}/redirects-verify.md\n`);
  if (workDir) process.stdout.write(`kept: ${workDir}\n`);
  return result.ok ? 0 : 2;
}
