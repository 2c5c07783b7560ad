import ical, { escape, foldLines, ICalAlarmType, ICalEventRepeatingFreq, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import { parseOccasionDate } from '../../domain/follow-through/index';
import { zonedCalendar, zonedTimes } from './zoned';

export type FeedFollowUp = {
  id: string;
  title: string;
  prompt: string | null;
  dueDate: string;
  snoozedUntil: string | null;
  contact: { displayName: string } | null;
};
export type FeedOccasion = { contactId: string; contactName: string; label: string; date: string };

/** A program event the user is going to (events room): same UID and SEQUENCE as its mailed invite, in the event's own zone. */
export type FeedEvent = { id: string; title: string; startsAt: Date; endsAt: Date; timeZone: string; location: string | null; description: string; sequence: number; url: string };

export type FeedInput = {
  followUps: FeedFollowUp[];
  /** Events the user is going to; absent = none. */
  events?: FeedEvent[];
  occasions: FeedOccasion[];
  /** The user's zone: reminders fire at REMINDER_HOUR on their wall clock. */
  timeZone: string;
  appUrl: string;
  now: Date;
  /** todos: follow-ups as VTODO (RFC 5545). events: as all-day VEVENTs, for Google Calendar, which drops VTODO. */
  as: 'todos' | 'events';
};

const REMINDER_HOUR = 9;
/** A yearless birthday needs some first year; a fixed leap year keeps DTSTART (and so the event) stable and admits Feb 29. */
const YEARLESS_START_YEAR = 2000;

const basicDate = (iso: string) => iso.replaceAll('-', '');
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'date';

/** The day an item shows on: a snooze moves it later, never earlier. */
const shownOn = (f: FeedFollowUp) => (f.snoozedUntil && f.snoozedUntil > f.dueDate ? f.snoozedUntil : f.dueDate);

function reminderAt(date: string, timeZone: string): Date {
  return DateTime.fromISO(date, { zone: timeZone }).set({ hour: REMINDER_HOUR }).toJSDate();
}

function summaryOf(f: FeedFollowUp) {
  return f.contact && !f.title.includes(f.contact.displayName) ? `${f.title} (${f.contact.displayName})` : f.title;
}

/**
 * ical-generator has no VTODO, so these are written by hand with its own escaping and folding.
 * The alarm's trigger is absolute (UTC): RELATED=END on a date-only DUE is read differently by
 * different clients, an instant is not.
 */
function vtodo(f: FeedFollowUp, input: FeedInput, host: string): string {
  const day = shownOn(f);
  const lines = [
    'BEGIN:VTODO',
    `UID:follow-up-${f.id}@${host}`,
    `DTSTAMP:${utcStamp(input.now)}`,
    `SUMMARY:${escape(summaryOf(f), false)}`,
    `DUE;VALUE=DATE:${basicDate(day)}`,
    'STATUS:NEEDS-ACTION',
    ...(f.prompt ? [`DESCRIPTION:${escape(f.prompt, false)}`] : []),
    `URL:${escape(`${input.appUrl}/`, false)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escape(summaryOf(f), false)}`,
    `TRIGGER;VALUE=DATE-TIME:${utcStamp(reminderAt(day, input.timeZone))}`,
    'END:VALARM',
    'END:VTODO',
  ];
  return lines.join('\r\n');
}

function occasionSummary(o: FeedOccasion) {
  return o.label.toLowerCase() === 'birthday' ? `${o.contactName}'s birthday` : `${o.contactName}: ${o.label}`;
}

/** The user's calendar feed: open follow-ups and yearly occasions (RFC 5545, CRLF, folded). */
export function buildCalendarFeed(input: FeedInput): string {
  const host = new URL(input.appUrl).hostname || 'trellis.local';
  const cal = ical({
    name: 'Trellis',
    description: 'Follow-ups and birthdays from Trellis',
    prodId: { company: 'Trellis', product: 'Trellis', language: 'EN' },
    // Subscribing clients refresh on their own schedule; this is a hint (Google ignores it).
    ttl: 3600,
    ...zonedCalendar,
  });

  for (const o of input.occasions) {
    let parsed;
    try {
      parsed = parseOccasionDate(o.date);
    } catch {
      continue;
    }
    const year = parsed.year ?? YEARLESS_START_YEAR;
    const leapDay = parsed.month === 2 && parsed.day === 29;
    const start = DateTime.fromObject({ year, month: parsed.month, day: parsed.day }, { zone: 'utc' });
    if (!start.isValid) continue;
    cal.createEvent({
      id: `occasion-${o.contactId}-${slug(o.label)}@${host}`,
      start,
      allDay: true,
      stamp: input.now,
      summary: occasionSummary(o),
      transparency: ICalEventTransparency.TRANSPARENT,
      // Feb 29 is kept on the last day of February (the 28th outside leap years), like the app's reminders.
      repeating: leapDay
        ? { freq: ICalEventRepeatingFreq.YEARLY, byMonth: [2], byMonthDay: [-1] }
        : { freq: ICalEventRepeatingFreq.YEARLY },
    });
  }

  for (const e of input.events ?? []) {
    cal.createEvent({
      id: `event-${e.id}@${host}`,
      sequence: e.sequence,
      ...zonedTimes(e.startsAt, e.endsAt, e.timeZone),
      stamp: input.now,
      summary: e.title,
      description: e.description,
      location: e.location,
      url: e.url,
    });
  }

  if (input.as === 'events') {
    for (const f of input.followUps) {
      const day = shownOn(f);
      const event = cal.createEvent({
        id: `follow-up-${f.id}@${host}`,
        start: DateTime.fromISO(day, { zone: 'utc' }),
        allDay: true,
        stamp: input.now,
        summary: summaryOf(f),
        description: f.prompt ?? undefined,
        url: `${input.appUrl}/`,
        transparency: ICalEventTransparency.TRANSPARENT,
      });
      event.createAlarm({ type: ICalAlarmType.display, trigger: reminderAt(day, input.timeZone), description: summaryOf(f) });
    }
  }

  let out = cal.toString();
  if (input.as === 'todos' && input.followUps.length > 0) {
    const todos = foldLines(input.followUps.map((f) => vtodo(f, input, host)).join('\r\n'));
    out = out.replace(/END:VCALENDAR\s*$/, `${todos}\r\nEND:VCALENDAR`);
  }
  // RFC 5545: every content line, the last one included, ends with CRLF.
  return out.endsWith('\r\n') ? out : `${out}\r\n`;
}
