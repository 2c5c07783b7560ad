import { and, asc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { followUps } from '../../db/schema/follow-through';
import { contacts } from '../../db/schema/network';

/**
 * The only SQL on follow_ups. Reads join the contact's name read-only: Today must show names for
 * hundreds of items in one round trip, and the network service has no batch API cheap enough.
 */
export type FollowUpRow = typeof followUps.$inferSelect;
const CHUNK = 5000;
export type FollowUpWithContact = FollowUpRow & { contactName: string | null; contactCompany: string | null };
export type NewFollowUp = Pick<FollowUpRow, 'source' | 'dedupeKey' | 'title' | 'dueDate'> &
  Partial<Pick<FollowUpRow, 'contactId' | 'sourceId' | 'prompt' | 'dueAt'>>;

const columns = {
  id: followUps.id,
  userId: followUps.userId,
  contactId: followUps.contactId,
  source: followUps.source,
  sourceId: followUps.sourceId,
  dedupeKey: followUps.dedupeKey,
  title: followUps.title,
  prompt: followUps.prompt,
  dueAt: followUps.dueAt,
  dueDate: followUps.dueDate,
  status: followUps.status,
  snoozedUntil: followUps.snoozedUntil,
  dueDateBeforeSnooze: followUps.dueDateBeforeSnooze,
  skipReason: followUps.skipReason,
  completedAt: followUps.completedAt,
  completedInteractionId: followUps.completedInteractionId,
  createdAt: followUps.createdAt,
  updatedAt: followUps.updatedAt,
  contactName: contacts.displayName,
  contactCompany: contacts.company,
};

/** Items whose contact was soft-deleted disappear with it (and come back on undo). */
const contactLive = or(isNull(followUps.contactId), isNull(contacts.deletedAt))!;

function selectWithContact(db: DbOrTx) {
  return db.select(columns).from(followUps).leftJoin(contacts, eq(contacts.id, followUps.contactId));
}

/** Every open item (calendar feed); snoozed ones keep their snooze date. */
export const listOpenFollowUps = (db: DbOrTx, userId: string, max: number) =>
  selectWithContact(db)
    .where(and(eq(followUps.userId, userId), eq(followUps.status, 'open'), contactLive))
    .orderBy(asc(followUps.dueDate), asc(followUps.id))
    .limit(max);

export type FollowUpFilters = { status?: string; contactId?: string; source?: string };

/** Keyset by (due_date, id). */
export function listFollowUps(db: DbOrTx, userId: string, f: FollowUpFilters, after: { key: string | null; id: string } | null, limit: number) {
  const conds: (SQL | undefined)[] = [eq(followUps.userId, userId), contactLive];
  if (f.status) conds.push(eq(followUps.status, f.status));
  if (f.contactId) conds.push(eq(followUps.contactId, f.contactId));
  if (f.source) conds.push(eq(followUps.source, f.source));
  if (after?.key) conds.push(sql`(${followUps.dueDate}, ${followUps.id}) > (${after.key}::date, ${after.id}::uuid)`);
  return selectWithContact(db)
    .where(and(...conds))
    .orderBy(asc(followUps.dueDate), asc(followUps.id))
    .limit(limit);
}

export async function findFollowUp(db: DbOrTx, userId: string, id: string, lock = false): Promise<FollowUpWithContact | null> {
  const base = selectWithContact(db).where(and(eq(followUps.userId, userId), eq(followUps.id, id), contactLive)).limit(1);
  const rows = lock ? await base.for('update', { of: followUps }) : await base;
  return rows[0] ?? null;
}

export async function updateFollowUp(db: DbOrTx, userId: string, id: string, values: Partial<FollowUpRow>) {
  await db
    .update(followUps)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(followUps.userId, userId), eq(followUps.id, id)));
}

/** Idempotent generation: an existing key is left alone (a done thank-you stays done). */
export async function insertFollowUpsIfAbsent(db: DbOrTx, userId: string, rows: NewFollowUp[]) {
  if (rows.length === 0) return;
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(followUps)
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, userId })))
      .onConflictDoNothing({ target: [followUps.userId, followUps.dedupeKey] });
  }
}

/**
 * Regeneration that must win over what is there (cadence moves, commitment steps): the row is
 * reopened with the new due date and text.
 */
