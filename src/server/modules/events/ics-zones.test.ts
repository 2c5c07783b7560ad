import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { caller, okJson, person, programOf, type Call } from '../programs/test-support';
import { eventOf, memberPerson } from './test-support';

/** Invites and the calendar feed carry the event's own zone: TZID on DTSTART/DTEND and a VTIMEZONE. */
let t: TestContext;
let call: Call;
let coord: Session;
beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  coord = await person(t, 'Zoe Zoned');
});
afterAll(async () => t?.close());

function parse(body: string) {
  const cal = new ICAL.Component(ICAL.parse(body));
  // Resolve TZIDs from the file's own VTIMEZONEs, as a calendar client does: proves the zone data is right.
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  return cal;
}
const eventVevent = (cal: ICAL.Component) => cal.getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).startsWith('event-'))!;

describe('time zones in .ics', () => {
  it('writes the invite on the event’s wall clock, winter and summer, with a VTIMEZONE', async () => {
    const { programId } = await programOf(t, coord);
    const winter = await eventOf(t, coord, programId, { timeZone: 'Europe/Berlin', startsAt: '2027-03-04T17:00:00Z', endsAt: '2027-03-04T19:30:00Z' });
    const summer = await eventOf(t, coord, programId, { timeZone: 'Europe/Berlin', startsAt: '2027-07-01T16:00:00Z', endsAt: '2027-07-01T18:00:00Z' });
    for (const [e, local, utc] of [
      [winter, '2027-03-04T18:00:00', '2027-03-04T17:00:00.000Z'],
      [summer, '2027-07-01T18:00:00', '2027-07-01T16:00:00.000Z'],
    ] as const) {
      const res = await call(coord, 'GET', `/events/${e.id}/invite.ics`);
      expect(res.statusCode).toBe(200);
      const cal = parse(res.body);
      expect(cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin']);
      const vevent = eventVevent(cal);
      const dtstart = vevent.getFirstProperty('dtstart')!;
      expect(dtstart.getParameter('tzid')).toBe('Europe/Berlin');
      expect(dtstart.getFirstValue()!.toString()).toBe(local);
      expect(vevent.getFirstProperty('dtend')!.getParameter('tzid')).toBe('Europe/Berlin');
      expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).toBe(utc);
      expect(res.body).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
      expect(res.body).not.toContain('X-WR-TIMEZONE');
    }
  });

  it('writes feed events in their own zones, one VTIMEZONE per zone', async () => {
    const { programId } = await programOf(t, coord);
    const ny = await eventOf(t, coord, programId, { title: 'NY panel', timeZone: 'America/New_York', startsAt: '2027-03-20T22:00:00Z', endsAt: '2027-03-20T23:00:00Z' });
    const tokyo = await eventOf(t, coord, programId, { title: 'Tokyo meet-up', timeZone: 'Asia/Tokyo', startsAt: '2027-03-20T10:00:00Z', endsAt: '2027-03-20T12:00:00Z' });
    const m = await memberPerson(t, programId, 'Feed Finn', 'mentee');
    for (const e of [ny, tokyo]) await okJson(t, m.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    const { feedUrl } = await okJson<{ feedUrl: string }>(t, m.s, 'GET', '/calendar');
    const res = await t.app.inject({ method: 'GET', url: new URL(feedUrl).pathname });
    const cal = parse(res.body);
    expect(cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['America/New_York', 'Asia/Tokyo']);
    const byTitle = new Map(cal.getAllSubcomponents('vevent').map((v) => [v.getFirstPropertyValue('summary'), v.getFirstProperty('dtstart')!]));
    expect(byTitle.get('NY panel')!.getParameter('tzid')).toBe('America/New_York');
    expect(byTitle.get('NY panel')!.getFirstValue()!.toString()).toBe('2027-03-20T18:00:00');
    expect(byTitle.get('Tokyo meet-up')!.getParameter('tzid')).toBe('Asia/Tokyo');
    expect(byTitle.get('Tokyo meet-up')!.getFirstValue()!.toString()).toBe('2027-03-20T19:00:00');
  });
});
