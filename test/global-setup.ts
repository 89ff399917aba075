// Builds dist/ once before the tests: the worker pool runs the compiled worker (Node 20 cannot
// load a .ts worker), and the CLI tests convert with real workers. Type errors are left to
// `npm run typecheck`; only a build that produced no worker fails here.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../', import.meta.url));
  try {
    execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch {
    // tsc exits non-zero on type errors but still writes the JavaScript.
  }
  if (!existsSync(`${root}dist/pool/worker-entry.cjs`)) throw new Error('global setup: building dist/ produced no dist/pool/worker-entry.cjs');
}
