import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { zonedCalendar, zonedTimes } from '../../calendar/zoned';
import type { EventRow } from './queries';

/**
 * The .ics of one event (RFC 5546 iTIP): METHOD:REQUEST while it is on, METHOD:CANCEL once
 * cancelled. The UID is stable per event (the same as in the user's calendar feed), and SEQUENCE is
 * the event's edit counter, so a calendar replaces its copy instead of adding another.
 * Times are written on the event's own wall clock (TZID + VTIMEZONE, see calendar/zoned.ts).
 */
export const eventUid = (eventId: string, appUrl: string) => `event-${eventId}@${new URL(appUrl).hostname || 'trellis.local'}`;

export type InviteInput = {
  event: EventRow;
  programName: string;
  appUrl: string;
  organizer: { name: string; email: string };
  attendee?: { name: string; email: string; status: 'going' | 'waitlisted' | 'not_going' | null };
  now: Date;
};

const mailAddress = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
export const organizerFrom = (programName: string, mailFrom: string) => ({ name: programName, email: mailAddress(mailFrom) });

const PARTSTAT = { going: ICalAttendeeStatus.ACCEPTED, waitlisted: ICalAttendeeStatus.TENTATIVE, not_going: ICalAttendeeStatus.DECLINED } as const;

export function eventDescription(e: EventRow, programName: string, url: string): string {
  return [e.description, e.onlineUrl ? `Join online: ${e.onlineUrl}` : null, `${programName} on Trellis: ${url}`].filter(Boolean).join('\n\n');
}

export function buildInvite(input: InviteInput): string {
  const { event: e } = input;
  const cancelled = e.status === 'cancelled';
  const url = `${input.appUrl}/events/${e.id}`;
  const cal = ical({
    prodId: { company: 'Trellis', product: 'Trellis events', language: 'EN' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    name: input.programName,
    ...zonedCalendar,
  });
  cal.createEvent({
    id: eventUid(e.id, input.appUrl),
    sequence: e.sequence,
    stamp: input.now,
    ...zonedTimes(e.startsAt, e.endsAt, e.timeZone),
    summary: cancelled ? `Cancelled: ${e.title}` : e.title,
    description: eventDescription(e, input.programName, url),
    location: e.location ?? e.onlineUrl ?? null,
    url,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: input.organizer,
    attendees: input.attendee
      ? [{ name: input.attendee.name, email: input.attendee.email, role: ICalAttendeeRole.REQ, rsvp: false, status: input.attendee.status ? PARTSTAT[input.attendee.status] : ICalAttendeeStatus.NEEDSACTION }]
      : [],
  });
  const out = cal.toString();
  return out.endsWith('\r\n') ? out : `${out}\r\n`;
}
