// Writes a mysqldump-format file the way MariaDB's mysqldump does with default flags
// (tiki-data.md §3): header, then every table in alphabetical order (structure block, LOCK,
// DISABLE KEYS, extended INSERTs, ENABLE KEYS, UNLOCK), then the footer. Extended INSERTs hold one
// row per line and start a new statement before passing net-buffer-length (1046528 bytes). Strings
// and blobs use backslash escapes (\0 \' \" \\ \n \r \Z), every other byte raw — so blob bytes make
// the file invalid UTF-8, as in a real dump.

import { closeSync, openSync, writeSync } from 'node:fs';
import { structureWithAutoIncrement, type DumpSchema } from './schema.js';

/** A cell: NULL, an integer, text (written as UTF-8) or bytes (a blob). */
export type SqlCell = null | number | string | Buffer;
export type SqlRow = Readonly<Record<string, SqlCell>>;

const netBufferLength = 1046528;
const flushAt = 1 << 20;

export class DumpWriter {
  private readonly fd: number;
  private chunks: Buffer[] = [];
  private pending = 0;
  bytesWritten = 0;

  constructor(
    path: string,
    private readonly schema: DumpSchema,
  ) {
    this.fd = openSync(path, 'w');
    this.text(schema.header);
  }

  /** One table: its structure and its rows (rows may be empty). Call in alphabetical table order. */
  table(name: string, rows: Iterable<SqlRow>, autoIncrement: number | null = null): void {
    const table = this.schema.tables.get(name);
    if (!table) throw new Error(`no table ${name} in the schema`);
    this.text(`${structureWithAutoIncrement(table, autoIncrement)}\n--\n-- Dumping data for table \`${name}\`\n--\n\n`);
    this.text(`LOCK TABLES \`${name}\` WRITE;\n/*!40000 ALTER TABLE \`${name}\` DISABLE KEYS */;\n`);
    const head = `INSERT INTO \`${name}\` VALUES\n`;
    let statement = 0;
    for (const row of rows) {
      const values = encodeRow(table.columns, row, name);
      if (statement > 0 && statement + values.length + 2 > netBufferLength) {
        this.text(';\n');
        statement = 0;
      }
      if (statement === 0) {
        this.text(head);
        statement = head.length;
      } else {
        this.text(',\n');
      }
      this.bytes(values);
      statement += values.length + 2;
    }
    if (statement > 0) this.text(';\n');
    this.text(`/*!40000 ALTER TABLE \`${name}\` ENABLE KEYS */;\nUNLOCK TABLES;\n`);
  }

  /** Every remaining table of the schema, empty, so the dump lists all of them. */
  tableNames(): string[] {
    return [...this.schema.tables.keys()].sort();
  }

  close(): void {
    this.text(this.schema.footer);
    this.flush();
    closeSync(this.fd);
  }

  private text(s: string): void {
    this.bytes(Buffer.from(s, 'utf8'));
  }

  private bytes(b: Buffer): void {
    this.chunks.push(b);
    this.pending += b.length;
    if (this.pending >= flushAt) this.flush();
  }

  private flush(): void {
    if (!this.pending) return;
    const all = Buffer.concat(this.chunks, this.pending);
    let off = 0;
    while (off < all.length) off += writeSync(this.fd, all, off);
    this.bytesWritten += all.length;
    this.chunks = [];
    this.pending = 0;
  }
}

/** `(v1,v2,…)` in the table's column order; a column missing from the row is NULL. */
function encodeRow(columns: readonly string[], row: SqlRow, table: string): Buffer {
  for (const key of Object.keys(row)) {
    if (!columns.includes(key)) throw new Error(`table ${table} has no column ${key}`);
  }
  const parts: Buffer[] = [Buffer.from('(')];
  columns.forEach((column, i) => {
    if (i) parts.push(comma);
    parts.push(encodeCell(row[column] ?? null));
  });
  parts.push(Buffer.from(')'));
  return Buffer.concat(parts);
}

const comma = Buffer.from(',');
const nullCell = Buffer.from('NULL');

function encodeCell(cell: SqlCell): Buffer {
  if (cell === null) return nullCell;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`not a number: ${cell}`);
    return Buffer.from(String(cell));
  }
  return quoted(typeof cell === 'string' ? Buffer.from(cell, 'utf8') : cell);
}

/** A quoted literal with mysqldump's escapes; bytes other than the escaped ones are copied raw. */
export function quoted(bytes: Uint8Array): Buffer {
  let extra = 0;
  for (let i = 0; i < bytes.length; i++) if (escapeOf(bytes[i]) !== 0) extra++;
  const out = Buffer.allocUnsafe(bytes.length + extra + 2);
  let o = 0;
  out[o++] = 0x27;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const e = escapeOf(b);
    if (e === 0) {
      out[o++] = b;
    } else {
      out[o++] = 0x5c;
      out[o++] = e;
    }
  }
  out[o++] = 0x27;
  return out;
}

/** The letter after the backslash for a byte mysqldump escapes, or 0. */
function escapeOf(b: number): number {
  switch (b) {
    case 0x00:
      return 0x30; // \0
    case 0x0a:
      return 0x6e; // \n
    case 0x0d:
      return 0x72; // \r
    case 0x1a:
      return 0x5a; // \Z
    case 0x27:
    case 0x22:
    case 0x5c:
      return b;
    default:
      return 0;
  }
}
