import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem as problem } from '../../../../tests/helpers/problem';
import type { AttendanceResponse, EventList, EventResponse } from '../../../domain/events/api';
import type { CancelPreview, EditReach } from '../../../domain/events/reach';
import { eventRsvps, sentMails } from '../../db/schema/index';
import { caller, okJson, person, programOf, type Call } from '../programs/test-support';
import { eventBody, eventOf, inHours, memberPerson } from './test-support';

/** Recurring events (a series of ordinary occurrences) and what an event that is over may still change. */
let t: TestContext;
let call: Call;
let coord: Session;
beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  coord = await person(t, 'Sam Series');
});
afterAll(async () => t?.close());

const ok = <T>(s: Session, method: Parameters<Call>[1], url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);
const NY = 'America/New_York';
const nyLocal = (iso: string) => DateTime.fromISO(iso, { zone: NY }).toFormat('ccc yyyy-LL-dd HH:mm');
const at = (local: string) => DateTime.fromISO(local, { zone: NY }).toISO()!;
const mailsTo = async (userId: string) => (await t.database.db.select().from(sentMails)).filter((m) => m.userId === userId);

async function monthlySeries(programId: string, over: object = {}) {
  const first = await ok<EventResponse>(coord, 'POST', `/programs/${programId}/events`, eventBody({
    title: 'Regional meet-up', kind: 'meetup', timeZone: NY, startsAt: at('2027-09-14T18:30'), endsAt: at('2027-09-14T20:30'), capacity: 1,
    rsvpDeadline: at('2027-09-13T18:30'), repeat: { freq: 'monthly', monthlyBy: 'weekday', count: 6 }, ...over,
  }), 201);
  const list = await ok<EventList>(coord, 'GET', `/programs/${programId}/events`);
  return { first, all: list.items.filter((e) => e.series?.id === first.series?.id) };
}

