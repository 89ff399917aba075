// Development aid: finds and shrinks a counterexample to the conversion properties and prints it.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { convertTikiBody } from '../../src/convert-page.js';
import { goldenLinks, goldenOptions } from '../helpers/golden-env.js';
import { parseMarkdown } from '../helpers/markdown-tree.js';
import { cleanParsed, expectedReparse, maskShortcodes } from '../helpers/reparse.js';
import { tikiText } from './arbitraries.js';
const seed = Number(process.argv[2] ?? Date.now());
const r = fc.check(
  fc.property(tikiText, (source) => {
    const { tree, markdown } = convertTikiBody(source, goldenLinks, goldenOptions('x'));
    return isDeepStrictEqual(cleanParsed(parseMarkdown(maskShortcodes(markdown))), expectedReparse(tree));
  }),
  { numRuns: 5000, seed },
);
if (!r.failed) console.log('ok', seed);
else {
  const source = r.counterexample![0] as string;
  const { tree, markdown } = convertTikiBody(source, goldenLinks, goldenOptions('x'));
  console.log('source', JSON.stringify(source));
  console.log('--- markdown\n' + markdown);
  console.log('--- got\n' + JSON.stringify(cleanParsed(parseMarkdown(maskShortcodes(markdown)))));
  console.log('--- want\n' + JSON.stringify(expectedReparse(tree)));
  if (r.errorInstance) console.log(String(r.errorInstance).slice(0, 500));
}
