// Pathological pages (issue: hostile input): each must convert in time linear in its size.

export const pathological: Record<string, (bytes: number) => string> = {
  'runs of ((': (n) => '('.repeat(n),
  'runs of __': (n) => '_'.repeat(n),
  "runs of ''": (n) => "'".repeat(n),
  'runs of ~~': (n) => '~'.repeat(n),
  'runs of [': (n) => '['.repeat(n),
  'spaced delimiters': (n) => "__a ''b --c -+d ::e ^f ".repeat(n / 24),
  '{DIV( nested': (n) => '{DIV()}'.repeat(n / 12) + 'x' + '{DIV}'.repeat(n / 12),
  '{DIV( unclosed': (n) => '{DIV(class="x")}'.repeat(n / 16),
  'unclosed everything': (n) => '~np~ {CODE( ((x [y __z \'\' ~~red: ^a ::b -=c {x '.repeat(n / 48),
  'one long line': (n) => 'word __b__ ((Link)) [http://x|y] ~~red:c~~ '.repeat(n / 44),
  'table lines without close': (n) => '||a|b\n'.repeat(n / 6),
  'colour openers': (n) => '~~red:'.repeat(n / 6),
  'html comments': (n) => '~hc~'.repeat(n / 4),
};
