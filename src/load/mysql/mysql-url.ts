// Database URLs for the live source:
//   mysql://user:password@host:port/database            (also mariadb://; port defaults to 3306)
//   mysql://user:password@localhost/database?socket=/run/mysqld/mysqld.sock
// User and password are percent-decoded. `display` is the URL without the password: it is what
// every message and report names, so a password never reaches a log.

import { InputError } from '../input-error.js';

export interface MysqlUrl {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  socketPath?: string;
  /** The URL without its password. */
  display: string;
}

const expected = 'a database URL like mysql://user:password@host:3306/database (or ?socket=/path/to/mysqld.sock)';

export function isDatabaseUrl(input: string): boolean {
  return /^(mysql|mariadb):\/\//i.test(input);
}

export function parseMysqlUrl(input: string): MysqlUrl {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new InputError(redact(input), null, 'not a valid database URL', expected);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\/+/, '').replace(/\/+$/, ''));
  const shown = `${url.protocol}//${url.username ? `${url.username}@` : ''}${url.host}/${database}`;
  if (database === '' || database.includes('/')) throw new InputError(shown, null, 'the URL names no database', expected);
  const socket = url.searchParams.get('socket');
  const port = url.port === '' ? 3306 : Number(url.port);
  return {
    host: url.hostname || 'localhost',
    port,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database,
    ...(socket ? { socketPath: socket } : {}),
    display: shown,
  };
}

/** The input with any `:password@` removed, for messages about an unparsable URL. */
function redact(input: string): string {
  return input.replace(/^([a-z]+:\/\/[^:/@]*):[^@/]*@/i, '$1@');
}
