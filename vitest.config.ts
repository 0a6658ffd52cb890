import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // one throwaway PostgreSQL cluster per run, for the tests under test/db
    globalSetup: ['test/setup/postgres.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // two cores on CI; the database and git tests start processes of their own
    maxWorkers: 2,
  },
});
