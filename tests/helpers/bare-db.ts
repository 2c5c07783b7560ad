import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { Database, Db } from '../../src/server/db/client';
import { users } from '../../src/server/db/schema/index';
import { openTestDatabase } from './test-db';

/**
 * For tests that call services on the database directly (no app): opens a fresh database before
 * the file's tests, hands it to `onOpen`, and closes it after them.
 */
export function useTestDatabase(onOpen: (db: Db) => void): void {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
    onOpen(database.db);
  });
  afterAll(async () => database?.close());
}

/** A bare user row (no session, no settings) with a unique e-mail `<id>@<domain>`; returns its id. */
export async function insertUser(db: Db, name: string, timezone = 'UTC', domain = 'users.test'): Promise<string> {
  const id = randomUUID();
  await db.insert(users).values({ id, email: `${id}@${domain}`, name, passwordHash: 'x', timezone });
  return id;
}
