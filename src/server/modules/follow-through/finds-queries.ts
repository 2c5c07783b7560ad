import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { finds, followUps } from '../../db/schema/follow-through';
import { rowsOf } from '../../jobs/queue';

export type FindRow = typeof finds.$inferSelect;

export async function insertFind(db: DbOrTx, userId: string, v: Pick<FindRow, 'kind' | 'title' | 'url' | 'topics' | 'note'>) {
  const [row] = await db.insert(finds).values({ ...v, userId }).returning();
  return row!;
}

export type ListedFind = FindRow & { sortKey: string; open: number; done: number; skipped: number };

/**
 * Newest first, keyset by (created_at, id), with how the find's share items stand. The key is text
 * with microseconds, as cursors carry it. Items of soft-deleted contacts are not counted.
 */
export async function listFinds(db: DbOrTx, userId: string, after: { key: string | null; id: string } | null, limit: number): Promise<ListedFind[]> {
  const conds = [eq(finds.userId, userId)];
  if (after?.key) conds.push(sql`(${finds.createdAt}, ${finds.id}) < (${after.key}::timestamptz, ${after.id}::uuid)`);
  const counted = (status: string) =>
    sql<number>`(select count(*)::int from ${followUps} fu join contacts c on c.id = fu.contact_id
      where fu.user_id = ${userId} and fu.source = 'share' and fu.source_id = "finds"."id" and fu.status = ${status} and c.deleted_at is null)`;
  return db
    .select({
      find: finds,
      sortKey: sql<string>`to_char("finds"."created_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      open: counted('open'),
      done: counted('done'),
      skipped: counted('skipped'),
    })
    .from(finds)
    .where(and(...conds))
    .orderBy(desc(finds.createdAt), desc(finds.id))
    .limit(limit)
    .then((rows) => rows.map((r) => ({ ...r.find, sortKey: r.sortKey, open: r.open, done: r.done, skipped: r.skipped })));
}

export async function updateFind(db: DbOrTx, userId: string, id: string, v: Partial<Pick<FindRow, 'kind' | 'title' | 'url' | 'topics' | 'note'>>) {
  const [row] = await db.update(finds).set(v).where(and(eq(finds.userId, userId), eq(finds.id, id))).returning();
  return row ?? null;
}

export async function findFind(db: DbOrTx, userId: string, id: string): Promise<FindRow | null> {
  const rows = await db.select().from(finds).where(and(eq(finds.userId, userId), eq(finds.id, id))).limit(1);
  return rows[0] ?? null;
}

export const deleteFind = (db: DbOrTx, userId: string, id: string) => db.delete(finds).where(and(eq(finds.userId, userId), eq(finds.id, id)));

export type TopicMatch = { id: string; displayName: string; topics: string[] };

/**
 * Live contacts who care about any of `topics` (lower-cased): a tag of theirs, or a topic of an
 * interaction they took part in, equals one case-insensitively. Read-only over the network
 * room's tables, in one statement; most topics first, then who was in touch most recently.
 */
export async function contactsCaringAbout(db: DbOrTx, userId: string, topics: string[], opts: { onlyContactId?: string; limit: number }) {
  if (topics.length === 0) return [];
  const wanted = sql`array[${sql.join(topics.map((t) => sql`${t}`), sql`, `)}]::text[]`;
  const only = opts.onlyContactId ? sql`and c.id = ${opts.onlyContactId}::uuid` : sql``;
  return rowsOf<TopicMatch>(
    await db.execute(sql`
      with tagged as (
        select c.id as contact_id, lower(tag) as topic
        from contacts c cross join lateral unnest(c.tags) as tag
        where c.user_id = ${userId} and c.deleted_at is null and lower(tag) = any(${wanted}) ${only}
      ), talked as (
        select ic.contact_id, lower(topic) as topic
        from interactions i
        join interaction_contacts ic on ic.interaction_id = i.id
        cross join lateral unnest(i.topics) as topic
        where i.user_id = ${userId} and i.deleted_at is null and lower(topic) = any(${wanted})
      ), matched as (
        select contact_id, array_agg(distinct topic order by topic) as topics
        from (select * from tagged union select * from talked) m group by contact_id
      )
      select c.id, c.display_name as "displayName", matched.topics
      from matched join contacts c on c.id = matched.contact_id
      where c.user_id = ${userId} and c.deleted_at is null ${only}
      order by cardinality(matched.topics) desc, c.last_interaction_at desc nulls last, c.display_name, c.id
      limit ${opts.limit}`),
  );
}
