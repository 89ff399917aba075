// The SQL dump reader on real MariaDB mysqldump output (test/fixtures/dumps/reader-*.sql, written by
// make-reader-fixtures.sh): the four flavours give the same tables and rows, tricky strings and
// blob bytes come out exact, and reading in tiny chunks or from .sql.gz changes nothing.

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { DumpEvent, SqlValue } from '../../src/load/sql-dump/index.js';
import { collect, flavours, readFixture, rowsOf, utf8, writeTmp } from './helpers.js';

/** Events without line numbers (they differ between flavours by design). */
function withoutLines(events: DumpEvent[]): unknown[] {
  return events.map((event) => ({ ...event, line: undefined }));
}

function valuesByColumn(event: Extract<DumpEvent, { kind: 'row' }>): Record<string, SqlValue> {
  return Object.fromEntries(event.columns.map((column, k) => [column, event.values[k]]));
}

const allBytes = Uint8Array.from({ length: 2048 }, (_, i) => i % 256);

describe('readSqlDump on real MariaDB dumps', async () => {
  const byFlavour = {
    default: await collect(flavours.default),
    skipExtendedInsert: await collect(flavours.skipExtendedInsert),
    hexBlob: await collect(flavours.hexBlob),
    smallBuffer: await collect(flavours.smallBuffer),
  };
  const events = byFlavour.default;

  it('yields one table event per CREATE TABLE, in file order, with the dump\'s columns', () => {
    const tables = events.filter((e) => e.kind === 'table');
    expect(tables).toHaveLength(22);
    expect(tables.map((t) => t.table)).toEqual([...tables.map((t) => t.table)].sort());
    const pages = tables.find((t) => t.table === 'tiki_pages');
    expect(pages?.columns.map((c) => c.name)).toEqual([
      'page_id', 'pageName', 'pageSlug', 'hits', 'data', 'description', 'lastModif', 'comment', 'version',
      'version_minor', 'user', 'ip', 'flag', 'points', 'votes', 'cache', 'wiki_cache', 'cache_timestamp', 'pageRank',
      'creator', 'page_size', 'lang', 'lockedby', 'is_html', 'created', 'wysiwyg', 'wiki_authors_style',
      'comments_enabled', 'keywords',
    ]);
    expect(pages?.columns.slice(0, 5).map((c) => c.type)).toEqual(['int(14)', 'varchar(160)', 'varchar(160)', 'int(8)', 'mediumtext']);
    expect(pages?.columns.find((c) => c.name === 'pageRank')?.type).toBe('decimal(4,3)');
    expect(pages?.columns.find((c) => c.name === 'page_size')?.type).toBe('int(10) unsigned');
  });

  it('gives the line of the CREATE TABLE and of each row', () => {
    const bytes = readFixture(flavours.default);
    const lines = bytes.toString('latin1').split('\n');
    const pages = events.find((e) => e.kind === 'table' && e.table === 'tiki_pages')!;
    expect(lines[pages.line - 1]).toBe('CREATE TABLE `tiki_pages` (');
    for (const row of rowsOf(events, 'tiki_pages')) {
      expect(lines[row.line - 1]).toMatch(new RegExp(`^\\(${row.values[0] as string},`));
    }
  });

  it('reads every row of every table', () => {
    const count = (table: string) => rowsOf(events, table).length;
    expect(count('tiki_pages')).toBe(43);
    expect(count('tiki_objects')).toBe(44);
    expect(count('tiki_category_objects')).toBe(46);
    expect(count('tiki_freetagged_objects')).toBe(5);
    expect(count('tiki_wiki_attachments')).toBe(4);
    expect(count('tiki_history')).toBe(3);
    expect(count('tiki_structures')).toBe(4);
    expect(count('tiki_files')).toBe(0);
  });

  it('gives the same tables and rows for all four flavours', () => {
    const reference = withoutLines(byFlavour.default);
    expect(withoutLines(byFlavour.skipExtendedInsert)).toEqual(reference);
    expect(withoutLines(byFlavour.hexBlob)).toEqual(reference);
    expect(withoutLines(byFlavour.smallBuffer)).toEqual(reference);
  });

  it('the flavours really differ in shape (otherwise the test above proves little)', () => {
    const inserts = (path: string) => (readFixture(path).toString('latin1').match(/^INSERT INTO `tiki_pages`/gm) ?? []).length;
    expect(inserts(flavours.default)).toBe(1);
    expect(inserts(flavours.skipExtendedInsert)).toBe(43);
    expect(inserts(flavours.smallBuffer)).toBeGreaterThan(3);
    expect(readFixture(flavours.hexBlob).includes('0x0001275C220A0D1A09FFFE89504E470D')).toBe(true);
  });

  it('unescapes the tricky page texts exactly', () => {
    const pages = rowsOf(events, 'tiki_pages').map(valuesByColumn);
    const [foo, cafe, plain] = pages;
    expect(utf8(foo.pageName)).toBe('Foo, Bar – Baz+Qux');
    expect(utf8(foo.data)).toBe(
      '!! Heading\nIt\'s a "quoted" word, a backslash C:\\temp\\new and a tab\tend.\r\nLine 3 with 100% _under_score',
    );
    expect(utf8(foo.description)).toBe('desc with \' and "');
    expect(utf8(cafe.pageName)).toBe('Café');
    expect(utf8(cafe.data)).toBe('Crème brûlée — naïve façade. 日本語. Emoji: 😀\nünïcödé line 2');
    expect(utf8(plain.data)).toBe(
      "Looks like SQL: end'); (2,'x'),\n(3, ; ) ( , -- /* */ # and NUL \0 ctrl-Z \x1a backspace \b raw-tab\there, " +
        'a literal backslash-n \\n, 0x41 and NULL',
    );
  });

  it('keeps NULL, empty strings and unquoted numbers apart', () => {
    const [foo, cafe, plain] = rowsOf(events, 'tiki_pages').map(valuesByColumn);
    expect(foo.page_id).toBe('1');
    expect(foo.lastModif).toBe('1700000000');
    expect(cafe.description).toBeNull();
    expect(plain.description).toEqual(new Uint8Array(0));
    expect(plain.pageSlug).toBeNull();
    expect(foo.pageRank).toBeNull();
  });

  it('gives blob bytes exactly, whether written escaped or as --hex-blob', () => {
    for (const flavour of Object.values(byFlavour)) {
      const [tiny, all, ghost, empty] = rowsOf(flavour, 'tiki_wiki_attachments').map(valuesByColumn);
      expect(tiny.data).toEqual(Uint8Array.from([0x00, 0x01, 0x27, 0x5c, 0x22, 0x0a, 0x0d, 0x1a, 0x09, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d]));
      expect(all.data).toEqual(allBytes);
      expect(ghost.data).toBeNull();
      expect(empty.data).toEqual(new Uint8Array(0));
    }
  });

  it('reads history blobs (text, empty, NULL) the same in every flavour', () => {
    for (const flavour of Object.values(byFlavour)) {
      const history = rowsOf(flavour, 'tiki_history').map(valuesByColumn);
      expect(utf8(history[0].data)).toBe("Crème v1 «quoted» 'x'\nline2 \\ end");
      expect(history[1].data).toEqual(new Uint8Array(0));
      expect(history[2].data).toBeNull();
    }
  });

  it('gives identical events, lines included, when the file arrives in 7-byte and 1-byte chunks', async () => {
    for (const path of Object.values(flavours)) {
      const whole = await collect(path);
      expect(await collect(path, { highWaterMark: 7 })).toEqual(whole);
    }
    expect(await collect(flavours.default, { highWaterMark: 1 })).toEqual(byFlavour.default);
  });

  it('reads a gzip-compressed dump (.sql.gz) the same', async () => {
    const gz = writeTmp('reader-default.sql.gz', gzipSync(readFixture(flavours.default)));
    expect(await collect(gz)).toEqual(byFlavour.default);
    expect(await collect(gz, { highWaterMark: 5 })).toEqual(byFlavour.default);
  });

  it('decodes only the rows of the tables asked for, but still announces every table', async () => {
    const only = await collect(flavours.default, { tables: ['tiki_pages'] });
    expect(only.filter((e) => e.kind === 'table')).toHaveLength(22);
    expect(only.filter((e) => e.kind === 'row').every((e) => e.table === 'tiki_pages')).toBe(true);
    expect(rowsOf(only, 'tiki_pages')).toEqual(rowsOf(events, 'tiki_pages'));
  });
});
