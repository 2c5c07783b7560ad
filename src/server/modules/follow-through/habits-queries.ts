import { and, asc, eq, gte, inArray, isNull, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { habits } from '../../db/schema/follow-through';
import { contacts, interactionContacts, interactions } from '../../db/schema/network';

export type HabitRow = typeof habits.$inferSelect;
export type HabitValues = Pick<HabitRow, 'name' | 'kind' | 'target' | 'filter'>;

export async function findHabit(db: DbOrTx, userId: string, id: string): Promise<HabitRow | null> {
  const rows = await db.select().from(habits).where(and(eq(habits.userId, userId), eq(habits.id, id), isNull(habits.archivedAt))).limit(1);
  return rows[0] ?? null;
}

export async function insertHabit(db: DbOrTx, userId: string, v: HabitValues) {
  const [row] = await db.insert(habits).values({ ...v, userId }).returning();
  return row!;
}

export async function updateHabit(db: DbOrTx, userId: string, id: string, v: Partial<HabitValues>) {
  const rows = await db.update(habits).set(v).where(and(eq(habits.userId, userId), eq(habits.id, id))).returning();
  return rows[0] ?? null;
}

export const deleteHabit = (db: DbOrTx, userId: string, id: string) =>
  db.delete(habits).where(and(eq(habits.userId, userId), eq(habits.id, id)));

/** One row per (interaction, participant) since `from`, read-only from the network log. */
export const participationsSince = (db: DbOrTx, userId: string, from: Date) =>
  db
    .select({ interactionId: interactions.id, occurredAt: interactions.occurredAt, kind: interactions.kind, contactId: interactionContacts.contactId, circle: contacts.circle })
    .from(interactions)
    .innerJoin(interactionContacts, eq(interactionContacts.interactionId, interactions.id))
    .innerJoin(contacts, eq(contacts.id, interactionContacts.contactId))
    .where(and(eq(interactions.userId, userId), isNull(interactions.deletedAt), gte(interactions.occurredAt, from)));

/** First-ever interaction per contact, so "new people" are new for real, not new in the window. */
export async function firstSeen(db: DbOrTx, userId: string, contactIds: string[]) {
  if (contactIds.length === 0) return [];
  return db
    .select({ contactId: interactionContacts.contactId, first: min(interactions.occurredAt) })
    .from(interactionContacts)
    .innerJoin(interactions, eq(interactions.id, interactionContacts.interactionId))
    .where(and(eq(interactions.userId, userId), isNull(interactions.deletedAt), inArray(interactionContacts.contactId, contactIds)))
    .groupBy(interactionContacts.contactId);
}

/**
 * The user's habits, each row carrying a fingerprint of everything habit progress depends on in
 * the log (it changes with every interaction write, and as scheduled interactions slip into the
 * past) and when contacts last changed (circle filters), in one round trip.
 */
export async function listHabitsWithFingerprint(db: DbOrTx, userId: string, now: Date) {
  const log = sql<string>`(select count(*) filter (where ${interactions.occurredAt} <= ${now.toISOString()}::timestamptz) || '|' || count(*) || '|' || coalesce(max(${interactions.updatedAt})::text, '')
    from ${interactions} where ${interactions.userId} = ${userId} and ${interactions.deletedAt} is null)`;
  const contactsChanged = sql<string | null>`(select max(${contacts.updatedAt})::text from ${contacts} where ${contacts.userId} = ${userId})`;
  const rows = await db
    .select({ habit: habits, log, contactsChanged })
    .from(habits)
    .where(and(eq(habits.userId, userId), isNull(habits.archivedAt)))
    .orderBy(asc(habits.createdAt), asc(habits.id));
  return { list: rows.map((r) => r.habit), log: rows[0]?.log ?? '', contactsChanged: rows[0]?.contactsChanged ?? '' };
}
