#!/usr/bin/env node
// tiki2md command line: `convert` (the whole site) and `render` (one page of markup).
// Exit codes: 0 success, 1 the tool failed (bad input, bad options), 2 findings reached --fail-on.
// A large site runs faster with node's --max-semi-space-size=64 (`npm start` passes it; README,
// Scale): its planning and redirect maps make millions of short-lived strings beside a plan of a
// GB, and with V8's default 16 MB semi-space a 100k-page run spent 40 s in scavenges (64 MB: 17 s).
// Heaps are kept from growing far past what they hold (heap-growth.ts).
// The shebang stays plain: `env -S` is missing from some systems' env (BusyBox).

import { Command, InvalidArgumentError } from 'commander';
import { convertCommand } from './convert.js';
import { diffCommand } from './diff.js';
import { runCli } from './errors.js';
import { renderCommand } from './render.js';
import { reviewCommand } from './review.js';
import { verifyCommand } from './verify.js';
import { limitHeapGrowth } from '../heap-growth.js';
import { parseRedirectFormats, REDIRECT_FORMATS, type RedirectFormat } from '../redirects/formats.js';
import { packageVersion } from '../version.js';

// Before any worker thread starts: a large run's heaps otherwise hold gigabytes of garbage.
limitHeapGrowth();

const program = new Command()
  .name('tiki2md')
  .description('Migrate a Tiki (TikiWiki CMS) site to a Hugo markdown content tree')
  .version(packageVersion())
  .showHelpAfterError();

program
  .command('convert')
  .description('convert a Tiki SQL dump into output/content/<section>/*.md, redirect maps and reports')
  .option('--input <path>', 'a .sql dump, a phpMyAdmin .json, a Tiki export .tar, a mysqldump --tab or mysql --batch folder, a folder holding one file, or mysql://user:pass@host:port/db (default: input/)')
  .option('--files-dir <dir>', 'folder holding the attachment/file bytes Tiki stored on disk (default: files/ beside the input)')
  .option('--assets-dir <name>', 'folder under static/ for extracted attachments and files (default: files)')
  .option('--history', 'read tiki_history and tiki_actionlog: lastmod and authors in front matter, renames as legacy URLs')
  .option('--structure <mode>', 'none (default) or front-matter: weight and parent from Tiki structures')
  .option('--translations', 'translationKey and lang in the front matter of translated pages')
  .option('--out <dir>', 'output folder (default: output/)')
  .option('--reports <dir>', 'reports folder (default: reports/)')
  .option('--section <name>', 'Hugo content section the pages go to (default: pages)')
  .option('--front-matter <format>', 'json (the seed format, default), yaml or toml')
  .option('--strip-title-dates', 'strip a trailing "Oct 2021"-style date from titles and slugs')
  .option('--heading-offset <n>', 'shift heading levels (! → # by default)', int)
  .option('--jobs <n>', 'pages converted in parallel (default: number of cores)', int)
  .option('--raw-html <policy>', 'safe (default: never emit raw HTML) or unsafe (allow <u>, <sup>, <br>, <a id> fallbacks)')
  .option('--no-review', 'skip the HTML review site (reports/review/); it renders every page again')
  .option('--fail-on <level>', 'exit 2 when findings reach this severity: error or warning')
  .option('--dry-run', 'run the whole conversion but write nothing under the output folder; print and report (reports/dry-run.md) what would be added, changed or deleted')
  .option('--force', 'convert every page, even those the previous run (its manifest in <out>/.tiki2md/) shows unchanged')
  .option('--base-path <path>', 'path the Tiki site lived under, e.g. /tiki (legacy URLs and Hugo aliases are relative to it)')
  .option('--redirect-status <code>', 'status of legacy URL redirects: 301 (default), 302 or 308', int)
  .option('--gone-status <code>', 'status of legacy URLs with no new home: 410 (default) or 404', int)
  .option('--redirect-formats <list>', `redirect map formats to write: all (default), none, or some of ${REDIRECT_FORMATS.join(',')}`, redirectFormats)
  .option('--site-url <url>', "the new site's origin (https://www.example.org), for redirect formats that need absolute URLs")
  .option('--config <file>', 'config file (default: tiki2md.config.json if present)')
  // Negatable flags have a default of true: drop it so a config file's `"review": false` holds.
  .action((opts, command: Command) => runCli(() => convertCommand(command.getOptionValueSource('review') === 'default' ? { ...opts, review: undefined } : opts)));

program
  .command('render')
  .description('convert one page of Tiki markup (file or - for stdin) to markdown on stdout; findings on stderr')
  .argument('[file]', 'Tiki markup file, or - for standard input', '-')
  .option('--section <name>', 'section used for internal link URLs (default: pages)')
  .option('--heading-offset <n>', 'shift heading levels', int)
  .option('--raw-html <policy>', 'safe (default) or unsafe')
  .option('--config <file>', 'config file (default: tiki2md.config.json if present)')
  .action((file, opts) => runCli(() => renderCommand(file, opts)));

program
  .command('verify-redirects')
  .alias('verify')
  .description('replay every legacy URL against a real nginx with the Hugo-built site; writes reports/redirects-verify.{md,json}')
  .option('--out <dir>', 'output folder of tiki2md convert (default: output/)')
  .option('--reports <dir>', 'reports folder (default: reports/)')
  .option('--site <dir>', 'serve this already built site instead of building output/ with hugo')
  .option('--nginx <path>', 'nginx binary (default: nginx on PATH or in /usr/sbin)')
  .option('--hugo <path>', 'hugo binary (default: hugo on PATH)')
  .option('--keep', 'keep the temporary nginx config, logs and built site')
  .option('--config <file>', 'config file (default: tiki2md.config.json if present)')
  .action((opts) => runCli(() => verifyCommand(opts)));

program
  .command('review')
  .description('rebuild reports/review/ (HTML review site) and reports/junit.xml from an existing run')
  .option('--input <path>', 'the input the run converted (default: input/)')
  .option('--out <dir>', 'output folder of tiki2md convert (default: output/)')
  .option('--reports <dir>', 'reports folder (default: reports/)')
  .option('--section <name>', 'Hugo content section the pages went to (default: pages)')
  .option('--strip-title-dates', 'as given to convert (slugs depend on it)')
  .option('--config <file>', 'config file (default: tiki2md.config.json if present)')
  .action((opts) => runCli(() => reviewCommand(opts)));

program
  .command('diff')
  .description('compare two runs (output folders, folders holding output/ and reports/, or two run manifests <out>/.tiki2md/manifest.ndjson): reports/diff.md, diff.json, review/diff.html')
  .argument('<old>', 'the earlier run (a manifest file makes it a manifest diff: pages and findings, no text diffs)')
  .argument('<new>', 'the later run')
  .option('--reports <dir>', 'where to write the diff reports (default: reports/)')
  .option('--old-findings <file>', "the earlier run's findings.json (default: found beside the output)")
  .option('--new-findings <file>', "the later run's findings.json (default: found beside the output)")
  .action((oldPath, newPath, opts) => runCli(() => diffCommand(oldPath, newPath, opts)));

function redirectFormats(value: string): RedirectFormat[] {
  try {
    return parseRedirectFormats(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function int(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected an integer');
  return n;
}

await program.parseAsync();
