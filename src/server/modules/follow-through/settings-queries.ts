import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { followThroughSettings } from '../../db/schema/follow-through';
import { users } from '../../db/schema/users';

export type SettingsRow = typeof followThroughSettings.$inferSelect;
export type UserContext = { userId: string; name: string; timeZone: string; userUpdatedAt: Date; settings: SettingsRow | null };

/** The user's name and zone (read-only from accounts) with their settings row, in one round trip. */
export async function loadUserContext(db: DbOrTx, userId: string): Promise<UserContext | null> {
  const rows = await db
    .select({ name: users.name, timeZone: users.timezone, userUpdatedAt: users.updatedAt, settings: followThroughSettings })
    .from(users)
    .leftJoin(followThroughSettings, eq(followThroughSettings.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  const r = rows[0];
  return r ? { userId, name: r.name, timeZone: r.timeZone, userUpdatedAt: r.userUpdatedAt, settings: r.settings } : null;
}

/** Concurrent first requests may race to create the row; the loser keeps the winner's. */
export async function insertSettingsIfAbsent(db: DbOrTx, userId: string, unsubscribeToken: string, syncedAt: Date) {
  await db.insert(followThroughSettings).values({ userId, unsubscribeToken, updatedAt: syncedAt }).onConflictDoNothing();
  const rows = await db.select().from(followThroughSettings).where(eq(followThroughSettings.userId, userId)).limit(1);
  return rows[0]!;
}

export async function updateSettings(db: DbOrTx, userId: string, values: Partial<SettingsRow>) {
  const rows = await db.update(followThroughSettings).set(values).where(eq(followThroughSettings.userId, userId)).returning();
  return rows[0]!;
}
