// Every markdown file we emit re-parses (remark + GFM) to the tree it was stringified from:
// escaping is complete (no text turns into markup) and no construct is lost on the way out.
// Runs over every golden input and every page of the embedded sample site.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertTikiBody } from '../src/convert-page.js';
import { parseMarkdown } from './helpers/markdown-tree.js';
import { cleanParsed, expectedReparse, maskShortcodes } from './helpers/reparse.js';
import { goldenLinks, goldenOptions } from './helpers/golden-env.js';
import { sampleEnvironment, samplePages } from './helpers/sample.js';

const goldenDir = new URL('golden/', import.meta.url);
const goldenInputs = readdirSync(goldenDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => ({
    name: `golden/${e.name}`,
    source: readFileSync(new URL(`${e.name}/input.tiki`, goldenDir), 'utf8'),
    convert: (source: string) => convertTikiBody(source, goldenLinks, goldenOptions(e.name)),
  }));

async function inputs() {
  const env = await sampleEnvironment();
  const pages = (await samplePages()).filter((p) => !p.isHtml);
  return [...goldenInputs, ...pages.map((p) => ({ name: `sample page ${p.id}`, source: p.data, convert: (source: string) => convertTikiBody(source, env.links, env.options(p)) }))];
}

describe('emitted markdown re-parses to the tree it came from', async () => {
  for (const { name, source, convert } of await inputs()) {
    it(name, () => {
      const { tree, markdown } = convert(source);
      expect(cleanParsed(parseMarkdown(maskShortcodes(markdown)))).toEqual(expectedReparse(tree));
    });
  }
});
