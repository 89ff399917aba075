// A faster `state.safe` for mdast-util-to-markdown, with byte-identical output.
//
// The stock `safe(value)` runs every unsafe pattern (~90 with GFM) as a regular expression over
// the subject (before + value + after), for every text node, label and URL — the hot spot of
// stringifying a page. Most of that work cannot change the result, so this wrapper narrows it:
//
//   1. scope      the patterns in scope for the current construct stack (cached per stack);
//   2. presence   of those, the ones whose character occurs in the value (a match whose
//                 character lies in the context is never escaped, and no rule of the stock code
//                 looks at one: its neighbour checks are on characters of the value, or on a
//                 letter, which no pattern has), and whose other parts can occur in the subject:
//                 a line ending when `atBreak`, a character of the `before` / `after` class;
//   3. a trial    the survivors run as the stock code runs them; when no match puts its character
//                 inside the value and there is no backslash to escape, the result is the value.
//
// Before all that, one scan (`plain`) answers the commonest case, words and spaces: a value none
// of whose characters is the character of a pattern that can match in this scope escapes nothing.
//
// Otherwise the stock `safe` runs with only the surviving patterns, so the result is exactly the
// stock result. Inside an autolink (percent-encoding) the stock `safe` runs as it is.

import type { SafeConfig, State, Unsafe } from 'mdast-util-to-markdown';

interface Candidate {
  pattern: Unsafe;
  /** Per `before` / `after` / line-ending part, the ASCII characters of which the subject must hold one (128 bits). */
  needs: Int32Array[];
  /** A private copy of the stock compiled expression, for the trial. */
  expression: RegExp;
  /** Whether the expression captures what it needs before the character (atBreak / before), as in the stock code. */
  captures: boolean;
}

/** The in-scope patterns of one construct stack, by their (ASCII) character; `others` for any other character. */
interface Scope {
  codes: number[];
  byCode: Candidate[][];
  others: Candidate[];
  /** Inside an autolink the stock code percent-encodes: left to it (rare). */
  stock: boolean;
  /** Whether a line ending is unsafe here whatever surrounds it (what the stock hard-break handler looks for). */
  bareLineEnding: boolean;
  /**
   * Per ASCII character: `inert` when no pattern in scope has it as its character (and it is not a
   * backslash), `inertWithoutBreak` when every such pattern needs a line ending in the subject
   * (atBreak, or a `[\r\n]` before / after: spaces, `:`, `#`…), otherwise `hazard`. Undefined
   * when some pattern's character is not one ASCII character (then `plain` is not used).
   */
  kinds: Uint8Array | undefined;
}

const hazard = 0;
const inert = 1;
const inertWithoutBreak = 2;

interface ScopeNode {
  next: Map<string, ScopeNode>;
  scope?: Scope;
}

/** What `state.safe(value, { before, after })` returns, without making the config object. */
export type SafeBetween = (value: string, before: string, after: string) => string;

const installed = new WeakMap<State, { scope: () => Scope; between: SafeBetween }>();

/**
 * Replaces `state.safe` for the rest of this serialization (idempotent), and returns the same
 * escaper taking `before` and `after` as they are; undefined when it cannot be installed.
 */
