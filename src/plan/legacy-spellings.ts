// Spellings and identity of legacy requests (legacy-urls-and-redirects.md §2, §3.1).
//
// A legacy URL is requested in several byte-different spellings that mean the same thing to Tiki:
//   - Tiki's own: PHP urlencode ("+" for space) in links and SEF paths, rawurlencode ("%20") in
//     templates — both uppercase hex (see url-encoding.ts);
//   - browser-typed or copied: only what a browser must encode is encoded ("%20", non-ASCII as
//     UTF-8 %XX; "," "(" ":" … literal);
//   - lower-case hex ("%c3%a9"), which some clients and proxies write;
//   - the NFC and NFD forms of the same accented name (macOS clients send NFD).
// Every spelling is a safe token for every emitter: no whitespace, control character, quote,
// backslash, "#", "<", ">", "{", "}", "|", "^" or backtick survives unencoded.
//
// Identity (the `LegacyUrl` of a record): the percent-decoded NFC path; for a query form, the
// lower-cased parameter name and the form-decoded ("+" → space) NFC value. `bare` marks a script
// path that matches only when requested without a query string (`/tiki-index.php` → home).
// matchKey = that identity case-folded and right-trimmed (Tiki's _ci / PAD SPACE comparison).

import type { LegacyUrl } from './plan-types.js';
import { caseFold } from './fold.js';
import { formDecode, percentDecode } from './url-encoding.js';

const utf8 = new TextEncoder();
const hex = (byte: number) => '%' + byte.toString(16).toUpperCase().padStart(2, '0');

function encodeKeeping(value: string, keep: RegExp): string {
  let out = '';
  for (const byte of utf8.encode(value)) {
    const ch = String.fromCharCode(byte);
    out += byte < 0x80 && keep.test(ch) ? ch : hex(byte);
  }
  return out;
}

/** A decoded path as a browser sends it: "/Omega-3,%20Fish" ("%" itself is encoded, "/" kept). */
export function browserPathEncode(decoded: string): string {
  return encodeKeeping(decoded, /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/);
}

/** A decoded query value as a browser sends it (space → %20; "&", "+", "#", "%", "'" encoded). */
export function browserQueryEncode(decoded: string): string {
  return encodeKeeping(decoded, /[A-Za-z0-9\-._~!$()*,;:@/=?]/);
}

/** "%c3%a9" for "%C3%A9". */
export function lowerHex(spelling: string): string {
  return spelling.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
}

export interface SpellingParts {
  /** Raw (encoded) path. */
  path: string;
  /** Raw parameter name and value of a query form. */
  param?: { name: string; value: string };
}

/** Splits "/p?name=value" into its raw parts. Only the first parameter is the matched one. */
export function splitSpelling(spelling: string): SpellingParts {
  const q = spelling.indexOf('?');
  if (q < 0) return { path: spelling };
  const query = spelling.slice(q + 1);
  const eq = query.indexOf('=');
  return {
    path: spelling.slice(0, q),
    param: { name: eq < 0 ? query : query.slice(0, eq), value: eq < 0 ? '' : query.slice(eq + 1) },
  };
}

/**
 * The path a server routes for a decoded request path: runs of "/" merged, "." and ".." segments
 * resolved (nginx does this after decoding, so "/a%2F%2Fb" is "/a/b"); null when ".." climbs
 * above the root (servers answer 400).
 */
export function normalizeRequestPath(decoded: string): string | null {
  const segments: string[] = [];
  const parts = decoded.split('/').slice(1);
  let trailing = false;
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    trailing = last && (part === '' || part === '.' || part === '..');
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (segments.length === 0) return null;
      segments.pop();
      continue;
    }
    segments.push(part);
  }
  const path = '/' + segments.join('/');
  return trailing && segments.length > 0 ? path + '/' : path;
}

export function identityOf(spelling: string, bare = false): LegacyUrl {
  const parts = splitSpelling(spelling);
  const decoded = percentDecode(parts.path).normalize('NFC');
  const path = normalizeRequestPath(decoded) ?? decoded;
  if (!parts.param) return bare ? { path, bare: true } : { path };
  return { path, param: { name: formDecode(parts.param.name).toLowerCase(), value: formDecode(parts.param.value).normalize('NFC') } };
}

/** The case/NFC-folded identity of a request; equal keys are one legacy URL. */
export function legacyMatchKey(spelling: string, bare = false): string {
  const id = identityOf(spelling, bare);
  const pathKey = caseFold(id.path.trimEnd());
  if (id.param) return `${pathKey}?${id.param.name}=${caseFold(id.param.value.trimEnd())}`;
  return id.bare ? `${pathKey}?` : pathKey;
}

function dedupe(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function withLowerHex(values: string[]): string[] {
  return dedupe(values.flatMap((v) => [v, lowerHex(v)]));
}

/**
 * Every spelling of the request Tiki wrote as `tikiSpelling` (itself first): lower-hex, browser
 * encoding of the NFC and NFD decoded forms. All share its matchKey.
 */
export function expandSpellings(tikiSpelling: string, bare = false): string[] {
  if (bare) return [tikiSpelling];
  const parts = splitSpelling(tikiSpelling);
  if (!parts.param) {
    const decoded = percentDecode(parts.path);
    return withLowerHex([tikiSpelling, browserPathEncode(decoded.normalize('NFC')), browserPathEncode(decoded.normalize('NFD'))]);
  }
  const prefix = `${parts.path}?${parts.param.name}=`;
  const value = formDecode(parts.param.value);
  return withLowerHex([
    tikiSpelling,
    prefix + browserQueryEncode(value.normalize('NFC')),
    prefix + browserQueryEncode(value.normalize('NFD')),
  ]);
}

/** A site-relative path prefix: '' or "/dir/sub" (leading slash, no trailing slash), encoded. */
export function normalizePrefix(prefix = ''): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : browserPathEncode(`/${percentDecode(trimmed)}`);
}

/**
 * A redirect target safe to embed in every server format: bytes outside
 * A-Za-z0-9 - . _ ~ / : ? = & + , @ ! * ( ) are percent-encoded, and so is a "%" that does not
 * start an escape. So "$", quotes, ";", braces, spaces and non-ASCII never reach a config file.
 */
export function encodeTarget(url: string): string {
  let out = '';
  for (const byte of utf8.encode(url)) {
    const ch = String.fromCharCode(byte);
    out += byte < 0x80 && /[A-Za-z0-9\-._~/:?=&+,@!*()%]/.test(ch) ? ch : hex(byte);
  }
  return out.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
}
