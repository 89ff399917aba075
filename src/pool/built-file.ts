// Where a worker thread's module is. Node 20 cannot run a .ts worker, so threads always load the
// built JavaScript: the sibling file when the calling module is itself built (dist/), else the
// same folder under dist/ (tests run the sources and build dist/ first).

import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `name` beside the built form of the module at `moduleUrl` (its import.meta.url). */
export function builtFile(moduleUrl: string, name: string): string {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.js')) return join(dirname(here), name);
  const folder = dirname(here);
  const built = join(dirname(dirname(folder)), 'dist', basename(folder), name);
  if (basename(dirname(folder)) !== 'src' || !existsSync(built)) throw new Error(`the worker build is missing (${built}); run \`npm run build\` first`);
  return built;
}
