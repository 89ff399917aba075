#!/usr/bin/env node
// Checks that a database loaded from a sample dump holds exactly the bytes site.mjs describes:
// every page name and body, every attachment and every gallery file (bytes kept on disk leave
// `data` empty). Reads, on stdin, the output of
//
//   mysql -N -B <db> < (the SELECT below, printed by `node check-roundtrip.mjs --query`)
//
// i.e. lines "kind<TAB>id<TAB>HEX(value)". Hex keeps the comparison byte-exact whatever the
// client's escaping. Exit 1 with the differences, 0 when everything matches. Used by make-dump.sh.

import { readFileSync } from 'node:fs';
import { attachments, files, pages, storedBody } from './site.mjs';

const query = [
  "SELECT 'name', page_id, HEX(pageName) FROM tiki_pages",
  "SELECT 'body', page_id, HEX(data) FROM tiki_pages",
  "SELECT 'attachment', attId, HEX(data) FROM tiki_wiki_attachments",
  "SELECT 'file', fileId, HEX(data) FROM tiki_files",
]
  .map((q) => q + ';')
  .join('\n');

if (process.argv.includes('--query')) {
  console.log(query);
  process.exit(0);
}

const hex = (bufOrString) => Buffer.from(bufOrString).toString('hex').toUpperCase();
const expected = new Map();
for (const p of pages) {
  expected.set(`name ${p.page_id}`, hex(p.pageName));
  expected.set(`body ${p.page_id}`, hex(storedBody(p)));
}
for (const a of attachments) expected.set(`attachment ${a.attId}`, hex(a.data ?? ''));
for (const f of files) expected.set(`file ${f.fileId}`, hex(f.data ?? ''));

const actual = new Map();
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (line === '') continue;
  const [kind, id, value] = line.split('\t');
  actual.set(`${kind} ${id}`, value ?? '');
}

const problems = [];
for (const [key, value] of expected) {
  if (!actual.has(key)) problems.push(`missing: ${key}`);
  else if (actual.get(key) !== value) problems.push(`differs: ${key}`);
}
for (const key of actual.keys()) if (!expected.has(key)) problems.push(`unexpected: ${key}`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`round trip ok: ${pages.length} page names and bodies, ${attachments.length} attachments, ${files.length} files byte-identical`);
