// Tiki's MIME page format (lib/ziplib.php MimeifyPageRevision, lib/wiki/exportlib.php; CRLF):
//   Date: …
//   Mime-Version: 1.0 (Produced by Tiki)
//   Content-Type: multipart/mixed;␍␊  boundary="=_multipart_boundary_1"     <- only with >1 revision
//   ␍␊
//   --=_multipart_boundary_1
//   Content-Type: application/x-tikiwiki;␍␊  pagename=My%20Page;␍␊  flags="";␍␊  author=admin;␍␊
//     version=7;␍␊  lastmodified=1199181600;␍␊  author_id=192.168.0.1;␍␊  summary=fixed%20typo;␍␊
//     hits=42;␍␊  description=;␍␊  charset=utf-8
//   Content-Transfer-Encoding: binary
//   ␍␊
//   <body lines, right-trimmed, CRLF>
//   --=_multipart_boundary_1 … --=_multipart_boundary_1--
// With one revision the page's own headers carry the application/x-tikiwiki type and the body
// follows them; its final line end belongs to the message, as the CRLF before a boundary does. Parameter values are rawurlencoded (quoted when not a MIME token). The body is
// taken as UTF-8 when valid, else as cp1252 (old releases said charset=iso-8859-1 whatever the
// bytes were), with CRLF turned into LF.

import { cp1252Decode } from '../charset.js';

export interface MimeRevision {
  params: Map<string, string>;
  body: string;
}

export class MimeError extends Error {
  override name = 'MimeError';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

export function parseTikiMime(bytes: Uint8Array): MimeRevision[] {
  const { headers, bodyStart } = readHeaders(bytes, 0);
  const type = headers.get('content-type');
  if (type === undefined) throw new MimeError('no Content-Type header');
  const { value, params } = contentType(type);
  if (value === 'application/x-tikiwiki') return [{ params, body: decodeBody(dropFinalLineEnd(bytes.subarray(bodyStart))) }];
  if (value !== 'multipart/mixed') throw new MimeError(`Content-Type ${value} (not a Tiki page)`);
  const boundary = params.get('boundary');
  if (!boundary) throw new MimeError('multipart/mixed without a boundary');
  return splitParts(bytes.subarray(bodyStart), boundary).map((part) => {
    const inner = readHeaders(part, 0);
    const partType = inner.headers.get('content-type');
    const parsed = partType === undefined ? null : contentType(partType);
    if (parsed === null || parsed.value !== 'application/x-tikiwiki') throw new MimeError('a part that is not application/x-tikiwiki');
    return { params: parsed.params, body: decodeBody(part.subarray(inner.bodyStart)) };
  });
}

/** Header fields (lower-case names, continuation lines unfolded) up to the first empty line. */
function readHeaders(bytes: Uint8Array, from: number): { headers: Map<string, string>; bodyStart: number } {
  const headers = new Map<string, string>();
  let at = from;
  let last: string | null = null;
  for (;;) {
    const lf = bytes.indexOf(0x0a, at);
    const end = lf < 0 ? bytes.length : lf;
    const line = latin1.decode(bytes.subarray(at, end)).replace(/\r$/, '');
    at = lf < 0 ? bytes.length : lf + 1;
    if (line === '') return { headers, bodyStart: at };
    if (/^[ \t]/.test(line) && last !== null) headers.set(last, `${headers.get(last)} ${line.trim()}`);
    else {
      const colon = line.indexOf(':');
      if (colon <= 0) throw new MimeError(`a header line without a name: ${JSON.stringify(line.slice(0, 40))}`);
      last = line.slice(0, colon).trim().toLowerCase();
      headers.set(last, line.slice(colon + 1).trim());
    }
    if (lf < 0) throw new MimeError('the headers do not end with an empty line');
  }
}

function contentType(header: string): { value: string; params: Map<string, string> } {
  const [value, ...rest] = header.split(';');
  const params = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    let v = part.slice(eq + 1).trim();
    if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) v = v.slice(1, -1);
    params.set(part.slice(0, eq).trim().toLowerCase(), v);
  }
  return { value: value.trim().toLowerCase(), params };
}

function splitParts(body: Uint8Array, boundary: string): Uint8Array[] {
  const text = latin1.decode(body);
  const delimiter = `--${boundary}`;
  const parts: Uint8Array[] = [];
  let at = text.indexOf(delimiter);
  while (at >= 0) {
    const after = at + delimiter.length;
    if (text.startsWith('--', after)) return parts;
    const start = text.indexOf('\n', after) + 1;
    if (start === 0) break;
    const next = text.indexOf(`\n${delimiter}`, start);
    if (next < 0) throw new MimeError(`a part without the closing boundary ${delimiter}--`);
    const end = next > start && text[next - 1] === '\r' ? next - 1 : next;
    parts.push(body.subarray(start, end));
    at = next + 1;
  }
  throw new MimeError(`no closing boundary ${delimiter}--`);
}

/** A single-part message ends its last body line with CRLF, as every line; the body does not include it. */
function dropFinalLineEnd(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0a) end--;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  return bytes.subarray(0, end);
}

function decodeBody(bytes: Uint8Array): string {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = cp1252Decode(bytes);
  }
  return text.replace(/\r\n/g, '\n');
}

/** A rawurlencoded parameter value, decoded (kept as written when it is not valid percent-encoding). */
export function paramValue(params: ReadonlyMap<string, string>, name: string): string {
  const raw = params.get(name) ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
