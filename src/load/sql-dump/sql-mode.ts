// Tracks whether backslashes escape in string literals, from the SQL_MODE a dump sets:
//   /*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;   escapes on
//   SET SQL_MODE = 'NO_BACKSLASH_ESCAPES,ANSI';  (phpMyAdmin, --compatible=ansi)  escapes off
//   /*!40101 SET SQL_MODE=@OLD_SQL_MODE */;                                       back to on
// A NO_BACKSLASH_ESCAPES dump escapes quotes by doubling them ('it''s'), which the row scanner
// accepts in every mode.

const assignment = /(?<![\w@])SQL_MODE\s*=\s*(?:'([^']*)'|"([^"]*)"|@)/gi;

/** Whether backslashes escape after `sql` (a SET statement or comment text) has run. */
export function backslashEscapesAfter(sql: string, before: boolean): boolean {
  if (!/SQL_MODE/i.test(sql)) return before;
  let escapes = before;
  for (const match of sql.matchAll(assignment)) {
    const mode = match[1] ?? match[2];
    // `SQL_MODE = @OLD_SQL_MODE` restores the mode the dump started with: escapes on.
    escapes = mode === undefined || !/NO_BACKSLASH_ESCAPES/i.test(mode);
  }
  return escapes;
}
