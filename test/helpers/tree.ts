// Reads a folder tree into a map of relative path → bytes, for byte-for-byte comparisons.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function readTree(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      if (statSync(path).isDirectory()) walk(path, rel);
      else out.set(rel, readFileSync(path));
    }
  };
  walk(root, '');
  return out;
}
