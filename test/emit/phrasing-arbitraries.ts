// Random mdast for the fast-path properties (fast-phrasing.test.ts): phrasing full of markdown
// punctuation, line endings and non-ASCII, nested attention, links with awkward URLs, in every
// container tiki2md writes phrasing into; and "ordinary" phrasing (words, spaces, one level of
// emphasis) shaped like real pages, so the fast paths are taken and not only their fallbacks;
// and long phrasing (dozens of siblings, as on a page-long line) with links whose label is or
// is not their URL, which the serializer writes in pieces (attention-chunks.ts).

import fc from 'fast-check';
import type { BlockContent, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import type { DefinitionList } from '../../src/emit/mdast-extensions.js';

const pieces = [
  'a', 'word', 'W', 'w', 'www.', 'http://', 'p', 's', ':', '/', '@', ' ', ' ', '  ', '\t', '\n', '\r', '\r\n', '*', '**', '_',
  '__', '`', '#', '>', '+', '-', '=', '.', '1.', '2)', '!', '[', ']', '(', ')', '<', '<b', '{', '{{', '}', '|', '~', '~~',
  '\\', '&', '&amp;', ';', '0', '42', "'", '"', 'é', 'あ', '😀', '\u00a0', '\u2028', '\u0000', ',', '?',
];

export const punctuated = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
const wordy = fc
  .array(fc.constantFrom('the', 'Vitamin', 'dose', 'é', '2024', 'a', 'of'), { minLength: 1, maxLength: 6 })
  .map((w) => w.join(' '));
const spaced = fc.tuple(fc.constantFrom('', ' ', ', ', ' (', '. '), wordy, fc.constantFrom('', ' ', '.', ', ', ') ', '!')).map((p) => p.join(''));

const url = fc.oneof(
  fc.constantFrom('/pages/x/', 'https://example.org/a_b?c=d', 'mailto:a@b.org', '', 'a b', 'x(y)', '<z>', '#anchor', 'https://x.org/'),
  punctuated,
);
const title = fc.oneof(fc.constant(null), fc.constant(''), punctuated);

function phrasing(text: fc.Arbitrary<string>, maxDepth: number): fc.Arbitrary<PhrasingContent[]> {
  const { content } = fc.letrec<{ content: PhrasingContent[]; node: PhrasingContent }>((tie) => ({
    content: fc.array(tie('node'), { minLength: 0, maxLength: 6 }),
    node: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      { weight: 6, arbitrary: text.map((value): PhrasingContent => ({ type: 'text', value })) },
      { weight: 1, arbitrary: tie('content').map((children): PhrasingContent => ({ type: 'strong', children: children as never })) },
      { weight: 1, arbitrary: tie('content').map((children): PhrasingContent => ({ type: 'emphasis', children: children as never })) },
      { weight: 1, arbitrary: tie('content').map((children): PhrasingContent => ({ type: 'delete', children: children as never })) },
      {
        weight: 1,
        arbitrary: fc.tuple(url, title, tie('content')).map(([u, t, children]): PhrasingContent => ({ type: 'link', url: u, title: t, children: children as never })),
      },
      { weight: 1, arbitrary: punctuated.map((value): PhrasingContent => ({ type: 'inlineCode', value })) },
      { weight: 1, arbitrary: fc.constant<PhrasingContent>({ type: 'break' }) },
      { weight: 1, arbitrary: fc.constantFrom('<b>', '</u>', '<!-- tiki:x -->', '<div>', '<br>').map((value): PhrasingContent => ({ type: 'html', value })) },
      { weight: 1, arbitrary: fc.tuple(url, punctuated, title).map(([u, alt, t]): PhrasingContent => ({ type: 'image', url: u, alt, title: t })) },
      { weight: 1, arbitrary: fc.constantFrom('1', 'note').map((id): PhrasingContent => ({ type: 'footnoteReference', identifier: id, label: id })) },
    ),
  }));
  return content;
}

/** Punctuation-heavy phrasing, nested up to three levels. */
export const hostilePhrasing = phrasing(punctuated, 3);

