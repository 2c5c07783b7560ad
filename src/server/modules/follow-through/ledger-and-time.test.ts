import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createTestApp, signupUser, type Session, type TestContext, type Method } from '../../../../tests/helpers/test-app';
import type { CommitmentResponse } from '../../../domain/follow-through/api';
import type { Db } from '../../db/client';
import { createCommitment } from './commitments-service';
import { getToday } from './today-service';
import { listFollowUpsForDigest, listOccasionsForFeed, listOpenFollowUpsForFeed } from './feed-service';

let t: TestContext;
let a: Session;
let b: Session;
let db: Db;
beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  a = await signupUser(t.app);
  b = await signupUser(t.app);
});
afterAll(async () => t?.close());

const call = (s: Session, method: Method, url: string, payload?: object) => callApi(t.app, s, method, url, payload);
const person = async (s: Session, body: object) => {
  const r = await call(s, 'POST', '/contacts', body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string };
};
const stepItems = async (s: Session, id: string) =>
  ((await call(s, 'GET', '/follow-ups?source=commitment&status=open&limit=200')).json().items as { sourceId: string; title: string; id: string }[]).filter((i) => i.sourceId === id);

describe('promises ledger', () => {
  it('walks an offered introduction through coordinate → done → thanked, then thanks the introducer', async () => {
    const ana = await person(a, { displayName: 'Ana' });
    const raj = await person(a, { displayName: 'Raj' });
    const r = await call(a, 'POST', '/commitments', { direction: 'they_offered', contactId: ana.id, involvingContactId: raj.id, what: 'introduce you to Raj' });
    expect(r.statusCode, r.body).toBe(201);
    const intro = r.json() as CommitmentResponse;
    expect(intro.nextSteps[0]).toMatchObject({ owner: 'me', action: 'coordinate' });
    expect((await stepItems(a, intro.id)).map((i) => i.title)).toEqual(['Coordinate: Ana offered to introduce you to Raj']);

    expect((await call(a, 'POST', `/commitments/${intro.id}/thank`)).statusCode).toBe(409);
    const nudged = (await call(a, 'POST', `/commitments/${intro.id}/nudge`)).json() as CommitmentResponse;
    expect(nudged).toMatchObject({ state: 'nudged', nudgeCount: 1 });
    expect(await stepItems(a, intro.id)).toHaveLength(0); // waiting on Ana
    const done = (await call(a, 'POST', `/commitments/${intro.id}/complete`)).json() as CommitmentResponse;
    expect(done.state).toBe('done');
    const [thankStep] = await stepItems(a, intro.id);
    expect(thankStep!.title).toBe('Thank Ana for the introduction to Raj');
    // Ticking the step off on Today thanks her.
    expect((await call(a, 'POST', `/follow-ups/${thankStep!.id}/done`, {})).statusCode).toBe(200);
    expect((await call(a, 'GET', `/commitments/${intro.id}`)).json().state).toBe('thanked');

    // Raj then offers something, and it happens: Ana should hear the introduction led somewhere.
    const offer = (await call(a, 'POST', '/commitments', { direction: 'they_offered', contactId: raj.id, what: 'review your portfolio' })).json() as CommitmentResponse;
    expect(offer.introducerContact).toEqual({ id: ana.id, displayName: 'Ana' });
    // The list joins introducers in the same statement: same answer as reading one by one.
    const listed = (await call(a, 'GET', '/commitments')).json().items as CommitmentResponse[];
    expect(listed.find((c) => c.id === offer.id)!.introducerContact).toEqual({ id: ana.id, displayName: 'Ana' });
    expect(listed.find((c) => c.id === intro.id)!.introducerContact).toBeNull();
    for (const c of listed) expect(c).toEqual((await call(a, 'GET', `/commitments/${c.id}`)).json());
    const after = (await call(a, 'POST', `/commitments/${offer.id}/complete`)).json() as CommitmentResponse;
    expect(after.nextSteps.map((s) => s.action)).toEqual(['thank', 'thank_introducer']);
    const thanked = await call(a, 'POST', `/commitments/${offer.id}/thank-introducer`);
    expect(thanked.statusCode, thanked.body).toBe(200);
    expect(thanked.json().introducerThankedAt).not.toBeNull();
    const again = await call(a, 'POST', `/commitments/${offer.id}/thank-introducer`);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('The introducer has already been thanked');
  });

  it('a promise I made is mine to deliver, then theirs to close; drop needs a reason; reopen; delete', async () => {
    const lee = await person(a, { displayName: 'Lee' });
    const p = (await call(a, 'POST', '/commitments', { direction: 'i_promised', contactId: lee.id, what: 'send my portfolio', dueDate: '2030-01-01' })).json() as CommitmentResponse;
    expect(p.nextSteps[0]).toMatchObject({ owner: 'me', action: 'deliver', dueDate: '2030-01-01' });
    expect((await call(a, 'POST', `/commitments/${p.id}/drop`, {})).statusCode).toBe(400);
    expect((await call(a, 'POST', `/commitments/${p.id}/drop`, { reason: 'No longer needed' })).json()).toMatchObject({ state: 'dropped', dropReason: 'No longer needed' });
    expect(await stepItems(a, p.id)).toHaveLength(0);
    expect((await call(a, 'POST', `/commitments/${p.id}/reopen`)).json().state).toBe('open');
    const delivered = (await call(a, 'POST', `/commitments/${p.id}/complete`)).json() as CommitmentResponse;
    expect(delivered.nextSteps).toEqual([expect.objectContaining({ owner: 'them', action: 'close_loop' })]);
    expect((await call(a, 'PATCH', `/commitments/${p.id}`, { what: 'send my portfolio and CV' })).json().what).toBe('send my portfolio and CV');
    expect((await call(a, 'GET', '/commitments?state=done')).json().items.map((c: CommitmentResponse) => c.id)).toContain(p.id);
    const late = await call(a, 'PATCH', `/commitments/${p.id}`, { direction: 'they_offered' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('commitment_not_live');
    expect((await call(b, 'GET', `/commitments/${p.id}`)).statusCode).toBe(404);
    expect((await call(b, 'POST', `/commitments/${p.id}/nudge`)).statusCode).toBe(404);
    expect((await call(a, 'DELETE', `/commitments/${p.id}`)).statusCode).toBe(204);
    expect((await call(a, 'GET', `/commitments/${p.id}`)).statusCode).toBe(404);
  });
});

describe('editing a promise', () => {
  it('changes what, whom, when and direction, and the next step follows', async () => {
    const kim = await person(a, { displayName: 'Kim' });
    const jo = await person(a, { displayName: 'Jo' });
    const c = (await call(a, 'POST', '/commitments', { direction: 'they_offered', contactId: kim.id, what: 'share the job post' })).json() as CommitmentResponse;
    expect((await stepItems(a, c.id)).map((i) => i.title)).toEqual(['Coordinate: Kim offered to share the job post']);
    const r = await call(a, 'PATCH', `/commitments/${c.id}`, { direction: 'i_promised', contactId: jo.id, what: 'send the reading list', dueDate: '2031-05-02' });
    expect(r.statusCode, r.body).toBe(200);
    const edited = r.json() as CommitmentResponse;
    expect(edited).toMatchObject({ direction: 'i_promised', contact: { id: jo.id, displayName: 'Jo' }, what: 'send the reading list', dueDate: '2031-05-02' });
    expect(edited.nextSteps[0]).toMatchObject({ owner: 'me', action: 'deliver', dueDate: '2031-05-02' });
    const steps = await stepItems(a, c.id);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.title).toContain('reading list');
    const bad = await call(a, 'PATCH', `/commitments/${c.id}`, { what: ' ', dueDate: 'tomorrow', direction: 'sideways' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['direction', 'dueDate', 'what']);
    expect((await call(b, 'PATCH', `/commitments/${c.id}`, { what: 'x' })).statusCode).toBe(404);
  });
});

describe('time zones and occasions (services with a fixed clock)', () => {
  it('shows the same item in different buckets at the same instant in Kiritimati and Pago Pago', async () => {
    const east = await signupUser(t.app, { timezone: 'Pacific/Kiritimati' });
    const west = await signupUser(t.app, { timezone: 'Pacific/Pago_Pago' });
    const now = new Date('2026-03-10T12:00:00Z'); // 2026-03-11 02:00 in Kiritimati, 2026-03-10 01:00 in Pago Pago
    for (const s of [east, west]) {
      const c = await person(s, { displayName: 'Dee' });
      await createCommitment(db, s.userId, { direction: 'i_promised', contactId: c.id, what: 'send the deck', dueDate: '2026-03-11' }, now);
    }
    const e = await getToday(db, east.userId, now);
    const w = await getToday(db, west.userId, now);
    expect(e.today).toBe('2026-03-11');
    expect(w.today).toBe('2026-03-10');
    expect(e.dueToday.map((i) => i.title)).toContain('Send the deck (you promised)');
    expect(w.upcoming.map((i) => i.title)).toContain('Send the deck (you promised)');
    const digest = await listFollowUpsForDigest(db, east.userId, now);
    expect(digest.today.map((i) => i.title)).toContain('Send the deck (you promised)');
  });

  it('reminds of a yearless birthday and an important date occasion_lead_days ahead, for the next occurrence', async () => {
    const s = await signupUser(t.app, { timezone: 'Europe/Berlin' });
    await call(s, 'PATCH', '/follow-through/settings', { occasionLeadDays: 3 });
    await person(s, { displayName: 'Bo', birthday: '--03-15', importantDates: [{ label: 'work anniversary', date: '2019-03-20' }] });
    const now = new Date('2026-03-11T09:00:00Z');
    const day = await getToday(db, s.userId, now);
    const occasions = [...day.dueToday, ...day.upcoming].filter((i) => i.source === 'occasion');
    expect(occasions.map((i) => [i.dueDate, i.title])).toEqual([
      ['2026-03-12', "Bo's birthday on 2026-03-15, in 3 days"],
      ['2026-03-17', 'Bo: work anniversary on 2026-03-20, in 3 days (7 years)'],
    ]);
    // The day after the birthday the next year's reminder exists, and the feed lists raw dates.
    await getToday(db, s.userId, new Date('2026-03-16T09:00:00Z'));
    const open = await listOpenFollowUpsForFeed(db, s.userId, new Date('2026-03-16T09:00:00Z'));
    expect(open.some((i) => i.dueDate === '2027-03-12')).toBe(true);
    expect(await listOccasionsForFeed(db, s.userId)).toEqual([
      expect.objectContaining({ label: 'birthday', date: '--03-15', contactName: 'Bo' }),
      expect.objectContaining({ label: 'work anniversary', date: '2019-03-20' }),
    ]);
  });
});

describe('habits, templates and settings', () => {
  it('counts distinct people this week, shows progress on Today, and isolates habits', async () => {
    const h = await call(a, 'POST', '/habits', { name: 'Lunch with a colleague', kind: 'distinct_people', target: 2, filter: { kinds: ['lunch'] } });
    expect(h.statusCode, h.body).toBe(201);
    const x = await person(a, { displayName: 'X' });
    await call(a, 'POST', '/interactions', { kind: 'lunch', occurredAt: new Date(Date.now() - 60_000).toISOString(), contactIds: [x.id] });
    const got = (await call(a, 'GET', `/habits/${h.json().id}`)).json();
    expect(got).toMatchObject({ count: 1, met: false, target: 2, streak: 0 });
    const onToday = (await call(a, 'GET', '/today')).json().habits;
    expect(onToday.find((x: { id: string }) => x.id === h.json().id)).toMatchObject({ count: 1 });
    expect((await call(a, 'PATCH', `/habits/${h.json().id}`, { target: 1 })).json()).toMatchObject({ met: true, streak: 1 });
    expect((await call(b, 'GET', `/habits/${h.json().id}`)).statusCode).toBe(404);
    expect((await call(a, 'POST', '/habits', { name: 'x', kind: 'distinct_people', target: 0 })).statusCode).toBe(400);
    expect((await call(a, 'DELETE', `/habits/${h.json().id}`)).statusCode).toBe(204);
  });

  it('lists built-ins with overrides, creates/edits/deletes custom ones, resets a built-in, refuses bad syntax', async () => {
    const list = (await call(a, 'GET', '/templates')).json().items;
    expect(list.map((x: { id: string }) => x.id)).toContain('linkedin-connection-note');
    const edited = await call(a, 'PATCH', '/templates/mentor-ask', { body: 'Hi {firstName}, would you mentor me? {myName}' });
    expect(edited.json()).toMatchObject({ builtIn: true, customized: true });
    expect((await call(b, 'GET', '/templates/mentor-ask')).json().customized).toBe(false);
    expect((await call(a, 'POST', '/templates/mentor-ask/reset')).json().customized).toBe(false);
    const bad = await call(a, 'POST', '/templates', { name: 'Bad', subject: null, body: 'Hi {{firstName}}' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain("Unexpected '{' inside a merge field");
    const mine = await call(a, 'POST', '/templates', { name: 'Short', subject: 'Hello', body: 'Hi {firstName} at {company}, {jobTitle}' });
    expect(mine.statusCode).toBe(201);
    const c = await person(a, { givenName: 'Jo', familyName: 'Bee', company: 'Zed', title: 'CTO' });
    const r = (await call(a, 'POST', `/templates/${mine.json().id}/render`, { contactId: c.id })).json();
    expect(r).toMatchObject({ body: 'Hi Jo at Zed, CTO', missing: [], overLimit: false });
    const li = (await call(a, 'POST', '/templates/linkedin-connection-note/render', { contactId: c.id, fields: { title: 'Dr.', topic: 'x'.repeat(300) } })).json();
    expect(li).toMatchObject({ overLimit: true, mailto: null });
    expect(li.body.startsWith('Hi Dr. Bee')).toBe(true);
    expect((await call(b, 'GET', `/templates/${mine.json().id}`)).statusCode).toBe(404);
    expect((await call(a, 'DELETE', '/templates/mentor-ask')).statusCode).toBe(409);
    expect((await call(a, 'DELETE', `/templates/${mine.json().id}`)).statusCode).toBe(204);
  });

  it('creates settings lazily with defaults and validates changes', async () => {
    const s = (await call(b, 'GET', '/follow-through/settings')).json();
    expect(s).toMatchObject({ digest: 'daily', digestHour: 7, weekStartsOn: 1, occasionLeadDays: 7, circleCadences: {} });
    expect(s.effectiveCircleCadences.potential_mentor).toEqual({ every: 2, unit: 'month' });
    const p = await call(b, 'PATCH', '/follow-through/settings', { digest: 'weekly', weekStartsOn: 7, circleCadences: { vendor: { every: 4, unit: 'month' } } });
    expect(p.json()).toMatchObject({ digest: 'weekly', weekStartsOn: 7, circleCadences: { vendor: { every: 4, unit: 'month' } } });
    expect((await call(b, 'PATCH', '/follow-through/settings', { circleCadences: { vendor: { every: 40, unit: 'month' } } })).statusCode).toBe(400);
    expect((await call(b, 'PATCH', '/follow-through/settings', { digestHour: 24 })).statusCode).toBe(400);
  });
});
