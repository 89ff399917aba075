// Tiki-shaped random input for property tests: sequences of the tokens Tiki's passes react to,
// mixed with words, punctuation, whitespace and non-ASCII; and mutations of real fixtures.

import fc from 'fast-check';

const tokens = [
  '__', "''", '===', '--', '-+', '+-', '::', '^', '-=', '=-', '==', '%%%', '~~red:', '~~#f00,yellow:', '~~',
  '((', '))', '(alias(', '|', '#', '[', ']', '[[', '{DIV(class="x")}', '{DIV}', '{DIV(', ')}', '{BOX(title=t)}', '{BOX}',
  '{img src="x.png" desc="c"}', '{img attId=1}', '{CODE()}', '{CODE(colors=php)}', '{CODE}', '{maketoc}', '{FOOTNOTE()}',
  '{FOOTNOTE}', '{include page="Snippet"}', '{REMARKSBOX(type=tip)}', '{REMARKSBOX}', '{LIST()}', '{LIST}', '{x}',
  '{FOO(a=1)}', '{FOO}', '{SUP()}', '{SUP}', '{HTML()}', '{HTML}', '<b>', '</b>', '<script>', '{r2l}', '{rm}',
  '~np~', '~/np~', '~pp~', '~/pp~', '~pre~', '~/pre~', '~tc~', '~/tc~', '~hc~', '~/hc~', '~hs~', '~123~', '~--~',
  '!', '!!', '!+', '!#', '*', '**', '#', '##', '+', ';', ':', '---', '||', '...page...', '%name%', '(:smile:)', ':-)',
  'http://x.org/a_b', 'www.x.org', 'a@b.org', '{{<', '>}}', '{{%', '`', '```', '\\', '&amp;', '&', '<', '>', '"', "'",
  'Home Page', 'Vitamin K', 'Known Page', 'x^2', 'std::vector', '1.', '- ', '> ', '    ', '\t', '\r\n',
];
const words = ['a', 'word', 'Tiki', 'é', 'ß', '日本', '😀', '\u00a0', '1', '42', '.', ',', '?', '!', ')', '('];

export const tikiPiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...tokens) },
  { weight: 4, arbitrary: fc.constantFrom(...words) },
  { weight: 3, arbitrary: fc.constantFrom(' ', '\n', '\n\n') },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

export const tikiText = fc.array(tikiPiece, { maxLength: 60 }).map((parts) => parts.join(''));

/** A fixture with random edits: pieces inserted, spans deleted or duplicated. */
export function mutated(fixtures: string[]) {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: tikiPiece }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 20 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  );
  return fc.tuple(fc.constantFrom(...fixtures), fc.array(edit, { minLength: 1, maxLength: 8 })).map(([text, edits]) => {
    let s = text;
    for (const e of edits) {
      const at = s.length ? e.at % (s.length + 1) : 0;
      if (e.kind === 'insert') s = s.slice(0, at) + e.piece + s.slice(at);
      else if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + e.length);
      else s = s.slice(0, at) + s.slice(at, at + e.length) + s.slice(at);
    }
    return s;
  });
}
