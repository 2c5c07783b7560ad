import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit and integration tests: each integration file gets its own database
// (in-memory PGlite by default, a fresh PostgreSQL database when TEST_DATABASE_URL is set), copied
// from one database the globalSetup migrated from empty at the start of the run.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/helpers/test-db-template.ts'],
    // Stall guards, not assertions: with two workers on two (often shared) cores a heavy file such
    // as the route-guard walk took over 30 s in one test at load 19.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores, which is ONE on a 2-core machine: the
    // test files' work (PGlite is in-process WebAssembly) then uses half of it. `--maxWorkers=N` overrides.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The JSON report lets CI print one closing 'N passed, N failed' line for the whole run.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
