// Optional title date stripping (--strip-title-dates): many Tiki page names end with the month
// they were written ("… meta-analysis Oct 2021"); the seed site drops that date from the title
// and slug (the original name, date included, stays in the legacy URLs and aliases).
//
// Accepted trailing dates (month names or abbreviations, first letter upper-case, optional "."):
//   "Oct 2021", "– March 2024", "- Sept 2019", "May 20 2020", "Jan 5, 2021", "(Oct 2021)",
//   and a 2-digit year only with a clear day + comma: "Jan 5, 21".
// Never stripped (the original system's bugs, seed-system-lessons.md §1.5):
//   - a bare 2-digit number ("May 20" is a day, not a year) or a year outside 1900–2099;
//   - a month glued to the previous word ("XMay 2020");
//   - a date that follows a preposition or linking word ("COVID deaths in March 2020",
//     "from Jan 2020 to March 2021"), even across a dash;
//   - a title that would become empty ("March 2020").
// After the date, the dangling separator (dash, comma, colon, semicolon) is removed.

const MONTH =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

const TRAILING_DATE = new RegExp(
  '(?<sep>\\s*[-\u2013\u2014:,;]\\s*|\\s+)' +
    '(?<open>\\(\\s*)?' +
    `(?<month>${MONTH})\\.?` +
    '(?:\\s+(?<day>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?<comma>,)?)?' +
    '\\s+(?<year>(?:19|20)[0-9]{2}|[0-9]{2})' +
    '(?<close>\\s*\\))?\\s*$',
  'i',
);

/** Words after which a date is part of the sentence, not an appended timestamp. */
const PREPOSITIONS = new Set([
  'in', 'since', 'of', 'until', 'from', 'before', 'after', 'by', 'during', 'to', 'through', 'on',
  // additions: linking words that make the date part of the meaning
  'and', 'or', 'at', 'for', 'between', 'till', 'til', 'thru', 'within', 'into', 'per', 'than',
  'mid', 'early', 'late', 'circa', 'around', 'starting', 'beginning', 'ending', 'vs', 'versus',
]);

const DANGLING = /[\s\-\u2013\u2014:,;]+$/u;
const LAST_WORD = /(\p{L}+)[^\p{L}]*$/u;

export interface TitleDateResult {
  title: string;
  /** True when a date was removed. */
  stripped: boolean;
}

export function stripTitleDate(title: string): TitleDateResult {
  const unchanged = { title, stripped: false };
  const m = TRAILING_DATE.exec(title);
  if (!m || !m.groups) return unchanged;
  const g = m.groups;
  if (!/^[A-Z]/.test(g.month)) return unchanged;
  if (Boolean(g.open) !== Boolean(g.close)) return unchanged;
  if (g.year.length === 2 && !(g.day && g.comma)) return unchanged;

  const before = title.slice(0, m.index);
  const lastWord = LAST_WORD.exec(before);
  if (lastWord && PREPOSITIONS.has(lastWord[1].toLowerCase())) return unchanged;

  const result = before.replace(DANGLING, '');
  if (result.trim() === '') return unchanged;
  return { title: result, stripped: true };
}
