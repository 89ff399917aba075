// Worker threads load built JavaScript: beside a built module, or under dist/ for a source module.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtFile } from '../../src/pool/built-file.js';

describe('builtFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'tiki2md-built-'));
  mkdirSync(join(root, 'src', 'pool'), { recursive: true });
  mkdirSync(join(root, 'dist', 'pool'), { recursive: true });
  writeFileSync(join(root, 'dist', 'pool', 'worker.js'), '');
  const url = (...parts: string[]) => pathToFileURL(join(root, ...parts)).href;

  it('names the sibling of a built module', () => {
    expect(builtFile(url('dist', 'pool', 'page-pool.js'), 'worker.js')).toBe(join(root, 'dist', 'pool', 'worker.js'));
  });

  it('names the same folder under dist/ for a source module', () => {
    expect(builtFile(url('src', 'pool', 'page-pool.ts'), 'worker.js')).toBe(join(root, 'dist', 'pool', 'worker.js'));
  });

  it('says to build when the built file is missing', () => {
    expect(() => builtFile(url('src', 'pool', 'page-pool.ts'), 'other.js')).toThrow(/the worker build is missing .*other\.js.*npm run build/);
  });
});
