import type { AttendanceWindow } from '../../../domain/events/rules';

export { attendanceWindow } from '../../../domain/events/rules';

/** "Tue 8 Dec, 19:30" in the viewer's zone. */
export const shortDateTime = (d: Date, zone: string) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: zone }).format(d);

/** What a coordinator can still do about an event that is over, in one sentence. */
export function overSentence(w: AttendanceWindow, zone: string): string {
  if (w.state === 'correcting') return `Its time and place are fixed now. You can still correct the title, description and other details (nobody is e-mailed), and who came until ${shortDateTime(w.closesAt, zone)}.`;
  if (w.state === 'closed') return `Its time and place are fixed, and attendance became final on ${shortDateTime(w.closedAt, zone)}. You can still correct the title, description and other details (nobody is e-mailed).`;
  return 'Its time and place are fixed now.';
}
