// Plugin calls, as Tiki's PluginMatcher finds them (tiki-syntax.md §2.6):
//
//   {NAME(args)}body{NAME}   long form; the closing tag repeats the name exactly; bodies nest
//   {NAME(args)/}            legacy self-closing long form, no body
//   {NAME(args)}             no closing tag: a complete call only for body-less plugins
//                            (bodyless-plugins.ts), e.g. {FOOTNOTEAREA()}
//   {name args}              short form (name not all upper-case), no body; `{maketoc}`, `{img …}`
//
// A `}` or `)` inside a double-quoted argument does not end the call. An unclosed long form is
// not a plugin (Tiki leaves it as literal text). `~np~` regions inside a body are skipped while
// looking for the closing tag, because Tiki cuts them out before matching plugins.

import { parsePluginArgs } from './plugin-args.js';
import { bodylessPlugins } from './bodyless-plugins.js';
import type { Scanner } from './spans.js';

export interface PluginCall {
  name: string;
  rawParams: string;
  params: Record<string, string>;
  body: string | null;
  bodyStart: number;
  bodyEnd: number;
  /** Offset just after the whole call (after `{NAME}` for the long form). */
  end: number;
}

const MAX_NAME = 50;

export function matchPluginCall(scanner: Scanner, pos: number): PluginCall | null {
  const src = scanner.src;
  let i = pos + 1;
  while (i < src.length && i - pos - 1 < MAX_NAME && isAlnum(src.charCodeAt(i))) i++;
  const name = src.slice(pos + 1, i);
  if (!name || !isLetter(name.charCodeAt(0))) return null;

  if (src[i] === '(') {
    const argsEnd = findArgsEnd(src, i + 1, ')');
    if (argsEnd === -1) return null;
    const rawParams = src.slice(i + 1, argsEnd);
    let after = argsEnd + 1;
    if (src[after] === '/' && src[after + 1] === '}') {
      return { name, rawParams, params: parsePluginArgs(rawParams), body: null, bodyStart: after + 2, bodyEnd: after + 2, end: after + 2 };
    }
    if (src[after] !== '}') return null;
    after++;
    const close = findClosingTag(scanner, name, after);
    if (close === -1) {
      if (!bodylessPlugins.has(name.toLowerCase())) return null;
      return { name, rawParams, params: parsePluginArgs(rawParams), body: null, bodyStart: after, bodyEnd: after, end: after };
    }
    return {
      name,
      rawParams,
      params: parsePluginArgs(rawParams),
      body: src.slice(after, close),
      bodyStart: after,
      bodyEnd: close,
      end: close + name.length + 2,
    };
  }

  // Short form: a name that is not all upper-case, then whitespace or `}`.
  if (name === name.toUpperCase() && /[A-Z]/.test(name)) return null;
  if (src[i] !== '}' && src[i] !== ' ' && src[i] !== '\t') return null;
  const end = findArgsEnd(src, i, '}');
  if (end === -1) return null;
  const rawParams = src.slice(i, end).trim();
  return { name, rawParams, params: parsePluginArgs(rawParams), body: null, bodyStart: end + 1, bodyEnd: end + 1, end: end + 1 };
}

/** Position of the `)` (followed by `}` or `/}`) or `}` that ends the arguments, outside quotes. */
function findArgsEnd(src: string, from: number, closer: ')' | '}'): number {
  let inQuote = false;
  for (let i = from; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\' && inQuote) {
      i++;
    } else if (ch === '"') {
      inQuote = !inQuote;
    } else if (!inQuote && ch === '\n' && closer === '}') {
      return -1; // the short form never spans lines
    } else if (!inQuote && ch === closer) {
      if (closer === '}' || src[i + 1] === '}' || (src[i + 1] === '/' && src[i + 2] === '}')) return i;
    }
  }
  return -1;
}

/** The `{NAME}` that closes a body starting at `from`, skipping nested `{NAME(…)}` and `~np~`. */
function findClosingTag(scanner: Scanner, name: string, from: number): number {
  const src = scanner.src;
  const open = `{${name}(`;
  const close = `{${name}}`;
  let depth = 0;
  let i = from;
  for (;;) {
    const at = scanner.find(close, i);
    if (at === -1) return -1;
    // Count nested openers and skip no-parse regions between i and the candidate close.
    let k = i;
    while (k < at) {
      const np = src.indexOf('~np~', k);
      const nested = src.indexOf(open, k);
      const next = Math.min(np === -1 ? Infinity : np, nested === -1 ? Infinity : nested);
      if (next >= at) break;
      if (next === np) {
        const npEnd = scanner.find('~/np~', np + 4);
        if (npEnd === -1) {
          k = np + 4;
          continue;
        }
        if (npEnd + 5 > at) {
          k = -1; // the candidate close sits inside ~np~: look for a later one
          break;
        }
        k = npEnd + 5;
      } else {
        depth++;
        k = nested + open.length;
      }
    }
    if (k === -1) {
      i = at + close.length;
      continue;
    }
    if (depth === 0) return at;
    depth--;
    i = at + close.length;
  }
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetter(c) || c === 95;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
