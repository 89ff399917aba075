// Fidelity and residue over every golden fixture and every page of the sample site:
//
//   fidelity  the visible words of the Tiki source appear, in order, in the output's visible
//             text; the aggregate must be ≥ 99.9 % (the number is printed)
//   residue   no Tiki syntax (`((`, `__`, `''`, `~np~`, `~~colour:`, `{PLUGIN(`, `||`) appears in
//             the output's visible text more often than in the text Tiki itself showed (markers
//             are HTML comments and code is code: both are outside visible text)

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertTikiBody } from '../src/convert-page.js';
import { fidelityOf } from '../src/report/fidelity.js';
import { markdownVisibleText, tikiVisibleText } from '../src/report/visible-text.js';
import { goldenLinks, goldenOptions } from './helpers/golden-env.js';
import { sampleEnvironment, samplePages } from './helpers/sample.js';

const goldenDir = new URL('golden/', import.meta.url);
const golden = readdirSync(goldenDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => ({
    name: `golden/${e.name}`,
    source: readFileSync(new URL(`${e.name}/input.tiki`, goldenDir), 'utf8'),
    convert: (source: string) => convertTikiBody(source, goldenLinks, goldenOptions(e.name)),
  }));

const residuePatterns: Array<[string, RegExp]> = [
  ['((', /\(\(/g],
  ['__', /__/g],
  ["''", /''/g],
  ['~np~', /~\/?np~/g],
  ['~~colour:', /~~[#\w]+(,[#\w]*)?:/g],
  ['{PLUGIN(', /\{[A-Z][A-Z0-9]*\(/g],
  ['||', /\|\|/g],
];

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

describe('fidelity and residue', async () => {
  const env = await sampleEnvironment();
  const pages = (await samplePages()).filter((p) => !p.isHtml);
  const inputs = [
    ...golden,
    ...pages.map((p) => ({ name: `sample page ${p.id}`, source: p.data, convert: (source: string) => convertTikiBody(source, env.links, env.options(p)) })),
  ];
  const results = inputs.map(({ name, source, convert }) => {
    const { markdown } = convert(source);
    return { name, source, markdown, fidelity: fidelityOf(source, markdown) };
  });

  it('keeps at least 99.9 % of the visible words, in order', () => {
    const matched = results.reduce((n, r) => n + r.fidelity.matched, 0);
    const total = results.reduce((n, r) => n + r.fidelity.total, 0);
    const worst = [...results].sort((a, b) => a.fidelity.ratio - b.fidelity.ratio).slice(0, 5);
    console.log(`fidelity: ${matched}/${total} words = ${((100 * matched) / total).toFixed(3)} % over ${results.length} inputs`);
    for (const w of worst) console.log(`  ${w.name}: ${(100 * w.fidelity.ratio).toFixed(1)} % missing ${w.fidelity.missing.join(' ')}`);
    expect(matched / total).toBeGreaterThanOrEqual(0.999);
  });

  for (const r of results) {
    it(`${r.name}: no Tiki syntax left in the visible text`, () => {
      const shown = tikiVisibleText(r.source);
      const output = markdownVisibleText(r.markdown);
      for (const [label, re] of residuePatterns) {
        expect(count(output, re), `${label} in:\n${output}`).toBeLessThanOrEqual(count(shown, re));
      }
    });
  }
});
