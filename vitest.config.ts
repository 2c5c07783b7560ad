import { defineConfig } from 'vitest/config';

// Unit and integration tests: each integration file gets its own database
// (in-memory PGlite by default, a fresh PostgreSQL database when TEST_DATABASE_URL is set).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The JSON report lets CI print one closing 'N passed, N failed' line for the whole run.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
