import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type Database, openMemoryDatabase, openPostgresDatabase } from '../../src/server/db/client';
import { adminQuery } from './test-db-template';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a throwaway
 * database on the PostgreSQL server named by TEST_DATABASE_URL (the CI's real-database run).
 * Both are copies of the template that tests/helpers/test-db-template.ts migrated once for this run;
 * without one (a config that has no such globalSetup) the file migrates its own database.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  const template = providedTemplate();
  if (!url) {
    if (template?.kind === 'pglite') return openMemoryDatabase(pgliteTemplate(template.file));
    const db = await openMemoryDatabase();
    await db.migrate();
    return db;
  }
  const name = `trellis_test_${randomBytes(6).toString('hex')}`;
  const copy = template?.kind === 'postgres';
  await adminQuery(url, copy ? `CREATE DATABASE ${name} TEMPLATE ${template.database}` : `CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openPostgresDatabase(target.toString(), 4);
  if (!copy) await db.migrate();
  return {
    ...db,
    close: async () => {
      await db.close();
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Outside Vitest (tests/bench/*) there is no globalSetup and `inject` throws. */
function providedTemplate() {
  try {
    return inject('testDatabaseTemplate') ?? null;
  } catch {
    return null;
  }
}

/** Read once per test file; each database opened from it is an independent copy. */
let templateBlob: { file: string; blob: Blob } | undefined;
function pgliteTemplate(file: string): Blob {
  if (templateBlob?.file !== file) templateBlob = { file, blob: new Blob([readFileSync(file)]) };
  return templateBlob.blob;
}
