import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { apiTokens, users } from '../db/schema/index';
import { sha256 } from './secrets';

export async function findTokenOwner(db: DbOrTx, token: string) {
  const rows = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, lastUsedAt: apiTokens.lastUsedAt, isAdmin: users.isAdmin })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, sha256(token)))
    .limit(1);
  return rows[0] ?? null;
}

/** Records use at most once a minute; the list shows "last used" for spotting stale tokens. */
export async function touchToken(db: DbOrTx, id: string, lastUsedAt: Date | null) {
  if (lastUsedAt && Date.now() - lastUsedAt.getTime() < 60_000) return;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, id));
}
