import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../e2e/harness';

/**
 * Vitest globalSetup for the end-to-end specs: ONE real `trellis start` on an empty data dir
 * (creating the embedded database and applying every migration, as a first start does), stopped
 * cleanly. tests/e2e/harness.ts then gives each spec that asks for a fresh data dir its own copy of
 * that database instead of spending several CPU-seconds per spec creating and migrating it again.
 * A first start that fails fails the run; the template is made anew each run.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    e2eDataDirTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'trellis-e2e-template-'));
  const server = await startServer({ DATA_DIR: dataDir });
  await server.stop();
  project.provide('e2eDataDirTemplate', join(dataDir, 'pgdata'));
  return () => rmSync(dataDir, { recursive: true, force: true });
}
