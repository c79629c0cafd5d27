// Tests run on embedded PGlite by default and on PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The web app's own logic (web/src) is tested here too, without a browser.
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    // The browser suite runs on its own (`npm run test:e2e`, vitest.e2e.config.ts).
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
