#!/usr/bin/env node
// Writes a database's wiki pages as Tiki's own page export (tiki-export_wiki_pages.php without
// `page`: dump/export.tar, every version of every page) to stdout, for the sample's Tiki-export
// input form. Tiki cannot run here; this mirrors lib/wiki/exportlib.php export_wiki_page() and
// lib/ziplib.php MimeifyPageRevision() as described in tiki-data.md §2.4:
//   - one tar entry per page, named by the raw page name, pages in name order;
//   - a MIME message with CRLF line ends: Date, Mime-Version, then (more than one revision) a
//     multipart/mixed body with boundary "=_multipart_boundary_1", the current revision first,
//     then the history newest first; each part is application/x-tikiwiki with the parameters
//     pagename, flags, author, version, lastmodified, author_id (the IP), summary, hits,
//     description and charset, values rawurlencoded and quoted unless they are MIME tokens;
//   - bodies: every line right-trimmed, lines joined with CRLF.
// The tar is written like PHP tar libraries write it: 512-byte ustar headers, a GNU "././@LongLink"
// entry before names longer than 100 bytes, two zero blocks at the end.
//
// Usage: node input/generate/tiki-export.mjs mysql://user:pass@host:port/db > export.tar

import mysql from 'mysql2/promise';

const url = new URL(process.argv[2] ?? 'mysql://tiki2md_ro:tiki2md@127.0.0.1:3306/tiki2md_sample');
const connection = await mysql.createConnection({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username),
  password: decodeURIComponent(url.password),
  database: decodeURIComponent(url.pathname.slice(1)),
  charset: 'utf8mb4',
  typeCast(field, next) {
    if (/BLOB/.test(field.type)) return field.buffer()?.toString('utf8') ?? null;
    return next();
  },
});
const [pages] = await connection.query('SELECT pageName, data, description, lastModif, comment, version, user, ip, hits, flag FROM tiki_pages');
const [history] = await connection.query('SELECT pageName, data, description, lastModif, comment, version, user, ip FROM tiki_history ORDER BY version DESC');
await connection.end();

/** PHP rawurlencode(). */
function rawurlencode(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function param(name, value) {
  const v = rawurlencode(String(value ?? ''));
  return `${name}=${/^[-!#-'*+.0-9A-Z^-~]+$/.test(v) ? v : `"${v}"`}`;
}

function mimeifyRevision(page, revision, hits) {
  const params = [
    param('pagename', page.pageName),
    param('flags', ''),
    param('author', revision.user),
    param('version', revision.version),
    param('lastmodified', revision.lastModif),
    param('author_id', revision.ip),
    param('summary', revision.comment),
    param('hits', hits),
    param('description', revision.description),
    param('charset', 'utf-8'),
  ];
  const body = String(revision.data ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\r\n');
  return `Content-Type: application/x-tikiwiki;\r\n  ${params.join(';\r\n  ')}\r\nContent-Transfer-Encoding: binary\r\n\r\n${body}\r\n`;
}

function rfc2822(epoch) {
  return new Date(epoch * 1000).toUTCString().replace('GMT', '+0000');
}

function exportPage(page) {
  const revisions = [page, ...history.filter((h) => h.pageName === page.pageName)];
  let out = `Date: ${rfc2822(page.lastModif)}\r\nMime-Version: 1.0 (Produced by Tiki)\r\n`;
  if (revisions.length === 1) return out + mimeifyRevision(page, page, page.hits);
  const boundary = '=_multipart_boundary_1';
  out += `Content-Type: multipart/mixed;\r\n  boundary="${boundary}"\r\n\r\n`;
  for (const r of revisions) out += `--${boundary}\r\n${mimeifyRevision(page, r, page.hits)}`;
  return out + `--${boundary}--\r\n`;
}

function header(name, size, mtime, type) {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(size.toString(8).padStart(11, '0') + '\0', 124);
  h.write(Math.floor(mtime).toString(8).padStart(11, '0') + '\0', 136);
  h.write('        ', 148);
  h.write(type, 156);
  h.write('ustar  \0', 257);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}

function entry(name, data, mtime, type = '0') {
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512);
  return [header(name, data.length, mtime, type), data, pad];
}

const blocks = [];
for (const page of [...pages].sort((a, b) => (a.pageName < b.pageName ? -1 : a.pageName > b.pageName ? 1 : 0))) {
  const name = Buffer.from(page.pageName, 'utf8');
  const data = Buffer.from(exportPage(page), 'utf8');
  if (name.length > 100) blocks.push(...entry('././@LongLink', Buffer.concat([name, Buffer.from([0])]), 0, 'L'));
  blocks.push(...entry(name.length > 100 ? name.subarray(0, 100).toString('latin1') : page.pageName, data, page.lastModif));
}
blocks.push(Buffer.alloc(1024));
process.stdout.write(Buffer.concat(blocks));
