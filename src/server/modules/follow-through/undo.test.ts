import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createTestApp, signupUser, type Session, type TestContext, type Method } from '../../../../tests/helpers/test-app';
import type { FollowUpItem, TodayResponse } from '../../../domain/follow-through/api';
import type { Contact } from '../../../domain/network/api';

let t: TestContext;
let a: Session;
let b: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app);
  b = await signupUser(t.app);
});
afterAll(async () => t?.close());

const call = (s: Session, method: Method, url: string, payload?: object) => callApi(t.app, s, method, url, payload);
// A daily cadence: someone never contacted is then due today (a longer one spreads the first date over its period).
const person = async (body: object): Promise<Contact> => {
  const r = await call(a, 'POST', '/contacts', { cadence: { every: 1, unit: 'day' }, ...body });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
};
const today = async (): Promise<TodayResponse> => (await call(a, 'GET', '/today')).json();
const all = (d: TodayResponse) => [...d.overdue, ...d.dueToday, ...d.upcoming];
const item = async (id: string): Promise<FollowUpItem> => (await call(a, 'GET', `/follow-ups/${id}`)).json();
const undo = (id: string, action: string, s = a) => call(s, 'POST', `/follow-ups/${id}/undo`, { action });
const interactionsOf = async (contactId: string) => (await call(a, 'GET', `/interactions?contactId=${contactId}`)).json().items as { id: string; kind: string }[];

describe('undo on Today', () => {
  it('undoes a snooze: the item is back with the due date it had, even after several snoozes', async () => {
    const c = await person({ displayName: 'Uma Snooze' });
    const before = (await today()).dueToday.find((i) => i.contact?.id === c.id)!;
    await call(a, 'POST', `/follow-ups/${before.id}/snooze`, { days: 1 });
    const twice = await call(a, 'POST', `/follow-ups/${before.id}/snooze`, { days: 7 });
    expect(twice.json().dueDate > before.dueDate).toBe(true);
    expect(all(await today()).find((i) => i.id === before.id)).toBeUndefined();
    const r = await undo(before.id, 'snooze');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'open', snoozedUntil: null, dueDate: before.dueDate });
    expect((await today()).dueToday.map((i) => i.id)).toContain(before.id);
    const again = await undo(before.id, 'snooze');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('nothing_to_undo');
  });

  it('keeps a snooze when the contact is edited for another reason', async () => {
    const c = await person({ displayName: 'Ola Keep', circle: 'colleague' });
    const before = (await today()).dueToday.find((i) => i.contact?.id === c.id)!;
    const snoozed = (await call(a, 'POST', `/follow-ups/${before.id}/snooze`, { days: 7 })).json() as FollowUpItem;
    await call(a, 'PATCH', `/contacts/${c.id}`, { company: 'Elsewhere Ltd' });
    expect(all(await today()).find((i) => i.id === before.id)).toBeUndefined();
    expect(await item(before.id)).toMatchObject({ snoozedUntil: snoozed.snoozedUntil, dueDate: snoozed.dueDate });
  });

  it('undoes a skip', async () => {
    const c = await person({ displayName: 'Ivo Skip' });
    const it0 = (await today()).dueToday.find((i) => i.contact?.id === c.id)!;
    await call(a, 'POST', `/follow-ups/${it0.id}/skip`, { reason: 'Away this month' });
    const r = await undo(it0.id, 'skip');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'open', skipReason: null, snoozedUntil: null, dueDate: it0.dueDate });
    expect((await undo(it0.id, 'skip')).statusCode).toBe(409);
  });

  it('undoes done on a keep-in-touch item: the logged touch is removed and the round moves back', async () => {
    const c = await person({ displayName: 'Kai Round', circle: 'mentor' });
    const it0 = (await today()).dueToday.find((i) => i.contact?.id === c.id && i.source === 'cadence')!;
    const done = (await call(a, 'POST', `/follow-ups/${it0.id}/done`, { logInteraction: { kind: 'call' } })).json() as FollowUpItem;
    expect(done.dueDate > it0.dueDate).toBe(true);
    expect(await interactionsOf(c.id)).toHaveLength(1);
    const r = await undo(it0.id, 'done');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'open', dueDate: it0.dueDate });
    expect(await interactionsOf(c.id)).toHaveLength(0);
    expect((await today()).dueToday.map((i) => i.id)).toContain(it0.id);
    expect((await undo(it0.id, 'done')).statusCode).toBe(409);
  });

  it('undoes done on a thank-you, removing only the interaction that click logged', async () => {
    const c = await person({ displayName: 'Tia Thanks' });
    const meeting = (await call(a, 'POST', '/interactions', { kind: 'meeting', occurredAt: new Date(Date.now() - 3_600_000).toISOString(), contactIds: [c.id] })).json();
    const thanks = all(await today()).find((i) => i.source === 'thank_you' && i.contact?.id === c.id)!;
    await call(a, 'POST', `/follow-ups/${thanks.id}/done`, { logInteraction: { kind: 'email', summary: 'Thank-you sent' } });
    expect((await interactionsOf(c.id)).map((i) => i.kind).sort()).toEqual(['email', 'meeting']);
    const r = await undo(thanks.id, 'done');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'open', completedAt: null });
    expect((await interactionsOf(c.id)).map((i) => i.id)).toEqual([meeting.id]);
    expect(all(await today()).map((i) => i.id)).toContain(thanks.id);
  });

  it('validates the action, refuses what was not done, and hides other users’ items', async () => {
    const c = await person({ displayName: 'Vee Check' });
    const it0 = (await today()).dueToday.find((i) => i.contact?.id === c.id)!;
    const bad = await undo(it0.id, 'explode');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('action');
    expect((await undo(it0.id, 'done')).json().code).toBe('nothing_to_undo');
    await call(a, 'POST', `/follow-ups/${it0.id}/skip`, { reason: 'No' });
    expect((await undo(it0.id, 'skip', b)).statusCode).toBe(404);
  });
});