export function installFastSafe(state: State): SafeBetween | undefined {
  const done = installed.get(state);
  if (done) return done.between;
  const stock = state.safe;
  const all = state.unsafe;
  // Patterns that look at neighbouring nodes are outside what the per-stack cache models.
  if (all.some((p) => p.beforeNode || p.afterNode)) return undefined;
  const root = scopesFor(all);
  const between: SafeBetween = (value, before, after) => escape(value, before, after, undefined);
  installed.set(state, { scope: currentScope, between });
  const inner = new Int32Array(4);
  const around = new Int32Array(4);
  // The last few stacks seen, by length, and their scopes: the escaper is asked from a few
  // stacks in turn (a paragraph, a link label, a link destination), and comparing a stack with
  // those of its length is cheaper than walking the trie with it.
  const recent: Array<Array<{ stack: string[]; scope: Scope }> | undefined> = [];
  function currentScope(): Scope {
    const stack = state.stack;
    const seen = (recent[stack.length] ??= []);
    for (let i = 0; i < seen.length; i++) if (sameStack(seen[i].stack, stack)) return seen[i].scope;
    let node = root;
    for (const name of stack) {
      let child = node.next.get(name);
      if (!child) node.next.set(name, (child = { next: new Map() }));
      node = child;
    }
    const scope = (node.scope ??= scopeOf(state, stack, all.filter((p) => inScope(stack, p))));
    if (seen.length === recentPerLength) seen.pop();
    seen.unshift({ stack: [...stack], scope });
    return scope;
  }

  /** `safe(input, config)`; `config` (made when the stock code needs it) has these `before` and `after`. */
  function escape(input: string, before: string, after: string, config: SafeConfig | undefined): string {
    const scope = currentScope();
    if (scope.stock) return stock.call(state, input, config ?? { before, after });
    if (scope.kinds && plain(scope.kinds, input, before, after)) return input;
    // A pattern escapes its character only where that character is in the value; its before /
    // after parts may match the context.
    mark(inner, input);
    around.set(inner);
    mark(around, before, false);
    mark(around, after, false);
    let subject: string | undefined;
    let matched = false;
    search: {
      for (let i = 0; i < scope.codes.length; i++) {
        const code = scope.codes[i];
        if (!(inner[code >> 5] & (1 << (code & 31)))) continue;
        for (const c of scope.byCode[i]) {
          if (meets(c, around) && matchesWithin(c, (subject ??= before + input + after), before.length, before.length + input.length)) {
            matched = true;
            break search;
          }
        }
      }
      for (const c of scope.others) {
        if (meets(c, around) && matchesWithin(c, (subject ??= before + input + after), before.length, before.length + input.length)) {
          matched = true;
          break search;
        }
      }
    }
    if (!matched && !input.includes('\\') && !after.includes('\\')) return input;
    const kept: Unsafe[] = [];
    for (let i = 0; i < scope.codes.length; i++) {
      const code = scope.codes[i];
      if (inner[code >> 5] & (1 << (code & 31))) for (const c of scope.byCode[i]) if (meets(c, around)) kept.push(c.pattern);
    }
    for (const c of scope.others) if (meets(c, around)) kept.push(c.pattern);
    state.unsafe = kept;
    try {
      return stock.call(state, input, config ?? { before, after });
    } finally {
      state.unsafe = all;
    }
  }

  state.safe = function fastSafe(value: string | null | undefined, config: SafeConfig): string {
    return escape(value || '', config.before || '', config.after || '', config);
  };
  return between;
}

/**
 * Whether a line ending is unsafe in the current construct stack whatever surrounds it, as the
 * stock hard-break handler asks it (a pattern for `\n` with no before / after, in scope);
 * undefined when the fast escaper is not installed.
 */
export function bareLineEnding(state: State): boolean | undefined {
  return installed.get(state)?.scope().bareLineEnding;
}

/**
 * Whether the stock `safe` returns the value as it is, decided by one scan: no character of the
 * value is one a pattern in scope can match at (a match is escaped only where its character lies
 * in the value), or only ones whose patterns need a line ending and the subject has none; no
 * backslash in the value (`inert` excludes it) or after it (the stock code escapes those).
 */
function plain(kinds: Uint8Array, input: string, before: string, after: string): boolean {
  let needsNoBreak = false;
  let lineEnding = false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const kind = code < 128 ? kinds[code] : inert;
    if (kind === hazard) return false;
    if (kind === inertWithoutBreak) needsNoBreak = true;
    if (code === 10 || code === 13) lineEnding = true;
  }
  const afterHolds = holds(after);
  if (afterHolds & heldBackslash) return false;
  return !needsNoBreak || !(lineEnding || (holds(before) | afterHolds) & heldLineEnding);
}

const heldLineEnding = 1;
const heldBackslash = 2;

/**
 * Whether `value` holds a line ending (`heldLineEnding`) or a backslash (`heldBackslash`): a
 * loop, as these are short and asked around most values.
 */
function holds(value: string): number {
  let found = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 10 || code === 13) found |= heldLineEnding;
    else if (code === 0x5c) found |= heldBackslash;
  }
  return found;
}

const recentPerLength = 4;

/** Whether two construct stacks of the same length are equal, compared from the top (where stacks differ most). */
function sameStack(a: readonly string[], b: readonly string[]): boolean {
  for (let i = a.length - 1; i >= 0; i--) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether every part of the pattern but its character can occur in a subject holding the characters of `around`. */
function meets(c: Candidate, around: Int32Array): boolean {
  for (const need of c.needs) if (((need[0] & around[0]) | (need[1] & around[1]) | (need[2] & around[2]) | (need[3] & around[3])) === 0) return false;
  return true;
}

/** Sets the bits of the ASCII characters of `value` (clearing the mask first unless `clear` is false). */
function mark(mask: Int32Array, value: string, clear = true): void {
  if (clear) mask.fill(0);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) mask[code >> 5] |= 1 << (code & 31);
  }
}

