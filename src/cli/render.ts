// `tiki2md render [FILE|-]`: one page of Tiki markup → markdown on stdout (no front matter).
// With no site to resolve against, an internal link goes to /<section>/<slug of the name>/.
// Findings go to stderr as `line:col ruleId message`.

import { readFileSync } from 'node:fs';
import { loadConfig, type ConfigInput } from '../config.js';
import { convertTikiBody } from '../convert-page.js';
import { InputError } from '../load/input-error.js';
import type { LinkTargets } from '../normalize/link-targets.js';
import { pageUrl } from '../plan/build-plan.js';
import { slugifyTitle } from '../plan/slugs.js';

interface RenderFlags {
  section?: string;
  rawHtml?: string;
  headingOffset?: number;
  config?: string;
}

export async function renderCommand(file: string, flags: RenderFlags): Promise<number> {
  const { config: configPath, ...rest } = flags;
  const config = loadConfig(rest as ConfigInput, configPath);
  const source = readSource(file);
  const result = convertTikiBody(source, nameLinks(config.section), { headingOffset: config.headingOffset, rawHtml: config.rawHtml, plugins: config.plugins });
  process.stdout.write(result.markdown);
  for (const f of result.findings) {
    process.stderr.write(`${f.line ?? 0}:${f.column ?? 0} ${f.ruleId} ${f.message}\n`);
  }
  return 0;
}

/** Links resolved from the name alone: every page "exists" at the slug of its name. */
export function nameLinks(section: string): LinkTargets {
  return {
    knowsPages: false,
    resolve: (name) => ({
      status: 'exact',
      target: { pageName: name, url: pageUrl(section, slugifyTitle(name) || 'page'), anchors: null },
    }),
  };
}

function readSource(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new InputError(file, null, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'a readable file of Tiki markup, or - for stdin');
  }
}
