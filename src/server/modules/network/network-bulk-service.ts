import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { contacts, interactionContacts, interactions } from '../../db/schema/index';
import { bulkInsertContacts, type BulkContact } from './contacts-bulk';

/**
 * Writing a whole network at once (the demo, later other generators) through the network room,
 * so no other room writes its tables. Ids are chosen by the caller because participants refer to
 * them. Everything is scoped to one user and runs in the caller's transaction.
 */

export type { BulkContact };
export type BulkInteraction = {
  id: string;
  kind: string;
  occurredAt: Date;
  summary: string | null;
  topics: string[];
  createdAt?: Date;
  updatedAt?: Date;
};
export type BulkParticipant = { interactionId: string; contactId: string; role: string | null };

export { bulkInsertContacts };

export async function bulkInsertInteractions(tx: DbOrTx, userId: string, rows: readonly BulkInteraction[]) {
  if (rows.length === 0) return;
  await tx.insert(interactions).values(
    rows.map((r) => ({
      id: r.id, userId, kind: r.kind, occurredAt: r.occurredAt, summary: r.summary, topics: r.topics,
      createdAt: r.createdAt ?? r.occurredAt, updatedAt: r.updatedAt ?? r.createdAt ?? r.occurredAt,
    })),
  );
}

/**
 * Links people to interactions; only links between this user's own interactions and contacts are
 * written, and anything else is a programming error, so it throws (rolling the caller back).
 */
export async function bulkInsertParticipants(tx: DbOrTx, userId: string, rows: readonly BulkParticipant[]) {
  if (rows.length === 0) return;
  const records = JSON.stringify(rows.map((r) => ({ interaction_id: r.interactionId, contact_id: r.contactId, role: r.role })));
  const inserted = await tx
    .insert(interactionContacts)
    .select(
      tx
        .select({ interactionId: sql<string>`x.interaction_id`.as('interaction_id'), contactId: sql<string>`x.contact_id`.as('contact_id'), role: sql<string | null>`x.role`.as('role') })
        .from(sql`jsonb_to_recordset(${records}::jsonb) as x(interaction_id uuid, contact_id uuid, role text)`)
        .innerJoin(interactions, and(eq(interactions.id, sql`x.interaction_id`), eq(interactions.userId, userId)))
        .innerJoin(contacts, and(eq(contacts.id, sql`x.contact_id`), eq(contacts.userId, userId))),
    )
    .returning({ id: interactionContacts.interactionId });
  if (inserted.length !== rows.length) {
    throw new Error(`bulkInsertParticipants: ${rows.length - inserted.length} links name an interaction or contact of someone else`);
  }
}

/** Whose interaction this is (null when there is none): for callers that hold only interaction ids. */
export async function interactionOwner(db: DbOrTx, interactionId: string): Promise<string | null> {
  const rows = await db.select({ userId: interactions.userId }).from(interactions).where(eq(interactions.id, interactionId)).limit(1);
  return rows[0]?.userId ?? null;
}

/** last_interaction_at is derived: the latest interaction each of the user's contacts took part in. */
export async function refreshLastInteractions(tx: DbOrTx, userId: string) {
  const latest = tx
    .select({ contactId: interactionContacts.contactId, at: sql<Date>`max(${interactions.occurredAt})`.as('at') })
    .from(interactionContacts)
    .innerJoin(interactions, eq(interactions.id, interactionContacts.interactionId))
    .where(and(eq(interactions.userId, userId), isNull(interactions.deletedAt)))
    .groupBy(interactionContacts.contactId)
    .as('latest');
  await tx
    .update(contacts)
    .set({ lastInteractionAt: sql`${latest.at}` })
    .from(latest)
    .where(and(eq(contacts.id, latest.contactId), eq(contacts.userId, userId)));
}

/** A whole network in one go: contacts, interactions, who took part, then the derived last-contacted. */
export async function bulkAddNetwork(
  tx: DbOrTx,
  userId: string,
  input: { contacts: readonly BulkContact[]; interactions: readonly (BulkInteraction & { participants: Omit<BulkParticipant, 'interactionId'>[] })[] },
) {
  await bulkInsertContacts(tx, userId, input.contacts);
  await bulkInsertInteractions(tx, userId, input.interactions);
  await bulkInsertParticipants(tx, userId, input.interactions.flatMap((i) => i.participants.map((p) => ({ ...p, interactionId: i.id }))));
  await refreshLastInteractions(tx, userId);
}
