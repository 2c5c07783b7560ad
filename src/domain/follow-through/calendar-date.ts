import { DateTime } from 'luxon';
import type { IsoDate } from './vocabulary';

/**
 * Arithmetic on zone-less calendar dates ('YYYY-MM-DD'). Everything runs in
 * UTC on purpose: a calendar date has no DST, so doing the math in a real
 * zone could only introduce 23- and 25-hour days.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toDateTime(date: IsoDate): DateTime {
  if (!ISO_DATE.test(date)) throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  const dt = DateTime.fromISO(date, { zone: 'utc' });
  if (!dt.isValid) throw new RangeError(`Not a real calendar date: "${date}"`);
  return dt;
}

function format(dt: DateTime): IsoDate {
  // toISODate is only null for invalid DateTimes, which toDateTime already rejected.
  return dt.toISODate() as IsoDate;
}

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return format(toDateTime(date).plus({ days }));
}

/** Clamps to the end of the month: 2026-01-31 + 1 month = 2026-02-28. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return format(toDateTime(date).plus({ months }));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(toDateTime(to).diff(toDateTime(from), 'days').days);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  return toDateTime(date).weekday;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return DateTime.utc(year, month, 1).daysInMonth as number;
}

export function makeIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
