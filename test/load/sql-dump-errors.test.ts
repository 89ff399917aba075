// Bad dumps give a DumpError whose message names the file, the 1-based line and what was expected.
// Most cases damage the real dump reader-default.sql the way files really get damaged (cut short,
// a quote lost, a value lost, rows without their CREATE TABLE).

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/load/input-error.js';
import { DumpError } from '../../src/load/sql-dump/index.js';
import { collect, flavours, lineAt, lineOf, readFixture, replaceOnce, withBytes, writeTmp } from './helpers.js';

const real = readFixture(flavours.default);

/** The DumpError reading `content` (written as `name`) throws; fails the test when none is thrown. */
async function dumpError(name: string, content: string | Buffer, highWaterMark?: number): Promise<DumpError> {
  const path = writeTmp(name, content);
  try {
    await collect(path, { highWaterMark });
  } catch (error) {
    expect(error).toBeInstanceOf(DumpError);
    expect((error as DumpError).file).toBe(path);
    return error as DumpError;
  }
  throw new Error(`reading ${name} did not fail`);
}

describe('truncated dumps', () => {
  it('cut inside a blob string: names the line where the string starts', async () => {
    const cut = real.indexOf(Buffer.from([0xff, 0xfe, 0x89]));
    const error = await dumpError('cut-in-string.sql', real.subarray(0, cut + 2));
    const line = lineAt(real, cut);
    expect(error.line).toBe(line);
    expect(error.message).toContain(`cut-in-string.sql:${line}: file ends inside a string value`);
    expect(error.message).toContain('table `tiki_wiki_attachments`');
    expect(error.message).toContain("(expected a closing ' after the value");
    expect(error.message).toContain('truncated');
  });

  it('cut between two values of a row: names the row\'s line', async () => {
    const rowStart = real.indexOf("(3,'unused'");
    const error = await dumpError('cut-in-row.sql', real.subarray(0, rowStart + 3), 3);
    expect(error.message).toMatch(new RegExp(`cut-in-row\\.sql:${lineAt(real, rowStart)}: file ends inside a row of table \`tiki_freetags\``));
  });

  it('cut after a complete row of an extended INSERT', async () => {
    const end = real.indexOf("(2,'cafe','café',NULL),\n") + "(2,'cafe','café',NULL),\n".length;
    const error = await dumpError('cut-after-row.sql', real.subarray(0, end));
    expect(error.message).toContain(`cut-after-row.sql:${lineAt(real, end)}: file ends where the next row of table \`tiki_freetags\` should start`);
  });

  it('cut inside a CREATE TABLE', async () => {
    const at = real.indexOf('CREATE TABLE `tiki_pages`');
    const error = await dumpError('cut-in-create.sql', real.subarray(0, at + 100));
    expect(error.message).toContain(`cut-in-create.sql:${lineAt(real, at)}: file ends inside the CREATE statement that starts on this line`);
    expect(error.message).toContain("(expected ';' ending the statement");
  });

  it('cut inside a /* comment */', async () => {
    const error = await dumpError('cut-in-comment.sql', real.subarray(0, real.indexOf('SET NAMES')));
    expect(error.message).toContain(`cut-in-comment.sql:${lineOf(real, 'SET NAMES')}: file ends inside a /* comment */`);
  });
});

