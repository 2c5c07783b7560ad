import type { Db, DbOrTx } from '../../db/client';
import { localDateOf, todayIn } from '../../../domain/follow-through/index';
import { mentorshipHealth, quietLabel, type Health, type MentorshipStatus } from '../../../domain/mentoring/index';
import { getUser, namesAndZonesOf } from '../accounts/service';
import { getContactsByIds, getContactsOfOwners } from '../network/contacts-service';
import { closeRoomItem, putRoomItem } from '../follow-through/room-items-service';
import * as q from './queries';
import * as dq from './depth-queries';

/**
 * Relationship health (PRODUCT §4): which of one mentee's mentorships have gone quiet (the rule is
 * domain/mentoring/health.ts), from meetings, interactions with the mentor contact, progress
 * updates and comments on shared goals, and thread messages.
 */
export async function healthOf(db: DbOrTx, menteeUserId: string, rows: q.MentorshipRow[], now: Date): Promise<Map<string, Health>> {
  if (rows.length === 0) return new Map();
  const tz = (await getUser(db as Db, menteeUserId)).timezone;
  return healthOfMany(db, rows.filter((r) => r.userId === menteeUserId), new Map([[menteeUserId, tz]]), now);
}

/**
 * The same for the mentorships of many mentees (a mentor's list) in a constant number of
 * statements: `zones` gives each mentee's time zone (their today and local dates).
 */
export async function healthOfMany(db: DbOrTx, rows: q.MentorshipRow[], zones: ReadonlyMap<string, string>, now: Date): Promise<Map<string, Health>> {
  const out = new Map<string, Health>();
  if (rows.length === 0) return out;
  const activity = await dq.lastActivityOf(db, rows);
  const contacts = await getContactsOfOwners(db, rows.map((r) => ({ userId: r.userId, contactId: r.contactId })));
  for (const r of rows) {
    const tz = zones.get(r.userId) ?? 'UTC';
    const today = todayIn(tz, now);
    const a = activity.get(r.id)!;
    const contacted = contacts.get(r.contactId)?.lastContactedAt;
    out.set(
      r.id,
      mentorshipHealth({
        status: r.status as MentorshipStatus,
        activity: [a.meetingOn, a.postOn, a.threadAt ? localDateOf(a.threadAt, tz) : null, contacted ? localDateOf(new Date(contacted), tz) : null],
        startedOn: r.startedOn ?? localDateOf(r.createdAt, tz),
        cadence: a.cadence,
        today,
      }),
    );
  }
  return out;
}

/**
 * One nudge on the mentee's Today per quiet spell (the mentee drives the relationship, seed 003),
 * with the "progress update to a mentor" template on the card. It closes itself once something
 * is logged; a nudge done or skipped for this spell is not put back until the next spell.
 * Only the hourly sweep and the writes that change quietness (a meeting, a progress update or
 * comment, a thread message, the agreement's cadence, closing or reopening) call this, each for
 * the mentorships it touched (`onlyIds`); reading health never writes.
 */
export async function syncQuietNudges(db: DbOrTx, userId: string, now: Date, onlyIds?: readonly string[]) {
  const rows = (await q.listMentorships(db, userId)).filter((r) => (r.status !== 'closed' || r.quietNudgedFor !== null) && (!onlyIds || onlyIds.includes(r.id)));
  const health = await healthOf(db, userId, rows, now);
  const names = new Map((await getContactsByIds(db, userId, rows.map((r) => r.contactId))).map((c) => [c.id, c.displayName]));
  for (const r of rows) {
    const h = health.get(r.id)!;
    if (!h.quiet) {
      if (r.quietNudgedFor !== null) {
        await closeRoomItem(db, userId, 'mentorship', r.id, now, 'quiet');
        await dq.setQuietNudgedFor(db, userId, r.id, null);
      }
      continue;
    }
    const name = names.get(r.contactId) ?? 'your mentor';
    const newSpell = r.quietNudgedFor !== h.lastActivityOn;
    await putRoomItem(
      db,
      userId,
      'mentorship',
      {
        sourceId: r.id,
        step: 'quiet',
        title: `Send ${name} a progress update (${quietLabel(h.quietWeeks).toLowerCase()})`,
        prompt: `Nothing has happened with ${name} since ${h.lastActivityOn}. You drive this relationship: tell them what you did with their advice, where you are on your goals, and one new challenge you would like their view on.`,
        dueDate: addDays(h.lastActivityOn!, h.thresholdDays + 1),
        contactId: r.contactId,
      },
      newSpell,
    );
    if (newSpell) await dq.setQuietNudgedFor(db, userId, r.id, h.lastActivityOn);
  }
  return health;
}

function addDays(day: string, n: number) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The hourly sweep: every mentee's quiet nudges, so a relationship going quiet reaches Today
 * even when its mentee never opens Mentoring (each user in a transaction of their own).
 */
export async function syncAllQuietNudges(db: Db, now: Date): Promise<number> {
  const users = await dq.usersWithMentorshipsToWatch(db);
  for (const userId of users) await db.transaction((tx) => syncQuietNudges(tx, userId, now));
  return users.length;
}

/** Read-only: the nudges are the sweep's and the write paths' business (syncQuietNudges). */
export async function listHealth(db: DbOrTx, userId: string, now: Date) {
  const health = await healthOf(db, userId, (await q.listMentorships(db, userId)).filter((r) => r.status !== 'closed'), now);
  return {
    items: [...health].map(([mentorshipId, h]) => ({ mentorshipId, quiet: h.quiet, quietWeeks: h.quiet ? h.quietWeeks : null, lastActivityOn: h.lastActivityOn, quietAfterDays: h.thresholdDays })),
    nextCursor: null,
  };
}

/**
 * For the mentor's list: quiet weeks and shadow requests waiting for them, per mentorship found
 * for that mentor; `zones` holds each mentee's time zone (looked up when not given).
 */
export async function mentorDepthOf(db: DbOrTx, rows: q.MentorshipRow[], now: Date, zones?: ReadonlyMap<string, string>) {
  const out = new Map<string, { quietWeeks: number | null; pendingShadowRequests: number }>();
  const pending = await dq.pendingShadowCounts(db, rows.map((r) => r.id));
  const tz = zones ?? new Map([...(await namesAndZonesOf(db, rows.map((r) => r.userId)))].map(([id, u]) => [id, u.timezone]));
  const health = await healthOfMany(db, rows, tz, now);
  for (const [id, h] of health) out.set(id, { quietWeeks: h.quiet ? h.quietWeeks : null, pendingShadowRequests: pending.get(id) ?? 0 });
  return out;
}