/** Phrasing shaped like converted pages: words and spaces, single emphasis, links, code. */
export const ordinaryPhrasing = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: spaced.map((value): PhrasingContent => ({ type: 'text', value })) },
    { weight: 1, arbitrary: wordy.map((value): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] })) },
    { weight: 1, arbitrary: wordy.map((value): PhrasingContent => ({ type: 'emphasis', children: [{ type: 'text', value }] })) },
    { weight: 1, arbitrary: wordy.map((value): PhrasingContent => ({ type: 'delete', children: [{ type: 'text', value }] })) },
    { weight: 1, arbitrary: fc.tuple(url, wordy).map(([u, value]): PhrasingContent => ({ type: 'link', url: u, title: null, children: [{ type: 'text', value }] })) },
    { weight: 1, arbitrary: wordy.map((value): PhrasingContent => ({ type: 'inlineCode', value })) },
    { weight: 1, arbitrary: fc.constant<PhrasingContent>({ type: 'break' }) },
  ),
  { minLength: 1, maxLength: 8 },
);

/** Labels and URLs that are each other (autolinks for the stock code), differ by `mailto:`, or have a scheme and differ. */
const schemeLink = fc
  .tuple(fc.constantFrom('http://x', 'https://x.org/a_b', 'mailto:a@b.org', 'a@b.org', 'ftp://h', 'HTTP://X', 'x+y.z:q', 'ab:', 'a:b', '/pages/p/', 'javascript:'), fc.constantFrom('y', 'http://x', 'a@b.org', 'mailto:a@b.org', 'HTTP://X', '', 'ab:', 'a*b'))
  .chain(([u, label]) => fc.constantFrom<PhrasingContent>(
    { type: 'link', url: u, title: null, children: [{ type: 'text', value: label }] },
    { type: 'link', url: u, title: null, children: [{ type: 'text', value: u }] },
    { type: 'link', url: u, title: null, children: [{ type: 'text', value: u.replace(/^mailto:/, '') }] },
    { type: 'link', url: u, title: null, children: [{ type: 'emphasis', children: [{ type: 'text', value: u }] }] },
  ));

/** Long phrasing: many siblings, words and punctuation, attention (nested or side by side), links. */
export const longPhrasing = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.oneof(spaced, punctuated, fc.constantFrom(' ', 'word ', ' c word ', '*', '_', '~')).map((value): PhrasingContent => ({ type: 'text', value })) },
    { weight: 2, arbitrary: schemeLink },
    { weight: 1, arbitrary: wordy.map((value): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] })) },
    { weight: 1, arbitrary: fc.constantFrom('b', '*', ' x', 'a_').map((value): PhrasingContent => ({ type: 'emphasis', children: [{ type: 'text', value }] })) },
    { weight: 1, arbitrary: wordy.map((value): PhrasingContent => ({ type: 'delete', children: [{ type: 'strong', children: [{ type: 'text', value }] }] })) },
    { weight: 1, arbitrary: hostilePhrasing.map((children): PhrasingContent => ({ type: 'strong', children: children as never })) },
  ),
  { minLength: 1, maxLength: 40 },
);

/** A document putting the phrasing in each container: paragraph, heading, table cell, list item (task or not), quote, definition list. */
export function documents(content: fc.Arbitrary<PhrasingContent[]>): fc.Arbitrary<Root> {
  const block = fc.oneof(
    content.map((children): RootContent => ({ type: 'paragraph', children })),
    fc.tuple(fc.integer({ min: 1, max: 6 }), content).map(([depth, children]): RootContent => ({ type: 'heading', depth: depth as 1, children })),
    fc.array(fc.array(content, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map(
      (rows): RootContent => ({ type: 'table', align: null, children: rows.map((cells): TableRow => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) })) }),
    ),
    fc.tuple(fc.constantFrom(null, true, false), fc.boolean(), content).map(
      ([checked, spread, children]): RootContent => ({ type: 'list', ordered: false, spread, children: [{ type: 'listItem', checked, spread, children: [{ type: 'paragraph', children }] }] }),
    ),
    content.map((children): RootContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children } as BlockContent] })),
    fc.tuple(content, content).map(
      ([term, description]): RootContent =>
        ({ type: 'definitionList', children: [{ type: 'definitionTerm', children: term }, { type: 'definitionDescription', children: description }] }) as DefinitionList as RootContent,
    ),
  );
  return fc.array(block, { minLength: 1, maxLength: 4 }).map((children): Root => ({ type: 'root', children }));
}
