import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { dumpMemoryDatabase, openMemoryDatabase, openPostgresDatabase } from '../../src/server/db/client';

/**
 * Vitest globalSetup: runs the real migrations ONCE per run, from an empty database, and keeps the
 * result as a template that every test file copies (tests/helpers/test-db.ts) instead of running
 * all migrations again. PGlite: the migrated data directory dumped to a file. PostgreSQL
 * (TEST_DATABASE_URL): a migrated database used as `CREATE DATABASE … TEMPLATE`. A migration that
 * fails here fails the whole run; a changed migration is picked up because the template is per run.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseTemplate: { kind: 'pglite'; file: string } | { kind: 'postgres'; database: string } | null;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-test-template-'));
    const db = await openMemoryDatabase();
    await db.migrate();
    const file = join(dir, 'pgdata.tar');
    writeFileSync(file, Buffer.from(await (await dumpMemoryDatabase(db)).arrayBuffer()));
    await db.close();
    project.provide('testDatabaseTemplate', { kind: 'pglite', file });
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const database = `trellis_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE ${database}`);
  const target = new URL(url);
  target.pathname = `/${database}`;
  const db = await openPostgresDatabase(target.toString(), 1);
  try {
    await db.migrate();
  } catch (err) {
    await db.close();
    await adminQuery(url, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    throw err;
  }
  // No connection may stay open to a template database, or copying it fails.
  await db.close();
  project.provide('testDatabaseTemplate', { kind: 'postgres', database });
  return () => adminQuery(url, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}

export async function adminQuery(url: string, sql: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
