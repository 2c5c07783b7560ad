import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import type { AttendanceResponse, EventResponse, PeopleMetResponse } from '../../../domain/events/api';
import { guardianConsents, programMembers, sentMails } from '../../db/schema/index';
import { okJson, person, programOf } from '../programs/test-support';
import { eventOf, inHours, memberPerson } from './test-support';

/** A minor promoted from the waitlist: their guardian hears it too (mail, and in-app when a member). Walk-ins opting in to be listed. The door list a page at a time. */
let t: TestContext;
let coord: Session;
beforeAll(async () => {
  t = await createTestApp();
  coord = await person(t, 'Gina Coordinator');
});
afterAll(async () => t?.close());

const ok = <T>(s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => okJson<T>(t, s, method, url, payload);
const mails = async () => t.database.db.select().from(sentMails);
const inboxTitles = async (s: Session) => (await ok<{ items: { title: string; link: string }[] }>(s, 'GET', '/inbox')).items;

describe('waitlist promotion of a minor', () => {
  it('tells the guardian member (mail + inbox) and a guardian recorded by e-mail only (mail)', async () => {
    const { programId } = await programOf(t, coord, { minors: true });
    const seat = await memberPerson(t, programId, 'Sid Seat', 'mentee');
    const teen = await memberPerson(t, programId, 'Tia Teen', 'mentee', { isMinor: true });
    const guardian = await memberPerson(t, programId, 'Gus Guardian', 'guardian');
    const teen2 = await memberPerson(t, programId, 'Tom Teen', 'mentee', { isMinor: true });
    await t.database.db.insert(guardianConsents).values([
      { menteeMemberId: teen.memberId, guardianMemberId: guardian.memberId, consentGivenOn: '2026-11-01' },
      { menteeMemberId: teen2.memberId, guardianName: 'Greta Grown', guardianEmail: 'greta@example.test', consentGivenOn: '2026-11-01' },
    ]);
    const e = await eventOf(t, coord, programId, { capacity: 1, audienceRoles: ['mentee'] });
    await ok(seat.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    expect((await ok<EventResponse>(teen.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' })).myRsvp?.status).toBe('waitlisted');
    expect((await ok<EventResponse>(teen2.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' })).myRsvp?.status).toBe('waitlisted');

    // The seat is given back: Tia is promoted.
    await ok(seat.s, 'POST', `/events/${e.id}/rsvp`, { status: 'not_going' });
    const toGuardian = (await mails()).filter((m) => m.toAddress === guardian.s.email);
    expect(toGuardian.map((m) => m.subject)).toEqual([`A place opened up: Tia Teen is going to Spring mixer`]);
    expect((await inboxTitles(guardian.s)).map((i) => [i.title, i.link])).toEqual([[`A place opened up: Tia Teen is going to Spring mixer`, `/events/${e.id}`]]);
    expect((await inboxTitles(teen.s)).map((i) => i.title)).toEqual([`A place opened up: you're going to Spring mixer`]);

    // A larger capacity promotes Tom: Greta has no account and gets the mail.
    await okJson(t, coord, 'PATCH', `/events/${e.id}`, { capacity: 2 });
    const toGreta = (await mails()).filter((m) => m.toAddress === 'greta@example.test');
    expect(toGreta.map((m) => m.subject)).toEqual([`A place opened up: Tom Teen is going to Spring mixer`]);
    // Tia's guardian is not told about Tom.
    expect((await mails()).filter((m) => m.toAddress === guardian.s.email)).toHaveLength(1);
  });
});

describe('places on the waitlist', () => {
  it('tells each waiting person their place, in the order seats are handed out, and moves them up', async () => {
    const { programId } = await programOf(t, coord);
    const seat = await memberPerson(t, programId, 'Sam Seat', 'mentee');
    const [ann, bo, cy] = [await memberPerson(t, programId, 'Ann Wait', 'mentee'), await memberPerson(t, programId, 'Bo Wait', 'mentee'), await memberPerson(t, programId, 'Cy Wait', 'mentee')];
    const e = await eventOf(t, coord, programId, { capacity: 1, audienceRoles: ['mentee'] });
    const mine = async (s: Session) => (await ok<EventResponse>(s, 'GET', `/events/${e.id}`)).myRsvp;
    expect(await ok<EventResponse>(seat.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' })).toMatchObject({ myRsvp: { status: 'going', waitlistPlace: null } });
    for (const p of [ann, bo, cy]) await ok(p.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    expect([await mine(ann.s), await mine(bo.s), await mine(cy.s)].map((r) => [r?.status, r?.waitlistPlace])).toEqual([
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ]);
    // Saving the answer again keeps the place; the event list says the same.
    await ok(bo.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going', listed: true });
    expect((await mine(bo.s))?.waitlistPlace).toBe(2);
    const listed = await ok<{ items: EventResponse[] }>(cy.s, 'GET', `/programs/${programId}/events`);
    expect(listed.items.find((x) => x.id === e.id)?.myRsvp?.waitlistPlace).toBe(3);

    // The seat is given back: Ann is promoted (the first place), and the others move up.
    await ok(seat.s, 'POST', `/events/${e.id}/rsvp`, { status: 'not_going' });
    expect([await mine(ann.s), await mine(bo.s), await mine(cy.s), await mine(seat.s)].map((r) => [r?.status, r?.waitlistPlace])).toEqual([
      ['going', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['not_going', null],
    ]);
    // Bo leaves the waitlist: Cy is next.
    await ok(bo.s, 'POST', `/events/${e.id}/rsvp`, { status: 'not_going' });
    expect(await mine(cy.s)).toMatchObject({ status: 'waitlisted', waitlistPlace: 1 });
  });
});

describe('mail to a guardian without an account', () => {
  type MailList = { items: { id: string; to: string; subject: string }[] };
  const mailList = async (s: Session) => (await ok<MailList>(s, 'GET', '/mail?limit=100')).items;

  it('is filed under the event’s organiser, not the minor, and carries nobody’s unsubscribe link', async () => {
    const { programId } = await programOf(t, coord, { minors: true });
    const seat = await memberPerson(t, programId, 'Sal Seat', 'mentee');
    const teen = await memberPerson(t, programId, 'Ty Teen', 'mentee', { isMinor: true });
    await t.database.db.insert(guardianConsents).values({ menteeMemberId: teen.memberId, guardianName: 'Gwen Grown', guardianEmail: 'gwen@example.test', consentGivenOn: '2026-11-01' });
    const e = await eventOf(t, coord, programId, { title: 'Career night', capacity: 1, audienceRoles: ['mentee'] });
    await ok(seat.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    await ok(teen.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    await ok(seat.s, 'POST', `/events/${e.id}/rsvp`, { status: 'not_going' });

    const [row] = (await mails()).filter((m) => m.toAddress === 'gwen@example.test');
    expect(row).toMatchObject({ subject: 'A place opened up: Ty Teen is going to Career night', userId: coord.userId, status: 'sent' });
    // The minor's sent mail holds only their own mail; the organiser's holds the guardian's copy.
    expect((await mailList(teen.s)).map((m) => m.to)).not.toContain('gwen@example.test');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/mail/${row!.id}`, headers: teen.s.headers })).statusCode).toBe(404);
    expect((await mailList(coord)).filter((m) => m.to === 'gwen@example.test').map((m) => m.id)).toEqual([row!.id]);
    const { eml } = await ok<{ eml: string }>(coord, 'GET', `/mail/${row!.id}`);
    const plain = eml.replace(/=\r?\n/g, '');
    expect(plain).toContain('names you as their guardian');
    expect(plain).not.toMatch(/List-Unsubscribe|unsubscribe\//i);
  });

  it('is filed under nobody once the organiser no longer coordinates the program', async () => {
    const { programId } = await programOf(t, coord, { minors: true });
    const cleo = await memberPerson(t, programId, 'Cleo Cocoordinator', 'coordinator');
    const seat = await memberPerson(t, programId, 'Sue Seat', 'mentee');
    const teen = await memberPerson(t, programId, 'Tad Teen', 'mentee', { isMinor: true });
    await t.database.db.insert(guardianConsents).values({ menteeMemberId: teen.memberId, guardianName: 'Gil Grown', guardianEmail: 'gil@example.test', consentGivenOn: '2026-11-01' });
    const e = await eventOf(t, cleo.s, programId, { title: 'Open house', capacity: 1, audienceRoles: ['mentee'] });
    await ok(seat.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    await ok(teen.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    await t.database.db.delete(programMembers).where(eq(programMembers.id, cleo.memberId));
    await ok(seat.s, 'POST', `/events/${e.id}/rsvp`, { status: 'not_going' });

    const [row] = (await mails()).filter((m) => m.toAddress === 'gil@example.test');
    expect(row).toMatchObject({ subject: 'A place opened up: Tad Teen is going to Open house', userId: null, status: 'sent' });
    expect((await mailList(cleo.s)).map((m) => m.to)).not.toContain('gil@example.test');
    expect((await mailList(teen.s)).map((m) => m.to)).not.toContain('gil@example.test');
  });
});

describe('cancelling an event a minor was going to', () => {
  it('tells their guardians too: a member at their account, one recorded by e-mail only without an unsubscribe link; nobody is told twice', async () => {
    const { programId } = await programOf(t, coord, { minors: true });
    const adult = await memberPerson(t, programId, 'Ada Adult', 'mentee');
    const teen = await memberPerson(t, programId, 'Cal Teen', 'mentee', { isMinor: true });
    const waiting = await memberPerson(t, programId, 'Wyn Teen', 'mentee', { isMinor: true });
    const guardian = await memberPerson(t, programId, 'Gail Guardian', 'guardian');
    await t.database.db.insert(guardianConsents).values([
      { menteeMemberId: teen.memberId, guardianMemberId: guardian.memberId, consentGivenOn: '2026-11-01' },
      { menteeMemberId: waiting.memberId, guardianName: 'Glen Grown', guardianEmail: 'glen@example.test', consentGivenOn: '2026-11-01' },
    ]);
    const e = await eventOf(t, coord, programId, { title: 'Robot workshop', capacity: 2, audienceRoles: ['mentee'] });
    await ok(adult.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    await ok(teen.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    expect((await ok<EventResponse>(waiting.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' })).myRsvp?.status).toBe('waitlisted');
    const before = new Set((await mails()).map((m) => m.id));

    await ok(coord, 'POST', `/events/${e.id}/cancel`);
    const sent = (await mails()).filter((m) => !before.has(m.id) && m.kind === 'notify:event_cancelled');
    expect(sent.map((m) => [m.toAddress, m.subject]).sort()).toEqual(
      [
        [adult.s.email, 'Cancelled: Robot workshop'],
        [teen.s.email, 'Cancelled: Robot workshop'],
        [waiting.s.email, 'Cancelled: Robot workshop'],
        [guardian.s.email, 'Cancelled: Robot workshop (Cal Teen had a place)'],
        ['glen@example.test', 'Cancelled: Robot workshop (Wyn Teen had a place on the waitlist)'],
      ].sort(),
    );
    expect(sent.find((m) => m.toAddress === guardian.s.email)?.userId).toBe(guardian.s.userId);
    const glen = sent.find((m) => m.toAddress === 'glen@example.test')!;
    expect(glen.userId).toBe(coord.userId);
    const { eml } = await ok<{ eml: string }>(coord, 'GET', `/mail/${glen.id}`);
    const plain = eml.replace(/=\r?\n/g, '');
    expect(plain).toContain('Wyn Teen was on its waitlist');
    expect(plain).not.toMatch(/List-Unsubscribe|unsubscribe\//i);
  });
});

describe('walk-ins under People you met', () => {
  it('lists a walk-in who agreed at the door, or later themselves; never a minor', async () => {
    const { programId } = await programOf(t, coord);
    const e = await eventOf(t, coord, programId, { startsAt: inHours(1), endsAt: inHours(3) });
    const goer = await memberPerson(t, programId, 'Gail Goer', 'mentee');
    const asked = await memberPerson(t, programId, 'Wes Walkin', 'mentor');
    const later = await memberPerson(t, programId, 'Lou Later', 'mentor');
    const minor = await memberPerson(t, programId, 'Mo Minor', 'mentee', { isMinor: true });
    await ok(goer.s, 'POST', `/events/${e.id}/rsvp`, { status: 'going' });
    await ok(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: goer.memberId });
    const door = await ok<AttendanceResponse>(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: asked.memberId, listed: true });
    expect(door.items.find((p) => p.memberId === asked.memberId)).toMatchObject({ walkIn: true, listed: true });
    await ok(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: later.memberId });
    const m = await ok<AttendanceResponse>(coord, 'POST', `/events/${e.id}/check-ins`, { memberId: minor.memberId, listed: true });
    expect(m.items.find((p) => p.memberId === minor.memberId)).toMatchObject({ walkIn: true, listed: false });

    const names = async () => (await ok<PeopleMetResponse>(goer.s, 'GET', `/events/${e.id}/people-met`)).items.map((p) => p.name);
    expect(await names()).toEqual(['Wes Walkin']);
    // Lou, a walk-in and a member, opts in afterwards from the event page.
    expect((await ok<EventResponse>(later.s, 'GET', `/events/${e.id}`)).listed).toBe(false);
    expect((await ok<EventResponse>(later.s, 'PUT', `/events/${e.id}/listing`, { listed: true })).listed).toBe(true);
    expect(await names()).toEqual(['Lou Later', 'Wes Walkin']);
    // Wes changes his mind.
    await ok(asked.s, 'PUT', `/events/${e.id}/listing`, { listed: false });
    expect(await names()).toEqual(['Lou Later']);
    // The minor cannot opt in.
    const refused = await t.app.inject({ method: 'PUT', url: `/api/v1/events/${e.id}/listing`, headers: minor.s.headers, payload: { listed: true } });
    expect(refused.statusCode).toBe(409);
  });
});

describe('the door list at scale', () => {
  it('searches and pages members in the database (50 a page, by name, keyset), and refuses a junk cursor', async () => {
    const { programId } = await programOf(t, coord);
    await t.database.db.execute(sql`insert into users (email, name, password_hash) select 'door' || g || '-' || ${programId} || '@example.test', 'Member ' || lpad(g::text, 3, '0'), 'x' from generate_series(1, 70) g`);
    await t.database.db.execute(sql`insert into users (email, name, password_hash) values (${`pct-${programId}@example.test`}, 'Percy 100% Sure', 'x')`);
    await t.database.db.execute(sql`insert into program_members (program_id, user_id, role) select ${programId}, id, 'mentee' from users where email like ${`%-${programId}@example.test`}`);
    const e = await eventOf(t, coord, programId, { startsAt: inHours(1), endsAt: inHours(3) });
    const first = await ok<AttendanceResponse>(coord, 'GET', `/events/${e.id}/attendance?show=everyone`);
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const second = await ok<AttendanceResponse>(coord, 'GET', `/events/${e.id}/attendance?show=everyone&cursor=${first.nextCursor}`);
    const names = [...first.items, ...second.items].map((p) => p.name);
    expect(second.nextCursor).toBeNull();
    expect(names).toHaveLength(72);
    expect(new Set(names).size).toBe(72);
    expect(names.slice(0, 3)).toEqual(['Gina Coordinator', 'Member 001', 'Member 002']);
    // Substring, any case; % and _ are literal.
    expect((await ok<AttendanceResponse>(coord, 'GET', `/events/${e.id}/attendance?q=${encodeURIComponent('member 06')}`)).items.map((p) => p.name)).toEqual(
      ['Member 060', 'Member 061', 'Member 062', 'Member 063', 'Member 064', 'Member 065', 'Member 066', 'Member 067', 'Member 068', 'Member 069'],
    );
    expect((await ok<AttendanceResponse>(coord, 'GET', `/events/${e.id}/attendance?q=${encodeURIComponent('0%')}`)).items.map((p) => p.name)).toEqual(['Percy 100% Sure']);
    // Expected (the default): nobody RSVPed yet.
    expect((await ok<AttendanceResponse>(coord, 'GET', `/events/${e.id}/attendance`)).items).toEqual([]);
    const junk = await t.app.inject({ method: 'GET', url: `/api/v1/events/${e.id}/attendance?cursor=junk`, headers: coord.headers });
    expect(junk.statusCode).toBe(400);
    expect(junk.headers['content-type']).toContain('application/problem+json');
  });
});
