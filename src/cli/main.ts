#!/usr/bin/env node
// tiki2md command line: `convert` (the whole site) and `render` (one page of markup).
// Exit codes: 0 success, 1 the tool failed (bad input, bad options), 2 findings reached --fail-on.

import { Command, InvalidArgumentError } from 'commander';
import { convertCommand } from './convert.js';
import { runCli } from './errors.js';
import { renderCommand } from './render.js';

const program = new Command()
  .name('tiki2md')
  .description('Migrate a Tiki (TikiWiki CMS) site to a Hugo markdown content tree')
  .version('0.1.0')
  .showHelpAfterError();

program
  .command('convert')
  .description('convert a Tiki SQL dump into output/content/<section>/*.md, redirect maps and reports')
  .option('--input <path>', 'mysqldump .sql file, or a folder holding one (default: input/)')
  .option('--out <dir>', 'output folder (default: output/)')
  .option('--reports <dir>', 'reports folder (default: reports/)')
  .option('--section <name>', 'Hugo content section the pages go to (default: pages)')
  .option('--front-matter <format>', 'json (the seed format, default), yaml or toml')
  .option('--strip-title-dates', 'strip a trailing "Oct 2021"-style date from titles and slugs')
  .option('--heading-offset <n>', 'shift heading levels (! → # by default)', int)
  .option('--jobs <n>', 'pages converted in parallel (default: number of cores)', int)
  .option('--raw-html <policy>', 'safe (default: never emit raw HTML) or unsafe (allow <u>, <sup>, <br>, <a id> fallbacks)')
  .option('--fail-on <level>', 'exit 2 when findings reach this severity: error or warning')
  .option('--config <file>', 'config file (default: tiki2md.config.json if present)')
  .action((opts) => runCli(() => convertCommand(opts)));

program
  .command('render')
  .description('convert one page of Tiki markup (file or - for stdin) to markdown on stdout; findings on stderr')
  .argument('[file]', 'Tiki markup file, or - for standard input', '-')
  .option('--section <name>', 'section used for internal link URLs (default: pages)')
  .option('--heading-offset <n>', 'shift heading levels', int)
  .option('--raw-html <policy>', 'safe (default) or unsafe')
  .option('--config <file>', 'config file (default: tiki2md.config.json if present)')
  .action((file, opts) => runCli(() => renderCommand(file, opts)));

function int(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected an integer');
  return n;
}

await program.parseAsync();
