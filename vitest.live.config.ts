// The live-database tests (test/live/*.live.ts): they need a running MariaDB holding the sample,
// loaded by input/generate/load-sample-db.sh; .ci/run installs, starts and stops the server.
// Run with `npm run test:live`. `npm test` does not include them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/live/**/*.live.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
  },
});
