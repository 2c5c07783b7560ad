import { and, desc, eq, inArray, ne, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { commitments } from '../../db/schema/follow-through';
import { contacts } from '../../db/schema/network';

export type CommitmentRow = typeof commitments.$inferSelect;
export type CommitmentWithNames = CommitmentRow & { contactName: string; involvingName: string | null; sortKey: string };

const involving = alias(contacts, 'involving');
const selection = {
  c: commitments,
  contactName: contacts.displayName,
  involvingName: involving.displayName,
  sortKey: sql<string>`to_char(${commitments.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
};
function select(db: DbOrTx) {
  return db
    .select(selection)
    .from(commitments)
    .innerJoin(contacts, eq(contacts.id, commitments.contactId))
    .leftJoin(involving, eq(involving.id, commitments.involvingContactId));
}

const flat = (r: { c: CommitmentRow; contactName: string; involvingName: string | null; sortKey: string }): CommitmentWithNames => ({
  ...r.c,
  contactName: r.contactName,
  involvingName: r.involvingName,
  sortKey: r.sortKey,
});

export async function findCommitment(db: DbOrTx, userId: string, id: string, lock = false): Promise<CommitmentWithNames | null> {
  const base = select(db).where(and(eq(commitments.userId, userId), eq(commitments.id, id))).limit(1);
  const rows = lock ? await base.for('update', { of: commitments }) : await base;
  return rows[0] ? flat(rows[0]) : null;
}

export type CommitmentFilters = { state?: string; contactId?: string; states?: string[] };

export type Introduction = { id: string; introducerId: string; introducerName: string };

/**
 * Newest first, keyset on (created_at, id), each with the introduction that brought its contact
 * in (see findIntroduction) joined laterally: one statement for the whole page.
 */
export async function listCommitments(db: DbOrTx, userId: string, f: CommitmentFilters, after: { key: string | null; id: string } | null, limit: number) {
  const conds: (SQL | undefined)[] = [eq(commitments.userId, userId)];
  if (f.state) conds.push(eq(commitments.state, f.state));
  if (f.states) conds.push(inArray(commitments.state, f.states));
  if (f.contactId) conds.push(eq(commitments.contactId, f.contactId));
  if (after?.key) conds.push(sql`(${commitments.createdAt}, ${commitments.id}) < (${after.key}::timestamptz, ${after.id}::uuid)`);
  const other = alias(commitments, 'intro_commitment');
  const introducer = alias(contacts, 'introducer');
  const intro = db
    .select({ introId: other.id, introducerId: other.contactId, introducerName: introducer.displayName })
    .from(other)
    .innerJoin(introducer, eq(introducer.id, other.contactId))
    .where(and(eq(other.userId, userId), introducedBy(other, commitments.contactId, commitments.id)))
    .orderBy(desc(other.doneAt))
    .limit(1)
    .as('intro');
  const rows = await db
    .select({ ...selection, intro: { id: intro.introId, introducerId: intro.introducerId, introducerName: intro.introducerName } })
    .from(commitments)
    .innerJoin(contacts, eq(contacts.id, commitments.contactId))
    .leftJoin(involving, eq(involving.id, commitments.involvingContactId))
    .leftJoinLateral(intro, sql`true`)
    .where(and(...conds))
    .orderBy(desc(commitments.createdAt), desc(commitments.id))
    .limit(limit);
  return rows.map((r) => ({ ...flat(r), intro: (r.intro?.id ? r.intro : null) as Introduction | null }));
}

export async function insertCommitment(db: DbOrTx, userId: string, v: Omit<typeof commitments.$inferInsert, 'userId'>) {
  const [row] = await db.insert(commitments).values({ ...v, userId }).returning();
  return row!;
}

export async function updateCommitment(db: DbOrTx, userId: string, id: string, v: Partial<CommitmentRow>) {
  await db
    .update(commitments)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(commitments.userId, userId), eq(commitments.id, id)));
}

export const deleteCommitment = (db: DbOrTx, userId: string, id: string) =>
  db.delete(commitments).where(and(eq(commitments.userId, userId), eq(commitments.id, id)));

/** `offer` is a fulfilled offer, other than `exceptId`, that introduced the user to `contactId`. */
type Offer = Record<'direction' | 'involvingContactId' | 'state' | 'id' | 'contactId', PgColumn>;
function introducedBy(offer: Offer, contactId: SQLWrapper | string, exceptId: SQLWrapper | string) {
  return and(
    eq(offer.direction, 'they_offered'),
    eq(offer.involvingContactId, contactId),
    inArray(offer.state, ['done', 'thanked']),
    ne(offer.id, exceptId),
    ne(offer.contactId, contactId),
  );
}

/** The fulfilled offer that introduced the user to `contactId`: its giver is the introducer. */
export async function findIntroduction(db: DbOrTx, userId: string, contactId: string, exceptId: string): Promise<Introduction | null> {
  const rows = await db
    .select({ id: commitments.id, introducerId: commitments.contactId, introducerName: contacts.displayName })
    .from(commitments)
    .innerJoin(contacts, eq(contacts.id, commitments.contactId))
    .where(and(eq(commitments.userId, userId), introducedBy(commitments, contactId, exceptId)))
    .orderBy(desc(commitments.doneAt))
    .limit(1);
  return rows[0] ?? null;
}
