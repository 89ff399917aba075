// Plugin calls, as Tiki's PluginMatcher finds them (tiki-syntax.md §2.6):
//
//   {NAME(args)}body{NAME}   long form; the closing tag repeats the name exactly; bodies nest
//   {NAME(args)/}            legacy self-closing long form, no body
//   {NAME(args)}             no closing tag: a complete call only for body-less plugins
//                            (bodyless-plugins.ts), e.g. {FOOTNOTEAREA()}
//   {name args}              short form (name not all upper-case), no body; `{maketoc}`, `{img …}`
//
// A `}` or `)` inside a double-quoted argument does not end the call (arguments longer than
// 4096 characters are not read as arguments). An unclosed long form is not a plugin (Tiki
// leaves it as literal text). Closing tags inside `~np~` do not count, because Tiki cuts those
// regions out before matching plugins (Scanner.pluginClose pairs the tags).

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
const MAX_ARGS = 4096;

export function matchPluginCall(scanner: Scanner, pos: number): PluginCall | null {
  const src = scanner.src;
  let i = pos + 1;
  while (i < src.length && i - pos - 1 < MAX_NAME && isAlnum(src.charCodeAt(i))) i++;
  const name = src.slice(pos + 1, i);
  if (!name || !isLetter(name.charCodeAt(0))) return null;

  if (src[i] === '(') {
    // Cheap exit for the common unclosed case: no `)}` or `)/}` within reach.
    const a = scanner.find(')}', i);
    const b = scanner.find(')/}', i);
    const nearest = Math.min(a === -1 ? Infinity : a, b === -1 ? Infinity : b);
    if (nearest > i + MAX_ARGS) return null;
    const argsEnd = findArgsEnd(src, i + 1, ')');
    if (argsEnd === -1) return null;
    const rawParams = src.slice(i + 1, argsEnd);
    let after = argsEnd + 1;
    if (src[after] === '/' && src[after + 1] === '}') {
      return { name, rawParams, params: parsePluginArgs(rawParams), body: null, bodyStart: after + 2, bodyEnd: after + 2, end: after + 2 };
    }
    if (src[after] !== '}') return null;
    after++;
    const close = scanner.pluginClose(name, pos);
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
  // Cheap exit for the common unclosed case, as above: no `}` within reach.
  const brace = scanner.find('}', i);
  if (brace === -1 || brace >= i + MAX_ARGS) return null;
  const end = findArgsEnd(src, i, '}');
  if (end === -1) return null;
  const rawParams = src.slice(i, end).trim();
  return { name, rawParams, params: parsePluginArgs(rawParams), body: null, bodyStart: end + 1, bodyEnd: end + 1, end: end + 1 };
}

/** Position of the `)` (followed by `}` or `/}`) or `}` that ends the arguments, outside quotes. */
function findArgsEnd(src: string, from: number, closer: ')' | '}'): number {
  let inQuote = false;
  // Arguments are short; a bound keeps a page of unclosed `{X(` linear.
  const limit = Math.min(src.length, from + MAX_ARGS);
  for (let i = from; i < limit; i++) {
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

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetter(c) || c === 95;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
