import { and, asc, desc, eq, gt, gte, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { eventCheckIns, eventNetworkLinks, eventRsvps, eventSeries, events } from '../../db/schema/index';

/**
 * SQL of the events room. An event is read by id only after (or in order to) check the caller's
 * membership of its program through the programs service; lists take a program id the gate has
 * just checked, or the caller's own user id.
 */
export type EventRow = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type RsvpRow = typeof eventRsvps.$inferSelect;
export type CheckInRow = typeof eventCheckIns.$inferSelect;
type Position = { key: string | null; id: string } | null;

const startKey = sql<string>`to_char(${events.startsAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export async function insertEvent(db: DbOrTx, v: NewEvent) {
  const [row] = await db.insert(events).values(v).returning();
  return row!;
}

export async function insertSeries(db: DbOrTx, v: typeof eventSeries.$inferInsert) {
  const [row] = await db.insert(eventSeries).values(v).returning();
  return row!;
}

export async function insertEvents(db: DbOrTx, v: NewEvent[]) {
  return db.insert(events).values(v).returning();
}

/** A series' scheduled occurrences that have not ended (from a start on, when given), soonest first, locked for an edit. */
export async function upcomingOccurrences(db: DbOrTx, seriesId: string, now: Date, fromStart: Date | null) {
  return db
    .select()
    .from(events)
    .where(and(eq(events.seriesId, seriesId), eq(events.status, 'scheduled'), gt(events.endsAt, now), fromStart ? gte(events.startsAt, fromStart) : undefined))
    .orderBy(asc(events.startsAt), asc(events.id))
    .for('update');
}

/** For each series: its label and its occurrences' ids in start order (to say "3 of 6"). */
export async function seriesOf(db: DbOrTx, seriesIds: string[]) {
  if (seriesIds.length === 0) return new Map<string, { label: string; ids: string[] }>();
  const rows = await db
    .select({ seriesId: eventSeries.id, label: eventSeries.label, id: events.id })
    .from(eventSeries)
    .innerJoin(events, eq(events.seriesId, eventSeries.id))
    .where(inArray(eventSeries.id, seriesIds))
    .orderBy(asc(events.startsAt), asc(events.id));
  const map = new Map<string, { label: string; ids: string[] }>();
  for (const r of rows) {
    const s = map.get(r.seriesId) ?? { label: r.label, ids: [] };
    s.ids.push(r.id);
    map.set(r.seriesId, s);
  }
  return map;
}

/** Every edit bumps the iCalendar SEQUENCE. */
export async function updateEvent(db: DbOrTx, id: string, v: Partial<NewEvent>) {
  const [row] = await db
    .update(events)
    .set({ ...v, sequence: sql`${events.sequence} + 1`, updatedAt: new Date() })
    .where(eq(events.id, id))
    .returning();
  return row ?? null;
}

export async function findEvent(db: DbOrTx, id: string, lock = false): Promise<EventRow | null> {
  const base = db.select().from(events).where(eq(events.id, id));
  const rows = lock ? await base.for('update') : await base;
  return rows[0] ?? null;
}

/** A program's events: upcoming (not yet ended) soonest first, or past latest first; keyset on (starts_at, id). */
export async function listEvents(db: DbOrTx, programId: string, when: 'upcoming' | 'past', now: Date, after: Position, limit: number) {
  const conds: (SQL | undefined)[] = [eq(events.programId, programId)];
  if (when === 'upcoming') {
    conds.push(gt(events.endsAt, now));
    if (after?.key) conds.push(sql`(${events.startsAt}, ${events.id}) > (${after.key}::timestamptz, ${after.id}::uuid)`);
  } else {
    conds.push(lte(events.endsAt, now));
    if (after?.key) conds.push(sql`(${events.startsAt}, ${events.id}) < (${after.key}::timestamptz, ${after.id}::uuid)`);
  }
  const order = when === 'upcoming' ? [asc(events.startsAt), asc(events.id)] : [desc(events.startsAt), desc(events.id)];
  const rows = await db
    .select({ event: events, sortKey: startKey })
    .from(events)
    .where(and(...conds))
    .orderBy(...order)
    .limit(limit);
  return rows.map((r) => ({ ...r.event, sortKey: r.sortKey }));
}

/** Events of these programs the user answered going (or waitlisted) to, not yet ended; soonest first. */
export async function eventsUserIsGoingTo(db: DbOrTx, userId: string, programIds: string[], now: Date, statuses: string[] = ['going', 'waitlisted']) {
  if (programIds.length === 0) return [];
  const rows = await db
    .select({ event: events })
    .from(events)
    .innerJoin(eventRsvps, and(eq(eventRsvps.eventId, events.id), eq(eventRsvps.userId, userId)))
    .where(and(inArray(events.programId, programIds), inArray(eventRsvps.status, statuses), gt(events.endsAt, now), eq(events.status, 'scheduled')))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(200);
  return rows.map((r) => r.event);
}

/** Going and waitlisted counts per event. */
export async function countsFor(db: DbOrTx, eventIds: string[]) {
  if (eventIds.length === 0) return new Map<string, { going: number; waitlisted: number }>();
  const rows = await db
    .select({
      eventId: eventRsvps.eventId,
      going: sql<number>`count(*) filter (where ${eventRsvps.status} = 'going')`.mapWith(Number),
      waitlisted: sql<number>`count(*) filter (where ${eventRsvps.status} = 'waitlisted')`.mapWith(Number),
    })
    .from(eventRsvps)
    .where(inArray(eventRsvps.eventId, eventIds))
    .groupBy(eventRsvps.eventId);
  return new Map(rows.map((r) => [r.eventId, { going: r.going, waitlisted: r.waitlisted }]));
}

export async function rsvpsOf(db: DbOrTx, eventIds: string[], userIds?: string[]) {
  if (eventIds.length === 0 || (userIds && userIds.length === 0)) return [];
  return db
    .select()
    .from(eventRsvps)
    .where(and(inArray(eventRsvps.eventId, eventIds), userIds ? inArray(eventRsvps.userId, userIds) : undefined));
}

export async function checkInsOf(db: DbOrTx, eventIds: string[], userIds?: string[]) {
  if (eventIds.length === 0 || (userIds && userIds.length === 0)) return [];
  return db
    .select()
    .from(eventCheckIns)
    .where(and(inArray(eventCheckIns.eventId, eventIds), userIds ? inArray(eventCheckIns.userId, userIds) : undefined));
}

export async function findRsvp(db: DbOrTx, eventId: string, userId: string) {
  const [row] = await db.select().from(eventRsvps).where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.userId, userId)));
  return row ?? null;
}

export async function countGoing(db: DbOrTx, eventId: string, exceptUserId?: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(eventRsvps)
    .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.status, 'going'), exceptUserId ? ne(eventRsvps.userId, exceptUserId) : undefined));
  return row?.n ?? 0;
}

export async function upsertRsvp(db: DbOrTx, v: { eventId: string; userId: string; status: string; listed: boolean; respondedBy: string; waitlistedAt: Date | null }) {
  const [row] = await db
    .insert(eventRsvps)
    .values(v)
    .onConflictDoUpdate({ target: [eventRsvps.eventId, eventRsvps.userId], set: { status: v.status, listed: v.listed, respondedBy: v.respondedBy, waitlistedAt: v.waitlistedAt, updatedAt: new Date() } })
    .returning();
  return row!;
}

/**
 * The user's place on each of these events' waitlists (1 = next to get a seat), in the order
 * `firstWaitlisted` promotes; events where they are not waitlisted are absent.
 */
export async function waitlistPlaces(db: DbOrTx, eventIds: string[], userId: string) {
  if (eventIds.length === 0) return new Map<string, number>();
  const ranked = db
    .select({
      eventId: eventRsvps.eventId,
      userId: eventRsvps.userId,
      place: sql<number>`row_number() over (partition by ${eventRsvps.eventId} order by ${eventRsvps.waitlistedAt} asc, ${eventRsvps.id} asc)`.as('place'),
    })
    .from(eventRsvps)
    .where(and(inArray(eventRsvps.eventId, eventIds), eq(eventRsvps.status, 'waitlisted')))
    .as('ranked');
  const rows = await db.select({ eventId: ranked.eventId, place: ranked.place }).from(ranked).where(eq(ranked.userId, userId));
  return new Map(rows.map((r) => [r.eventId, Number(r.place)]));
}

/** The first `n` on the waitlist, in the order they joined it. */
export async function firstWaitlisted(db: DbOrTx, eventId: string, n: number) {
  if (n <= 0) return [];
  return db
    .select()
    .from(eventRsvps)
    .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.status, 'waitlisted')))
    .orderBy(asc(eventRsvps.waitlistedAt), asc(eventRsvps.id))
    .limit(n);
}

export async function promote(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return;
  await db.update(eventRsvps).set({ status: 'going', waitlistedAt: null, updatedAt: new Date() }).where(inArray(eventRsvps.id, ids));
}

export async function insertCheckIn(db: DbOrTx, v: { eventId: string; userId: string; walkIn: boolean; listed?: boolean; checkedInBy: string }) {
  const [row] = await db.insert(eventCheckIns).values(v).onConflictDoNothing().returning();
  return row ?? null;
}

export async function deleteCheckIn(db: DbOrTx, eventId: string, userId: string) {
  const rows = await db
    .delete(eventCheckIns)
    .where(and(eq(eventCheckIns.eventId, eventId), eq(eventCheckIns.userId, userId)))
    .returning({ userId: eventCheckIns.userId });
  return rows.length > 0;
}

/** A program's events that have started, latest first, for the attendance chart. */
export async function startedEvents(db: DbOrTx, programId: string, now: Date, limit = 24) {
  return db
    .select()
    .from(events)
    .where(and(eq(events.programId, programId), lte(events.startsAt, now), eq(events.status, 'scheduled')))
    .orderBy(desc(events.startsAt), desc(events.id))
    .limit(limit);
}

export async function findNetworkLink(db: DbOrTx, eventId: string, userId: string) {
  const [row] = await db.select().from(eventNetworkLinks).where(and(eq(eventNetworkLinks.eventId, eventId), eq(eventNetworkLinks.userId, userId)));
  return row ?? null;
}

export async function saveNetworkLink(db: DbOrTx, eventId: string, userId: string, interactionId: string) {
  await db
    .insert(eventNetworkLinks)
    .values({ eventId, userId, interactionId })
    .onConflictDoUpdate({ target: [eventNetworkLinks.eventId, eventNetworkLinks.userId], set: { interactionId } });
}

export async function setListed(db: DbOrTx, eventId: string, userId: string, listed: boolean) {
  const rows = await db
    .update(eventRsvps)
    .set({ listed, updatedAt: new Date() })
    .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.userId, userId)))
    .returning({ id: eventRsvps.id });
  return rows.length > 0;
}

/** A walk-in's own listing (they have no RSVP to carry it). */
export async function setWalkInListed(db: DbOrTx, eventId: string, userId: string, listed: boolean) {
  const rows = await db
    .update(eventCheckIns)
    .set({ listed })
    .where(and(eq(eventCheckIns.eventId, eventId), eq(eventCheckIns.userId, userId), eq(eventCheckIns.walkIn, true)))
    .returning({ userId: eventCheckIns.userId });
  return rows.length > 0;
}
