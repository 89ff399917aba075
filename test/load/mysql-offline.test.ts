// The parts of the live source that need no server: database URLs (parsed, shown without the
// password, refused with a clear error) and the per-value handling of latin1 columns.

import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/load/input-error.js';
import { latin1ColumnValue } from '../../src/load/mysql/mysql-values.js';
import { isDatabaseUrl, parseMysqlUrl } from '../../src/load/mysql/mysql-url.js';

describe('database URLs', () => {
  it('parses host, port, credentials (percent-decoded), database and socket', () => {
    expect(parseMysqlUrl('mysql://tiki%40ro:p%3Ass@db.example:3307/tiki_prod')).toEqual({
      host: 'db.example',
      port: 3307,
      user: 'tiki@ro',
      password: 'p:ss',
      database: 'tiki_prod',
      display: 'mysql://tiki%40ro@db.example:3307/tiki_prod',
    });
    expect(parseMysqlUrl('mariadb://root@localhost/tiki?socket=/run/mysqld/mysqld.sock')).toMatchObject({
      host: 'localhost',
      port: 3306,
      password: '',
      socketPath: '/run/mysqld/mysqld.sock',
      display: 'mariadb://root@localhost/tiki',
    });
    expect(isDatabaseUrl('MySQL://x/y')).toBe(true);
    expect(isDatabaseUrl('input/tiki.sql')).toBe(false);
  });

  it('refuses a URL without a database, never showing the password', () => {
    for (const url of ['mysql://u:topsecret@host', 'mysql://u:topsecret@host/a/b', 'mysql://u:topsecret@ho st/db']) {
      let error: unknown;
      try {
        parseMysqlUrl(url);
      } catch (e) {
        error = e;
      }
      expect(error, url).toBeInstanceOf(InputError);
      expect((error as Error).message).not.toContain('topsecret');
    }
  });
});

describe('latin1 column values', () => {
  const bytes = (s: string, enc: BufferEncoding) => new Uint8Array(Buffer.from(s, enc));

  it('keeps ASCII and UTF-8 bytes (UTF-8 stored in a latin1 column) as they are', () => {
    expect(latin1ColumnValue(bytes('plain', 'latin1'))).toBeNull();
    expect(latin1ColumnValue(bytes('Café ’', 'utf8'))).toBeNull();
  });

  it('converts real latin1 (cp1252) text to UTF-8, 0x80–0x9F included', () => {
    const value = latin1ColumnValue(Uint8Array.from([0x43, 0x72, 0xe8, 0x6d, 0x65, 0x20, 0x80, 0x92]));
    expect(Buffer.from(value!).toString('utf8')).toBe('Crème €’');
  });
});
