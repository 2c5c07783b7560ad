import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { followThroughSettings } from '../../db/schema/follow-through';
import { users } from '../../db/schema/users';
import { contacts } from '../../db/schema/network';

export type SettingsRow = typeof followThroughSettings.$inferSelect;
export type UserContext = {
  userId: string;
  name: string;
  timeZone: string;
  userUpdatedAt: Date;
  settings: SettingsRow | null;
  /** Whether a live contact changed after the last sync (false when nothing was synced yet). */
  contactsChanged: boolean;
};

/**
 * The user's name and zone (read-only from accounts) with their settings row, and whether the
 * lazy sync has contacts to look at, in one round trip: Today asks on every request, and the
 * answer is nearly always no.
 */
export async function loadUserContext(db: DbOrTx, userId: string): Promise<UserContext | null> {
  const contactsChanged = sql<boolean>`exists (select 1 from ${contacts} where ${contacts.userId} = ${users.id} and ${contacts.deletedAt} is null and ${contacts.updatedAt} > ${followThroughSettings.syncedAt})`;
  const rows = await db
    .select({ name: users.name, timeZone: users.timezone, userUpdatedAt: users.updatedAt, settings: followThroughSettings, contactsChanged })
    .from(users)
    .leftJoin(followThroughSettings, eq(followThroughSettings.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  const r = rows[0];
  return r ? { userId, name: r.name, timeZone: r.timeZone, userUpdatedAt: r.userUpdatedAt, settings: r.settings, contactsChanged: r.contactsChanged === true } : null;
}

/** Concurrent first requests may race to create the row; the loser keeps the winner's. */
export async function insertSettingsIfAbsent(db: DbOrTx, userId: string, unsubscribeToken: string) {
  await db.insert(followThroughSettings).values({ userId, unsubscribeToken }).onConflictDoNothing();
  const rows = await db.select().from(followThroughSettings).where(eq(followThroughSettings.userId, userId)).limit(1);
  return rows[0]!;
}

export async function updateSettings(db: DbOrTx, userId: string, values: Partial<SettingsRow>) {
  const rows = await db.update(followThroughSettings).set(values).where(eq(followThroughSettings.userId, userId)).returning();
  return rows[0]!;
}
