import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { followThroughSettings, users } from '../../db/schema/index';
import { randomToken } from '../../auth/secrets';
import { rowsOf } from '../../jobs/queue';

export type SettingsRow = typeof followThroughSettings.$inferSelect;

/**
 * The settings row is created lazily by whoever needs it first (this room or the follow-through
 * settings endpoint); ON CONFLICT keeps the first one's unsubscribe token. A new row has no
 * synced_at, so follow-through's first sync recomputes everything.
 */
export async function ensureSettings(db: DbOrTx, userId: string): Promise<SettingsRow> {
  // Read first: the row nearly always exists, and this runs for every mail sent.
  const [existing] = await db.select().from(followThroughSettings).where(eq(followThroughSettings.userId, userId));
  if (existing) return existing;
  const [created] = await db
    .insert(followThroughSettings)
    .values({ userId, unsubscribeToken: randomToken(24) })
    .onConflictDoNothing({ target: followThroughSettings.userId })
    .returning();
  if (created) return created;
  const [row] = await db.select().from(followThroughSettings).where(eq(followThroughSettings.userId, userId));
  if (!row) throw new Error(`settings for ${userId} vanished`);
  return row;
}

export async function findSettingsByUnsubscribeToken(db: DbOrTx, token: string) {
  const [row] = await db.select().from(followThroughSettings).where(eq(followThroughSettings.unsubscribeToken, token));
  return row ?? null;
}

export async function turnDigestOff(db: DbOrTx, userId: string) {
  await db.update(followThroughSettings).set({ digest: 'off' }).where(eq(followThroughSettings.userId, userId));
}

/** Sets the feed secret only when there is none yet; false when another request got there first. */
export async function setCalendarTokenHashIfNone(db: DbOrTx, userId: string, hash: string): Promise<boolean> {
  const rows = await db
    .update(followThroughSettings)
    .set({ calendarTokenHash: hash })
    .where(sql`${followThroughSettings.userId} = ${userId} AND ${followThroughSettings.calendarTokenHash} IS NULL`)
    .returning({ userId: followThroughSettings.userId });
  return rows.length > 0;
}

export async function setCalendarTokenHash(db: DbOrTx, userId: string, hash: string) {
  await db
    .update(followThroughSettings)
    .set({ calendarTokenHash: hash })
    .where(eq(followThroughSettings.userId, userId));
}

export async function findUserByCalendarTokenHash(db: DbOrTx, hash: string) {
  const [row] = await db
    .select({ userId: users.id, timezone: users.timezone })
    .from(followThroughSettings)
    .innerJoin(users, eq(users.id, followThroughSettings.userId))
    .where(eq(followThroughSettings.calendarTokenHash, hash));
  return row ?? null;
}

export async function findRecipient(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, timezone: users.timezone })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

/**
 * One statement for every user whose digest hour it is: the local hour is computed in SQL once
 * per distinct time zone, and jobs are inserted in bulk. Every user gets the job every day, digest
 * off or weekly too: it writes the day's "due today" inbox item, and mails only on mail days
 * (`sendDigest`). The key
 * digest:<user>:<local date> makes it exactly one per user and local day, however many
 * instances run the sweep or how often. Users without a settings row get the column defaults
 * (daily at 07:00), the same as a freshly created row.
 *
 * `catchUp` widens "this hour" to "any hour of today from the digest hour on", for users who
 * already had an account at that time: a digest whose hour passed while no worker ran still goes
 * out that day, once (the same key). It probes the key of every user past their hour, so it runs
 * hourly and at worker start rather than every minute.
 */
export async function enqueueDueDigests(db: DbOrTx, maxAttempts: number, catchUp = false): Promise<number> {
  const hourMatches = catchUp
    ? sql`extract(hour FROM z.local_ts) >= coalesce(s.digest_hour, 7)
      AND u.created_at <= ((date_trunc('day', z.local_ts) + make_interval(hours => coalesce(s.digest_hour, 7))) AT TIME ZONE z.tz)`
    : sql`extract(hour FROM z.local_ts) = coalesce(s.digest_hour, 7)`;
  const result = await db.execute(sql`
    WITH zones AS (
      SELECT tz, (now() AT TIME ZONE tz) AS local_ts
      FROM (SELECT DISTINCT timezone AS tz FROM users) z
    ), inserted AS (
    INSERT INTO jobs (name, payload, idempotency_key, run_at, max_attempts)
    SELECT 'digest',
           jsonb_build_object('userId', u.id, 'localDate', to_char(z.local_ts, 'YYYY-MM-DD'), 'frequency', coalesce(s.digest, 'daily')),
           'digest:' || u.id || ':' || to_char(z.local_ts, 'YYYY-MM-DD'),
           now(),
           ${maxAttempts}
    FROM users u
    JOIN zones z ON z.tz = u.timezone
    LEFT JOIN follow_through_settings s ON s.user_id = u.id
    WHERE ${hourMatches}
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}
