import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, all run by `npm test` (and .ci/run): `unit`, fast, for the edit-test loop
 * (`npm run test:unit`); `e2e`, slow end-to-end runs (the CLI writing every chart, worker threads,
 * the report in Chromium); `package`, which packs and installs the package.
 */
const E2E = ['test/cli/runCli.test.ts', 'test/cli/tuneCli.test.ts', 'test/parallel/simulateParallel.test.ts', 'test/report/browser.test.ts'];

export default defineConfig({
  test: {
    // One test file per core (vitest's default leaves one core free, which on 2 cores runs files one by one).
    maxWorkers: availableParallelism(),
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/package/**', ...E2E] } },
      { extends: true, test: { name: 'e2e', include: E2E } },
      // Slow: packs and installs the package (test/package/pack.test.ts).
      { extends: true, test: { name: 'package', include: ['test/package/**/*.test.ts'] } },
    ],
  },
});