describe('damaged rows', () => {
  it('unbalanced quote across rows: names the line where it went wrong and the line of the quote', async () => {
    const line = lineOf(real, "(1,'tiki','Tiki',NULL)");
    const error = await dumpError('unbalanced.sql', replaceOnce(real, "'Tiki',NULL", "'Tiki,NULL"));
    expect(error.line).toBe(line + 1);
    expect(error.message).toContain(`unbalanced.sql:${line + 1}: found 'c' in a row of table \`tiki_freetags\``);
    expect(error.message).toContain(`right after the string value "Tiki,NULL),\\n(2," that started on line ${line}`);
    expect(error.message).toContain(`a quote is probably unbalanced on line ${line}`);
    expect(error.message).toContain("(expected ',' before the next value or ')' ending the row)");
  });

  it('unbalanced quote to the end of the file', async () => {
    // The last row of tiki_freetags loses the quote closing 'en'; nothing after it has a quote.
    const line = lineOf(real, "(3,'unused'");
    const rowEnd = real.indexOf("'en');\n") + "'en');\n".length;
    const damaged = Buffer.concat([
      replaceOnce(real.subarray(0, rowEnd), "'en');", "'en);"),
      Buffer.from('/*!40000 ALTER TABLE `tiki_freetags` ENABLE KEYS */;\nUNLOCK TABLES;\n'),
    ]);
    const error = await dumpError('unbalanced-eof.sql', damaged);
    expect(error.message).toContain(`unbalanced-eof.sql:${line}: file ends inside a string value`);
    expect(error.message).toContain('or a quote is unbalanced');
  });

  it('a row with a value missing', async () => {
    const line = lineOf(real, "(3,'unused','Unused','en')");
    const createLine = lineOf(real, 'CREATE TABLE `tiki_freetags`');
    const error = await dumpError('missing-value.sql', replaceOnce(real, "(3,'unused','Unused','en')", "(3,'unused','Unused')"));
    expect(error.message).toBe(
      `${error.file}:${line}: row of table \`tiki_freetags\` has 3 values but the table has 4 columns ` +
        `(expected one value for each of the 4 columns of its CREATE TABLE on line ${createLine})`,
    );
  });

  it('a row with a value too many, against an explicit column list', async () => {
    const error = await dumpError('extra-value.sql', 'INSERT INTO `t` (`a`) VALUES\n(1),\n(2,3);\n');
    expect(error.message).toBe(
      `${error.file}:3: row of table \`t\` has 2 values but the table has 1 column (expected one value for each of the 1 columns listed in its INSERT)`,
    );
  });

  it('garbage where a value should be', async () => {
    const line = lineOf(real, "(2,'cafe','café',NULL)");
    const error = await dumpError('garbage.sql', replaceOnce(real, "(2,'cafe','café',NULL)", "(2,'cafe',café,NULL)"));
    expect(error.message).toContain(`garbage.sql:${line}: found "caf" in a row of table \`tiki_freetags\``);
    const word = await dumpError('word.sql', replaceOnce(real, "(2,'cafe','café',NULL)", "(2,'cafe',cafe,NULL)"));
    expect(word.message).toContain(`word.sql:${line}: found "cafe" in a row of table \`tiki_freetags\``);
    expect(word.message).toContain('(expected a value: a quoted string, a number, NULL or a 0x… hex literal)');
  });

  it('bad hex literals', async () => {
    const create = 'CREATE TABLE `t` (`v` blob);\n';
    expect((await dumpError('hex1.sql', create + 'INSERT INTO `t` VALUES (0x12G4);')).message).toContain(
      ":2: found 'G' in a row of table `t` (expected a hex digit (0-9, A-F) in a 0x… literal)",
    );
    expect((await dumpError('hex2.sql', create + "INSERT INTO `t` VALUES (X'123');")).message).toContain(
      ":2: X'…' hex literal has an odd number of digits",
    );
    expect((await dumpError('hex3.sql', create + 'INSERT INTO `t` VALUES (0x);')).message).toContain(":2: hex literal '0x' has no digits");
  });

  it('a missing comma between rows', async () => {
    const error = await dumpError('no-comma.sql', "CREATE TABLE `t` (`a` int);\nINSERT INTO `t` VALUES\n(1)\n(2);\n");
    expect(error.message).toBe(`${error.file}:4: found '(' in a row of table \`t\` (expected ',' before the next row, or ';' ending the INSERT statement)`);
  });
});

describe('damaged statements', () => {
  it('rows of a table whose CREATE TABLE is missing', async () => {
    const start = real.indexOf('CREATE TABLE `tiki_freetags`');
    const end = real.indexOf(';', start) + 1;
    const damaged = Buffer.concat([real.subarray(0, start), real.subarray(end)]);
    const line = lineOf(damaged, 'INSERT INTO `tiki_freetags`');
    const error = await dumpError('no-create.sql', damaged);
    expect(error.message).toContain(
      `no-create.sql:${line}: INSERT into table \`tiki_freetags\` has no column list, and no CREATE TABLE \`tiki_freetags\` came before it (expected the dump's CREATE TABLE`,
    );
  });

  it('rows without any INSERT head (a lost first line)', async () => {
    const line = lineOf(real, 'INSERT INTO `tiki_freetags`');
    const error = await dumpError('no-head.sql', replaceOnce(real, 'INSERT INTO `tiki_freetags` VALUES\n', '\n'));
    expect(error.message).toBe(
      `${error.file}:${line + 1}: found '(' where a statement should start (expected an SQL statement, a -- comment or the end of the file)`,
    );
  });

  it('INSERT … SELECT and a bad INSERT head', async () => {
    expect((await dumpError('select.sql', 'INSERT INTO `t` SELECT * FROM `u`;')).message).toContain(
      ':1: INSERT statement without VALUES',
    );
    const head = await dumpError('head.sql', '\n\nINSERT INTO `t` (`a`,) VALUES (1);');
    expect(head.message).toBe(
      `${head.file}:3: column list of INSERT INTO \`t\` has ')' where a column name should be ` +
        '(expected INSERT INTO `table` VALUES or INSERT INTO `table` (`column`, …) VALUES)',
    );
  });

  it('a lone character where a statement should start, and a broken BOM', async () => {
    expect((await dumpError('lone.sql', '-- ok\n/ oops\n')).message).toContain(":2: found '/' then a space where a statement should start");
    expect((await dumpError('bom.sql', withBytes('<EF><BB>x'))).message).toContain(":1: found 'x' after byte 0xEF at the start of the file");
  });

  it('a file that is not there', async () => {
    const error = await collect('/nonexistent/dump.sql').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('/nonexistent/dump.sql: no such file (expected a readable mysqldump .sql file (or .sql.gz))');
  });

  it('a truncated .sql.gz', async () => {
    const path = writeTmp('cut.sql.gz', gzipSync(real).subarray(0, 5000));
    const error = await collect(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `${path}: gzip data is damaged (unexpected end of file) (expected a readable mysqldump .sql file (or .sql.gz); the .gz file looks truncated or corrupt)`,
    );
  });

  it('errors are the same in 1-byte chunks', async () => {
    const damaged = replaceOnce(real, "'Tiki',NULL", "'Tiki,NULL");
    const whole = await dumpError('unbalanced-chunks.sql', damaged);
    const chunked = await dumpError('unbalanced-chunks.sql', damaged, 1);
    expect(chunked.message).toBe(whole.message);
  });
});
