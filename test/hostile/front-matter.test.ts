// Injection safety of front matter: titles, names and tags however hostile come back from a
// real JSON, YAML or TOML parser exactly as they were, and never end the front matter early.

import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderFrontMatter, type FrontMatter, type FrontMatterFormat } from '../../src/emit/front-matter.js';

const hostile = [
  'plain',
  'quote " and \' and `',
  'back\\slash \\n not a newline',
  'new\nline',
  'cr\r\nlf',
  '---',
  '+++',
  '}\n{',
  '# not a comment',
  'key: value',
  'key = "value"',
  '[section]',
  '- item',
  '*anchor &alias !tag',
  '{{< shortcode >}}',
  'tab\there',
  'del\u007f c1\u0085 ls\u2028 ps\u2029 bom\ufeff',
  'nul\u0000byte',
  'emoji 🙂 and 日本語',
  '  spaces  ',
  'true',
  '123',
  'null',
  '',
];

function parse(text: string, format: FrontMatterFormat): unknown {
  if (format === 'json') return JSON.parse(text);
  if (format === 'yaml') return parseYaml(/^---\n([\s\S]*)---\n$/.exec(text)![1]);
  return parseToml(/^\+\+\+\n([\s\S]*)\+\+\+\n$/.exec(text)![1]);
}

describe('front matter with hostile values', () => {
  for (const format of ['json', 'yaml', 'toml'] as const) {
    it(`${format}: every value parses back exactly`, () => {
      const data: FrontMatter = [
        ['title', hostile.join(' | ')],
        ['aliases', hostile.map((h) => `/${h}`)],
        ['tiki_page_id', 42],
        ['tags', hostile],
        ['migration_error', true],
      ];
      const text = renderFrontMatter(data, format);
      expect(parse(text, format)).toEqual(Object.fromEntries(data));
    });

    it(`${format}: a value never closes the front matter early`, () => {
      for (const h of hostile) {
        const text = renderFrontMatter([['title', h]], format);
        const fence = format === 'json' ? /^\}$/m : format === 'yaml' ? /^---$/m : /^\+\+\+$/m;
        // The only closing fence is the last line.
        const lines = text.trimEnd().split('\n');
        expect(lines.slice(1, -1).some((l) => fence.test(l)), JSON.stringify(h)).toBe(false);
      }
    });
  }
});
