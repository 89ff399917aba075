// loadSqlDump / buildSiteModel on the real dumps: pages, categories, free tags, attachments and
// structures joined as Tiki does, the same SiteModel from every dump flavour, orphan rows and
// duplicate page ids as LoadIssues, and clear errors for dumps that are not a usable Tiki database.

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/load/build-site-model.js';
import { InputError } from '../../src/load/input-error.js';
import { loadSqlDump } from '../../src/load/load-sql-dump.js';
import type { RowSource, SourceEvent, SqlValue } from '../../src/load/rows.js';
import type { SiteModel } from '../../src/load/site-model.js';
import { flavours, lineOf, readFixture, replaceOnce, writeTmp } from './helpers.js';
import { withBytes } from '../helpers/site-bytes.js';

const real = readFixture(flavours.default);
const bulkIds = Array.from({ length: 40 }, (_, k) => 10 + k);

/** The model without issue places: the only part that differs between dump flavours and files. */
function withoutPlaces(model: SiteModel): unknown {
  return { ...withBytes(model), issues: model.issues.map((issue) => ({ ...issue, place: null })) };
}

async function inputError(run: Promise<unknown>): Promise<InputError> {
  const error = await run.then(
    () => new Error('expected an InputError'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('loadSqlDump on the real dumps', async () => {
  const model = await loadSqlDump(flavours.default);

  it('gives the pages in page_id order with every field', () => {
    expect(model.pages.map((p) => p.id)).toEqual([1, 2, 3, ...bulkIds]);
    expect(model.pages[0]).toEqual({
      id: 1,
      name: 'Foo, Bar – Baz+Qux',
      pageSlug: 'Foo-Bar-Baz-Qux',
      data: '!! Heading\nIt\'s a "quoted" word, a backslash C:\\temp\\new and a tab\tend.\r\nLine 3 with 100% _under_score',
      description: 'desc with \' and "',
      created: 1700000000,
      lastModif: 1700000000,
      user: 'admin',
      creator: 'admin',
      lang: 'en',
      isHtml: false,
      wysiwyg: false,
    });
    expect(model.pages[1]).toMatchObject({
      name: 'Café',
      pageSlug: 'Cafe',
      data: 'Crème brûlée — naïve façade. 日本語. Emoji: 😀\nünïcödé line 2',
      description: '',
      created: 1700000050,
      lastModif: 1700000100,
      user: 'jöhn',
      lang: 'fr',
    });
  });

  it('defaults NULL columns: no slug, no creator, created from lastModif', () => {
    expect(model.pages[2]).toMatchObject({
      name: 'PlainPage',
      pageSlug: null,
      created: 1700000200,
      lastModif: 1700000200,
      creator: '',
      lang: '',
      isHtml: true,
      wysiwyg: true,
    });
  });

  it('joins categories through tiki_objects, ids ascending per page', () => {
    expect([...model.categories.values()]).toEqual([
      { id: 1, name: 'Topics', parentId: 0 },
      { id: 2, name: 'Desserts & Café', parentId: 1 },
    ]);
    expect(model.pageCategories.get('Foo, Bar – Baz+Qux')).toEqual([1, 2]);
    expect(model.pageCategories.get('Café')).toEqual([2]);
    expect(model.pageCategories.has('PlainPage')).toBe(false);
    expect(model.pageCategories.get('Bulk page 11')).toEqual([2]);
    expect([...model.pageCategories.keys()].slice(0, 3)).toEqual(['Foo, Bar – Baz+Qux', 'Café', 'Bulk page 10']);
  });

  it('joins free tags, once per page even when several users tagged it', () => {
    expect([...model.freetags.values()]).toEqual([
      { id: 1, tag: 'tiki', rawTag: 'Tiki' },
      { id: 2, tag: 'cafe', rawTag: 'café' },
      { id: 3, tag: 'unused', rawTag: 'Unused' },
    ]);
    expect([...model.pageFreetags]).toEqual([
      ['Foo, Bar – Baz+Qux', [1, 2]],
      ['Café', [1, 2]],
    ]);
  });

  it('gives attachments with their exact bytes', () => {
    expect(model.attachments.map((a) => a.id)).toEqual([1, 2, 4]);
    const [tiny, all, empty] = model.attachments;
    // Blobs are spilled to the loader's scratch file as rows pass; `read()` gives the exact bytes back.
    expect({ ...tiny, data: tiny.data?.read() }).toEqual({
      id: 1,
      page: 'Foo, Bar – Baz+Qux',
      filename: 'tiny.bin',
      filetype: 'application/octet-stream',
      filesize: 16,
      data: Uint8Array.from([0x00, 0x01, 0x27, 0x5c, 0x22, 0x0a, 0x0d, 0x1a, 0x09, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d]),
      path: '',
      created: 1700000400,
      comment: 'bytes 00 01 27 5C 22 0A 0D 1A 09 FF FE 89 50 4E 47 0D',
    });
    expect(all.data?.read()).toEqual(Uint8Array.from({ length: 2048 }, (_, i) => i % 256));
    expect(all.data?.length).toBe(2048);
    expect(empty).toMatchObject({ page: 'PlainPage', comment: '' });
    expect(empty.data?.read()).toEqual(new Uint8Array(0));
  });

  it('gives structure nodes ordered by structure, parent and position', () => {
    expect(model.structures).toEqual([
      { pageRefId: 1, structureId: 1, parentId: 0, pageId: 1, pageAlias: '', pos: 1 },
      { pageRefId: 2, structureId: 1, parentId: 1, pageId: 2, pageAlias: 'Café (alias)', pos: 1 },
      { pageRefId: 3, structureId: 1, parentId: 1, pageId: 3, pageAlias: '', pos: 2 },
    ]);
  });

  it('reports orphan rows, in file order, with file and line', () => {
    const place = (needle: string) => ({ file: flavours.default, line: lineOf(real, needle) });
    expect(model.issues).toEqual([
      {
        ruleId: 'orphan-row',
        message: 'tiki_category_objects row gives page "Café" category 7, which does not exist; dropped',
        place: place('(1,7)'),
        pageId: 2,
        pageName: 'Café',
      },
      {
        ruleId: 'orphan-row',
        message: 'tiki_category_objects row links object 99 to category 1, but tiki_objects has no object 99; dropped',
        place: place('(99,1)'),
        pageId: null,
        pageName: null,
      },
      {
        ruleId: 'orphan-row',
        message: 'tiki_objects row 3 is for wiki page "Deleted Page", which is not in tiki_pages; its categories and tags are dropped',
        place: place("(3,'wiki page','Deleted Page'"),
        pageId: null,
        pageName: 'Deleted Page',
      },
      {
        ruleId: 'orphan-row',
        message: 'tiki_structures node 4 (structure 1) points at page_id 999, which is not in tiki_pages; dropped',
        place: place('(4,1,1,999,'),
        pageId: 999,
        pageName: null,
      },
      {
        ruleId: 'orphan-row',
        message: 'attachment 3 ("ghost.pdf") belongs to page "Ghost Page", which is not in tiki_pages; dropped',
        place: place("(3,'Ghost Page'"),
        pageId: null,
        pageName: 'Ghost Page',
      },
    ]);
  });

  it('gives the same SiteModel for every dump flavour, from .sql.gz, and in 7-byte chunks', async () => {
    const reference = withoutPlaces(model);
    expect(withoutPlaces(await loadSqlDump(flavours.skipExtendedInsert))).toEqual(reference);
    expect(withoutPlaces(await loadSqlDump(flavours.hexBlob))).toEqual(reference);
    expect(withoutPlaces(await loadSqlDump(flavours.smallBuffer))).toEqual(reference);
    const gz = await loadSqlDump(writeTmp('model.sql.gz', gzipSync(real)));
    expect(withoutPlaces(gz)).toEqual(reference);
    expect(gz.issues.map((i) => i.place?.line)).toEqual(model.issues.map((i) => i.place?.line));
    expect(withBytes(await loadSqlDump(flavours.default, { highWaterMark: 7 }))).toEqual(withBytes(model));
  });
});

describe('duplicates and damaged data', () => {
  it('keeps the first row of a duplicated page_id and reports the duplicate with its line', async () => {
    const path = writeTmp(
      'duplicate.sql',
      Buffer.concat([real, Buffer.from("INSERT INTO `tiki_pages` (`page_id`, `pageName`, `data`) VALUES (2,'Café copy','dup');\n")]),
    );
    const model = await loadSqlDump(path);
    expect(model.pages).toHaveLength(43);
    expect(model.pages[1].name).toBe('Café');
    const duplicate = model.issues.find((i) => i.ruleId === 'page-id-duplicate');
    expect(duplicate).toEqual({
      ruleId: 'page-id-duplicate',
      message: `page_id 2 appears again (page "Café copy"); kept the first row, line ${lineOf(real, "(2,'Café','Cafe'")} (page "Café")`,
      place: { file: path, line: real.toString('latin1').split('\n').length },
      pageId: 2,
      pageName: 'Café copy',
    });
  });

  it('a value of the wrong type names the file, line and column', async () => {
    const line = lineOf(real, "(1,'Foo, Bar");
    const error = await inputError(loadSqlDump(writeTmp('bad-id.sql', replaceOnce(real, "(1,'Foo, Bar", "('one','Foo, Bar"))));
    expect(error.message).toBe(`${error.file}:${line}: row of table \`tiki_pages\`: column \`page_id\`: found "one" (expected an integer)`);
    const nullName = await inputError(loadSqlDump(writeTmp('null-name.sql', replaceOnce(real, "(1,'Foo, Bar – Baz+Qux'", '(1,NULL'))));
    expect(nullName.message).toBe(`${nullName.file}:${line}: row of table \`tiki_pages\`: column \`pageName\`: value is NULL (expected a text value)`);
  });
});

describe('dumps that are not a usable Tiki database', () => {
  it('no tiki_pages table', async () => {
    const start = real.indexOf('--\n-- Table structure for table `tiki_pages`');
    const end = real.indexOf('--\n-- Table structure for table', start + 10);
    const error = await inputError(loadSqlDump(writeTmp('no-pages.sql', Buffer.concat([real.subarray(0, start), real.subarray(end)]))));
    expect(error.line).toBeNull();
    expect(error.message).toBe(
      `${error.file}: no table \`tiki_pages\` in this input (it holds no CREATE TABLE \`tiki_pages\` and no rows for it) ` +
        '(expected a dump of a whole Tiki database, made with mysqldump including table structures, with table tiki_pages)',
    );
  });

  it('tiki_pages without a pageName column', async () => {
    const line = lineOf(real, 'CREATE TABLE `tiki_pages`');
    const error = await inputError(loadSqlDump(writeTmp('no-pagename.sql', replaceOnce(real, '`pageName` varchar(160) NOT NULL DEFAULT \'\',\n  `pageSlug`', '`page_name` varchar(160) NOT NULL DEFAULT \'\',\n  `pageSlug`'))));
    expect(error.message).toBe(
      `${error.file}:${line}: table \`tiki_pages\` has no column \`pageName\` (expected a Tiki table \`tiki_pages\` with the columns \`page_id\`, \`pageName\`, \`data\`)`,
    );
  });

  it('an optional table with a layout the joins cannot use', async () => {
    const line = lineOf(real, 'CREATE TABLE `tiki_freetagged_objects`');
    const error = await inputError(
      loadSqlDump(writeTmp('old-freetags.sql', replaceOnce(real, '`objectId` int(11) NOT NULL DEFAULT 0', '`objId` int(11) NOT NULL DEFAULT 0'))),
    );
    expect(error.message).toContain(`${error.file}:${line}: table \`tiki_freetagged_objects\` has no column \`objectId\` (very early Tiki free-tag tables`);
  });
});

describe('older schemas and other sources', () => {
  it('reads an old tiki_pages without pageSlug, creator, lang, is_html or wysiwyg, and no other table', async () => {
    const sql = [
      'CREATE TABLE `tiki_pages` (',
      '  `page_id` int(14) NOT NULL auto_increment,',
      "  `pageName` varchar(160) NOT NULL default '',",
      '  `hits` int(8) default NULL,',
      '  `data` text,',
      '  `description` varchar(200) default NULL,',
      '  `lastModif` int(14) default NULL,',
      '  `comment` varchar(200) default NULL,',
      "  `version` int(8) NOT NULL default '0',",
      '  `user` varchar(200) default NULL,',
      '  `ip` varchar(15) default NULL,',
      '  `flag` char(1) default NULL,',
      '  PRIMARY KEY  (`page_id`),',
      '  UNIQUE KEY `pageName` (`pageName`)',
      ') ENGINE=MyISAM DEFAULT CHARSET=latin1;',
      "INSERT INTO `tiki_pages` VALUES (7,'HomePage',3,'Welcome',NULL,1200000000,'',2,'admin','10.0.0.1','');",
    ].join('\n');
    const model = await loadSqlDump(writeTmp('tiki9.sql', sql));
    expect(model.pages).toEqual([
      {
        id: 7, name: 'HomePage', pageSlug: null, data: 'Welcome', description: '', created: 1200000000, lastModif: 1200000000,
        user: 'admin', creator: '', lang: '', isHtml: false, wysiwyg: false,
      },
    ]);
    expect(model).toMatchObject({ attachments: [], structures: [], issues: [] });
    expect(model.categories.size + model.freetags.size + model.pageCategories.size + model.pageFreetags.size).toBe(0);
  });

  it('builds from any RowSource, with or without table announcements (e.g. a JSON export)', async () => {
    const row = (values: Record<string, SqlValue>) => new Map(Object.entries(values));
    const events: SourceEvent[] = [
      { kind: 'row', table: 'tiki_pages', line: 3, row: row({ page_id: '5', pageName: 'Json', data: 'from json', lastModif: '10' }) },
      { kind: 'row', table: 'tiki_objects', line: 9, row: row({ objectId: '1', type: 'wiki page', itemId: 'Json' }) },
      { kind: 'row', table: 'tiki_freetags', line: 10, row: row({ tagId: '4', tag: 'x', raw_tag: 'X' }) },
      { kind: 'row', table: 'tiki_freetagged_objects', line: 11, row: row({ tagId: '4', objectId: '1', user: 'a' }) },
    ];
    const source: RowSource = {
      file: 'export.json',
      async *events() {
        yield* events;
      },
    };
    const model = await buildSiteModel(source);
    expect(model.pages.map((p) => [p.name, p.data, p.created])).toEqual([['Json', 'from json', 10]]);
    expect(model.pageFreetags.get('Json')).toEqual([4]);
    const bad: RowSource = {
      file: 'export.json',
      async *events() {
        yield { kind: 'row', table: 'tiki_pages', line: 4, row: row({ page_id: '5', data: '' }) };
      },
    };
    expect((await inputError(buildSiteModel(bad))).message).toBe(
      'export.json:4: table `tiki_pages` has no column `pageName` (expected a Tiki table `tiki_pages` with the columns `page_id`, `pageName`, `data`)',
    );
  });
});
