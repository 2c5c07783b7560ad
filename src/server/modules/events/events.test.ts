import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinatorAndOutsider } from '../../../../tests/helpers/program-test-app';
import type { Session, TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem as problem } from '../../../../tests/helpers/problem';
import type { AttendanceResponse, EventList, EventResponse, PeopleMetResponse, ProgramAttendance } from '../../../domain/events/api';
import { guardianConsents, sentMails } from '../../db/schema/index';
import { okJson, programOf, type Call } from '../programs/test-support';
import { eventBody, eventOf, inHours, memberPerson } from './test-support';

let t: TestContext;
let call: Call;
let coord: Session;
let outsider: Session;
beforeAll(async () => {
  ({ t, call, coord, outsider } = await coordinatorAndOutsider());
});
afterAll(async () => t?.close());

const ok = <T>(s: Session, method: Parameters<Call>[1], url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);
const mailsTo = async (userId: string) => (await t.database.db.select().from(sentMails)).filter((m) => m.userId === userId);
const eml = (file: string) => readFileSync(joinPath(t.dataDir, 'outbox', file), 'utf8');

describe('creating and editing events', () => {
  it('lets coordinators create, edit and list; refuses bad input field by field', async () => {
    const { programId } = await programOf(t, coord);
    const e = await ok<EventResponse>(coord, 'POST', `/programs/${programId}/events`, eventBody({ capacity: 30, audienceRoles: ['mentee', 'mentor', 'mentee'] }), 201);
    expect(e).toMatchObject({ title: 'Spring mixer', kind: 'mixer', capacity: 30, spotsLeft: 30, status: 'scheduled', sequence: 0, canManage: true, audienceRoles: ['mentee', 'mentor'] });
    const edited = await ok<EventResponse>(coord, 'PATCH', `/events/${e.id}`, { title: 'Spring mixer (moved)', location: 'Library' });
    expect(edited).toMatchObject({ title: 'Spring mixer (moved)', location: 'Library', sequence: 1 });
    const list = await ok<EventList>(coord, 'GET', `/programs/${programId}/events`);
    expect(list.items.map((x) => x.id)).toEqual([e.id]);
    expect((await ok<EventList>(coord, 'GET', `/programs/${programId}/events?when=past`)).items).toEqual([]);

    const bad = problem(await call(coord, 'POST', `/programs/${programId}/events`, { ...eventBody(), title: ' ', kind: 'rave', capacity: 0, timeZone: 'Mars/Olympus', startsAt: 'tomorrow' }), 400);
    expect(bad.errors?.map((x) => x.path).sort()).toEqual(['capacity', 'kind', 'startsAt', 'timeZone', 'title']);
    const order = problem(await call(coord, 'POST', `/programs/${programId}/events`, eventBody({ startsAt: inHours(10), endsAt: inHours(9), rsvpDeadline: inHours(11), location: null })), 400);
    expect(order.errors?.map((x) => x.path).sort()).toEqual(['endsAt', 'location', 'rsvpDeadline']);
    expect(problem(await call(coord, 'PATCH', `/events/${e.id}`, { endsAt: inHours(1) }), 400).errors?.[0]).toEqual({ path: 'endsAt', message: 'The end must be after the start' });
    expect(problem(await call(coord, 'POST', `/programs/${programId}/events`, eventBody({ onlineUrl: 'javascript:alert(1)' })), 400).errors?.[0]?.path).toBe('onlineUrl');
    expect(problem(await call(coord, 'POST', `/programs/${programId}/events`, eventBody({ audienceCohortId: '00000000-0000-4000-8000-000000000000' })), 400).errors?.[0]?.path).toBe('audienceCohortId');
    expect(problem(await call(coord, 'POST', `/programs/${programId}/events`, eventBody({ startsAt: '0000-01-01T00:00:00Z' })), 400).errors?.[0]?.path).toBe('startsAt');
    problem(await call(coord, 'GET', `/programs/${programId}/events?cursor=junk`), 400);
  });

  it('hides a program’s events from outsiders and keeps management to coordinators', async () => {
    const { programId } = await programOf(t, coord);
    const e = await eventOf(t, coord, programId);
    const { s: mentor } = await memberPerson(t, programId, 'Mina Mentor', 'mentor');
    problem(await call(outsider, 'GET', `/events/${e.id}`), 404);
    problem(await call(outsider, 'GET', `/programs/${programId}/events`), 404);
    problem(await call(outsider, 'POST', `/events/${e.id}/rsvp`, { status: 'going' }), 404);
    problem(await call(outsider, 'GET', `/events/${e.id}/invite.ics`), 404);
    problem(await call(mentor, 'PATCH', `/events/${e.id}`, { title: 'Mine now' }), 404);
    problem(await call(mentor, 'POST', `/events/${e.id}/cancel`), 404);
    problem(await call(mentor, 'GET', `/events/${e.id}/attendance`), 404);
    problem(await call(mentor, 'POST', `/programs/${programId}/events`, eventBody()), 404);
    expect((await ok<EventResponse>(mentor, 'GET', `/events/${e.id}`)).canManage).toBe(false);
  });

  it('shows an event only to its audience: roles and one cohort', async () => {
    const { programId, cohortId } = await programOf(t, coord);
    const other = await ok<{ id: string }>(coord, 'POST', `/programs/${programId}/cohorts`, { name: 'Fall 2027', startsOn: '2027-09-01', endsOn: '2027-12-31' }, 201);
    const e = await eventOf(t, coord, programId, { audienceRoles: ['mentee'], audienceCohortId: cohortId });
    const { s: inCohort } = await memberPerson(t, programId, 'Ines In', 'mentee', { cohortId });
    const { s: otherCohort } = await memberPerson(t, programId, 'Omar Other', 'mentee', { cohortId: other.id });
    const { s: mentor } = await memberPerson(t, programId, 'Mo Mentor', 'mentor');
    expect((await ok<EventList>(inCohort, 'GET', `/programs/${programId}/events`)).items.map((x) => x.id)).toEqual([e.id]);
    expect((await ok<EventList>(otherCohort, 'GET', `/programs/${programId}/events`)).items).toEqual([]);
    problem(await call(otherCohort, 'GET', `/events/${e.id}`), 404);
    problem(await call(mentor, 'POST', `/events/${e.id}/rsvp`, { status: 'going' }), 404);
    expect((await ok<EventResponse>(inCohort, 'POST', `/events/${e.id}/rsvp`, { status: 'going' })).myRsvp?.status).toBe('going');
    // A mentor who walked in anyway sees the event (and who they met) from then on, but cannot RSVP.
    const mentorMember = (await ok<AttendanceResponse>(coord, 'GET', `/events/${e.id}/attendance?q=Mo%20Mentor`)).items[0]!.memberId;
    await t.database.db.execute(`update events set starts_at = now() + interval '1 hour', ends_at = now() + interval '3 hours' where id = '${e.id}'`);
    await ok(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: mentorMember });
    expect((await ok<EventResponse>(mentor, 'GET', `/events/${e.id}`)).checkedIn).toBe(true);
    expect((await ok<PeopleMetResponse>(mentor, 'GET', `/events/${e.id}/people-met`)).items).toEqual([]);
    expect(problem(await call(mentor, 'POST', `/events/${e.id}/rsvp`, { status: 'going' }), 409).code).toBe('not_invited');
  });
});

