import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';

/**
 * Events written in their own time zone (RFC 5545 §3.2.19): DTSTART;TZID=Europe/Berlin:20270304T180000
 * plus one VTIMEZONE per zone used, so a calendar keeps the organiser's wall-clock time and shows the
 * zone it was planned in. ical-generator writes a VTIMEZONE for every zone its events name when the
 * calendar has a generator; the empty calendar-level name keeps X-WR-TIMEZONE out (the calendar itself
 * has no zone) and DTSTAMP in UTC. The VTIMEZONE data comes from @touch4it/ical-timezones (tzurl.org).
 */
export const zonedCalendar = { timezone: { name: '', generator: getVtimezoneComponent } } as const;

/** An instant on the wall clock of `timeZone`; ical-generator formats a luxon DateTime in its own zone. */
export function inZone(instant: Date, timeZone: string): DateTime {
  const dt = DateTime.fromJSDate(instant, { zone: timeZone });
  return dt.isValid ? dt : DateTime.fromJSDate(instant, { zone: 'utc' });
}

/** The zone to label an event with: a zone without VTIMEZONE data falls back to UTC, which needs none. */
export const icsZone = (timeZone: string) => (timeZone !== 'UTC' && getVtimezoneComponent(timeZone) ? timeZone : 'UTC');

/** The start, end and TZID of one event for ical-generator's createEvent. */
export function zonedTimes(startsAt: Date, endsAt: Date, timeZone: string) {
  const zone = icsZone(timeZone);
  return { start: inZone(startsAt, zone), end: inZone(endsAt, zone), timezone: zone };
}
