// The real mysqldump text the generator copies: header, footer and each table's structure block
// (DROP TABLE … CREATE TABLE … as MariaDB's mysqldump rewrote Tiki's schema), taken from the
// embedded sample dump input/tiki-sample.sql, so generated dumps have exactly the shape of a real
// one (tiki-data.md §3). Column order per table comes from the same CREATE TABLE.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface TableSchema {
  name: string;
  /** From "--\n-- Table structure…" through the restoring SET character_set_client line. */
  structure: string;
  columns: string[];
  /** True when the table has an AUTO_INCREMENT column (its ENGINE line may carry AUTO_INCREMENT=N). */
  autoIncrement: boolean;
}

export interface DumpSchema {
  header: string;
  footer: string;
  tables: Map<string, TableSchema>;
}

const sampleDump = fileURLToPath(new URL('../../input/tiki-sample.sql', import.meta.url));

/** Reads the sample dump as latin1 (lossless for bytes; the structure text is ASCII). */
export function loadDumpSchema(path = sampleDump): DumpSchema {
  const text = readFileSync(path, 'latin1');
  const firstTable = text.indexOf('\n--\n-- Table structure for table `');
  const footerStart = text.lastIndexOf('UNLOCK TABLES;\n') + 'UNLOCK TABLES;\n'.length;
  if (firstTable < 0 || footerStart < firstTable) throw new Error(`${path}: not a mysqldump with table structures`);
  const header = text.slice(0, firstTable + 1).replace(/Database: \S+/, 'Database: tiki');
  const footer = text.slice(footerStart);
  const tables = new Map<string, TableSchema>();
  const structure = /--\n-- Table structure for table `([^`]+)`\n--\n\n[\s\S]*?\/\*!40101 SET character_set_client = @saved_cs_client \*\/;\n/g;
  for (const m of text.matchAll(structure)) {
    const create = m[0].slice(m[0].indexOf('CREATE TABLE'));
    const columns = [...create.matchAll(/^ {2}`([^`]+)` /gm)].map((c) => c[1]);
    tables.set(m[1], { name: m[1], structure: m[0], columns, autoIncrement: / AUTO_INCREMENT,\n/.test(create) });
  }
  return { header, footer, tables };
}

/** The structure block with the ENGINE line's AUTO_INCREMENT= set to `next` (or removed when null). */
export function structureWithAutoIncrement(table: TableSchema, next: number | null): string {
  const without = table.structure.replace(/ AUTO_INCREMENT=\d+/, '');
  if (next === null || !table.autoIncrement) return without;
  return without.replace(/\) ENGINE=(\S+) /, `) ENGINE=$1 AUTO_INCREMENT=${next} `);
}
