import { convertTikiBody } from '../../src/convert-page.js';
import { goldenLinks, goldenOptions } from '../helpers/golden-env.js';
import { parseMarkdown } from '../helpers/markdown-tree.js';
import { cleanParsed, expectedReparse, maskShortcodes } from '../helpers/reparse.js';
const source = JSON.parse(process.argv[2]);
const { tree, markdown } = convertTikiBody(source, goldenLinks, goldenOptions(process.argv[3] ?? 'x'));
console.log('--- markdown\n' + markdown);
console.log('--- got\n' + JSON.stringify(cleanParsed(parseMarkdown(maskShortcodes(markdown)))));
console.log('--- want\n' + JSON.stringify(expectedReparse(tree)));
