// The SQL dump reader on the other dump shapes a migration engineer gets: MySQL 8 mysqldump
// (`_binary '…'`, all rows of a statement on one line), hex and bit literals, explicit column lists
// (phpMyAdmin, --complete-insert), INSERT IGNORE / REPLACE, doubled quotes and
// NO_BACKSLASH_ESCAPES / ANSI dumps, triggers and routines, BOM and CRLF. The snippets follow the
// real dump text of reader-default.sql (same tables, same rows), rewritten as those tools write it.

import { describe, expect, it } from 'vitest';
import { collect, rowsOf, utf8, withBytes, writeTmp } from './helpers.js';

const tiny = Uint8Array.from([0x00, 0x01, 0x27, 0x5c, 0x22, 0x0a, 0x0d, 0x1a, 0x09, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d]);

const mysql8Header = `-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: tiki
-- ------------------------------------------------------
-- Server version\t8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
`;

const attachmentsCreate = `
--
-- Table structure for table \`tiki_wiki_attachments\`
--

DROP TABLE IF EXISTS \`tiki_wiki_attachments\`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE \`tiki_wiki_attachments\` (
  \`attId\` int NOT NULL AUTO_INCREMENT,
  \`page\` varchar(200) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '',
  \`filename\` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  \`filetype\` varchar(80) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  \`filesize\` int DEFAULT NULL,
  \`user\` varchar(200) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  \`data\` longblob,
  \`path\` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  \`hits\` int DEFAULT NULL,
  \`created\` int DEFAULT NULL,
  \`comment\` varchar(250) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (\`attId\`),
  KEY \`page\` (\`page\`(191))
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table \`tiki_wiki_attachments\`
--

LOCK TABLES \`tiki_wiki_attachments\` WRITE;
/*!40000 ALTER TABLE \`tiki_wiki_attachments\` DISABLE KEYS */;
`;

const freetagsCreate = `CREATE TABLE \`tiki_freetags\` (
  \`tagId\` int(10) unsigned NOT NULL AUTO_INCREMENT,
  \`tag\` varchar(128) NOT NULL DEFAULT '',
  \`raw_tag\` varchar(150) NOT NULL DEFAULT '',
  \`lang\` varchar(16) DEFAULT NULL,
  PRIMARY KEY (\`tagId\`)
) ENGINE=MyISAM AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
`;

/** Events of a snippet, checked to be the same when read in 1-byte chunks. */
async function read(name: string, sql: string | Buffer) {
  const path = writeTmp(name, sql);
  const events = await collect(path);
  expect(await collect(path, { highWaterMark: 1 })).toEqual(events);
  return events;
}

/** Values of the rows of `table`, with Uint8Array values shown as UTF-8 text. */
async function textRows(sql: string | Buffer, table: string, name = 'variant.sql') {
  const events = await read(name, sql);
  return rowsOf(events, table).map((row) =>
    row.values.map((value) => (value instanceof Uint8Array ? Buffer.from(value).toString('utf8') : value)),
  );
}

describe('MySQL 8 mysqldump', () => {
  // MySQL ≥ 5.7.23 writes blobs with the _binary introducer and all rows of an INSERT on one line.
  const dump = withBytes(
    mysql8Header +
      attachmentsCreate +
      String.raw`INSERT INTO ${'`'}tiki_wiki_attachments${'`'} VALUES (1,'Foo, Bar – Baz+Qux','tiny.bin','application/octet-stream',16,'admin',_binary '\0<01>\'\\\"\n\r\Z<09><FF><FE><89>PNG\r','',0,1700000400,'bytes 00 01 27 5C 22 0A 0D 1A 09 FF FE 89 50 4E 47 0D'),(2,'Café','empty.bin','application/octet-stream',0,'jöhn',_binary '','',0,1700000401,NULL),(3,'Café','none.bin','',0,'jöhn',NULL,'a1b2.bin',0,1700000402,'');` +
      `
/*!40000 ALTER TABLE \`tiki_wiki_attachments\` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
-- Dump completed on 2026-11-26  8:22:11
`,
  );

  it('reads _binary blobs exactly and every row of a one-line INSERT', async () => {
    const events = await read('mysql8.sql', dump);
    const rows = rowsOf(events, 'tiki_wiki_attachments');
    expect(rows.map((r) => r.values[6])).toEqual([tiny, new Uint8Array(0), null]);
    expect(utf8(rows[0].values[1])).toBe('Foo, Bar – Baz+Qux');
    const insertLine = dump.toString('latin1').split('\n').findIndex((l) => l.startsWith('INSERT')) + 1;
    expect(rows.map((r) => r.line)).toEqual([insertLine, insertLine, insertLine]);
    expect(events[0]).toMatchObject({ kind: 'table', table: 'tiki_wiki_attachments' });
    if (events[0].kind === 'table') expect(events[0].columns[0]).toEqual({ name: 'attId', type: 'int' });
  });

});

