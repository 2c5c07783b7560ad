import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { users } from '../../db/schema/index';
import { contacts, interactionContacts, interactions } from '../../db/schema/network';

export const DEMO_EMAIL_DOMAIN = 'demo.trellis.invalid';

/** Demo users are told apart by their reserved e-mail domain, so the schema needs no flag. */
export async function hasNonDemoUsers(db: DbOrTx): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) NOT LIKE ${`%@${DEMO_EMAIL_DOMAIN}`}`)
    .limit(1);
  return rows.length > 0;
}

export type ContactInsert = typeof contacts.$inferInsert;
export type InteractionInsert = typeof interactions.$inferInsert;
export type ParticipantInsert = typeof interactionContacts.$inferInsert;

// Ids are chosen by the caller: participants must reference them, and RETURNING order is not guaranteed.
export async function insertContacts(db: DbOrTx, rows: ContactInsert[]) {
  if (rows.length > 0) await db.insert(contacts).values(rows);
}

export async function insertInteractions(db: DbOrTx, rows: InteractionInsert[]) {
  if (rows.length > 0) await db.insert(interactions).values(rows);
}

export async function insertParticipants(db: DbOrTx, rows: ParticipantInsert[]) {
  if (rows.length > 0) await db.insert(interactionContacts).values(rows);
}

/** last_interaction_at is derived: the latest interaction each of the user's contacts took part in. */
export async function refreshLastInteraction(db: DbOrTx, userId: string) {
  const latest = db
    .select({ contactId: interactionContacts.contactId, at: sql<Date>`max(${interactions.occurredAt})`.as('at') })
    .from(interactionContacts)
    .innerJoin(interactions, eq(interactions.id, interactionContacts.interactionId))
    .where(eq(interactions.userId, userId))
    .groupBy(interactionContacts.contactId)
    .as('latest');
  await db
    .update(contacts)
    .set({ lastInteractionAt: sql`${latest.at}` })
    .from(latest)
    .where(and(eq(contacts.id, latest.contactId), eq(contacts.userId, userId)));
}
