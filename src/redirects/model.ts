// The redirect records (plan.legacyUrls) regrouped the way server maps consume them: query forms
// per parameter name, path forms, bare script paths. Every emitter in this folder reads this
// model; none computes spellings itself. Escaping is each emitter's job (see their headers).
//
//   query  "/tiki-index.php?page=My+Page": matched on the decoded path + the parameter's RAW value
//          (nginx $arg_*, Apache %{QUERY_STRING}, IIS {QUERY_STRING}) or its DECODED value
//          (Caddy {query.*}, Vercel `has`).
//   path   "/My%20Page": matched on the decoded path (nginx $uri, Caddy {path}, IIS {URL}) or
//          the raw request path (Apache THE_REQUEST, Netlify, Cloudflare, Vercel sources).
//   bare   "/tiki-index.php" with no query string at all (home).

import type { LegacyUrlRecord } from '../plan/plan-types.js';
import { normalizeRequestPath, splitSpelling } from '../plan/legacy-spellings.js';
import { formDecode, percentDecode } from '../plan/url-encoding.js';
import type { RedirectFormat } from './formats.js';

export interface RedirectSettings {
  redirectStatus?: 301 | 302 | 308;
  goneStatus?: 404 | 410;
  /** The new site's origin ("https://www.example.org"), for formats that need absolute URLs. */
  siteUrl?: string;
  /** The formats written (default: all; formats.ts). */
  formats?: readonly RedirectFormat[];
}

interface FormBase {
  record: LegacyUrlRecord;
  /** The redirect target, or null when the URL is gone (404/410). */
  to: string | null;
}

export interface QueryForm extends FormBase {
  /** Decoded NFC path: "/tiki-index.php". */
  path: string;
  /** The path as Tiki wrote it (encoded). */
  rawPath: string;
  /** Lower-cased parameter name. */
  name: string;
  /** Every raw spelling of the value ("My+Page", "My%20Page", "my%20page" …); consecutive forms with the same ones share the array (read-only). */
  rawValues: string[];
  /** Every decoded value (form-decoded: "+" → space), NFC and NFD when they differ; shared like rawValues. */
  values: string[];
}

export interface PathForm extends FormBase {
  /** Every raw spelling of the path ("/My%20Page", "/My%20page" …). */
  rawPaths: string[];
  /** Every decoded path as servers route it ("//" merged, dot segments resolved; NFC and NFD when they differ). */
  paths: string[];
}

export interface BareForm extends FormBase {
  path: string;
  rawPath: string;
}

export interface RedirectModel {
  /** Parameter name → forms, names in Tiki's precedence order (page_ref_id, page_id, page, …). */
  query: Map<string, QueryForm[]>;
  paths: PathForm[];
  bare: BareForm[];
  redirectStatus: 301 | 302 | 308;
  goneStatus: 404 | 410;
  siteUrl: string | undefined;
}

/** The values without repeats, first occurrence first (a record has a handful: a scan beats a Set). */
export function distinct(values: string[]): string[] {
  if (values.length > 16) return [...new Set(values)];
  const out: string[] = [];
  for (const v of values) if (!out.includes(v)) out.push(v);
  return out;
}

const sameStrings = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

const PARAM_ORDER = ['page_ref_id', 'page_id', 'page'];

export function redirectModel(records: readonly LegacyUrlRecord[], settings: RedirectSettings = {}): RedirectModel {
  const query = new Map<string, QueryForm[]>();
  const paths: PathForm[] = [];
  const bare: BareForm[] = [];
  // A page's query forms (one per script) follow one another with the same values: decoded once,
  // and the forms share both arrays (emitters reuse what they made of the previous form's).
  let lastRaw: string[] = [];
  let lastDecoded: string[] = [];
  for (const record of records) {
    const to = record.status === 404 || record.status === 410 ? null : record.to;
    const spellings = record.spellings;
    if (record.url.bare) {
      bare.push({ record, to, path: record.url.path, rawPath: splitSpelling(spellings[0]).path });
    } else if (record.url.param) {
      const name = record.url.param.name;
      const rawValues = distinct(spellings.map((s) => splitSpelling(s).param?.value ?? ''));
      if (!sameStrings(rawValues, lastRaw)) {
        lastRaw = rawValues;
        lastDecoded = distinct(rawValues.map(formDecode));
      }
      const form: QueryForm = { record, to, path: record.url.path, rawPath: splitSpelling(spellings[0]).path, name, rawValues: lastRaw, values: lastDecoded };
      const list = query.get(name);
      if (list) list.push(form);
      else query.set(name, [form]);
    } else {
      const rawPaths = distinct(spellings.map((s) => splitSpelling(s).path));
      const decoded: string[] = [];
      for (const p of rawPaths) {
        const path = normalizeRequestPath(percentDecode(p));
        if (path !== null) decoded.push(path);
      }
      paths.push({ record, to, rawPaths, paths: distinct(decoded) });
    }
  }
  const rank = (name: string) => (PARAM_ORDER.includes(name) ? PARAM_ORDER.indexOf(name) : PARAM_ORDER.length);
  const names = [...query.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return {
    query: new Map(names.map((n) => [n, query.get(n)!])),
    paths,
    bare,
    redirectStatus: settings.redirectStatus ?? 301,
    goneStatus: settings.goneStatus ?? 410,
    siteUrl: settings.siteUrl?.replace(/\/+$/, ''),
  };
}

/** Adds `key` to `seen`: true when it was not there yet (one lookup where has() + add() take two). */
export function added(seen: Set<string>, key: string): boolean {
  const size = seen.size;
  return seen.add(key).size !== size;
}

const NON_ASCII = /[^\x00-\x7f]/;
const lowerRun = (run: string) => run.toLowerCase();

/** ASCII-only lower-casing, as nginx map keys, Apache int:tolower and IIS compare. */
export function asciiLower(value: string): string {
  return NON_ASCII.test(value) ? value.replace(/[A-Z]+/g, lowerRun) : value.toLowerCase();
}

/** Only spellings with uppercase hex (for formats that normalize hex case themselves). */
export function upperHexOnly(spellings: readonly string[]): string[] {
  const kept = spellings.filter((s) => !/%[0-9A-F]?[a-f]/.test(s));
  return kept.length > 0 ? kept : [spellings[0]];
}

/** A comment-safe rendering of any text: printable ASCII, everything else as \uXXXX. */
export function commentSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export const GONE = 'gone';

/** A parameter name a server rule can name literally; other names are served from redirects.json. */
export const isPlainParam = (name: string): boolean => /^[a-z0-9_]+$/.test(name);
