// Helpers shared by to-sql.mjs and verify-planted.mjs. Plain Node ESM, no dependencies.

// ---------------------------------------------------------------------------------------------
// SQL literals

/**
 * A MySQL/MariaDB string literal. Backslash escapes are the server default (the generated SQL sets
 * an sql_mode without NO_BACKSLASH_ESCAPES); every other character, including non-ASCII, is
 * written as is and sent as utf8mb4.
 */
export function sqlString(value) {
  if (value === null || value === undefined) return 'NULL';
  const escaped = String(value).replace(/[\0\n\r\x1a'\\]/g, (c) => {
    switch (c) {
      case '\0':
        return '\\0';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\x1a':
        return '\\Z';
      default:
        return '\\' + c; // ' and \
    }
  });
  return `'${escaped}'`;
}

/** A hex literal for binary data, so no byte depends on the connection charset. */
export function sqlBinary(bytes) {
  if (bytes === null || bytes === undefined) return 'NULL';
  return `X'${Buffer.from(bytes).toString('hex').toUpperCase()}'`;
}

export function sqlValue(value) {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`non-integer ${value}`);
    return String(value);
  }
  if (Buffer.isBuffer(value)) return sqlBinary(value);
  return sqlString(value);
}

/** One INSERT with an explicit column list (robust against column order). */
export function insertRow(table, row, { ignore = false } = {}) {
  const cols = Object.keys(row);
  const names = cols.map((c) => `\`${c}\``).join(', ');
  const values = cols.map((c) => sqlValue(row[c])).join(', ');
  return `INSERT${ignore ? ' IGNORE' : ''} INTO \`${table}\` (${names}) VALUES (${values});`;
}

// ---------------------------------------------------------------------------------------------
// URLs

/** PHP's urlencode(): what Tiki put in tiki_objects.href ("Foo, Bar" -> "Foo%2C+Bar"). */
export function phpUrlencode(text) {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9_.-]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Wiki links in Tiki markup (enough of Tiki's parser to know which ((...)) are links)

/** Replace every character except newlines by a space, keeping offsets and line numbers. */
function blank(text) {
  return text.replace(/[^\n]/g, ' ');
}

/**
 * The text of a body with everything that is not wiki-parsed blanked out, in Tiki's pass order:
 * ~tc~ comments are deleted first, then ~np~ spans are protected, then plugins run (CODE bodies
 * are verbatim), then ~pp~ blocks. Links inside any of them are not links.
 */
export function wikiParsedText(body) {
  return body
    .replace(/~tc~[\s\S]*?~\/tc~/g, blank)
    .replace(/~np~[\s\S]*?~\/np~/g, blank)
    .replace(/\{CODE\([^)]*\)\}[\s\S]*?\{CODE\}/g, blank)
    .replace(/~pp~[\s\S]*?~\/pp~/g, blank);
}

// Tiki 24's link regexes (parserlib): `\(([a-z0-9-]+)?\((PAGE)\|([^\)]*?)\)\)` and
// `\(([a-z0-9-]+)?\( *(PAGE) *\)\)`, with the default ("complete") page-name pattern
// PAGE = ([^\n|\(\)])((?!(\)\)|\||\n).)*?
const linkRe = /\(([a-z0-9-]+)?\( *([^\n|()](?:(?!\)\)|\||\n).)*?) *(?:\|([^)]*?))?\)\)/g;

/**
 * Every wiki link in a wiki-markup body: { target, anchor, label, qualifier, line, column } with
 * 1-based line/column of the opening parenthesis. `qualifier` is the semantic relation
 * (e.g. 'alias' for (alias(Page))) or null.
 */
export function wikiLinks(body) {
  const text = wikiParsedText(body);
  const links = [];
  for (const m of text.matchAll(linkRe)) {
    const before = text.slice(0, m.index);
    const line = before.split('\n').length;
    const column = m.index - before.lastIndexOf('\n');
    let anchor = null;
    let label = m[3] ?? null;
    if (label !== null && label.startsWith('#')) {
      const bar = label.indexOf('|');
      anchor = bar < 0 ? label.slice(1) : label.slice(1, bar);
      label = bar < 0 ? null : label.slice(bar + 1);
    }
    links.push({ target: m[2].trim(), anchor, label, qualifier: m[1] ?? null, line, column });
  }
  return links;
}

/** Tiki heading ids of a body (runs of [^A-Za-z0-9:._-] -> '_', leading non-letters dropped). */
export function headingIds(body) {
  const ids = new Set();
  const text = wikiParsedText(body);
  for (const line of text.split('\n')) {
    const m = /^(!{1,6})(?!!)([+-])?(#)?(.*)$/.exec(line.replace(/\r$/, ''));
    if (!m) continue;
    let id = m[4].replace(/[^A-Za-z0-9:._-]+/g, '_').replace(/^[^A-Za-z]+/, '');
    while (ids.has(id)) id += '_2';
    ids.add(id);
  }
  // {ANAME()}name{ANAME} anchors
  for (const m of text.matchAll(/\{ANAME\([^)]*\)\}([^{]*)\{ANAME\}/g)) ids.add(m[1].replace(/[^A-Za-z0-9]+/g, '_'));
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Name folding used by the converter's link resolution and duplicate detection

/** Fold case, accents (NFKD + strip combining marks) and whitespace runs. */
export function foldName(name) {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