describe('literals', () => {
  const create = `CREATE TABLE \`t\` (\`id\` int, \`v\` blob);\n`;
  const rows = async (values: string) => (await textRows(withBytes(create + values), 't')).map((r) => r[1]);
  const bytes = async (values: string) =>
    rowsOf(await read('lit.sql', withBytes(create + values)), 't').map((r) => r.values[1]);

  it('reads hex literals: 0x…, X\'…\', x\'…\', with and without _binary', async () => {
    expect(await bytes("INSERT INTO `t` VALUES (1,0x0001275C220A0D1A09FFFE89504E470D),(2,X'ff00'),(3,x'41'),(4,_binary 0x4142),(5,_binary X'43'),(6,0xabc);")).toEqual([
      tiny, Uint8Array.of(0xff, 0), Uint8Array.of(0x41), Uint8Array.of(0x41, 0x42), Uint8Array.of(0x43), Uint8Array.of(0x0a, 0xbc),
    ]);
  });

  it('reads bit literals b\'…\' and 0b…', async () => {
    expect(await bytes("INSERT INTO `t` VALUES (1,b'101'),(2,0b100000001),(3,B'');")).toEqual([
      Uint8Array.of(5), Uint8Array.of(1, 1), new Uint8Array(0),
    ]);
  });

  it('reads introducers and national strings: _utf8mb4\'…\', _latin1 \'…\', N\'…\'', async () => {
    expect(await rows("INSERT INTO `t` VALUES (1,_utf8mb4'é'),(2,_latin1 'x'),(3,N'ñ'),(4,\"dq \\\" ''\");")).toEqual([
      'é', 'x', 'ñ', 'dq " \'\'',
    ]);
  });

  it('keeps unquoted numbers as written: negative, decimal, exponent', async () => {
    expect(await rows('INSERT INTO `t` VALUES (1,-5),(2,3.250),(3,-.5),(4,1e-3),(5,+7),(6,18446744073709551615),(7,null);')).toEqual([
      '-5', '3.250', '-.5', '1e-3', '+7', '18446744073709551615', null,
    ]);
  });

  it('unescapes every backslash sequence; \\% and \\_ keep their backslash as in MySQL', async () => {
    expect(await rows(String.raw`INSERT INTO ${'`'}t${'`'} VALUES (1,'\0\'\"\\\n\r\Z\b\t\x\q\%\_');`)).toEqual([
      "\0'\"\\\n\r\x1a\b\txq\\%\\_",
    ]);
  });

  it('accepts doubled quotes inside strings, also next to backslash escapes', async () => {
    expect(await rows("INSERT INTO `t` VALUES (1,'it''s'),(2,''''),(3,'a\\'''b');")).toEqual(["it's", "'", "a''b"]);
  });

  it('keeps raw TAB, raw newlines and raw invalid UTF-8 bytes, counting lines across them', async () => {
    const sql = create + "INSERT INTO `t` VALUES (1,'a\tb\nc<FF><C3>'),\n(2,'next');\n";
    const events = await read('raw.sql', withBytes(sql));
    const [first, second] = rowsOf(events, 't');
    expect(first.values[1]).toEqual(Uint8Array.of(0x61, 0x09, 0x62, 0x0a, 0x63, 0xff, 0xc3));
    expect([first.line, second.line]).toEqual([2, 4]);
  });

  it('accepts spaces, line breaks and CRLF between values and rows', async () => {
    const sql = create.replace('\n', '\r\n') + "INSERT INTO `t` VALUES\r\n( 1 , 'a' ) ,\r\n (2,'b')\r\n;\r\n";
    expect(await rows(sql)).toEqual(['a', 'b']);
  });
});