export async function upsertFollowUps(db: DbOrTx, userId: string, rows: (NewFollowUp & { status?: string; snoozedUntil?: string | null; skipReason?: string | null })[]) {
  if (rows.length === 0) return;
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(followUps)
      .values(rows.slice(i, i + 1000).map((r) => ({ status: 'open', snoozedUntil: null, skipReason: null, dueDateBeforeSnooze: null, ...r, userId })))
      .onConflictDoUpdate({
        target: [followUps.userId, followUps.dedupeKey],
        set: {
          title: sql`excluded.title`,
          prompt: sql`excluded.prompt`,
          dueDate: sql`excluded.due_date`,
          dueAt: sql`excluded.due_at`,
          contactId: sql`excluded.contact_id`,
          status: sql`excluded.status`,
          snoozedUntil: sql`excluded.snoozed_until`,
          dueDateBeforeSnooze: sql`excluded.due_date_before_snooze`,
          skipReason: sql`excluded.skip_reason`,
          completedAt: sql`case when excluded.status = 'open' then null else ${followUps.completedAt} end`,
          updatedAt: sql`now()`,
        },
      });
  }
}

export async function findByKeys(db: DbOrTx, userId: string, keys: string[]): Promise<FollowUpRow[]> {
  const out: FollowUpRow[] = [];
  for (let i = 0; i < keys.length; i += CHUNK) {
    out.push(...(await db.select().from(followUps).where(and(eq(followUps.userId, userId), inArray(followUps.dedupeKey, keys.slice(i, i + CHUNK))))));
  }
  return out;
}

/** Open items generated from one source row (a commitment's steps) whose key is not wanted any more. */
export async function deleteOpenBySource(db: DbOrTx, userId: string, source: string, sourceId: string, keep: string[]) {
  const conds = [eq(followUps.userId, userId), eq(followUps.source, source), eq(followUps.sourceId, sourceId), eq(followUps.status, 'open')];
  if (keep.length > 0) conds.push(sql`${followUps.dedupeKey} not in (${sql.join(keep.map((k) => sql`${k}`), sql`, `)})`);
  await db.delete(followUps).where(and(...conds));
}

export async function deleteOpenByKeys(db: DbOrTx, userId: string, keys: string[]) {
  for (let i = 0; i < keys.length; i += CHUNK) {
    await db
      .delete(followUps)
      .where(and(eq(followUps.userId, userId), eq(followUps.status, 'open'), inArray(followUps.dedupeKey, keys.slice(i, i + CHUNK))));
  }
}

/** Open occasion reminders of these contacts whose key is not among `keep`. */
export async function deleteOpenOccasionsExcept(db: DbOrTx, userId: string, contactIds: string[], keep: string[]) {
  const keepSet = new Set(keep);
  for (let i = 0; i < contactIds.length; i += CHUNK) {
    const rows = await db
      .select({ id: followUps.id, dedupeKey: followUps.dedupeKey })
      .from(followUps)
      .where(
        and(
          eq(followUps.userId, userId),
          eq(followUps.status, 'open'),
          eq(followUps.source, 'occasion'),
          inArray(followUps.contactId, contactIds.slice(i, i + CHUNK)),
        ),
      );
    const stale = rows.filter((r) => !keepSet.has(r.dedupeKey)).map((r) => r.id);
    if (stale.length > 0) await db.delete(followUps).where(and(eq(followUps.userId, userId), inArray(followUps.id, stale)));
  }
}

/** The contacts already thanked (thank-you done) for an interaction. */
export async function thankedContactIds(db: DbOrTx, userId: string, interactionId: string) {
  const rows = await db
    .select({ contactId: followUps.contactId })
    .from(followUps)
    .where(and(eq(followUps.userId, userId), eq(followUps.sourceId, interactionId), eq(followUps.source, 'thank_you'), eq(followUps.status, 'done')));
  return rows.flatMap((r) => (r.contactId ? [r.contactId] : []));
}

/** Thank-yous of an interaction that was deleted and were never acted on. */
export const deleteOpenForInteraction = (db: DbOrTx, userId: string, interactionId: string) =>
  db
    .delete(followUps)
    .where(and(eq(followUps.userId, userId), eq(followUps.sourceId, interactionId), eq(followUps.status, 'open'), inArray(followUps.source, ['thank_you', 'reach_out'])));

/** Skipped keep-in-touch items whose round is over come back. */
export const reopenSkippedCadences = (db: DbOrTx, userId: string, today: string) =>
  db
    .update(followUps)
    .set({ status: 'open', dueDate: sql`${followUps.snoozedUntil}`, snoozedUntil: null, dueDateBeforeSnooze: null, completedAt: null, updatedAt: new Date() })
    .where(and(eq(followUps.userId, userId), eq(followUps.source, 'cadence'), eq(followUps.status, 'skipped'), lte(followUps.snoozedUntil, today)));

/** An edited find's open share items take its new title and prompt; acted-on ones keep theirs. */
export async function retitleOpenShare(db: DbOrTx, userId: string, dedupeKey: string, v: { title: string; prompt: string }) {
  await db
    .update(followUps)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(followUps.userId, userId), eq(followUps.dedupeKey, dedupeKey), eq(followUps.status, 'open')));
}
