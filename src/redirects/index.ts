// Every redirect artefact of a run, written from the plan's legacy URL records (the single
// source of every map and of Hugo aliases), written by the pipeline through
// incremental/redirect-maps.ts (which keeps the previous run's when unchanged); one file per target
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

import type { LegacyOptions } from '../plan/legacy-urls.js';
import type { Plan } from '../plan/plan-types.js';
import { apacheFiles } from './apache.js';
import { caddyfile } from './caddy.js';
import { cloudflareFiles } from './cloudflare.js';
import { redirectsCsv } from './csv.js';
import { REDIRECT_FORMATS, type RedirectFormat } from './formats.js';
import { htaccessFile } from './htaccess.js';
import { iisWebConfig } from './iis.js';
import { redirectsJsonChunks } from './json.js';
import { redirectModel, type RedirectSettings } from './model.js';
import { netlifyRedirects } from './netlify.js';
import { nginxFiles } from './nginx.js';
import { redirectsReadme } from './readme.js';
import { vercelJson } from './vercel.js';

export const REDIRECTS_DIR = 'redirects';

/** A file's text, or its pieces for a file that may be too long for one string. */
export type FileText = string | Iterable<string>;

/** Every output file (path relative to output/redirects/) → content. */
export function redirectFiles(plan: Pick<Plan, 'legacyUrls'>, settings: RedirectSettings = {}): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, text] of redirectFileEntries(plan, settings)) files.set(name, typeof text === 'string' ? text : [...text].join(''));
  return files;
}

/**
 * The same files one format at a time, so a writer can let each go before the next is made: a
 * large site's maps are tens of MB per format, and holding them all at once was the run's peak.
 * Only the formats in `settings.formats` (default: all) and the README, which lists them.
 * `onRecord` sees each record's JSON as redirects.json is written.
 */
export function* redirectFileEntries(plan: Pick<Plan, 'legacyUrls'>, settings: RedirectSettings = {}, onRecord?: (json: string) => void): Generator<[string, FileText]> {
  const formats = new Set<RedirectFormat>(settings.formats ?? REDIRECT_FORMATS);
  // The server formats read the regrouped records; the README and redirects.json only its statuses.
  const servers = REDIRECT_FORMATS.some((f) => formats.has(f) && f !== 'csv' && f !== 'json');
  const model = redirectModel(servers ? plan.legacyUrls : [], settings);
  yield ['README.md', redirectsReadme(model, plan.legacyUrls, formats)];
  if (formats.has('csv')) yield ['redirects.csv', redirectsCsv(plan.legacyUrls)];
  if (formats.has('json')) yield ['redirects.json', redirectsJsonChunks(plan.legacyUrls, model, onRecord)];
  if (formats.has('nginx')) for (const [name, content] of nginxFiles(model)) yield [`nginx/${name}`, content];
  if (formats.has('apache')) for (const [name, content] of apacheFiles(model)) yield [`apache/${name}`, content];
  if (formats.has('htaccess')) yield ['htaccess/.htaccess', htaccessFile(model)];
  if (formats.has('netlify')) yield ['netlify/_redirects', netlifyRedirects(model)];
  if (formats.has('cloudflare')) for (const [name, content] of cloudflareFiles(model)) yield [`cloudflare/${name}`, content];
  if (formats.has('vercel')) yield ['vercel/vercel.json', vercelJson(model)];
  if (formats.has('caddy')) yield ['caddy/tiki2md.caddy', caddyfile(model)];
  if (formats.has('iis')) yield ['iis/web.config', iisWebConfig(model)];
}

/** The legacy-URL options of a config object (config keys of the same names). */
export function legacyOptions(config: LegacyOptions & { customRoutes?: readonly { from: string; to: string }[] }): LegacyOptions {
  const { basePath, sefPrefixes, redirectStatus, goneStatus, homePage, pageActions, goneActions, customRoutes } = config;
  return { basePath, sefPrefixes, redirectStatus, goneStatus, homePage, pageActions, goneActions, customRoutes };
}
