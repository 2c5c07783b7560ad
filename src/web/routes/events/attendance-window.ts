/**
 * When the door list can be ticked, so the screens can say it before the server refuses
 * (check-in-service.ts: opens 24 hours before the start — `too_early` — and stays open to
 * corrections for CORRECTIONS_DAYS after the end — `attendance_closed`). Keep the two in step.
 */
export const CHECK_IN_OPENS_HOURS = 24;
export const CORRECTIONS_DAYS = 7;

export type AttendanceWindow =
  | { state: 'not_yet'; opensAt: Date }
  | { state: 'open' }
  | { state: 'correcting'; closesAt: Date }
  | { state: 'closed'; closedAt: Date };

export function attendanceWindow(e: { startsAt: string; endsAt: string }, now = new Date()): AttendanceWindow {
  const opensAt = new Date(new Date(e.startsAt).getTime() - CHECK_IN_OPENS_HOURS * 3_600_000);
  const end = new Date(e.endsAt).getTime();
  const closesAt = new Date(end + CORRECTIONS_DAYS * 86_400_000);
  if (now < opensAt) return { state: 'not_yet', opensAt };
  if (now.getTime() < end) return { state: 'open' };
  if (now <= closesAt) return { state: 'correcting', closesAt };
  return { state: 'closed', closedAt: closesAt };
}

/** "Tue 8 Dec, 19:30" in the viewer's zone. */
export const shortDateTime = (d: Date, zone: string) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: zone }).format(d);

/** What a coordinator can still do about an event that is over, in one sentence. */
export function overSentence(w: AttendanceWindow, zone: string): string {
  if (w.state === 'correcting') return `Its time and place are fixed now. You can still correct the title, description and other details (nobody is e-mailed), and who came until ${shortDateTime(w.closesAt, zone)}.`;
  if (w.state === 'closed') return `Its time and place are fixed, and attendance became final on ${shortDateTime(w.closedAt, zone)}. You can still correct the title, description and other details (nobody is e-mailed).`;
  return 'Its time and place are fixed now.';
}