describe('statement shapes', () => {
  it('maps values by an explicit column list, in its order, even without a CREATE TABLE', async () => {
    // phpMyAdmin SQL export / mysqldump --complete-insert --no-create-info
    const sql = [
      'INSERT INTO `tiki_freetags` (`tagId`, `tag`, `raw_tag`, `lang`) VALUES',
      "(1, 'tiki', 'Tiki', NULL),",
      "(2, 'cafe', 'café', NULL);",
      "INSERT INTO `tiki_freetags` (`raw_tag`,`tagId`) VALUES ('Unused',3);",
    ].join('\n');
    const events = await read('columns.sql', sql);
    const rows = rowsOf(events, 'tiki_freetags');
    expect(rows.map((r) => r.columns)).toEqual([
      ['tagId', 'tag', 'raw_tag', 'lang'], ['tagId', 'tag', 'raw_tag', 'lang'], ['raw_tag', 'tagId'],
    ]);
    expect(utf8(rows[1].values[2])).toBe('café');
    expect(rows[2].values).toEqual([new Uint8Array(Buffer.from('Unused')), '3']);
  });

  it('reads INSERT IGNORE, REPLACE, modifiers, VALUE and qualified or ANSI-quoted names', async () => {
    const sql = freetagsCreate + [
      "INSERT IGNORE INTO `tiki_freetags` VALUES (1,'tiki','Tiki',NULL);",
      "REPLACE INTO `tiki_freetags` VALUES (2,'cafe','café',NULL);",
      "INSERT LOW_PRIORITY IGNORE INTO `tiki`.`tiki_freetags` VALUES (3,'a','A',NULL);",
      "REPLACE `tiki_freetags` VALUE (4,'b','B',NULL);",
      "INSERT INTO \"tiki_freetags\" VALUES (5,'c','C',NULL);",
      "insert into tiki_freetags values (6,'d','D',NULL) ON DUPLICATE KEY UPDATE tag = 'x;y', raw_tag = VALUES(raw_tag);",
    ].join('\n');
    expect((await textRows(sql, 'tiki_freetags')).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('reads an ANSI / NO_BACKSLASH_ESCAPES dump: "names", doubled quotes, backslashes as data', async () => {
    const sql = [
      "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_BACKSLASH_ESCAPES,ANSI' */;",
      'CREATE TABLE "tiki_freetags" ("tagId" int, "tag" varchar(128), "raw_tag" varchar(150), "lang" varchar(16));',
      "INSERT INTO \"tiki_freetags\" VALUES (1,'it''s','C:\\temp\\new',NULL);",
      '/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;',
      "INSERT INTO \"tiki_freetags\" VALUES (2,'it\\'s','C:\\\\temp',NULL);",
    ].join('\n');
    expect(await textRows(sql, 'tiki_freetags')).toEqual([
      ['1', "it's", 'C:\\temp\\new', null],
      ['2', "it's", 'C:\\temp', null],
    ]);
  });

  it('skips triggers and routines (DELIMITER blocks), even when their bodies hold INSERTs', async () => {
    const sql = freetagsCreate + [
      "INSERT INTO `tiki_freetags` VALUES (1,'tiki','Tiki',NULL);",
      '/*!50003 SET @saved_cs_client      = @@character_set_client */ ;',
      'DELIMITER ;;',
      "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `tag_ai` AFTER INSERT ON `tiki_freetags` FOR EACH ROW BEGIN INSERT INTO tiki_freetags VALUES (98,'t','T',NULL); END */;;",
      'DELIMITER ;',
      'DELIMITER ;;',
      'CREATE DEFINER=`root`@`localhost` PROCEDURE `p`()',
      'BEGIN',
      "  INSERT INTO tiki_freetags VALUES (99,'from a procedure; really','P',NULL);",
      'END ;;',
      'DELIMITER ;',
      "INSERT INTO `tiki_freetags` VALUES (2,'cafe','café',NULL);",
    ].join('\n');
    expect((await textRows(sql, 'tiki_freetags')).map((r) => r[0])).toEqual(['1', '2']);
  });

  it('skips a UTF-8 BOM, # comments, comments inside CREATE TABLE, and CREATE TABLE … LIKE', async () => {
    const sql =
      '\uFEFF# made by hand\n' +
      "CREATE TABLE IF NOT EXISTS `t` ( -- the id\n  `id` int(11) NOT NULL /* it's the key, (really) */,\n  `v` text COMMENT 'a, b; c',\n  PRIMARY KEY (`id`)\n);\n" +
      'CREATE TABLE `t2` LIKE `t`;\n' +
      "INSERT INTO `t` VALUES (1,'x');\n";
    const events = await read('bom.sql', sql);
    expect(events).toEqual([
      { kind: 'table', table: 't', line: 2, columns: [{ name: 'id', type: 'int(11)' }, { name: 'v', type: 'text' }] },
      { kind: 'row', table: 't', line: 8, columns: ['id', 'v'], values: ['1', new Uint8Array(Buffer.from('x'))] },
    ]);
  });

  it('takes the latest CREATE TABLE of a table when a dump defines it twice', async () => {
    const sql = "CREATE TABLE `t` (`a` int);\nINSERT INTO `t` VALUES (1);\nCREATE TABLE `t` (`a` int, `b` int);\nINSERT INTO `t` VALUES (1,2);\n";
    expect((await read('twice.sql', sql)).filter((e) => e.kind === 'row').map((e) => e.kind === 'row' && e.columns)).toEqual([
      ['a'], ['a', 'b'],
    ]);
  });
});
