import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowsOf } from '../../jobs/queue';
import type { PresentableFollowUp } from './present-follow-up';

export type Bucket = 'overdue' | 'today' | 'upcoming';
/** Counting 10,000 overdue items on every Today costs more than "1000+" tells the user less. */
export const COUNT_CAP = 1000;

/** A follow-up as json_agg delivers it: timestamps are ISO strings. */
type JsonRow = Omit<PresentableFollowUp, 'dueAt' | 'completedAt'> & { dueAt: string | null; completedAt: string | null };

const asRow = (r: JsonRow): PresentableFollowUp => ({
  ...r,
  dueAt: r.dueAt === null ? null : new Date(r.dueAt),
  completedAt: r.completedAt === null ? null : new Date(r.completedAt),
});

/**
 * Open, unsnoozed items by bucket relative to `today`, and the bucket sizes (capped), in one
 * statement. A snooze also moves the due date to the snooze's end, so every bucket is a plain
 * range on the (user_id, due_date) open index: each list is its own LIMITed index walk. The rows
 * come back as one JSON document per bucket: on PGlite decoding 150 rows field by field and
 * planning seven statements cost more than the index walks themselves, so only the columns an item
 * on the wire needs are read.
 */
export async function listDueBuckets(db: DbOrTx, userId: string, today: string, until: string, limit: number) {
  const awake = sql`f.user_id = ${userId} and f.status = 'open' and (f.snoozed_until is null or f.snoozed_until <= ${today}::date)`;
  const range: Record<Bucket, SQL> = {
    overdue: sql`f.due_date < ${today}::date`,
    today: sql`f.due_date = ${today}::date`,
    upcoming: sql`f.due_date > ${today}::date and f.due_date <= ${until}::date`,
  };
  // Overdue comes most recent first: yesterday's promise or thank-you is more actionable than a
  // keep-in-touch round that lapsed a year ago, and the list is cut at `limit`.
  const list = (b: Bucket) => sql`(select coalesce(json_agg(t), '[]'::json) from (
      select f.id, f.contact_id as "contactId", f.source, f.source_id as "sourceId", f.title, f.prompt,
        f.due_at as "dueAt", f.due_date as "dueDate", f.status, f.snoozed_until as "snoozedUntil",
        f.skip_reason as "skipReason", f.completed_at as "completedAt",
        c.display_name as "contactName", c.company as "contactCompany"
      from follow_ups f left join contacts c on c.id = f.contact_id
      where ${awake} and ${range[b]} and (f.contact_id is null or c.deleted_at is null)
      order by f.due_date ${b === 'overdue' ? sql`desc` : sql`asc`}
      limit ${limit}) t)`;
  // Counts skip the contact join (items of a contact deleted in the last 30 days may be counted).
  const count = (b: Bucket) => sql`(select count(*)::int from (select 1 from follow_ups f where ${awake} and ${range[b]} limit ${COUNT_CAP}) c)`;
  const [r] = rowsOf<{ overdue: JsonRow[]; today: JsonRow[]; upcoming: JsonRow[]; n_overdue: number; n_today: number; n_upcoming: number }>(
    await db.execute(sql`select ${list('overdue')} as overdue, ${list('today')} as today, ${list('upcoming')} as upcoming,
      ${count('overdue')} as n_overdue, ${count('today')} as n_today, ${count('upcoming')} as n_upcoming`),
  );
  if (!r) throw new Error('the Today query returned no row');
  const buckets = ['overdue', 'today', 'upcoming'] as const;
  return {
    rows: buckets.flatMap((bucket) => r[bucket].map((row) => ({ ...asRow(row), bucket }))),
    counts: { overdue: r.n_overdue, today: r.n_today, upcoming: r.n_upcoming },
  };
}
