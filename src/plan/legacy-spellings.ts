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
import { byteEncoder, formDecode, percentDecode, phpRawurlencode, phpUrlencode } from './url-encoding.js';

/** A decoded path as a browser sends it: "/Omega-3,%20Fish" ("%" itself is encoded, "/" kept). */
export const browserPathEncode: (decoded: string) => string = byteEncoder(/[A-Za-z0-9\-._~!$&'()*+,;=:@/]/);

/** A decoded query value as a browser sends it (space → %20; "&", "+", "#", "%", "'" encoded). */
export const browserQueryEncode: (decoded: string) => string = byteEncoder(/[A-Za-z0-9\-._~!$()*,;:@/=?]/);

/** "%c3%a9" for "%C3%A9". */
export function lowerHex(spelling: string): string {
  return /%[0-9A-F]?[A-F]/.test(spelling) ? spelling.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()) : spelling;
}

const ASCII = /^[\x00-\x7f]*$/;
/** NFC and NFD forms (one when the text has no non-ASCII character). */
const forms = (text: string) => (ASCII.test(text) ? [text] : [text.normalize('NFC'), text.normalize('NFD')]);

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
  const fold = (text: string) => (ASCII.test(text) ? text.toLowerCase() : caseFold(text));
  const pathKey = fold(id.path.trimEnd());
  if (id.param) return `${pathKey}?${id.param.name}=${fold(id.param.value.trimEnd())}`;
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
export function expandSpellings(tikiSpelling: string, bare = false, cache?: Map<string, string[]>): string[] {
  if (bare) return [tikiSpelling];
  const parts = splitSpelling(tikiSpelling);
  if (!parts.param) {
    const decoded = percentDecode(parts.path);
    return withLowerHex([tikiSpelling, ...forms(decoded).map(browserPathEncode)]);
  }
  // Query values recur (one page name under every page action): expand each value once.
  const raw = parts.param.value;
  let values = cache?.get(raw);
  if (!values) {
    values = withLowerHex([raw, ...forms(formDecode(raw)).map(browserQueryEncode)]);
    cache?.set(raw, values);
  }
  const prefix = `${parts.path}?${parts.param.name}=`;
  return values.map((v) => prefix + v);
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
const targetEncoder = byteEncoder(/[A-Za-z0-9\-._~/:?=&+,@!*()%]/);
export function encodeTarget(url: string): string {
  return targetEncoder(url).replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
}

/** What the planner groups claims by: one Tiki spelling's identity and matchKey. */
export interface IdentifiedSpelling {
  url: LegacyUrl;
  key: string;
  /** False when the path climbs above the root once dot segments are resolved (unservable). */
  servable: boolean;
}

/**
 * identityOf + legacyMatchKey (`identify`) and expandSpellings (`spellings`), with the query
 * value and script path parts memoized: a page name recurs under every page action, a script
 * path under every page. Linear in the number of claims, and shares the value spelling strings.
 * Two calls, not one: the planner groups a million claims by key and needs their spellings only
 * once each group's record is made (all of them at once were a fifth of its peak).
 */
export class SpellingExpander {
  private readonly values = new Map<string, { spellings: string[]; param: { name: string; value: string }; key: string }>();
  private readonly scripts = new Map<string, { path: string; key: string; servable: boolean }>();

  private fold(text: string): string {
    return ASCII.test(text) ? text.toLowerCase() : caseFold(text);
  }

  private script(rawPath: string) {
    let hit = this.scripts.get(rawPath);
    if (!hit) {
      const decoded = percentDecode(rawPath).normalize('NFC');
      const normalized = normalizeRequestPath(decoded);
      const path = normalized ?? decoded;
      hit = { path, key: this.fold(path.trimEnd()), servable: normalized !== null };
      this.scripts.set(rawPath, hit);
    }
    return hit;
  }

  private value(param: { name: string; value: string }) {
    const raw = param.value;
    const memo = `${param.name}=${raw}`;
    let v = this.values.get(memo);
    if (!v) {
      // Tiki's two encoders and the browser's, whichever spelling the claim was written in.
      const value = formDecode(raw);
      const nfc = value.normalize('NFC');
      const spellings = withLowerHex([raw, phpUrlencode(value), phpRawurlencode(value), ...forms(value).map(browserQueryEncode)]);
      v = { spellings, param: { name: formDecode(param.name).toLowerCase(), value: nfc }, key: this.fold(nfc.trimEnd()) };
      this.values.set(memo, v);
    }
    return v;
  }

  identify(spelling: string, bare = false): IdentifiedSpelling {
    const parts = splitSpelling(spelling);
    if (bare) {
      const s = this.script(parts.path);
      return { url: { path: s.path, bare: true }, key: `${s.key}?`, servable: s.servable };
    }
    if (!parts.param) {
      const s = this.script(parts.path);
      this.scripts.delete(parts.path); // paths rarely repeat: keep the cache small
      return { url: { path: s.path }, key: s.key, servable: s.servable };
    }
    const s = this.script(parts.path);
    const v = this.value(parts.param);
    return { url: { path: s.path, param: v.param }, key: `${s.key}?${v.param.name}=${v.key}`, servable: s.servable };
  }

  /** Every spelling of the request (expandSpellings), sharing the memoized value spellings. */
  spellings(spelling: string, bare = false): string[] {
    if (bare) return [spelling];
    const parts = splitSpelling(spelling);
    if (!parts.param) return withLowerHex([spelling, ...forms(percentDecode(parts.path)).map(browserPathEncode)]);
    const prefix = `${parts.path}?${parts.param.name}=`;
    return this.value(parts.param).spellings.map((x) => prefix + x);
  }
}
