// Every redirect artefact of a run, written from the plan's legacy URL records (the single
// source of every map and of Hugo aliases). Called once by the pipeline; one file per target
// format in this folder, each opening with the format it writes and its escaping rules.
//
//   output/redirects/README.md                    what each file is and how to install it
//   output/redirects/redirects.csv, redirects.json the records (csv.ts, json.ts)
//   output/redirects/nginx/                        map files + http/server include snippets (nginx.ts)
//   output/redirects/apache/                       vhost RewriteMap files + rules (apache.ts)
//   output/redirects/htaccess/.htaccess            per-URL mod_rewrite rules (htaccess.ts)
//   output/redirects/netlify/_redirects            (netlify.ts)
//   output/redirects/cloudflare/                   bulk-redirect CSV + a note on query forms (cloudflare.ts)
//   output/redirects/vercel/vercel.json            (vercel.ts)
//   output/redirects/caddy/tiki2md.caddy           (caddy.ts)
//   output/redirects/iis/web.config                (iis.ts)

import { join } from 'node:path';
import type { StagedTree } from '../emit/write-tree.js';
import type { LegacyOptions } from '../plan/legacy-urls.js';
import type { Plan } from '../plan/plan-types.js';
import { apacheFiles } from './apache.js';
import { caddyfile } from './caddy.js';
import { cloudflareFiles } from './cloudflare.js';
import { redirectsCsv } from './csv.js';
import { htaccessFile } from './htaccess.js';
import { iisWebConfig } from './iis.js';
import { redirectsJson } from './json.js';
import { redirectModel, type RedirectSettings } from './model.js';
import { netlifyRedirects } from './netlify.js';
import { nginxFiles } from './nginx.js';
import { redirectsReadme } from './readme.js';
import { vercelJson } from './vercel.js';

export const REDIRECTS_DIR = 'redirects';

/** Every output file (path relative to output/redirects/) → content. */
export function redirectFiles(plan: Pick<Plan, 'legacyUrls'>, settings: RedirectSettings = {}): Map<string, string> {
  const model = redirectModel(plan.legacyUrls, settings);
  const files = new Map<string, string>();
  files.set('README.md', redirectsReadme(model, plan.legacyUrls));
  files.set('redirects.csv', redirectsCsv(plan.legacyUrls));
  files.set('redirects.json', redirectsJson(plan.legacyUrls, model));
  for (const [name, content] of nginxFiles(model).files) files.set(`nginx/${name}`, content);
  for (const [name, content] of apacheFiles(model)) files.set(`apache/${name}`, content);
  files.set('htaccess/.htaccess', htaccessFile(model));
  files.set('netlify/_redirects', netlifyRedirects(model));
  for (const [name, content] of cloudflareFiles(model)) files.set(`cloudflare/${name}`, content);
  files.set('vercel/vercel.json', vercelJson(model));
  files.set('caddy/tiki2md.caddy', caddyfile(model));
  files.set('iis/web.config', iisWebConfig(model));
  return files;
}

export async function writeRedirects(out: StagedTree, plan: Plan, settings: RedirectSettings = {}): Promise<void> {
  for (const [name, content] of redirectFiles(plan, settings)) await out.write(join(REDIRECTS_DIR, name), content);
}

/** The legacy-URL options of a config object (config keys of the same names). */
export function legacyOptions(config: LegacyOptions & { customRoutes?: readonly { from: string; to: string }[] }): LegacyOptions {
  const { basePath, sefPrefixes, redirectStatus, goneStatus, homePage, pageActions, goneActions, customRoutes } = config;
  return { basePath, sefPrefixes, redirectStatus, goneStatus, homePage, pageActions, goneActions, customRoutes };
}
