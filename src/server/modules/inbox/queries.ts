import { and, count, desc, eq, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { inboxItems, inboxMutedKinds, users } from '../../db/schema/index';
import { rowsOf } from '../../jobs/queue';

/** The only SQL of the inbox. Every read and write names the recipient's user id. */
export type InboxRow = typeof inboxItems.$inferSelect & { actorName: string | null };
export type Keyset = { at: Date; id: string };

const columns = {
  id: inboxItems.id,
  userId: inboxItems.userId,
  kind: inboxItems.kind,
  title: inboxItems.title,
  body: inboxItems.body,
  link: inboxItems.link,
  actorUserId: inboxItems.actorUserId,
  dedupeKey: inboxItems.dedupeKey,
  createdAt: inboxItems.createdAt,
  readAt: inboxItems.readAt,
  deletedAt: inboxItems.deletedAt,
  actorName: users.name,
};

/**
 * One statement: stored unless the recipient muted the kind, and once per (user, dedupe key).
 * `{actor}` in the title becomes the actor's name. True when a row was stored.
 */
export async function insertItem(db: DbOrTx, v: { userId: string; kind: string; title: string; body: string | null; link: string; actorUserId: string | null; dedupeKey: string; createdAt?: Date; readAt?: Date | null }) {
  const result = await db.execute(sql`
    INSERT INTO inbox_items (user_id, kind, title, body, link, actor_user_id, dedupe_key, created_at, read_at)
    SELECT ${v.userId}::uuid, ${v.kind},
           replace(${v.title}, '{actor}', coalesce((SELECT name FROM users WHERE id = ${v.actorUserId}::uuid), 'Someone')),
           ${v.body}, ${v.link}, ${v.actorUserId}::uuid, ${v.dedupeKey},
           coalesce(${v.createdAt?.toISOString() ?? null}::timestamptz, now()), ${v.readAt?.toISOString() ?? null}::timestamptz
    WHERE EXISTS (SELECT 1 FROM users WHERE id = ${v.userId}::uuid)
      AND NOT EXISTS (SELECT 1 FROM inbox_muted_kinds m WHERE m.user_id = ${v.userId}::uuid AND m.kind = ${v.kind})
    ON CONFLICT (user_id, dedupe_key) DO NOTHING
    RETURNING 1 AS stored`);
  return rowsOf<{ stored: number }>(result).length > 0;
}

export type NewItem = { userId: string; kind: string; title: string; body: string | null; link: string; actorUserId: string | null; dedupeKey: string };

/**
 * `insertItem` for many items in one statement, as if inserted one after another: an item is stored
 * unless its recipient muted its kind, and once per (user, dedupe key), the first such item that is
 * not muted winning; `{actor}` becomes the actor's name. Answers the positions in `list` stored.
 */
export async function insertItems(db: DbOrTx, list: readonly NewItem[]): Promise<Set<number>> {
  if (list.length === 0) return new Set();
  const records = list.map((v, ord) => ({ ord, user_id: v.userId, kind: v.kind, title: v.title, body: v.body, link: v.link, actor_user_id: v.actorUserId, dedupe_key: v.dedupeKey }));
  const result = await db.execute(sql`
    WITH src AS (
      SELECT DISTINCT ON (v.user_id, v.dedupe_key) v.*
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
           AS v(ord int, user_id uuid, kind text, title text, body text, link text, actor_user_id uuid, dedupe_key text)
      WHERE EXISTS (SELECT 1 FROM users WHERE id = v.user_id)
        AND NOT EXISTS (SELECT 1 FROM inbox_muted_kinds m WHERE m.user_id = v.user_id AND m.kind = v.kind)
      ORDER BY v.user_id, v.dedupe_key, v.ord
    ), stored AS (
      INSERT INTO inbox_items (user_id, kind, title, body, link, actor_user_id, dedupe_key, created_at, read_at)
      SELECT src.user_id, src.kind,
             replace(src.title, '{actor}', coalesce((SELECT name FROM users WHERE id = src.actor_user_id), 'Someone')),
             src.body, src.link, src.actor_user_id, src.dedupe_key, now(), NULL::timestamptz
      FROM src ORDER BY src.ord
      ON CONFLICT (user_id, dedupe_key) DO NOTHING
      RETURNING user_id, dedupe_key
    )
    SELECT src.ord FROM src JOIN stored ON stored.user_id = src.user_id AND stored.dedupe_key = src.dedupe_key`);
  return new Set(rowsOf<{ ord: number }>(result).map((r) => Number(r.ord)));
}

export async function listItems(db: DbOrTx, userId: string, f: { unread: boolean }, limit: number, after: Keyset | null) {
  const conds: SQL[] = [eq(inboxItems.userId, userId), isNull(inboxItems.deletedAt)];
  if (f.unread) conds.push(isNull(inboxItems.readAt));
  if (after) conds.push(sql`(${inboxItems.createdAt}, ${inboxItems.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`);
  return db
    .select(columns)
    .from(inboxItems)
    .leftJoin(users, eq(users.id, inboxItems.actorUserId))
    .where(and(...conds))
    .orderBy(desc(inboxItems.createdAt), desc(inboxItems.id))
    .limit(limit + 1);
}

export async function countUnread(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(inboxItems)
    .where(and(eq(inboxItems.userId, userId), isNull(inboxItems.readAt), isNull(inboxItems.deletedAt)));
  return row?.n ?? 0;
}

/** An item of this user (a deleted one only when `deleted` asks for it). */
export async function findItem(db: DbOrTx, userId: string, id: string, deleted = false): Promise<InboxRow | null> {
  const [row] = await db
    .select(columns)
    .from(inboxItems)
    .leftJoin(users, eq(users.id, inboxItems.actorUserId))
    .where(and(eq(inboxItems.userId, userId), eq(inboxItems.id, id), deleted ? isNotNull(inboxItems.deletedAt) : isNull(inboxItems.deletedAt)));
  return row ?? null;
}

export async function setRead(db: DbOrTx, userId: string, id: string, readAt: Date | null) {
  // Marking an already read item read keeps its first read time.
  await db
    .update(inboxItems)
    .set({ readAt: readAt ? sql`coalesce(${inboxItems.readAt}, ${readAt.toISOString()}::timestamptz)` : null })
    .where(and(eq(inboxItems.userId, userId), eq(inboxItems.id, id), isNull(inboxItems.deletedAt)));
}

export async function markAllRead(db: DbOrTx, userId: string, now: Date, upTo: Date | null) {
  const conds: SQL[] = [eq(inboxItems.userId, userId), isNull(inboxItems.readAt), isNull(inboxItems.deletedAt)];
  if (upTo) conds.push(lte(inboxItems.createdAt, upTo));
  const rows = await db.update(inboxItems).set({ readAt: now }).where(and(...conds)).returning({ id: inboxItems.id });
  return rows.length;
}

export async function setDeleted(db: DbOrTx, userId: string, id: string, deletedAt: Date | null) {
  const rows = await db
    .update(inboxItems)
    .set({ deletedAt })
    .where(and(eq(inboxItems.userId, userId), eq(inboxItems.id, id), deletedAt ? isNull(inboxItems.deletedAt) : isNotNull(inboxItems.deletedAt)))
    .returning({ id: inboxItems.id });
  return rows.length > 0;
}

/** Removes the items stored under one dedupe key for these recipients; how many went. */
export async function deleteByKey(db: DbOrTx, userIds: string[], dedupeKey: string) {
  if (userIds.length === 0) return 0;
  const rows = await db
    .delete(inboxItems)
    .where(and(inArray(inboxItems.userId, userIds), eq(inboxItems.dedupeKey, dedupeKey)))
    .returning({ id: inboxItems.id });
  return rows.length;
}

/** Read or deleted items created before the cutoff; unread ones stay however old. */
export async function purgeOld(db: DbOrTx, before: Date) {
  const rows = await db
    .delete(inboxItems)
    .where(and(lte(inboxItems.createdAt, before), or(isNotNull(inboxItems.readAt), isNotNull(inboxItems.deletedAt))))
    .returning({ id: inboxItems.id });
  return rows.length;
}

export async function listMuted(db: DbOrTx, userId: string) {
  const rows = await db.select({ kind: inboxMutedKinds.kind }).from(inboxMutedKinds).where(eq(inboxMutedKinds.userId, userId));
  return rows.map((r) => r.kind);
}

export async function replaceMuted(db: DbOrTx, userId: string, kinds: string[]) {
  await db.delete(inboxMutedKinds).where(and(eq(inboxMutedKinds.userId, userId), kinds.length ? sql`${inboxMutedKinds.kind} not in (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)})` : undefined));
  if (kinds.length) await db.insert(inboxMutedKinds).values(kinds.map((kind) => ({ userId, kind }))).onConflictDoNothing();
}

