// The tool's identity for run manifests: the package version plus a hash of the code that is
// running (every module file beside this one), so a run of changed code — a git checkout
// between releases, a local patch — never reuses pages converted by other code.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

let cached: string | null = null;

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** "0.1.0+3f9c2a1b7d4e": package version + build hash of the running code. */
export function toolVersion(): string {
  if (cached === null) {
    const hash = createHash('sha256');
    for (const file of codeFiles(here)) hash.update(file).update('\0').update(readFileSync(join(here, file))).update('\0');
    cached = `${packageVersion()}+${hash.digest('hex').slice(0, 12)}`;
  }
  return cached;
}

function codeFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...codeFiles(dir, rel));
    else if (/\.(?:js|ts|mjs|cjs|json)$/.test(entry.name) && !entry.name.endsWith('.map')) out.push(rel);
  }
  return out.sort();
}
