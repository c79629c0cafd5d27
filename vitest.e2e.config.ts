// The browser suite (`npm run test:e2e`): one Emporium server with the demo retailer per run — embedded PGlite,
// or a fresh PostgreSQL database when TEST_DATABASE_URL or DATABASE_URL is set — driven by Debian's Chromium
// through playwright-core. Kept apart from `npm test` so the unit and API suites need no browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/emporium-server.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
