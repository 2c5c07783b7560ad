import type { EventKind, RsvpStatus } from '../../../domain/events/rules';

export const KIND_LABELS: Record<EventKind, string> = { panel: 'Panel', workshop: 'Workshop', mixer: 'Mixer', open_house: 'Open house', meetup: 'Meet-up' };
export const KIND_COLORS: Record<EventKind, string> = { panel: 'grape', workshop: 'blue', mixer: 'pink', open_house: 'orange', meetup: 'cyan' };
export const RSVP_LABELS: Record<RsvpStatus, string> = { going: 'Going', waitlisted: 'On the waitlist', not_going: 'Not going' };
export const RSVP_COLORS: Record<RsvpStatus, string> = { going: 'teal', waitlisted: 'yellow', not_going: 'gray' };

/** "Tue 9 Dec, 18:00–21:00" in the viewer's zone; the event's own zone is added when it differs. */
export function whenLabel(e: { startsAt: string; endsAt: string; timeZone: string }, viewerZone: string): string {
  const start = new Date(e.startsAt);
  const end = new Date(e.endsAt);
  const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: viewerZone });
  const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone: viewerZone });
  const sameDay = day.format(start) === day.format(end);
  return `${day.format(start)}, ${time.format(start)}–${sameDay ? time.format(end) : `${day.format(end)}, ${time.format(end)}`}`;
}

export function localToEvent(e: { startsAt: string; timeZone: string }, viewerZone: string): string | null {
  if (e.timeZone === viewerZone) return null;
  const f = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: e.timeZone, timeZoneName: 'short' });
  return `${f.format(new Date(e.startsAt))} where it happens (${e.timeZone})`;
}

export const dateTimeLabel = (iso: string, viewerZone: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewerZone }).format(new Date(iso));
