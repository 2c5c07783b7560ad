import { and, desc, eq, getTableColumns, gte, inArray, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { contacts, interactionContacts, interactions } from '../../db/schema/index';
import type { KeysetPosition } from './cursor';

export type InteractionRow = typeof interactions.$inferSelect;
export type InteractionValues = Pick<InteractionRow, 'kind' | 'occurredAt' | 'summary' | 'topics'>;
export type ParticipantLink = { contactId: string; role: string | null };
export type ParticipantRow = ParticipantLink & { interactionId: string; displayName: string };

export async function insertInteraction(tx: DbOrTx, userId: string, v: InteractionValues): Promise<InteractionRow> {
  const [row] = await tx.insert(interactions).values({ ...v, userId }).returning();
  return row!;
}

export async function updateInteraction(
  tx: DbOrTx,
  userId: string,
  id: string,
  v: Partial<InteractionValues>,
): Promise<InteractionRow | null> {
  const rows = await tx
    .update(interactions)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(interactions.userId, userId), eq(interactions.id, id), isNull(interactions.deletedAt)))
    .returning();
  return rows[0] ?? null;
}

/** Soft delete: the row and its links stay, so a restore brings back exactly what was there. */
export async function deleteInteraction(tx: DbOrTx, userId: string, id: string): Promise<boolean> {
  const now = new Date();
  const rows = await tx
    .update(interactions)
    .set({ deletedAt: now, updatedAt: now })
    .where(and(eq(interactions.userId, userId), eq(interactions.id, id), isNull(interactions.deletedAt)))
    .returning({ id: interactions.id });
  return rows.length > 0;
}

export async function restoreInteraction(tx: DbOrTx, userId: string, id: string): Promise<InteractionRow | null> {
  const rows = await tx
    .update(interactions)
    .set({ deletedAt: null, updatedAt: new Date() })
    .where(and(eq(interactions.userId, userId), eq(interactions.id, id), isNotNull(interactions.deletedAt)))
    .returning();
  return rows[0] ?? null;
}

/**
 * `lock` takes the row lock so two edits of one interaction apply one after the other.
 * `deleted` looks in the soft-deleted rows instead of the live ones (for restore).
 */
export async function findInteraction(db: DbOrTx, userId: string, id: string, lock = false, deleted = false): Promise<InteractionRow | null> {
  const query = db
    .select()
    .from(interactions)
    .where(and(eq(interactions.userId, userId), eq(interactions.id, id), deleted ? isNotNull(interactions.deletedAt) : isNull(interactions.deletedAt)))
    .limit(1);
  const rows = lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** Replaces the interaction's participant links; the caller has checked the contacts are the user's. */
export async function setParticipants(tx: DbOrTx, interactionId: string, links: ParticipantLink[]) {
  await tx.delete(interactionContacts).where(eq(interactionContacts.interactionId, interactionId));
  if (links.length === 0) return;
  await tx.insert(interactionContacts).values(links.map((l) => ({ ...l, interactionId })));
}

/** Every linked contact id, soft-deleted ones included (their last_interaction_at still needs recomputing). */
export async function linkedContactIds(tx: DbOrTx, interactionId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: interactionContacts.contactId })
    .from(interactionContacts)
    .where(eq(interactionContacts.interactionId, interactionId));
  return rows.map((r) => r.id);
}

/** Participants as shown: the user's live contacts only (a deleted contact drops out until restored). */
export async function participantsOf(db: DbOrTx, userId: string, interactionIds: string[]): Promise<ParticipantRow[]> {
  if (interactionIds.length === 0) return [];
  return db
    .select({
      interactionId: interactionContacts.interactionId,
      contactId: interactionContacts.contactId,
      role: interactionContacts.role,
      displayName: contacts.displayName,
    })
    .from(interactionContacts)
    .innerJoin(contacts, eq(contacts.id, interactionContacts.contactId))
    .where(and(inArray(interactionContacts.interactionId, interactionIds), eq(contacts.userId, userId), isNull(contacts.deletedAt)))
    .orderBy(sql`lower(${contacts.displayName})`, contacts.id);
}

export type InteractionFilters = { contactId?: string; kind?: string[]; from?: Date; to?: Date };

/** Newest first: (occurred_at desc, id desc). `from` is inclusive, `to` exclusive. */
export async function listInteractions(
  db: DbOrTx,
  userId: string,
  f: InteractionFilters,
  after: KeysetPosition | null,
  limit: number,
) {
  const where: SQL[] = [eq(interactions.userId, userId), isNull(interactions.deletedAt)];
  if (f.contactId) {
    where.push(sql`exists (select 1 from ${interactionContacts}
      join ${contacts} on ${contacts.id} = ${interactionContacts.contactId}
      where ${interactionContacts.interactionId} = ${interactions.id} and ${interactionContacts.contactId} = ${f.contactId}
        and ${contacts.userId} = ${userId} and ${contacts.deletedAt} is null)`);
  }
  if (f.kind?.length) where.push(inArray(interactions.kind, f.kind));
  if (f.from) where.push(gte(interactions.occurredAt, f.from));
  if (f.to) where.push(lt(interactions.occurredAt, f.to));
  if (after) where.push(sql`(${interactions.occurredAt}, ${interactions.id}) < (${after.key}::timestamptz, ${after.id}::uuid)`);
  return db
    .select({
      ...getTableColumns(interactions),
      // Text with microseconds: a JS Date would lose them and the next page could repeat rows.
      sortKey: sql<string>`to_char(${interactions.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(interactions)
    .where(and(...where))
    .orderBy(desc(interactions.occurredAt), desc(interactions.id))
    .limit(limit);
}

