// InputError: a problem in the user's input (a dump, an export), reported to a human as
//   <file>:<line>: <what is wrong> (expected <what would have been accepted>)
// or `<file>: …` when no line applies. The CLI prints `error.message` without a stack and exits 1
// for every InputError (DumpError, thrown by the SQL dump reader, is one).

export class InputError extends Error {
  override name = 'InputError';

  constructor(
    /** The input file as the user named it. */
    readonly file: string,
    /** 1-based line, or null when the problem is not at one place (a missing table). */
    readonly line: number | null,
    /** What is wrong, in the user's terms. */
    readonly problem: string,
    /** What would have been accepted at that place. */
    readonly expected: string,
  ) {
    super(`${line === null ? file : `${file}:${line}`}: ${problem} (expected ${expected})`);
  }
}
