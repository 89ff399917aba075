// A site whose page names hold every character class that could break a server config or
// inject a directive: quotes, ";", braces, "$", newlines, spaces, "#", "?", "%", "+", "&", "/",
// "\", leading "~", map keywords, control characters, non-ASCII (accents, NFD, Cyrillic, CJK,
// emoji, RTL, NBSP, zero-width, U+2028), and ready-made injection attempts for each format.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlan } from '../../src/plan/build-plan.js';
import type { Plan } from '../../src/plan/plan-types.js';
import { makePage, makeSite } from '../plan/site-fixture.js';

export const HOSTILE_NAMES = [
  'Quote " double',
  "Quote ' single",
  'Semi ; colon',
  'Brace { open',
  'Brace } close',
  'Dollar $uri var',
  'Dollar ${x} brace',
  'New\nline',
  'Carriage\rreturn',
  'Tab\there',
  'Space  two',
  ' leading space',
  'Hash # sign',
  'Question ? mark',
  'Percent % 20',
  'Percent %41 escape',
  'Amp & ersand',
  'Plus + plus',
  'Equals = sign',
  'Slash / path',
  'Back \\ slash',
  'Angle <b> tag',
  'Pipe | bar',
  'Caret ^ up',
  'Back `tick`',
  '~tilde start',
  '\\backslash start',
  'default',
  'include',
  'volatile',
  'Star * splat',
  ':colon start',
  'Bang !',
  'Paren (x)',
  'Bracket [x]',
  'At @ sign',
  'Comma , sep',
  'Café accent',
  'Cafe\u0301 nfd',
  'Витамин',
  '日本語のページ',
  'Emoji 😀',
  'RTL עברית',
  'Ctl \u0001 char',
  'Del \u007f char',
  'NBSP\u00a0space',
  'Zero\u200bwidth',
  'Line\u2028sep',
  'x"; return 302 http://evil.example/; "',
  '} server { listen 127.0.0.1:9; } map $a $b {',
  'x\nRewriteRule ^ http://evil.example/ [R=302]',
  '</rewriteMap><rule name="evil">',
  '{$HOME} {http.request.uri}',
  '/:splat *',
  "=cmd|' /C calc'!A0",
  '#comment',
  '../escape',
  'a//b',
];

export function hostilePlan(): Plan {
  const pages = HOSTILE_NAMES.map((name, i) => makePage(i + 1, name));
  return buildPlan(makeSite(pages), {
    section: 'pages',
    stripTitleDates: false,
    customRoutes: [{ from: '/route";return 302 /evil;#', to: HOSTILE_NAMES[0] }],
  });
}

/** A stand-in for the Hugo-built site: one index.html per page URL, and 404.html. */
export function writePublic(dir: string, plan: Plan): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '404.html'), '<h1>Not found</h1>\n');
  for (const p of plan.pages) {
    const folder = join(dir, ...p.url.split('/').filter(Boolean));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), `<h1>page ${p.page.id}</h1>\n`);
  }
}

/** Writes redirect files (path → content) under `dir`. */
export function writeFiles(dir: string, files: Map<string, string>): void {
  for (const [name, content] of files) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}
