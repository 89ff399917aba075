#!/usr/bin/env node
// Writes input/files/: the sample's copy of the folder where Tiki kept attachment and gallery
// bytes on disk (prefs w_use_dir / fgal_use_dir), one file per `path`, from the `disk` bytes in
// site.mjs. tiki2md finds it as the default --files-dir (`files/` beside the dump). Items with a
// `path` but no `disk` are deliberately absent (a lost file). Used by make-dump.sh.
//
// Usage: node input/generate/write-files.mjs [out-dir]   (default: input/files)

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attachments, files } from './site.mjs';

const dir = process.argv[2] ?? 'input/files';
mkdirSync(dir, { recursive: true });
for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
let count = 0;
for (const item of [...attachments, ...files]) {
  if (!item.path || !item.disk) continue;
  writeFileSync(join(dir, item.path), item.disk);
  count++;
}
console.log(`wrote ${count} files to ${dir}`);
