// Reads a folder tree into a map of relative path → bytes, for byte-for-byte comparisons.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

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

/** The output/ and reports/ folders of two run folders hold the same files, byte for byte. */
export function expectSameTrees(a: string, b: string): void {
  for (const sub of ['output', 'reports']) {
    const x = readTree(join(a, sub));
    const y = readTree(join(b, sub));
    expect([...y.keys()]).toEqual([...x.keys()]);
    for (const [path, bytes] of x) expect(y.get(path)?.equals(bytes), `${sub}/${path}`).toBe(true);
  }
}