describe('recurring events', () => {
  it('creates every 2nd Tuesday, monthly, 6 times: own rows, 18:30 on the wall clock across the DST change', async () => {
    const { programId } = await programOf(t, coord);
    const { first, all } = await monthlySeries(programId);
    expect(first.series).toMatchObject({ label: 'Monthly on the 2nd Tuesday, 6 times', position: 1, total: 6 });
    expect(all.map((e) => nyLocal(e.startsAt))).toEqual(['Tue 2027-09-14 18:30', 'Tue 2027-10-12 18:30', 'Tue 2027-11-09 18:30', 'Tue 2027-12-14 18:30', 'Tue 2028-01-11 18:30', 'Tue 2028-02-08 18:30']);
    expect(all.map((e) => nyLocal(e.endsAt).slice(-5))).toEqual(Array(6).fill('20:30'));
    expect(all.map((e) => e.series!.position)).toEqual([1, 2, 3, 4, 5, 6]);
    // The deadline keeps its distance: a day before each start.
    expect(all.map((e) => nyLocal(e.rsvpDeadline!).slice(-5))).toEqual(Array(6).fill('18:30'));

    // RSVP and capacity are per occurrence: one seat each.
    const a = await memberPerson(t, programId, 'Ada Attends', 'mentee');
    const b = await memberPerson(t, programId, 'Ben Both', 'mentee');
    expect((await ok<EventResponse>(a.s, 'POST', `/events/${all[1]!.id}/rsvp`, { status: 'going' })).myRsvp?.status).toBe('going');
    expect((await ok<EventResponse>(b.s, 'POST', `/events/${all[1]!.id}/rsvp`, { status: 'going' })).myRsvp?.status).toBe('waitlisted');
    expect((await ok<EventResponse>(b.s, 'POST', `/events/${all[2]!.id}/rsvp`, { status: 'going' })).myRsvp?.status).toBe('going');

    // The .ics stays one VEVENT per occurrence (no RRULE).
    const ics = (await call(a.s, 'GET', `/events/${all[1]!.id}/invite.ics`)).body;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(/BEGIN:VEVENT[\s\S]*END:VEVENT/.exec(ics)![0]).not.toContain('RRULE');
    expect(ics).toContain('DTSTART;TZID=America/New_York:20271012T183000');
  });

  it('edits this, this and following, or all upcoming; cancels one or the rest of the series', async () => {
    const { programId } = await programOf(t, coord);
    const { all } = await monthlySeries(programId, { capacity: null });
    const goer = await memberPerson(t, programId, 'Gus Goer', 'mentee');
    await ok(goer.s, 'POST', `/events/${all[4]!.id}/rsvp`, { status: 'going' });

    await ok(coord, 'PATCH', `/events/${all[1]!.id}?scope=this`, { title: 'October special' });
    // This and following: one day later at 19:00, two hours long; earlier ones stay.
    await ok(coord, 'PATCH', `/events/${all[2]!.id}?scope=following`, { startsAt: at('2027-11-10T19:00'), endsAt: at('2027-11-10T21:00'), location: 'Union hall' });
    let now = (await ok<EventList>(coord, 'GET', `/programs/${programId}/events`)).items.filter((e) => e.series);
    expect(now.map((e) => `${nyLocal(e.startsAt)} ${e.title} @ ${e.location}`)).toEqual([
      'Tue 2027-09-14 18:30 Regional meet-up @ Community hall, 12 Main St',
      'Tue 2027-10-12 18:30 October special @ Community hall, 12 Main St',
      'Wed 2027-11-10 19:00 Regional meet-up @ Union hall',
      'Wed 2027-12-15 19:00 Regional meet-up @ Union hall',
      'Wed 2028-01-12 19:00 Regional meet-up @ Union hall',
      'Wed 2028-02-09 19:00 Regional meet-up @ Union hall',
    ]);
    expect((await mailsTo(goer.s.userId)).filter((m) => m.subject === 'Updated: Regional meet-up')).toHaveLength(1);

    await ok(coord, 'PATCH', `/events/${all[3]!.id}?scope=all`, { description: 'Bring a friend.' });
    now = (await ok<EventList>(coord, 'GET', `/programs/${programId}/events`)).items.filter((e) => e.series);
    expect(now.every((e) => e.description === 'Bring a friend.')).toBe(true);
    problem(await call(coord, 'PATCH', `/events/${all[3]!.id}?scope=some`, { title: 'x' }), 400);

    await ok(coord, 'POST', `/events/${all[0]!.id}/cancel?scope=this`);
    await ok(coord, 'POST', `/events/${all[3]!.id}/cancel?scope=series`);
    now = (await ok<EventList>(coord, 'GET', `/programs/${programId}/events`)).items.filter((e) => e.series);
    expect(now.map((e) => e.status)).toEqual(['cancelled', 'scheduled', 'scheduled', 'cancelled', 'cancelled', 'cancelled']);
    expect((await mailsTo(goer.s.userId)).some((m) => m.subject === 'Cancelled: Regional meet-up')).toBe(true);
  });

  it('says before a cancel exactly how many occurrences it cancels and how many people it tells, and the cancel does just that', async () => {
    const { programId } = await programOf(t, coord);
    const { all } = await monthlySeries(programId);
    const [ann, bo, cy, di] = await Promise.all(['Ann Answer', 'Bo Both', 'Cy Cant', 'Di Waits'].map((n) => memberPerson(t, programId, n, 'mentee')));
    // Ann is going to the 3rd and the 5th; Di waits for the 5th (one seat each); Bo goes to the 2nd only; Cy said not going.
    await ok(ann!.s, 'POST', `/events/${all[2]!.id}/rsvp`, { status: 'going' });
    await ok(ann!.s, 'POST', `/events/${all[4]!.id}/rsvp`, { status: 'going' });
    await ok(di!.s, 'POST', `/events/${all[4]!.id}/rsvp`, { status: 'going' });
    await ok(bo!.s, 'POST', `/events/${all[1]!.id}/rsvp`, { status: 'going' });
    await ok(cy!.s, 'POST', `/events/${all[3]!.id}/rsvp`, { status: 'not_going' });
    // The 6th is already cancelled: "this and later" from the 3rd is the 3rd, 4th and 5th.
    await ok(coord, 'POST', `/events/${all[5]!.id}/cancel`);

    const series = await ok<CancelPreview>(coord, 'GET', `/events/${all[2]!.id}/cancel-preview?scope=series`);
    expect(series).toEqual({ scope: 'series', occurrences: 3, people: 2, going: 2, waitlisted: 1, firstStartsAt: all[2]!.startsAt, lastStartsAt: all[4]!.startsAt });
    expect(await ok<CancelPreview>(coord, 'GET', `/events/${all[2]!.id}/cancel-preview?scope=this`)).toMatchObject({ scope: 'this', occurrences: 1, people: 1, going: 1, waitlisted: 0 });
    expect(await ok<CancelPreview>(coord, 'GET', `/events/${all[3]!.id}/cancel-preview`)).toMatchObject({ occurrences: 1, people: 0 });
    // Members may not ask; a bad scope is a 400.
    problem(await call(ann!.s, 'GET', `/events/${all[2]!.id}/cancel-preview?scope=series`), 404);
    problem(await call(coord, 'GET', `/events/${all[2]!.id}/cancel-preview?scope=all`), 400);

    const before = new Set((await t.database.db.select().from(sentMails)).map((m) => m.id));
    await ok(coord, 'POST', `/events/${all[2]!.id}/cancel?scope=series`);
    const list = (await ok<EventList>(coord, 'GET', `/programs/${programId}/events`)).items.filter((e) => e.series?.id === all[0]!.series?.id);
    expect(list.map((e) => e.status)).toEqual(['scheduled', 'scheduled', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    const cancelMails = (await t.database.db.select().from(sentMails)).filter((m) => !before.has(m.id) && m.kind === 'notify:event_cancelled');
    expect(new Set(cancelMails.map((m) => m.userId)).size).toBe(series.people);
    expect(cancelMails).toHaveLength(series.going + series.waitlisted);
    // Once cancelled there is nothing left to preview.
    expect(problem(await call(coord, 'GET', `/events/${all[2]!.id}/cancel-preview?scope=series`), 409).code).toBe('already_cancelled');
  });

  it('says how many other occurrences an edit reaches, skipping cancelled ones, as the edit does', async () => {
    const { programId } = await programOf(t, coord);
    const { all } = await monthlySeries(programId);
    await ok(coord, 'POST', `/events/${all[3]!.id}/cancel`);
    // From the 2nd: "following" is the 3rd, 5th and 6th (the 4th is cancelled); "all" adds the 1st.
    expect(await ok<EditReach>(coord, 'GET', `/events/${all[1]!.id}/edit-reach`)).toEqual({ following: 3, all: 4 });
    expect(await ok<EditReach>(coord, 'GET', `/events/${all[5]!.id}/edit-reach`)).toEqual({ following: 0, all: 4 });
    const single = await eventOf(t, coord, programId);
    expect(await ok<EditReach>(coord, 'GET', `/events/${single.id}/edit-reach`)).toEqual({ following: 0, all: 0 });
    const member = await memberPerson(t, programId, 'Mo Member', 'mentee');
    problem(await call(member.s, 'GET', `/events/${all[1]!.id}/edit-reach`), 404);

    await ok(coord, 'PATCH', `/events/${all[1]!.id}?scope=following`, { title: 'Reached' });
    const titles = (await ok<EventList>(coord, 'GET', `/programs/${programId}/events`)).items.filter((e) => e.series?.id === all[0]!.series?.id).map((e) => e.title);
    expect(titles).toEqual(['Regional meet-up', 'Reached', 'Reached', 'Regional meet-up', 'Reached', 'Reached']);
    expect(titles.filter((x) => x === 'Reached')).toHaveLength(1 + 3);
  });

  it('refuses a series without an end, or with too many occurrences, field by field', async () => {
    const { programId } = await programOf(t, coord);
    const noEnd = problem(await call(coord, 'POST', `/programs/${programId}/events`, eventBody({ repeat: { freq: 'weekly' } })), 400);
    expect(noEnd.errors?.[0]?.path).toBe('repeat.count');
    const tooMany = problem(await call(coord, 'POST', `/programs/${programId}/events`, eventBody({ repeat: { freq: 'weekly', until: '2040-01-01' } })), 400);
    expect(tooMany.errors?.[0]).toMatchObject({ path: 'repeat.until' });
    expect(problem(await call(coord, 'POST', `/programs/${programId}/events`, eventBody({ repeat: { freq: 'daily', count: 3 } })), 400).errors?.[0]?.path).toBe('repeat.freq');
    expect((await ok<EventList>(coord, 'GET', `/programs/${programId}/events`)).items).toEqual([]);
  });
});

describe('an event that is over', () => {
  it('keeps its time and place (409), mails nobody for other fixes, and takes attendance corrections for 7 days', async () => {
    const { programId } = await programOf(t, coord);
    const e = await eventOf(t, coord, programId, { startsAt: inHours(-50), endsAt: inHours(-48) });
    const old = await eventOf(t, coord, programId, { startsAt: inHours(-24 * 9), endsAt: inHours(-24 * 9 + 2) });
    const m = await memberPerson(t, programId, 'Pat Past', 'mentee');
    await t.database.db.insert(eventRsvps).values({ eventId: e.id, userId: m.s.userId, status: 'going', respondedBy: m.s.userId });

    const moved = problem(await call(coord, 'PATCH', `/events/${e.id}`, { location: 'Elsewhere' }), 409);
    expect(moved.detail).toMatch(/over.*time and place/);
    problem(await call(coord, 'PATCH', `/events/${e.id}`, { startsAt: inHours(-49), endsAt: inHours(-47) }), 409);
    const got = await ok<EventResponse>(coord, 'GET', `/events/${e.id}`);
    expect(got.timeAndPlaceLocked).toBe(true);
    // The form sends every field back: unchanged time and place are fine.
    const fixed = await ok<EventResponse>(coord, 'PATCH', `/events/${e.id}`, { title: 'Spring mixer (photos inside)', startsAt: got.startsAt, endsAt: got.endsAt, location: got.location });
    expect(fixed.title).toBe('Spring mixer (photos inside)');
    expect(await mailsTo(m.s.userId)).toEqual([]);

    const checked = await ok<AttendanceResponse>(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: m.memberId });
    expect(checked.summary.checkedIn).toBe(1);
    expect(problem(await call(coord, 'POST', `/events/${old.id}/check-ins`, { memberId: m.memberId }), 409).detail).toMatch(/7 days/);
  });
});
