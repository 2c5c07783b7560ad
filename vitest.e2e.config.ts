import { defineConfig } from 'vitest/config';

// End-to-end specs: the real `trellis start` binary on a temporary data dir, driven by Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // One real first start on an empty data dir; the specs' servers start from copies of it.
    globalSetup: ['tests/helpers/e2e-data-dir-template.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // expect.poll waits here on a server and a browser, not on code in the test: Vitest's default of
    // 1 s is a unit test's. Under CI load a board of 20 cards took longer than that to be drawn after a
    // reload; the polls now wait as long as the pages' own locator waits (10–15 s).
    expect: { poll: { timeout: 15_000, interval: 100 } },
    pool: 'forks',
    // The JSON report lets CI print one closing 'N passed, N failed' line for the whole run.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/e2e.json' },
    fileParallelism: false,
  },
});
