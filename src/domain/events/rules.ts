import type { MemberRole } from '../programs/rules';

/** The rules of the events room that need no I/O: audience, when RSVPs close, capacity and the waitlist, who is listed. */
export const EVENT_KINDS = ['panel', 'workshop', 'mixer', 'open_house', 'meetup'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const RSVP_STATUSES = ['going', 'waitlisted', 'not_going'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];
export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export type Audience = { audienceRoles: readonly string[]; audienceCohortId: string | null };
export type AudienceMembership = { role: MemberRole; cohortId: string | null };

/**
 * Coordinators are always in their own program's audience (they run the event). Otherwise the role
 * must be invited (no roles chosen = all members), and a cohort narrows mentees to that cohort.
 */
export function membershipInAudience(e: Audience, m: AudienceMembership): boolean {
  if (m.role === 'coordinator') return true;
  if (e.audienceRoles.length > 0 && !e.audienceRoles.includes(m.role)) return false;
  if (e.audienceCohortId && m.role === 'mentee' && m.cohortId !== e.audienceCohortId) return false;
  return true;
}

export const inAudience = (e: Audience, memberships: readonly AudienceMembership[]) => memberships.some((m) => membershipInAudience(e, m));

export type RsvpWindow = { status: string; startsAt: Date; endsAt?: Date; rsvpDeadline: Date | null };

/** Why no new answer is taken (null = open): cancelled, started, or past the RSVP deadline. */
export function rsvpClosedReason(e: RsvpWindow, now: Date): string | null {
  if (e.status === 'cancelled') return 'This event was cancelled.';
  if (e.endsAt && now.getTime() >= e.endsAt.getTime()) return 'This event is over.';
  if (now.getTime() >= e.startsAt.getTime()) return 'This event has already started, so RSVPs are closed.';
  if (e.rsvpDeadline && now.getTime() > e.rsvpDeadline.getTime()) return 'The RSVP deadline has passed.';
  return null;
}

/** Someone who wants to go gets a seat while there is one, else a place on the waitlist. */
export function placeFor(capacity: number | null, goingCount: number): 'going' | 'waitlisted' {
  return capacity === null || goingCount < capacity ? 'going' : 'waitlisted';
}

/** How many of the waitlist move up now (seats free, but never more than are waiting). */
export function seatsToPromote(capacity: number | null, goingCount: number, waiting: number): number {
  if (capacity === null) return waiting;
  return Math.max(0, Math.min(waiting, capacity - goingCount));
}

export const spotsLeft = (capacity: number | null, goingCount: number) => (capacity === null ? null : Math.max(0, capacity - goingCount));

/**
 * "People you met": an attendee is listed only if they opted in on their RSVP; a minor is never
 * listed to anyone but the program's coordinators (the minors' privacy rule).
 */
export function listedTo(viewerIsCoordinator: boolean, attendee: { listed: boolean; isMinor: boolean }): boolean {
  if (!attendee.listed) return false;
  return !attendee.isMinor || viewerIsCoordinator;
}

export type AttendanceSummary = { going: number; waitlisted: number; checkedIn: number; noShows: number; walkIns: number };

/** RSVPed = going at the door; a no-show said going and was not checked in; a walk-in was checked in without saying going. */
export function summarizeAttendance(rsvps: readonly { userId: string; status: string }[], checkIns: readonly { userId: string }[]): AttendanceSummary {
  const going = new Set(rsvps.filter((r) => r.status === 'going').map((r) => r.userId));
  const inside = new Set(checkIns.map((c) => c.userId));
  let noShows = 0;
  for (const u of going) if (!inside.has(u)) noShows += 1;
  let walkIns = 0;
  for (const u of inside) if (!going.has(u)) walkIns += 1;
  return { going: going.size, waitlisted: rsvps.filter((r) => r.status === 'waitlisted').length, checkedIn: inside.size, noShows, walkIns };
}

export type EventTimes = { startsAt: Date; endsAt: Date; rsvpDeadline: Date | null; location: string | null; onlineUrl: string | null };

/** The rules that span fields, checked on the merged values of a create or an edit. */
export function eventFieldErrors(v: EventTimes): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  if (v.endsAt.getTime() <= v.startsAt.getTime()) errors.push({ path: 'endsAt', message: 'The end must be after the start' });
  if (v.rsvpDeadline && v.rsvpDeadline.getTime() > v.startsAt.getTime()) errors.push({ path: 'rsvpDeadline', message: 'The RSVP deadline must be on or before the start' });
  if (!v.location && !v.onlineUrl) errors.push({ path: 'location', message: 'Give a location, an online link, or both' });
  if (v.endsAt.getTime() - v.startsAt.getTime() > 14 * 86_400_000) errors.push({ path: 'endsAt', message: 'An event lasts at most 14 days' });
  return errors;
}

/** Check-in opens this long before the start (earlier: `too_early`). */
export const CHECK_IN_OPENS_HOURS = 24;
/** Attendance stays open to corrections this long after the end (later: `attendance_closed`). */
export const CORRECTIONS_DAYS = 7;

export type AttendanceWindow =
  | { state: 'not_yet'; opensAt: Date }
  | { state: 'open' }
  | { state: 'correcting'; closesAt: Date }
  | { state: 'closed'; closedAt: Date };

/** When the door list can be ticked: the server's rule, and what the screens say before it refuses. */
export function attendanceWindow(e: { startsAt: string | Date; endsAt: string | Date }, now = new Date()): AttendanceWindow {
  const opensAt = new Date(new Date(e.startsAt).getTime() - CHECK_IN_OPENS_HOURS * 3_600_000);
  const end = new Date(e.endsAt).getTime();
  const closesAt = new Date(end + CORRECTIONS_DAYS * 86_400_000);
  if (now < opensAt) return { state: 'not_yet', opensAt };
  if (now.getTime() < end) return { state: 'open' };
  if (now <= closesAt) return { state: 'correcting', closesAt };
  return { state: 'closed', closedAt: closesAt };
}
