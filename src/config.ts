// Configuration: one object for the CLI, the config file and the library API. The file is
// `tiki2md.config.json` in the working folder (or --config FILE); its keys are the CLI flags in
// camelCase. CLI flags override the file. Validated with zod; errors name the key and what was
// expected.

import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { InputError } from './load/input-error.js';
import { pluginInfo, pluginPolicies } from './normalize/plugins/registry.js';
import { REDIRECT_FORMATS } from './redirects/formats.js';

export const configSchema = z
  .object({
    input: z.string().min(1).default('input'),
    out: z.string().min(1).default('output'),
    reports: z.string().min(1).default('reports'),
    section: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*$/, 'a lower-case folder name such as "pages" (letters, digits, "-" and "_")')
      .default('pages'),
    frontMatter: z.enum(['json', 'yaml', 'toml']).default('json'),
    stripTitleDates: z.boolean().default(false),
    headingOffset: z.number().int().min(-5).max(5).default(0),
    jobs: z.number().int().min(1).max(256).default(availableParallelism()),
    failOn: z.enum(['error', 'warning']).optional(),
    // Sources, attachments and optional front matter (README "Sources" and "Attachments and files").
    filesDir: z.string().min(1).optional(),
    assetsDir: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'a lower-case folder name such as "files" (letters, digits, "-" and "_")').default('files'),
    history: z.boolean().default(false),
    structure: z.enum(['none', 'front-matter']).default('none'),
    translations: z.boolean().default(false),
    // Legacy URLs and redirect maps (README "Redirect maps").
    basePath: z.string().regex(/^\/?(?:[^\s?#/]+(?:\/[^\s?#/]+)*)?\/?$/, 'a site path such as "/tiki" (no spaces, "?" or "#")').default(''),
    sefPrefixes: z.array(z.string().regex(/^\/?[^\s?#/]+(?:\/[^\s?#/]+)*\/?$/, 'a path prefix such as "/en"')).default([]),
    redirectStatus: z.union([z.literal(301), z.literal(302), z.literal(308)], { error: '301, 302 or 308' }).default(301),
    goneStatus: z.union([z.literal(404), z.literal(410)], { error: '410 or 404' }).default(410),
    homePage: z.string().min(1).optional(),
    pageActions: z.array(z.string().regex(/^[\w.-]+\.php$/, 'a Tiki script name such as "tiki-print.php"')).optional(),
    goneActions: z.array(z.string().regex(/^[\w.-]+\.php$/, 'a Tiki script name such as "tiki-editpage.php"')).optional(),
    customRoutes: z.array(z.object({ from: z.string().min(1), to: z.string().min(1) }).strict()).default([]),
    // Which redirect map formats are written (src/redirects/formats.ts); all by default.
    redirectFormats: z.array(z.enum(REDIRECT_FORMATS)).default([...REDIRECT_FORMATS]),
    siteUrl: z.string().regex(/^https?:\/\/[^\s/?#]+$/, 'the new site\'s origin, such as "https://www.example.org"').optional(),
    rawHtml: z.enum(['safe', 'unsafe']).default('safe'),
    review: z.boolean().default(true),
    // Run everything but write nothing under `out`; report what would change (README "Review site, diff and CI reports").
    dryRun: z.boolean().default(false),
    // Convert every page even when the run manifest says it is unchanged (README "Incremental runs").
    force: z.boolean().default(false),
    plugins: z
      .record(z.string().refine((name) => pluginInfo(name.toLowerCase()) !== undefined, { message: 'not a Tiki plugin name' }), z.enum(pluginPolicies))
      .default({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;

export const CONFIG_FILE = 'tiki2md.config.json';

/** Reads the config file (if any), applies overrides, validates. Throws InputError. */
export function loadConfig(overrides: ConfigInput, configPath?: string): Config {
  const path = configPath ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : null);
  let fromFile: unknown = {};
  if (path) {
    if (!existsSync(path)) throw new InputError(path, null, 'config file not found', 'a JSON file');
    try {
      fromFile = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new InputError(path, null, `not valid JSON: ${(e as Error).message}`, 'a JSON object whose keys are tiki2md options');
    }
  }
  return parseConfig({ ...(fromFile as object), ...dropUndefined(overrides) }, path ?? '(command line)');
}

export function parseConfig(value: unknown, source: string): Config {
  const result = configSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = issue.path.join('.') || '(top level)';
  const what = issue.code === 'unrecognized_keys' ? `unknown option(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `option "${key}": ${issue.message}`;
  throw new InputError(source, null, what, 'the options listed in the README');
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
