import { addDays, daysBetween, daysInMonth, isIsoDate, isLeapYear, makeIsoDate } from './calendar-date';
import type { IsoDate } from './vocabulary';

/**
 * Birthdays and other yearly dates. Inputs are 'YYYY-MM-DD' or yearless
 * '--MM-DD' (vCard style, for birthdays known without a year).
 *
 * Feb 29 rule: in a non-leap year a Feb 29 occasion is observed on Feb 28,
 * so it stays in February and the reminder lands before, not after, the
 * "missing" day. ageOn follows the same rule, so the age ticks over on the
 * day the birthday is shown.
 */

export interface OccasionDate {
  year: number | null;
  month: number;
  day: number;
}

const YEARLESS = /^--(\d{2})-(\d{2})$/;

/** True for '--MM-DD' that can occur in some year ('--02-29' yes, '--02-30' and '--13-01' no). */
export function isValidYearlessDate(value: string): boolean {
  const m = YEARLESS.exec(value);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  // 2000 is a leap year, so this admits Feb 29.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

export function isValidOccasionDate(value: string): boolean {
  return isValidYearlessDate(value) || isIsoDate(value);
}

export function parseOccasionDate(value: string): OccasionDate {
  if (isValidYearlessDate(value)) {
    return { year: null, month: Number(value.slice(2, 4)), day: Number(value.slice(5, 7)) };
  }
  if (isIsoDate(value)) {
    return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
  }
  throw new RangeError(`Expected YYYY-MM-DD or --MM-DD, got "${value}"`);
}

/** The date an occasion is observed in a given year (Feb 29 → Feb 28 outside leap years). */
export function observedIn(occasion: OccasionDate, year: number): IsoDate {
  const day = occasion.month === 2 && occasion.day === 29 && !isLeapYear(year) ? 28 : occasion.day;
  return makeIsoDate(year, occasion.month, day);
}

/**
 * The first observance on or after `today`. A dated occasion never recurs
 * before its own date: a wedding on 2027-05-01 next occurs on 2027-05-01,
 * even if that is more than a year away.
 */
export function nextOccurrence(dateOrYearless: string, today: IsoDate): IsoDate {
  const occasion = parseOccasionDate(dateOrYearless);
  if (!isIsoDate(today)) throw new RangeError(`Expected today as YYYY-MM-DD, got "${today}"`);
  const todayYear = Number(today.slice(0, 4));
  let year = Math.max(todayYear, occasion.year ?? todayYear);
  let candidate = observedIn(occasion, year);
  while (candidate < today) {
    year += 1;
    candidate = observedIn(occasion, year);
  }
  return candidate;
}

/** Completed years on `on`; null when the year is unknown or `on` precedes the date. */
export function ageOn(dateOrYearless: string, on: IsoDate): number | null {
  const occasion = parseOccasionDate(dateOrYearless);
  if (occasion.year === null) return null;
  const onYear = Number(on.slice(0, 4));
  const age = onYear - occasion.year - (on < observedIn(occasion, onYear) ? 1 : 0);
  return age < 0 ? null : age;
}

export interface Occasion {
  date: string;
  /** e.g. 'birthday', 'work anniversary'. */
  label: string;
}

export interface OccasionReminder {
  remindOn: IsoDate;
  occursOn: IsoDate;
  /** Days between remindOn and occursOn. */
  daysBefore: number;
  /** Years since the original date on occursOn ("turns 40", "5th anniversary"); null when yearless. */
  years: number | null;
  label: string;
}

/**
 * Reminders for the next occurrence, one per lead time (e.g. [7, 1, 0]).
 * Lead times that would fall before today are collapsed into a single
 * reminder today, so adding a birthday two days out still reminds you.
 */
export function occasionReminders(
  occasion: Occasion,
  today: IsoDate,
  leadDays: number | readonly number[] = [7, 0],
): OccasionReminder[] {
  const leads = typeof leadDays === 'number' ? [leadDays] : leadDays;
  for (const lead of leads) {
    if (!Number.isInteger(lead) || lead < 0 || lead > 366) {
      throw new RangeError(`Reminder lead time must be a whole number of days from 0 to 366, got ${lead}`);
    }
  }
  const occursOn = nextOccurrence(occasion.date, today);
  const years = ageOn(occasion.date, occursOn);
  const byDate = new Map<IsoDate, OccasionReminder>();
  for (const lead of leads) {
    let remindOn = addDays(occursOn, -lead);
    if (remindOn < today) remindOn = today;
    byDate.set(remindOn, { remindOn, occursOn, daysBefore: daysBetween(remindOn, occursOn), years, label: occasion.label });
  }
  return [...byDate.values()].sort((a, b) => (a.remindOn < b.remindOn ? -1 : 1));
}
