// How the CLI ends: a user mistake (bad input file, bad option) prints one clear line and exits
// 1, never a stack trace; an unexpected bug prints the stack (so it can be reported) and exits 1.

import { InputError } from '../load/input-error.js';

export async function runCli(action: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await action();
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`tiki2md: ${e.message}\n`);
    } else {
      process.stderr.write(`tiki2md: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    }
    process.exitCode = 1;
  }
}
