// The tab-separated readers (src/load/tsv/): LOAD DATA escaping of mysqldump --tab (\N is NULL;
// a backslash before a raw TAB or newline keeps it in the value) and mysql --batch escaping
// (\t \n \\ \0; NULL is the bare text NULL), in chunks of any size, with the line of every row;
// and clear errors for a row with the wrong number of fields or a file cut inside an escape.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/load/build-site-model.js';
import { InputError } from '../../src/load/input-error.js';
import { TsvParser, type TsvRow } from '../../src/load/tsv/tsv-parser.js';
import { TsvFolderSource } from '../../src/load/tsv/tsv-folder-source.js';
import { tablesFor } from '../../src/load/tables/schema.js';

function parse(dialect: 'load-data' | 'batch', bytes: Buffer, chunk = bytes.length): TsvRow[] {
  const parser = new TsvParser(dialect);
  const rows: TsvRow[] = [];
  for (let i = 0; i < bytes.length; i += chunk) {
    parser.push(bytes.subarray(i, i + chunk));
    rows.push(...parser.drain());
  }
  expect(parser.end()).toBe(true);
  return [...rows, ...parser.drain()];
}

const show = (rows: TsvRow[]) => rows.map((r) => [r.line, ...r.values.map((v) => (v === null ? null : Buffer.from(v).toString('latin1')))]);

describe('LOAD DATA format (mysqldump --tab)', () => {
  const file = Buffer.from('1\ta\\\tb\tx\\\ny\n2\t\\N\t\\Nope\t\\\\N\n3\t\\0\\Z\\b\\r\t\\n\xff\n', 'latin1');

  it('unescapes every sequence, keeps \\N apart from a value starting with N, counts escaped newlines', () => {
    const expected = [
      [1, '1', 'a\tb', 'x\ny'],
      [3, '2', null, 'Nope', '\\N'],
      [4, '3', '\x00\x1a\x08\r', '\n\xff'],
    ];
    expect(show(parse('load-data', file))).toEqual(expected);
    expect(show(parse('load-data', file, 1))).toEqual(expected);
    expect(show(parse('load-data', file, 3))).toEqual(expected);
  });

  it('reports a file cut inside an escape', () => {
    const parser = new TsvParser('load-data');
    parser.push(Buffer.from('1\tab\\'));
    expect(parser.end()).toBe(false);
  });
});

describe('mysql --batch format', () => {
  it('unescapes \\t \\n \\\\ \\0, keeps CR raw, reads the bare text NULL as NULL', () => {
    const rows = parse('batch', Buffer.from('id\tname\n1\ta\\tb\\nc\\\\d\\0\r\n2\tNULL\n3\tNULLS\n', 'latin1'), 2);
    expect(show(rows)).toEqual([
      [1, 'id', 'name'],
      [2, '1', 'a\tb\nc\\d\x00\r'],
      [3, '2', null],
      [4, '3', 'NULLS'],
    ]);
  });
});

describe('TSV folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-tsv-'));

  it('a row with the wrong number of fields names the file, the line and the expected count', async () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    writeFileSync(join(batch, 'tiki_pages.tsv'), 'page_id\tpageName\tdata\n1\tHome\tHello\n2\tBroken\n');
    const error = await buildSiteModel(new TsvFolderSource(batch, 'batch', tablesFor({}))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      `${join(batch, 'tiki_pages.tsv')}:3: this row of tiki_pages has 2 field(s) but the table has 3 column(s) (expected 3 tab-separated fields per row (mysql --batch without --raw))`,
    );
  });

  it('a --tab folder without the .sql beside a .txt', async () => {
    const tab = join(dir, 'tab');
    mkdirSync(tab);
    writeFileSync(join(tab, 'tiki_pages.txt'), '1\tHome\tHello\n');
    const error = await buildSiteModel(new TsvFolderSource(tab, 'tab', tablesFor({}))).catch((e: unknown) => e);
    expect((error as InputError).message).toMatch(/tiki_pages\.txt: no tiki_pages\.sql beside it \(expected the <table>\.sql file mysqldump --tab writes/);
  });
});