describe('RSVP, capacity and the waitlist', () => {
  it('waitlists when full and promotes the first waitlisted when someone cancels, telling them', async () => {
    const { programId } = await programOf(t, coord);
    const e = await eventOf(t, coord, programId, { capacity: 2 });
    const a = await memberPerson(t, programId, 'Ada Going', 'mentee');
    const b = await memberPerson(t, programId, 'Ben Going', 'mentee');
    const c = await memberPerson(t, programId, 'Cy Waiting', 'mentee');
    const d = await memberPerson(t, programId, 'Di Waiting', 'mentee');
    await ok(a.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    await ok(b.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    expect((await ok<EventResponse>(c.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' })).myRsvp?.status).toBe('waitlisted');
    const dv = await ok<EventResponse>(d.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    expect(dv).toMatchObject({ going: 2, waitlisted: 2, spotsLeft: 0, myRsvp: { status: 'waitlisted', waitlistPlace: 2 } });

    await ok(a.s, 'POST', `/events/${e.id}/rsvp`, { status: 'not_going' });
    expect((await ok<EventResponse>(c.s, 'GET', `/events/${e.id}`)).myRsvp?.status).toBe('going');
    expect((await ok<EventResponse>(d.s, 'GET', `/events/${e.id}`)).myRsvp?.status).toBe('waitlisted');
    const promotedMail = (await mailsTo(c.s.userId)).find((m) => m.subject.startsWith('A place opened up'));
    expect(promotedMail?.status).toBe('sent');
    expect(eml(promotedMail!.outboxFile!)).toContain('METHOD:REQUEST');

    // A larger capacity moves the rest of the waitlist up.
    await ok(coord, 'PATCH', `/events/${e.id}`, { capacity: 5 });
    expect((await ok<EventResponse>(d.s, 'GET', `/events/${e.id}`)).myRsvp?.status).toBe('going');
  });

  it('mails the confirmation with an .ics (REQUEST, ORGANIZER, ATTENDEE, stable UID) and bumps SEQUENCE on edits', async () => {
    const { programId } = await programOf(t, coord);
    const e = await eventOf(t, coord, programId);
    const a = await memberPerson(t, programId, 'Ari Attendee', 'mentor');
    await ok(a.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going', listed: true });
    const mail = (await mailsTo(a.s.userId)).find((m) => m.subject === 'You\u2019re going: Spring mixer' || m.subject === "You're going: Spring mixer");
    expect(mail).toBeDefined();
    const raw = eml(mail!.outboxFile!);
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(raw).toContain('invite.ics');

    const ics = await call(a.s, 'GET', `/events/${e.id}/invite.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(ics.body));
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = cal.getFirstSubcomponent('vevent')!;
    const uid = vevent.getFirstPropertyValue('uid');
    expect(uid).toBe(`event-${e.id}@localhost`);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0);
    expect(String(vevent.getFirstPropertyValue('organizer'))).toMatch(/^mailto:/i);
    const attendee = vevent.getFirstProperty('attendee')!;
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe(`mailto:${a.s.email}`);
    expect(attendee.getParameter('partstat')).toBe('ACCEPTED');

    await ok(coord, 'PATCH', `/events/${e.id}`, { startsAt: inHours(24 * 8), endsAt: inHours(24 * 8 + 3) });
    const after = new ICAL.Component(ICAL.parse((await call(a.s, 'GET', `/events/${e.id}/invite.ics`)).body)).getFirstSubcomponent('vevent')!;
    expect(after.getFirstPropertyValue('uid')).toBe(uid);
    expect(after.getFirstPropertyValue('sequence')).toBe(1);
    expect((await mailsTo(a.s.userId)).some((m) => m.subject === 'Updated: Spring mixer')).toBe(true);
  });

  it('never overbooks under many concurrent RSVPs', async () => {
    const { programId } = await programOf(t, coord);
    const e = await eventOf(t, coord, programId, { capacity: 3 });
    const people = await Promise.all(Array.from({ length: 12 }, (_, i) => memberPerson(t, programId, `Rush ${i}`, 'mentee')));
    const answers = await Promise.all(people.map((p) => call(p.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' })));
    expect(answers.map((r) => r.statusCode)).toEqual(people.map(() => 200));
    const statuses = answers.map((r) => (r.json() as EventResponse).myRsvp?.status);
    expect(statuses.filter((s) => s === 'going')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(9);
    const seen = await ok<EventResponse>(coord, 'GET', `/events/${e.id}`);
    expect(seen).toMatchObject({ going: 3, waitlisted: 9, spotsLeft: 0 });
    // Concurrent cancellations promote exactly as many as left.
    const goers = people.filter((_, i) => statuses[i] === 'going');
    await Promise.all(goers.slice(0, 2).map((p) => call(p.s, 'POST', `/events/${e.id}/rsvp`, { status: 'not_going' })));
    expect(await ok<EventResponse>(coord, 'GET', `/events/${e.id}`)).toMatchObject({ going: 3, waitlisted: 7 });
  });

  it('closes RSVPs after the deadline and once started (409); cancelling tells people and sends METHOD:CANCEL', async () => {
    const { programId } = await programOf(t, coord);
    const started = await eventOf(t, coord, programId, { startsAt: inHours(-1), endsAt: inHours(1) });
    const deadline = await eventOf(t, coord, programId, { startsAt: inHours(48), endsAt: inHours(50), rsvpDeadline: inHours(24) });
    const m = await memberPerson(t, programId, 'Late Larry', 'mentee');
    expect(problem(await call(m.s, 'POST', `/events/${started.id}/rsvp`, { status: 'going' }), 409)).toMatchObject({ code: 'rsvp_closed', detail: expect.stringContaining('already started') });
    await t.database.db.execute(`update events set rsvp_deadline = now() - interval '1 minute' where id = '${deadline.id}'`);
    expect(problem(await call(m.s, 'POST', `/events/${deadline.id}/rsvp`, { status: 'going' }), 409).detail).toContain('deadline has passed');
    problem(await call(m.s, 'POST', `/events/${deadline.id}/rsvp`, { status: 'maybe' }), 400);

    const e = await eventOf(t, coord, programId);
    await ok(m.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    const cancelled = await ok<EventResponse>(coord, 'POST', `/events/${e.id}/cancel`);
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 1, rsvpClosedReason: 'This event was cancelled.' });
    const mail = (await mailsTo(m.s.userId)).find((x) => x.subject === 'Cancelled: Spring mixer');
    expect(eml(mail!.outboxFile!)).toContain('METHOD:CANCEL');
    const ics = new ICAL.Component(ICAL.parse((await call(m.s, 'GET', `/events/${e.id}/invite.ics`)).body));
    expect(ics.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(ics.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(problem(await call(coord, 'POST', `/events/${e.id}/cancel`), 409).code).toBe('already_cancelled');
    expect(problem(await call(m.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' }), 409).code).toBe('rsvp_closed');
  });

  it('lets a guardian answer for their minor, and no one else', async () => {
    const { programId } = await programOf(t, coord, { minors: true });
    const teen = await memberPerson(t, programId, 'Tia Teen', 'mentee', { isMinor: true });
    const guardian = await memberPerson(t, programId, 'Gus Guardian', 'guardian');
    const stranger = await memberPerson(t, programId, 'Sam Stranger', 'guardian');
    await t.database.db.insert(guardianConsents).values({ menteeMemberId: teen.memberId, guardianMemberId: guardian.memberId, consentGivenOn: '2026-11-01' });
    const e = await eventOf(t, coord, programId, { audienceRoles: ['mentee'] });
    const seen = await ok<EventResponse>(guardian.s, 'GET', `/events/${e.id}`);
    expect(seen.wards).toEqual([{ memberId: teen.memberId, name: 'Tia Teen', rsvp: null, inAudience: true }]);
    const answered = await ok<EventResponse>(guardian.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going', forMemberId: teen.memberId, listed: true });
    expect(answered.wards[0]?.rsvp).toBe('going');
    // The minor's opt-in is never stored.
    expect((await ok<EventResponse>(teen.s, 'GET', `/events/${e.id}`)).myRsvp).toEqual({ status: 'going', listed: false, waitlistPlace: null });
    problem(await call(stranger.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going', forMemberId: teen.memberId }), 404);
    expect((await ok<EventList>(guardian.s, 'GET', '/my-events')).items.map((x) => x.id)).toEqual([e.id]);
  });
});

describe('check-in, attendance and people met', () => {
  it('checks people in at the door, counts walk-ins and no-shows, undoes a mistake', async () => {
    const { programId } = await programOf(t, coord);
    const e = await eventOf(t, coord, programId, { startsAt: inHours(1), endsAt: inHours(3) });
    const a = await memberPerson(t, programId, 'Amy Arrives', 'mentee');
    const b = await memberPerson(t, programId, 'Bo Absent', 'mentee');
    const w = await memberPerson(t, programId, 'Walt Walkin', 'mentor');
    await ok(a.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    await ok(b.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    await ok(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: a.memberId });
    const after = await ok<AttendanceResponse>(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: w.memberId });
    expect(after.summary).toEqual({ going: 2, waitlisted: 0, checkedIn: 2, noShows: 1, walkIns: 1 });
    expect(after.items.find((p) => p.name === 'Walt Walkin')).toMatchObject({ checkedIn: true, walkIn: true, rsvp: null });
    const search = await ok<AttendanceResponse>(coord, 'GET', `/events/${e.id}/attendance?q=amy`);
    expect(search.items.map((p) => p.name)).toEqual(['Amy Arrives']);
    expect((await call(coord, 'DELETE', `/events/${e.id}/check-ins/${w.memberId}`)).statusCode).toBe(204);
    expect((await ok<AttendanceResponse>(coord, 'GET', `/events/${e.id}/attendance`)).summary).toMatchObject({ checkedIn: 1, walkIns: 0 });
    problem(await call(coord, 'DELETE', `/events/${e.id}/check-ins/${w.memberId}`), 404);
    expect(problem(await call(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: '00000000-0000-4000-8000-000000000000' }), 400).errors?.[0]?.path).toBe('memberId');
    problem(await call(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: 'nope' }), 400);
    const chart = await ok<ProgramAttendance>(coord, 'GET', `/programs/${programId}/event-attendance`);
    expect(chart.items).toEqual([]); // not started yet
  });

  it('lists opted-in attendees (never minors to others) and adds them to the network once, matched by e-mail', async () => {
    const { programId } = await programOf(t, coord);
    const e = await eventOf(t, coord, programId, { startsAt: inHours(1), endsAt: inHours(3), title: 'Career panel', kind: 'panel' });
    const me = await memberPerson(t, programId, 'Mia Me', 'mentee');
    const open = await memberPerson(t, programId, 'Olga Open', 'mentor');
    const shy = await memberPerson(t, programId, 'Sid Shy', 'mentor');
    const teen = await memberPerson(t, programId, 'Tom Teen', 'mentee', { isMinor: true });
    for (const [p, listed] of [[me, true], [open, true], [shy, false], [teen, true]] as const) await ok(p.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going', listed });
    expect(problem(await call(me.s, 'GET', `/events/${e.id}/people-met`), 409).code).toBe('not_checked_in');
    for (const p of [me, open, shy, teen]) await ok(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: p.memberId });

    const met = await ok<PeopleMetResponse>(me.s, 'GET', `/events/${e.id}/people-met`);
    expect(met.items.map((p) => p.name)).toEqual(['Olga Open']);
    expect(met.items[0]).toMatchObject({ email: open.s.email, contactId: null });
    // Coordinators see opted-in minors; the minor's own opt-in was not stored, so not even they do here.
    await ok(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: (await ok<{ myMemberships: { id: string }[] }>(coord, 'GET', `/programs/${programId}`)).myMemberships[0]!.id });
    expect((await ok<PeopleMetResponse>(coord, 'GET', `/events/${e.id}/people-met`)).items.map((p) => p.name)).toEqual(['Mia Me', 'Olga Open']);

    // Olga is already a contact of mine (same e-mail, other case): reused, not duplicated.
    const existing = await ok<{ id: string }>(me.s, 'POST', '/contacts', { displayName: 'Olga O.', emails: [{ label: 'work', value: open.s.email.toUpperCase() }] }, 201);
    expect((await ok<PeopleMetResponse>(me.s, 'GET', `/events/${e.id}/people-met`)).items[0]?.contactId).toBe(existing.id);
    const first = await ok<{ created: number; existing: number; contactIds: string[]; interactionId: string }>(me.s, 'POST', `/events/${e.id}/people-met`, { memberIds: [open.memberId] });
    expect(first).toMatchObject({ created: 0, existing: 1, contactIds: [existing.id] });
    const again = await ok<{ interactionId: string }>(me.s, 'POST', `/events/${e.id}/people-met`, { memberIds: [open.memberId] });
    expect(again.interactionId).toBe(first.interactionId);
    const contacts = await ok<{ items: { id: string }[] }>(me.s, 'GET', '/contacts?limit=50');
    expect(contacts.items).toHaveLength(1);
    const interactions = await ok<{ items: { id: string; kind: string; occurredAt: string; participants: { contactId: string }[] }[] }>(me.s, 'GET', '/interactions?limit=50');
    expect(interactions.items).toHaveLength(1);
    expect(interactions.items[0]).toMatchObject({ kind: 'event', participants: [{ contactId: existing.id }] });

    expect(problem(await call(me.s, 'POST', `/events/${e.id}/people-met`, { memberIds: [shy.memberId] }), 400).errors?.[0]?.path).toBe('memberIds.0');
    expect(problem(await call(me.s, 'POST', `/events/${e.id}/people-met`, { memberIds: [teen.memberId] }), 400).errors?.[0]?.path).toBe('memberIds.0');
    problem(await call(me.s, 'POST', `/events/${e.id}/people-met`, { memberIds: [] }), 400);
    problem(await call(outsider, 'GET', `/events/${e.id}/people-met`), 404);

    // Sid changes his mind after the event and agrees to be listed; the teen cannot be.
    await ok(shy.s, 'PUT', `/events/${e.id}/listing`, { listed: true });
    expect((await ok<PeopleMetResponse>(me.s, 'GET', `/events/${e.id}/people-met`)).items.map((p) => p.name)).toEqual(['Olga Open', 'Sid Shy']);
    expect(problem(await call(teen.s, 'PUT', `/events/${e.id}/listing`, { listed: true }), 409).code).toBe('minor_not_listed');
    expect(problem(await call(shy.s, 'PUT', `/events/${e.id}/listing`, { listed: 'yes' }), 400).errors?.[0]?.path).toBe('listed');

    // Olga adds Mia: a new contact with the event as how they met.
    const olga = await ok<{ created: number; contactIds: string[] }>(open.s, 'POST', `/events/${e.id}/people-met`, { memberIds: [me.memberId] });
    expect(olga.created).toBe(1);
    const contact = await ok<{ displayName: string; howWeMet: string; emails: { value: string }[] }>(open.s, 'GET', `/contacts/${olga.contactIds[0]}`);
    expect(contact).toMatchObject({ displayName: 'Mia Me', emails: [{ value: me.s.email }] });
    expect(contact.howWeMet).toContain('Career panel');
  });
});

describe('calendar feed', () => {
  it('puts events the user is going to in their feed as VEVENTs', async () => {
    const { programId } = await programOf(t, coord);
    const e = await eventOf(t, coord, programId, { title: 'Open house' });
    const skipped = await eventOf(t, coord, programId, { title: 'Not for me' });
    const m = await memberPerson(t, programId, 'Feed Fay', 'mentee');
    await ok(m.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    await ok(m.s, 'POST', `/events/${skipped.id}/rsvp`, { status: 'not_going' });
    const { feedUrl } = await ok<{ feedUrl: string }>(m.s, 'GET', '/calendar');
    const res = await t.app.inject({ method: 'GET', url: new URL(feedUrl).pathname });
    expect(res.statusCode).toBe(200);
    const cal = new ICAL.Component(ICAL.parse(res.body));
    const events = cal.getAllSubcomponents('vevent').filter((v) => String(v.getFirstPropertyValue('uid')).startsWith('event-'));
    expect(events.map((v) => v.getFirstPropertyValue('summary'))).toEqual(['Open house']);
    const ev = new ICAL.Event(events[0]!);
    expect(ev.uid).toBe(`event-${e.id}@localhost`);
    const startsAt = new Date((await ok<EventResponse>(m.s, 'GET', `/events/${e.id}`)).startsAt);
    expect(ev.startDate.toJSDate().getTime()).toBe(Math.floor(startsAt.getTime() / 1000) * 1000);
    expect(ev.endDate.toJSDate().getTime()).toBeGreaterThan(ev.startDate.toJSDate().getTime());
  });
});
