#!/usr/bin/env node
// Writes a database as phpMyAdmin's JSON export (Export → JSON, default options) to stdout, for
// the sample's JSON input form. phpMyAdmin itself cannot be installed here; this mirrors
// libraries/classes/Plugins/Export/ExportJson.php (phpMyAdmin 5.x):
//   - "[" then a header object and a database object, each on its own line followed by ",";
//   - per table `{"type":"table","name":…,"database":…,"data":` + "\n[\n", the rows one per line
//     separated by ",\n", then "\n]\n}\n"; tables after the first are preceded by ",";
//   - "]" and a newline at the end;
//   - values as mysqli returns them: every value a string (numbers too) or null; BLOB/BINARY
//     columns with the binary charset (63) as "0x" + lower-case hex (bin2hex);
//   - json_encode with JSON_UNESCAPED_UNICODE (the "json_unicode" option, on by default): "/"
//     escaped as "\/", U+2028/U+2029 escaped, other non-ASCII characters written as they are.
// Tables in SHOW TABLES order, rows in the server's order (SELECT * without ORDER BY), as
// phpMyAdmin exports them.
//
// Usage: node input/generate/phpmyadmin-json.mjs mysql://user:pass@host:port/db > export.json

import mysql from 'mysql2/promise';

const url = new URL(process.argv[2] ?? 'mysql://tiki2md_ro:tiki2md@127.0.0.1:3306/tiki2md_sample');
const database = decodeURIComponent(url.pathname.slice(1));
const connection = await mysql.createConnection({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username),
  password: decodeURIComponent(url.password),
  database,
  charset: 'utf8mb4',
  dateStrings: true,
  // mysqli gives every value as a string; mysql2 gives a Buffer exactly for the binary charset.
  typeCast(field, next) {
    if (/^(DECIMAL|NEWDECIMAL|TINY|SHORT|LONG|LONGLONG|INT24|FLOAT|DOUBLE|YEAR)$/.test(field.type)) return field.string();
    const value = next();
    return Buffer.isBuffer(value) ? `0x${value.toString('hex')}` : value;
  },
});

/** PHP json_encode($value, JSON_UNESCAPED_UNICODE). */
function encode(value) {
  return JSON.stringify(value).replace(/\//g, '\\/').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const out = [];
out.push('[\n' + encode({ type: 'header', version: '5.2.1', comment: 'Export to JSON plugin for PHPMyAdmin' }) + ',\n');
out.push(encode({ type: 'database', name: database }) + ',\n');
const [tables] = await connection.query({ sql: 'SHOW TABLES', typeCast: true });
let first = true;
for (const row of tables) {
  const table = Object.values(row)[0];
  if (!first) out.push(',');
  first = false;
  const [header, footer] = encode({ type: 'table', name: table, database, data: '@@DATA@@' }).split('"@@DATA@@"');
  out.push(header + '\n[\n');
  const [rows, fields] = await connection.query(`SELECT * FROM \`${table}\``);
  out.push(rows.map((r) => encode(Object.fromEntries(fields.map((f) => [f.name, r[f.name]])))).join(',\n'));
  out.push('\n]\n' + footer + '\n');
}
out.push(']\n');
await connection.end();
process.stdout.write(out.join(''));
