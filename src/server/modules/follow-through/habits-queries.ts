import { and, asc, eq, gte, inArray, isNull, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { habits } from '../../db/schema/follow-through';
import { contacts, interactionContacts, interactions } from '../../db/schema/network';

export type HabitRow = typeof habits.$inferSelect;
export type HabitValues = Pick<HabitRow, 'name' | 'kind' | 'target' | 'filter'>;

export const listHabits = (db: DbOrTx, userId: string) =>
  db.select().from(habits).where(and(eq(habits.userId, userId), isNull(habits.archivedAt))).orderBy(asc(habits.createdAt), asc(habits.id));

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
    .where(and(eq(interactions.userId, userId), gte(interactions.occurredAt, from)));

/** First-ever interaction per contact, so "new people" are new for real, not new in the window. */
export async function firstSeen(db: DbOrTx, userId: string, contactIds: string[]) {
  if (contactIds.length === 0) return [];
  return db
    .select({ contactId: interactionContacts.contactId, first: min(interactions.occurredAt) })
    .from(interactionContacts)
    .innerJoin(interactions, eq(interactions.id, interactionContacts.interactionId))
    .where(and(eq(interactions.userId, userId), inArray(interactionContacts.contactId, contactIds)))
    .groupBy(interactionContacts.contactId);
}

/**
 * A fingerprint of everything habit progress depends on in the log: it changes with every
 * interaction write, and as scheduled interactions slip into the past.
 */
export async function logFingerprint(db: DbOrTx, userId: string, now: Date, withCircles: boolean) {
  const [log] = await db
    .select({
      n: sql<number>`count(*) filter (where ${interactions.occurredAt} <= ${now.toISOString()}::timestamptz)`.mapWith(Number),
      total: sql<number>`count(*)`.mapWith(Number),
      changed: sql<string>`max(${interactions.updatedAt})::text`,
    })
    .from(interactions)
    .where(eq(interactions.userId, userId));
  const circles = withCircles
    ? (await db.select({ changed: sql<string>`max(${contacts.updatedAt})::text` }).from(contacts).where(eq(contacts.userId, userId)))[0]?.changed
    : '';
  return `${log?.n}|${log?.total}|${log?.changed}|${circles}`;
}
