// DumpError: the SQL dump is not what mysqldump writes, at a given line, e.g.
//   input/x.sql:1234: file ends inside a string value of a row of table `tiki_pages` (expected a closing ' …)
// It is an InputError, so the CLI prints its message without a stack.

import { InputError } from '../input-error.js';

export class DumpError extends InputError {
  override name = 'DumpError';
}
