import type { EventKind, RsvpStatus } from '../../../domain/events/rules';

export const KIND_LABELS: Record<EventKind, string> = { panel: 'Panel', workshop: 'Workshop', mixer: 'Mixer', open_house: 'Open house', meetup: 'Meet-up' };
export const KIND_COLORS: Record<EventKind, string> = { panel: 'grape', workshop: 'blue', mixer: 'pink', open_house: 'orange', meetup: 'cyan' };
export const RSVP_LABELS: Record<RsvpStatus, string> = { going: 'Going', waitlisted: 'On the waitlist', not_going: 'Not going' };
export const RSVP_COLORS: Record<RsvpStatus, string> = { going: 'teal', waitlisted: 'yellow', not_going: 'gray' };

/** Your answer's badge: "On the waitlist · no. 2" while you wait. */
export function myRsvpLabel(r: { status: RsvpStatus; waitlistPlace: number | null }): string {
  return r.status === 'waitlisted' && r.waitlistPlace !== null ? `${RSVP_LABELS.waitlisted} · no. ${r.waitlistPlace}` : RSVP_LABELS[r.status];
}

/** Where you stand on the waitlist, in a sentence. */
export function waitlistSentence(place: number): string {
  if (place === 1) return 'You’re next on the waitlist: the next place that opens up is yours, and we’ll tell you.';
  const ahead = place - 1;
  return `You’re number ${place} on the waitlist, with ${ahead} ${ahead === 1 ? 'person' : 'people'} ahead of you. If a place opens up for you, we’ll tell you.`;
}

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
