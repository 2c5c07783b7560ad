import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { contacts } from '../../db/schema/index';

/** SQL behind merging two contacts. Every statement names the owner, never an id alone. */

export type ContactRow = typeof contacts.$inferSelect;
export type ContactUpdate = Partial<Omit<ContactRow, 'id' | 'userId' | 'createdAt'>>;

/** Locks both rows so a concurrent edit or second merge of either waits for this one. */
export async function lockLiveContacts(tx: DbOrTx, userId: string, ids: string[]): Promise<ContactRow[]> {
  return tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.userId, userId), inArray(contacts.id, ids), isNull(contacts.deletedAt)))
    .for('update');
}

export async function updateContact(tx: DbOrTx, userId: string, id: string, values: ContactUpdate): Promise<ContactRow> {
  const [row] = await tx
    .update(contacts)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(contacts.userId, userId), eq(contacts.id, id)))
    .returning();
  return row!;
}

/**
 * Moves every interaction of `fromId` to `toId`. Where both took part in the same interaction
 * the primary key allows one row: the surviving row keeps its role, or takes the other's.
 */
export async function moveParticipants(tx: DbOrTx, userId: string, toId: string, fromId: string): Promise<void> {
  const mine = sql`(select id from interactions where user_id = ${userId})`;
  await tx.execute(sql`
    update interaction_contacts k set role = coalesce(k.role, m.role)
    from interaction_contacts m
    where k.contact_id = ${toId} and m.contact_id = ${fromId} and k.interaction_id = m.interaction_id
      and k.interaction_id in ${mine}`);
  await tx.execute(sql`
    delete from interaction_contacts m
    where m.contact_id = ${fromId} and m.interaction_id in ${mine}
      and exists (select 1 from interaction_contacts k where k.interaction_id = m.interaction_id and k.contact_id = ${toId})`);
  await tx.execute(sql`
    update interaction_contacts set contact_id = ${toId}
    where contact_id = ${fromId} and interaction_id in ${mine}`);
}

export async function recomputeLastInteraction(tx: DbOrTx, userId: string, contactId: string): Promise<void> {
  await tx.execute(sql`
    update contacts set last_interaction_at = (
      select max(i.occurred_at) from interactions i
      join interaction_contacts ic on ic.interaction_id = i.id
      where ic.contact_id = ${contactId} and i.user_id = ${userId} and i.deleted_at is null)
    where id = ${contactId} and user_id = ${userId}`);
}

export async function hardDeleteContact(tx: DbOrTx, userId: string, id: string): Promise<void> {
  await tx.delete(contacts).where(and(eq(contacts.userId, userId), eq(contacts.id, id)));
}

export async function findContact(db: DbOrTx, userId: string, id: string): Promise<ContactRow | null> {
  const rows = await db.select().from(contacts).where(and(eq(contacts.userId, userId), eq(contacts.id, id))).limit(1);
  return rows[0] ?? null;
}
