import { addDays, addMonths, daysBetween } from './calendar-date';
import { classifyDue, localDateOf, todayIn, type DueClass } from './local-time';
import { POTENTIAL_MENTOR, type CadenceCircle, type Circle, type IsoDate } from './vocabulary';

export type CadenceUnit = 'day' | 'week' | 'month';

/** "Keep in touch every N units". */
export interface Cadence {
  every: number;
  unit: CadenceUnit;
}

/** Upper bounds are about a couple of years; longer gaps aren't "keeping in touch". */
export const CADENCE_LIMITS: Readonly<Record<CadenceUnit, { min: number; max: number }>> = {
  day: { min: 1, max: 365 },
  week: { min: 1, max: 52 },
  month: { min: 1, max: 24 },
};

export type CadenceValidation = { ok: true } | { ok: false; message: string };

export function validateCadence(cadence: Cadence): CadenceValidation {
  const limits = CADENCE_LIMITS[cadence.unit];
  if (!limits) return { ok: false, message: `Unknown cadence unit "${String(cadence.unit)}"` };
  if (!Number.isInteger(cadence.every) || cadence.every < limits.min || cadence.every > limits.max) {
    return {
      ok: false,
      message: `A ${cadence.unit}ly cadence must be a whole number from ${limits.min} to ${limits.max}`,
    };
  }
  return { ok: true };
}

/**
 * Defaults lean towards the people who shape a career: mentors monthly,
 * potential mentors every two months (enough to build rapport without
 * pestering), weaker professional ties quarterly or half-yearly.
 */
export const DEFAULT_CIRCLE_CADENCES: Readonly<Record<CadenceCircle, Cadence>> = {
  potential_mentor: { every: 2, unit: 'month' },
  mentor: { every: 1, unit: 'month' },
  colleague: { every: 2, unit: 'month' },
  customer: { every: 1, unit: 'month' },
  vendor: { every: 3, unit: 'month' },
  management: { every: 1, unit: 'month' },
  former_colleague: { every: 6, unit: 'month' },
  industry_peer: { every: 3, unit: 'month' },
  friend_family: { every: 2, unit: 'week' },
  other: { every: 6, unit: 'month' },
};

/**
 * User-edited defaults. A missing key falls back to DEFAULT_CIRCLE_CADENCES;
 * an explicit null means "don't remind me about this circle at all".
 */
export type CircleCadenceDefaults = Partial<Record<CadenceCircle, Cadence | null>>;

export interface CadenceContact {
  circle: Circle | null;
  starred?: boolean;
  /** Per-contact override; null/undefined = use the circle default. */
  cadence?: Cadence | null;
}

export type CadenceSource = 'contact' | 'potential_mentor' | 'circle';

export interface ResolvedCadence {
  cadence: Cadence;
  source: CadenceSource;
  /** Which default applied; absent for a contact override. */
  circle?: CadenceCircle;
}

/**
 * Precedence: contact override > potential-mentor default (starred) > circle
 * default. A contact without a circle is treated as 'other'. Returns null
 * when the applicable default was switched off.
 */
export function resolveCadence(
  contact: CadenceContact,
  circleDefaults: CircleCadenceDefaults = {},
): ResolvedCadence | null {
  if (contact.cadence) return { cadence: contact.cadence, source: 'contact' };
  const circle: CadenceCircle = contact.starred ? POTENTIAL_MENTOR : (contact.circle ?? 'other');
  const configured = circleDefaults[circle];
  const cadence = configured === undefined ? DEFAULT_CIRCLE_CADENCES[circle] : configured;
  if (!cadence) return null;
  return { cadence, source: contact.starred ? 'potential_mentor' : 'circle', circle };
}

/** Adds a cadence to a calendar date, clamping month ends (Jan 31 + 1 month = Feb 28/29). */
export function addCadence(date: IsoDate, cadence: Cadence): IsoDate {
  switch (cadence.unit) {
    case 'day':
      return addDays(date, cadence.every);
    case 'week':
      return addDays(date, cadence.every * 7);
    case 'month':
      return addMonths(date, cadence.every);
  }
}

/**
 * The local calendar date the next touch is due: the date of the last
 * interaction in the user's zone plus the cadence. The time of day is
 * deliberately dropped, so a call at 23:30 on the eve of a DST change is
 * still due on the same calendar day a month later.
 *
 * Returns null for "never contacted", which means due immediately; use
 * effectiveDueDate or keepInTouchStatus when you need a concrete date.
 */
export function nextDueDate(lastInteractionAt: Date | null, cadence: Cadence, timeZone: string): IsoDate | null {
  if (lastInteractionAt === null) return null;
  return addCadence(localDateOf(lastInteractionAt, timeZone), cadence);
}

/** nextDueDate with "never contacted" mapped to the user's today. */
export function effectiveDueDate(
  lastInteractionAt: Date | null,
  cadence: Cadence,
  timeZone: string,
  now: Date,
): IsoDate {
  return nextDueDate(lastInteractionAt, cadence, timeZone) ?? todayIn(timeZone, now);
}

/** A stable whole number in [0, n) from a key (32-bit FNV-1a): the same contact always lands on the same day. */
export function spreadOffset(key: string, n: number): number {
  if (n <= 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % n;
}

/** Days in one cadence period starting on `from` (a month from 31 January is 28 or 29 days). */
export function cadencePeriodDays(from: IsoDate, cadence: Cadence): number {
  return daysBetween(from, addCadence(from, cadence));
}

/**
 * The first keep-in-touch date of someone never contacted: spread over one cadence period from
 * the day their cadence began (`since`), by a hash of their id. A big import, or a circle cadence
 * applied to many contacts at once, then asks for a few touches a day instead of every one today.
 */
export function firstDueDate(key: string, since: IsoDate, cadence: Cadence): IsoDate {
  return addDays(since, spreadOffset(key, cadencePeriodDays(since, cadence)));
}

/**
 * When the next touch is due: the last interaction's local date plus the cadence, or, for someone
 * never contacted, their spread first date (firstDueDate).
 */
export function keepInTouchDueDate(
  lastInteractionAt: Date | null,
  cadence: Cadence,
  timeZone: string,
  first: { key: string; since: IsoDate },
): IsoDate {
  return nextDueDate(lastInteractionAt, cadence, timeZone) ?? firstDueDate(first.key, first.since, cadence);
}

export interface KeepInTouchStatus {
  dueDate: IsoDate;
  due: DueClass;
  neverContacted: boolean;
}

export function keepInTouchStatus(
  lastInteractionAt: Date | null,
  cadence: Cadence,
  timeZone: string,
  now: Date,
): KeepInTouchStatus {
  const dueDate = effectiveDueDate(lastInteractionAt, cadence, timeZone, now);
  return { dueDate, due: classifyDue(dueDate, todayIn(timeZone, now)), neverContacted: lastInteractionAt === null };
}
