import { DOOR_PAGE, type AttendanceResponse, type AttendeeRow, type ProgramAttendance } from '../../../domain/events/api';
import { attendanceWindow, CHECK_IN_OPENS_HOURS, CORRECTIONS_DAYS, summarizeAttendance, type EventKind, type RsvpStatus } from '../../../domain/events/rules';
import type { MemberRole } from '../../../domain/programs/rules';
import type { Db, DbOrTx } from '../../db/client';
import { badRequest, conflict, notFound } from '../../errors';
import { programPerson, searchProgramPeople, type ProgramPerson } from '../programs/service';
import type { EventContext, ProgramViewer } from './context';
import * as q from './queries';

/**
 * The door: the coordinator's list of the program's people with their answers and ticks, checking
 * someone in (a walk-in if they had not said going), undoing a mistaken tick, and the summaries.
 */
type Person = { memberId: string; userId: string; name: string; roles: MemberRole[]; isMinor: boolean };

/** One row per person (a person may hold several roles); their member id is the first membership's. */
export function peopleByUser(members: ProgramPerson[]): Person[] {
  const byUser = new Map<string, Person>();
  for (const m of members) {
    const p = byUser.get(m.userId);
    if (p) {
      p.roles.push(m.role);
      p.isMinor ||= m.isMinor;
    } else byUser.set(m.userId, { memberId: m.id, userId: m.userId, name: m.name, roles: [m.role], isMinor: m.isMinor });
  }
  return [...byUser.values()];
}

const ORDER: Record<string, number> = { going: 0, waitlisted: 1, not_going: 3 };

type DoorQuery = { q?: string; show?: 'expected' | 'everyone'; cursor?: string };

function decodeDoorCursor(cursor: string | undefined): { name: string; id: string } | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (v && typeof v === 'object' && typeof (v as { name: unknown }).name === 'string' && typeof (v as { id: unknown }).id === 'string' && /^[0-9a-f-]{36}$/.test((v as { id: string }).id)) return v as { name: string; id: string };
  } catch {
    // fall through to the 400
  }
  throw badRequest('cursor: Not a cursor from this list', [{ path: 'cursor', message: 'Not a cursor from this list' }]);
}

/**
 * The door list. The summary counts the event's own RSVPs and check-ins; the people are asked of
 * the programs room a page at a time: those expected (RSVPed or checked in), or any member by
 * name when searching (walk-ins) or listing everyone, so a program of tens of thousands never
 * loads whole.
 */
export async function attendance(db: DbOrTx, ctx: EventContext, query: DoorQuery = {}): Promise<AttendanceResponse> {
  const e = ctx.event;
  const [rsvps, checkIns] = await Promise.all([q.rsvpsOf(db, [e.id]), q.checkInsOf(db, [e.id])]);
  const rsvpOf = new Map(rsvps.map((r) => [r.userId, r]));
  const inOf = new Map(checkIns.map((c) => [c.userId, c]));
  const search = query.q?.trim() || undefined;
  const expected = !search && query.show !== 'everyone';
  const userIds = expected ? [...new Set([...rsvps.filter((r) => r.status !== 'not_going').map((r) => r.userId), ...checkIns.map((c) => c.userId)])] : undefined;
  const page = await searchProgramPeople(db, e.programId, { search, userIds }, decodeDoorCursor(query.cursor), DOOR_PAGE + 1);
  const more = page.length > DOOR_PAGE;
  const shown = page.slice(0, DOOR_PAGE);
  const last = shown.at(-1);
  const rows: AttendeeRow[] = peopleByUser(shown).map((p) => {
    const c = inOf.get(p.userId);
    const r = rsvpOf.get(p.userId);
    return {
      memberId: p.memberId,
      name: p.name,
      roles: p.roles,
      isMinor: p.isMinor,
      rsvp: (r?.status as RsvpStatus | undefined) ?? null,
      checkedIn: c !== undefined,
      walkIn: c?.walkIn ?? false,
      listed: !p.isMinor && ((r?.listed ?? false) || (c?.walkIn === true && c.listed)),
      checkedInAt: c?.checkedInAt.toISOString() ?? null,
    };
  });
  if (expected) rows.sort((a, b) => (ORDER[a.rsvp ?? ''] ?? 2) - (ORDER[b.rsvp ?? ''] ?? 2) || a.name.localeCompare(b.name));
  return {
    summary: summarizeAttendance(rsvps, checkIns),
    items: rows,
    nextCursor: more && last ? Buffer.from(JSON.stringify({ name: last.name, id: last.id })).toString('base64url') : null,
  };
}

async function personOf(db: DbOrTx, programId: string, memberId: string, path = 'memberId') {
  const m = await programPerson(db, programId, memberId);
  if (!m) throw badRequest(`${path}: Choose a member of this program`, [{ path, message: 'Choose a member of this program' }]);
  return m;
}

function assertCorrectable(e: q.EventRow, now: Date) {
  if (attendanceWindow(e, now).state === 'closed') {
    throw conflict('attendance_closed', `Attendance can be corrected until ${CORRECTIONS_DAYS} days after the event; this one ended longer ago.`);
  }
}

/** Ticking someone twice keeps the first tick; a walk-in is anyone who had not said going. */
export async function checkIn(db: Db, ctx: EventContext, memberId: string, listed = false, now = new Date()) {
  const e = ctx.event;
  if (e.status === 'cancelled') throw conflict('event_cancelled', 'This event was cancelled; nobody can be checked in.');
  if (attendanceWindow(e, now).state === 'not_yet') throw conflict('too_early', `Check-in opens ${CHECK_IN_OPENS_HOURS} hours before the event starts.`);
  assertCorrectable(e, now);
  const m = await personOf(db, e.programId, memberId);
  await db.transaction(async (tx) => {
    const r = await q.findRsvp(tx, e.id, m.userId);
    const walkIn = r?.status !== 'going';
    // A walk-in asked at the door may agree to be listed; a minor never is, so it is not stored.
    await q.insertCheckIn(tx, { eventId: e.id, userId: m.userId, walkIn, listed: walkIn && listed && !m.isMinor, checkedInBy: ctx.userId });
  });
  return attendance(db, ctx);
}

export async function undoCheckIn(db: DbOrTx, ctx: EventContext, memberId: string, now = new Date()) {
  assertCorrectable(ctx.event, now);
  const m = await programPerson(db, ctx.event.programId, memberId);
  if (!m || !(await q.deleteCheckIn(db, ctx.event.id, m.userId))) throw notFound('check-in');
}

/** Per started event of the program: RSVPed, checked in, no-shows and walk-ins (latest 24, oldest first for a chart). */
export async function programAttendance(db: DbOrTx, v: ProgramViewer, now = new Date()): Promise<ProgramAttendance> {
  const evs = await q.startedEvents(db, v.programId, now);
  const ids = evs.map((e) => e.id);
  const [rsvps, checkIns] = await Promise.all([q.rsvpsOf(db, ids), q.checkInsOf(db, ids)]);
  return {
    items: evs.reverse().map((e) => ({
      eventId: e.id,
      title: e.title,
      kind: e.kind as EventKind,
      startsAt: e.startsAt.toISOString(),
      ...summarizeAttendance(rsvps.filter((r) => r.eventId === e.id), checkIns.filter((c) => c.eventId === e.id)),
    })),
  };
}
