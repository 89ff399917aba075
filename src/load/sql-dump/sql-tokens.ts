// A small tokenizer for the statement texts the dump reader parses as a whole: CREATE TABLE and the
// head of an INSERT (`INSERT IGNORE INTO `t` (`a`,`b`)`). It knows `backtick` and "double-quoted"
// identifiers (`` and "" inside them), 'strings' with backslash escapes or doubled quotes, words,
// punctuation, and skips /* */, -- and # comments. Statement texts are short, so this works on a
// decoded JS string.

export type TokenKind = 'word' | 'ident' | 'dquoted' | 'string' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Identifier or string content with quoting removed; the character itself for punctuation. */
  text: string;
  /** Offsets of the token in the source text, end exclusive. */
  start: number;
  end: number;
}

/** A statement text that does not have the expected shape. The reader adds file and line. */
export class SqlTextError extends Error {
  constructor(
    readonly problem: string,
    readonly expected: string,
  ) {
    super(`${problem} (expected ${expected})`);
  }
}

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') {
      i++;
    } else if (c === '#' || (c === '-' && sql[i + 1] === '-' && /[\s]/.test(sql[i + 2] ?? ' '))) {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (c === '`' || c === '"' || c === "'") {
      const end = closingQuote(sql, i);
      const kind: TokenKind = c === '`' ? 'ident' : c === '"' ? 'dquoted' : 'string';
      tokens.push({ kind, text: unquote(sql.slice(i + 1, end), c), start: i, end: end + 1 });
      i = end + 1;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < sql.length && isWordChar(sql[j])) j++;
      tokens.push({ kind: 'word', text: sql.slice(i, j), start: i, end: j });
      i = j;
    } else {
      tokens.push({ kind: 'punct', text: c, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

/** Index of the quote closing the one at `open` (or the text's length when it is unterminated). */
function closingQuote(sql: string, open: number): number {
  const q = sql[open];
  let i = open + 1;
  while (i < sql.length) {
    const c = sql[i];
    if (c === '\\' && q !== '`') {
      i += 2;
    } else if (c === q) {
      if (sql[i + 1] !== q) return i;
      i += 2;
    } else {
      i++;
    }
  }
  return sql.length;
}

function unquote(body: string, q: string): string {
  const doubled = body.split(q + q).join(q);
  if (q === '`') return doubled;
  return doubled.replace(/\\(.)/gs, (_, c: string) => simpleEscapes[c] ?? c);
}

const simpleEscapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0', Z: '\x1a', b: '\b' };

function isWordChar(c: string): boolean {
  return /[A-Za-z0-9_$]/.test(c) || c.charCodeAt(0) >= 0x80;
}

/** True when the token is the keyword `word` (case-insensitive). */
export function isKeyword(token: Token | undefined, word: string): boolean {
  return token !== undefined && token.kind === 'word' && token.text.toUpperCase() === word;
}

/** True for a token that can name a table or column: `quoted`, "quoted" (ANSI dumps) or bare. */
export function isName(token: Token | undefined): token is Token {
  return token !== undefined && (token.kind === 'ident' || token.kind === 'dquoted' || token.kind === 'word');
}

/** A token shown in a message. */
export function showToken(token: Token | undefined): string {
  if (token === undefined) return 'the end of the statement';
  const text = token.text.length > 30 ? `${token.text.slice(0, 30)}…` : token.text;
  if (token.kind === 'ident') return `\`${text}\``;
  if (token.kind === 'string') return `'${text}'`;
  if (token.kind === 'dquoted') return `"${text}"`;
  return `'${text}'`;
}

/**
 * Reads a possibly qualified name (`db`.`t`) starting at tokens[at]; returns the last part and the
 * index after it, or null when tokens[at] is not a name.
 */
export function readQualifiedName(tokens: Token[], at: number): { name: string; next: number } | null {
  if (!isName(tokens[at])) return null;
  let name = tokens[at].text;
  let next = at + 1;
  while (tokens[next]?.text === '.' && tokens[next].kind === 'punct' && isName(tokens[next + 1])) {
    name = tokens[next + 1].text;
    next += 2;
  }
  return { name, next };
}

/** Index of the `)` matching the `(` at tokens[open], or -1. */
export function matchingParen(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct') continue;
    if (t.text === '(') depth++;
    else if (t.text === ')' && --depth === 0) return i;
  }
  return -1;
}
