// `tiki2md review`: (re)builds reports/review/ and reports/junit.xml from an existing run —
// the page files under output/, reports/findings.json and the page sources re-read from the
// input (loaded and planned again, nothing converted). `convert` builds them itself.

import { loadConfig, type ConfigInput } from '../config.js';
import { loadInput } from '../load/open-input.js';
import { buildPlan } from '../plan/build-plan.js';
import { legacyOptions } from '../redirects/index.js';
import { writeCiAndReview } from '../report/review/after-run.js';

interface ReviewFlags {
  input?: string;
  out?: string;
  reports?: string;
  section?: string;
  stripTitleDates?: boolean;
  config?: string;
}

export async function reviewCommand(flags: ReviewFlags): Promise<number> {
  const { config: configPath, ...rest } = flags;
  const config = loadConfig(rest as ConfigInput, configPath);
  const { site } = await loadInput(config.input, { history: config.history, filesDir: config.filesDir });
  const plan = buildPlan(site, { ...legacyOptions(config), section: config.section, stripTitleDates: config.stripTitleDates });
  await writeCiAndReview(config, plan.pages);
  process.stdout.write(`tiki2md: review site of ${plan.pages.length} pages → ${config.reports}/review/index.html\n`);
  return 0;
}
