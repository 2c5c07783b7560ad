import { DateTime, IANAZone } from 'luxon';
import { daysBetween, isIsoDate } from './calendar-date';
import type { IsoDate } from './vocabulary';

/**
 * Instants are stored in UTC, but "today", "overdue" and "this week" are what
 * the user sees on their own wall calendar, so every such question is answered
 * in the user's IANA zone.
 */

/** How many days ahead still count as "upcoming" rather than "later". */
export const UPCOMING_WINDOW_DAYS = 7;

export type DueClass = 'overdue' | 'today' | 'upcoming' | 'later';

/**
 * Zones already proven valid. Luxon checks a zone by building an Intl.DateTimeFormat, which costs
 * a quarter of a millisecond, and Today asks about the same zone several times per request.
 */
const knownZones = new Set<string>();

export function isValidTimeZone(tz: string): boolean {
  if (knownZones.has(tz)) return true;
  const valid = typeof tz === 'string' && tz.length > 0 && tz.length <= 64 && IANAZone.isValidZone(tz);
  if (valid && knownZones.size < 1000) knownZones.add(tz);
  return valid;
}

/** Throws rather than silently falling back to UTC: a wrong zone shifts every due date. */
export function assertTimeZone(tz: string): void {
  if (!isValidTimeZone(tz)) throw new RangeError(`Unknown IANA time zone: "${tz}"`);
}

function assertInstant(instant: Date, what: string): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${what} is not a valid Date`);
  }
}

/** The user's wall-clock view of an instant. */
export function inZone(instant: Date, timeZone: string): DateTime {
  assertTimeZone(timeZone);
  assertInstant(instant, 'instant');
  return DateTime.fromJSDate(instant, { zone: timeZone });
}

/** The calendar date an instant falls on in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): IsoDate {
  return inZone(instant, timeZone).toISODate() as IsoDate;
}

/** The user's "today". */
export function todayIn(timeZone: string, now: Date): IsoDate {
  return localDateOf(now, timeZone);
}

/**
 * The first instant of a local calendar day. A Date argument is first mapped
 * to its local date. Where a DST jump skips midnight (e.g. America/Sao_Paulo
 * 2018-11-04) the day starts at the first wall time that exists, 01:00.
 */
export function startOfLocalDay(date: IsoDate | Date, timeZone: string): Date {
  assertTimeZone(timeZone);
  const isoDate = typeof date === 'string' ? date : localDateOf(date, timeZone);
  if (!isIsoDate(isoDate)) throw new RangeError(`Expected a YYYY-MM-DD date, got "${isoDate}"`);
  return DateTime.fromISO(isoDate, { zone: timeZone }).startOf('day').toJSDate();
}

/**
 * Buckets a due date relative to the user's today: 'upcoming' is the next
 * UPCOMING_WINDOW_DAYS days (tomorrow through today + 7), anything past that is 'later'.
 */
export function classifyDue(dueDate: IsoDate, today: IsoDate): DueClass {
  const days = daysBetween(today, dueDate);
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= UPCOMING_WINDOW_DAYS ? 'upcoming' : 'later';
}