/** Whether the stock loop (`exec` until null) finds a match of this pattern whose character lies in [start, end). */
function matchesWithin(c: Candidate, subject: string, start: number, end: number): boolean {
  const expression = c.expression;
  expression.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = expression.exec(subject))) {
    const position = match.index + (c.captures ? match[1].length : 0);
    if (position >= start && position < end) {
      expression.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/**
 * Scopes are computed once per process (the pattern objects are the same for every page), kept
 * in a trie of construct names so that finding the current one builds no key.
 */
let cached: { patterns: Unsafe[]; root: ScopeNode } | undefined;

function scopesFor(all: Unsafe[]): ScopeNode {
  if (!cached || cached.patterns.length !== all.length || cached.patterns.some((p, i) => p !== all[i])) cached = { patterns: [...all], root: { next: new Map() } };
  return cached.root;
}

function scopeOf(state: State, stack: string[], patterns: Unsafe[]): Scope {
  const scope: Scope = {
    codes: [],
    byCode: [],
    others: [],
    stock: stack.includes('autolink'),
    bareLineEnding: patterns.some((p) => p.character === '\n' && !p.before && !p.after),
    kinds: undefined,
  };
  for (const pattern of patterns) {
    const c = candidate(state, pattern);
    const code = pattern.character.charCodeAt(0);
    if (pattern.character.length !== 1 || code >= 128) {
      scope.others.push(c);
      continue;
    }
    let i = scope.codes.indexOf(code);
    if (i < 0) i = scope.codes.push(code) - 1;
    (scope.byCode[i] ??= []).push(c);
  }
  if (scope.others.length === 0) scope.kinds = kindsOf(scope);
  return scope;
}

/** The `kinds` table of a scope whose patterns all have one ASCII character. */
function kindsOf(scope: Scope): Uint8Array {
  const kinds = new Uint8Array(128).fill(inert);
  const lineEnding = maskOf('\r\n');
  const onlyLineEnding = (need: Int32Array) => need.every((bits, i) => (bits & ~lineEnding[i]) === 0);
  scope.codes.forEach((code, i) => {
    kinds[code] = scope.byCode[i].every((c) => c.needs.some(onlyLineEnding)) ? inertWithoutBreak : hazard;
  });
  kinds[0x5c] = hazard; // a backslash may be escaped whatever the patterns
  return kinds;
}

function candidate(state: State, pattern: Unsafe): Candidate {
  const needs: Array<Int32Array | null> = [];
  if (pattern.atBreak) needs.push(maskOf('\r\n'));
  if (pattern.before) needs.push(classNeed(pattern.before, pattern.unicode));
  if (pattern.after) needs.push(classNeed(pattern.after, pattern.unicode));
  const compiled = state.compilePattern(pattern);
  return {
    pattern,
    needs: needs.filter((n): n is Int32Array => n !== null),
    expression: new RegExp(compiled.source, compiled.flags),
    captures: Boolean(pattern.before || pattern.atBreak),
  };
}

/**
 * One character class (`[…]`, not negated), escape (`\]`, `\d`) or literal, perhaps repeated with
 * `+`, perhaps in `(?:…)`: it matches one of a set of characters, enumerated below. Anything else
 * (alternatives, `$`, …) is a part without a requirement.
 */
const oneClass = String.raw`(?:\[(?!\^)(?:[^\]\\]|\\[^1-9bBpPuxck])*\]|\\[^1-9bBpPuxck]|[^\\()[\]|$^.*+?{}])\+?`;
const simpleClass = new RegExp(String.raw`^(?:\(\?:${oneClass}\)|${oneClass})$`);
/** Non-ASCII characters a class such as `\s` or `\W` would match: a class matching any of them has no requirement. */
const probes = ['\u00a0', '\u00e9', '\u2028', '\u3000', '\u3042', '\ufeff', '\ud83d', '\ude00'];

function classNeed(source: string, unicode: boolean | null | undefined): Int32Array | null {
  if (unicode || !/^[\0-\x7f]*$/.test(source) || !simpleClass.test(source)) return null;
  const expression = new RegExp(`^(?:${source})$`);
  if (expression.test('') || probes.some((p) => expression.test(p))) return null;
  const mask = new Int32Array(4);
  for (let code = 0; code < 128; code++) if (expression.test(String.fromCharCode(code))) mask[code >> 5] |= 1 << (code & 31);
  return mask;
}

function maskOf(characters: string): Int32Array {
  const mask = new Int32Array(4);
  for (const ch of characters) mask[ch.charCodeAt(0) >> 5] |= 1 << (ch.charCodeAt(0) & 31);
  return mask;
}

/** The stock rule (pattern-in-scope.js): in one of `inConstruct` (if any), in none of `notInConstruct`. */
function inScope(stack: string[], pattern: Unsafe): boolean {
  const list = (l: Unsafe['inConstruct']) => (typeof l === 'string' ? [l] : l || []);
  const inside = list(pattern.inConstruct);
  return (inside.length === 0 || inside.some((c) => stack.includes(c))) && !list(pattern.notInConstruct).some((c) => stack.includes(c));
}
