import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { apiTokens } from '../../db/schema/index';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertToken(db: DbOrTx, v: { userId: string; name: string; tokenHash: string; prefix: string }) {
  const [row] = await db.insert(apiTokens).values(v).returning();
  return row!;
}

export const listTokens = (db: DbOrTx, userId: string) =>
  db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));

export async function findToken(db: DbOrTx, userId: string, id: string) {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), eq(apiTokens.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export const deleteToken = (db: DbOrTx, userId: string, id: string) =>
  db.delete(apiTokens).where(and(eq(apiTokens.userId, userId), eq(apiTokens.id, id)));
