import { and, count, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { loginFailures, users } from '../../db/schema/index';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).limit(1);
  return rows[0] ?? null;
}

export async function findUsersByIds(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, name: users.name, email: users.email, timezone: users.timezone }).from(users).where(inArray(users.id, [...ids]));
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Returns null when the e-mail is already taken (unique index), instead of throwing. */
export async function insertUser(
  db: DbOrTx,
  values: { email: string; name: string; passwordHash: string; timezone: string; isAdmin?: boolean },
): Promise<UserRow | null> {
  const rows = await db.insert(users).values(values).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<UserRow, 'name' | 'timezone' | 'passwordHash'>>,
): Promise<UserRow | null> {
  const rows = await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return rows[0] ?? null;
}

/** Every table references users with ON DELETE CASCADE, so this removes all of the user's data. */
export async function deleteUser(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(users).where(eq(users.id, id)).returning({ id: users.id });
  return rows.length > 0;
}

export async function listUsers(db: DbOrTx) {
  return db.select().from(users).orderBy(users.createdAt);
}

export async function recordLoginFailure(db: DbOrTx, email: string, ip: string | undefined) {
  await db.insert(loginFailures).values({ email, ip: ip ?? null });
  // Keep the table small: failures older than a day no longer matter.
  await db.delete(loginFailures).where(lt(loginFailures.at, new Date(Date.now() - 86_400_000)));
}

export async function countRecentFailures(db: DbOrTx, email: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), gt(loginFailures.at, since)));
  return row?.n ?? 0;
}

export const clearLoginFailures = (db: DbOrTx, email: string) =>
  db.delete(loginFailures).where(eq(loginFailures.email, email));
