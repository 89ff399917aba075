// A minimal tar reader for Tiki's page export (dump/export.tar): 512-byte headers, each followed
// by the entry's data padded to 512 bytes, ended by zero blocks. Names come from the header's
// name field (joined with the ustar prefix field when there is one), a GNU long-name entry
// ('L', the name of the next entry) or a pax extended header ('x', key `path`). Only regular
// files (type '0' or NUL) are returned; directories, links and global pax headers are skipped.

export interface TarEntry {
  name: string;
  data: Uint8Array;
}

export class TarError extends Error {
  override name = 'TarError';
  constructor(
    message: string,
    /** Byte offset of the header the problem is in. */
    readonly offset: number,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8');

/** True when `bytes` look like a tar archive (a checksum-valid first header). */
export function looksLikeTar(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && checksumOk(bytes.subarray(0, 512));
}

export function readTar(bytes: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let longName: string | null = null;
  let offset = 0;
  while (offset + 512 <= bytes.length) {
    const header = bytes.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    if (!checksumOk(header)) throw new TarError('a tar header with a wrong checksum', offset);
    const size = octal(header.subarray(124, 136));
    if (size === null) throw new TarError('a tar header with an unreadable size', offset);
    const type = String.fromCharCode(header[156] || 0x30);
    const start = offset + 512;
    if (start + size > bytes.length) throw new TarError(`the entry's ${size} bytes run past the end of the file`, offset);
    const data = bytes.subarray(start, start + size);
    offset = start + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = cString(data);
      continue;
    }
    if (type === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    const prefix = isUstar(header) ? cString(header.subarray(345, 500)) : '';
    const name = longName ?? (prefix ? `${prefix}/${cString(header.subarray(0, 100))}` : cString(header.subarray(0, 100)));
    longName = null;
    if (type === '0') entries.push({ name, data });
  }
  return entries;
}

function checksumOk(header: Uint8Array): boolean {
  const stored = octal(header.subarray(148, 156));
  if (stored === null) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
  return sum === stored;
}

function octal(field: Uint8Array): number | null {
  const text = String.fromCharCode(...field).replace(/\0.*$/s, '').trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : text === '' ? 0 : null;
}

function cString(field: Uint8Array): string {
  const end = field.indexOf(0);
  return utf8.decode(end < 0 ? field : field.subarray(0, end));
}

function isUstar(header: Uint8Array): boolean {
  return String.fromCharCode(...header.subarray(257, 262)) === 'ustar';
}

/** The `path` record of a pax extended header ("<len> path=<value>\n"). */
function paxPath(data: Uint8Array): string | null {
  const text = utf8.decode(data);
  for (const record of text.split('\n')) {
    const match = /^\d+ path=(.*)$/s.exec(record);
    if (match) return match[1];
  }
  return null;
}
