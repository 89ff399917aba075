// Builds dist/ once before the tests: the worker pool runs the compiled worker (Node 20 cannot
// load a .ts worker), and the CLI tests convert with real workers. Type errors are left to
// `npm run typecheck`; only a build that produced no worker fails here.
//
// The tests' temporary folders (runs, outputs, browser profiles: hundreds of MB a run) go in one
// folder made here, removed when the tests end: TMPDIR is set before the test workers start, so
// os.tmpdir() in them and in every process they spawn points inside it.

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): () => void {
  const root = fileURLToPath(new URL('../', import.meta.url));
  try {
    execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch {
    // tsc exits non-zero on type errors but still writes the JavaScript.
  }
  if (!existsSync(`${root}dist/pool/worker-entry.cjs`)) throw new Error('global setup: building dist/ produced no dist/pool/worker-entry.cjs');
  const scratch = mkdtempSync(join(tmpdir(), 'tiki2md-tests-'));
  // Readable by others, as /tmp is: the live Apache test's server (another user) reads files in it.
  chmodSync(scratch, 0o755);
  process.env.TMPDIR = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
