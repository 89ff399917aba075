// The package's entry points name files the build makes, and the library entry exports what
// the README documents.

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { main: string; types: string; bin: Record<string, string> };
const source = (built: string) => new URL(`../${built.replace(/^dist\//, 'src/').replace(/\.(d\.ts|js)$/, '.ts')}`, import.meta.url);

describe('package entry points', () => {
  it('main, types and bin are built from sources that exist', () => {
    for (const built of [pkg.main, pkg.types, ...Object.values(pkg.bin)]) expect(existsSync(source(built)), built).toBe(true);
  });

  it('the library exports the run, its config, one page body conversion and the heap setting', () => {
    expect(Object.keys(library).sort()).toEqual(['CONFIG_FILE', 'convertTikiBody', 'limitHeapGrowth', 'loadConfig', 'parseConfig', 'runConvert']);
  });
});
