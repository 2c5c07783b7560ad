import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createTestApp, signupUser, type Session, type TestContext, type Method } from '../../../../tests/helpers/test-app';
import type { FollowUpItem, TodayResponse } from '../../../domain/follow-through/api';
import type { Contact } from '../../../domain/network/api';
import { addCadence, firstDueDate } from '../../../domain/follow-through/index';

let t: TestContext;
let a: Session;
let b: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app, { name: 'Maya Lopez' });
  b = await signupUser(t.app);
});
afterAll(async () => t?.close());

const call = (s: Session, method: Method, url: string, payload?: object) => callApi(t.app, s, method, url, payload);
const person = async (s: Session, body: object): Promise<Contact> => {
  const r = await call(s, 'POST', '/contacts', body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
};
// A daily cadence: someone never contacted is then due today (a longer one spreads the first date over its period).
const daily = { every: 1, unit: 'day' };
const today = async (s: Session): Promise<TodayResponse> => {
  const r = await call(s, 'GET', '/today');
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const all = (d: TodayResponse) => [...d.overdue, ...d.dueToday, ...d.upcoming];
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describe('thank-you notes after an interview', () => {
  it('creates one thank-you per person with a recap prompt, due within 24 h, and a rendered template completes one', async () => {
    const ines = await person(a, { givenName: 'Ines', familyName: 'Park', company: 'Acme', emails: [{ value: 'ines@acme.test' }] });
    const rob = await person(a, { givenName: 'Rob', familyName: 'Stein', company: 'Acme' });
    const kim = await person(a, { givenName: 'Kim', familyName: 'Ode' });
    const occurredAt = hoursAgo(2);
    const r = await call(a, 'POST', '/interactions', {
      kind: 'job_interview',
      occurredAt,
      summary: 'the data platform migration',
      topics: ['data platform', 'team culture'],
      participants: [
        { contactId: ines.id, role: 'interviewer' },
        { contactId: rob.id, role: 'recruiter' },
        { contactId: kim.id, role: 'arranged_by' },
      ],
    });
    expect(r.statusCode, r.body).toBe(201);
    const interactionId = r.json().id as string;

    const day = await today(a);
    const thanks = all(day).filter((i) => i.source === 'thank_you');
    expect(thanks.map((i) => i.contact?.displayName).sort()).toEqual(['Ines Park', 'Kim Ode', 'Rob Stein']);
    for (const item of thanks) {
      expect(new Date(item.dueAt!).getTime() - new Date(occurredAt).getTime()).toBe(24 * 3_600_000);
      expect(item.sourceId).toBe(interactionId);
      expect(day.overdue).not.toContainEqual(item);
    }
    const ines1 = thanks.find((i) => i.contact?.id === ines.id)!;
    expect(ines1.prompt).toContain('the data platform migration');
    expect(thanks.find((i) => i.contact?.id === rob.id)!.title).toContain('arranging');

    // Logging it again (an edit) does not duplicate anything.
    await call(a, 'PATCH', `/interactions/${interactionId}`, { summary: 'the data platform migration' });
    expect(all(await today(a)).filter((i) => i.source === 'thank_you')).toHaveLength(3);

    const rendered = await call(a, 'POST', '/templates/thank-you-recap/render', { followUpId: ines1.id });
    expect(rendered.statusCode, rendered.body).toBe(200);
    const msg = rendered.json();
    expect(msg.body).toContain('Hi Ines,');
    expect(msg.body).toContain('the data platform migration');
    expect(msg.body).toContain('Maya Lopez');
    expect(msg.mailto).toMatch(/^mailto:ines@acme\.test\?subject=Thank%20you%2C%20Ines/);

    const done = await call(a, 'POST', `/follow-ups/${ines1.id}/done`, { logInteraction: { kind: 'email', summary: msg.body } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('done');
    const after = all(await today(a));
    expect(after.find((i) => i.id === ines1.id)).toBeUndefined();
    expect(after.filter((i) => i.source === 'thank_you')).toHaveLength(2);

    // Done stays done: another edit of the interview does not bring it back.
    await call(a, 'PATCH', `/interactions/${interactionId}`, { topics: ['data platform'] });
    const list = (await call(a, 'GET', `/follow-ups?contactId=${ines.id}&status=done`)).json();
    expect(list.items.map((i: FollowUpItem) => i.id)).toContain(ines1.id);
    expect(all(await today(a)).filter((i) => i.source === 'thank_you')).toHaveLength(2);
  });

  it('adds a reach-out-again two months after an informational interview', async () => {
    const lee = await person(a, { displayName: 'Lee Wu' });
    await call(a, 'POST', '/interactions', { kind: 'informational_interview', occurredAt: hoursAgo(1), contactIds: [lee.id], topics: ['design'] });
    const items = (await call(a, 'GET', `/follow-ups?contactId=${lee.id}`)).json().items as FollowUpItem[];
    expect(items.map((i) => i.source).sort()).toEqual(['cadence', 'reach_out', 'thank_you']);
    const reach = items.find((i) => i.source === 'reach_out')!;
    const days = (new Date(reach.dueDate).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(55);
    expect(days).toBeLessThan(63);
  });
});

describe('keep-in-touch cadence', () => {
  it('is first due within one period for a never-contacted contact (spread by id, not all today) and moves when a coffee is logged', async () => {
    const mo = await person(a, { displayName: 'Mo Adeyemi', circle: 'colleague' });
    const day = await today(a);
    const item = ((await call(a, 'GET', `/follow-ups?contactId=${mo.id}&source=cadence`)).json().items as FollowUpItem[])[0];
    expect(item?.dueDate).toBe(firstDueDate(mo.id, day.today, { every: 2, unit: 'month' }));
    expect(item!.dueDate >= day.today && item!.dueDate < addCadence(day.today, { every: 2, unit: 'month' })).toBe(true);
    await call(a, 'POST', '/interactions', { kind: 'coffee', occurredAt: new Date().toISOString(), contactIds: [mo.id] });
    const moved = (await call(a, 'GET', `/follow-ups/${item!.id}`)).json() as FollowUpItem;
    expect(moved.status).toBe('open');
    expect(moved.dueDate > item!.dueDate).toBe(true);
    expect(all(await today(a)).find((i) => i.id === item!.id)).toBeUndefined();
  });

  it('many contacts given a cadence at once (an import, a circle cadence) are spread over the period, not all due today', async () => {
    const s = await signupUser(t.app);
    const people: Contact[] = [];
    for (let i = 0; i < 40; i++) people.push(await person(s, { displayName: `Imported ${i}`, circle: 'customer' }));
    const day = await today(s);
    expect(day.dueToday.filter((i) => i.source === 'cadence').length).toBeLessThan(8);
    const items = (await call(s, 'GET', '/follow-ups?source=cadence&limit=200')).json().items as FollowUpItem[];
    expect(items).toHaveLength(40);
    expect(new Set(items.map((i) => i.dueDate)).size).toBeGreaterThanOrEqual(15);
    // The date is stable: another sync after an unrelated edit keeps it.
    await call(s, 'PATCH', `/contacts/${people[0]!.id}`, { company: 'Acme' });
    await today(s);
    const again = (await call(s, 'GET', `/follow-ups?contactId=${people[0]!.id}&source=cadence`)).json().items[0] as FollowUpItem;
    expect(again.dueDate).toBe(items.find((i) => i.contact?.id === people[0]!.id)!.dueDate);
  });

  it('completing a cadence item logs a touch of the chosen kind and moves to the next round', async () => {
    const pat = await person(a, { displayName: 'Pat Kim', circle: 'mentor', cadence: daily });
    const item = (await today(a)).dueToday.find((i) => i.contact?.id === pat.id)!;
    const r = await call(a, 'POST', `/follow-ups/${item.id}/done`, { logInteraction: { kind: 'call' } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().status).toBe('open');
    expect(r.json().dueDate > item.dueDate).toBe(true);
    const log = (await call(a, 'GET', `/interactions?contactId=${pat.id}`)).json();
    expect(log.items[0].kind).toBe('call');
  });

  it('follows contact edits: a starred contact uses the potential-mentor cadence; a switched-off circle has none', async () => {
    const v = await person(a, { displayName: 'Val Ng', circle: 'vendor' });
    await call(a, 'POST', '/interactions', { kind: 'call', occurredAt: new Date().toISOString(), contactIds: [v.id] });
    const before = (await call(a, 'GET', `/follow-ups?contactId=${v.id}&source=cadence`)).json().items[0] as FollowUpItem;
    await call(a, 'PATCH', `/contacts/${v.id}`, { starred: true });
    await today(a);
    const after = (await call(a, 'GET', `/follow-ups?contactId=${v.id}&source=cadence`)).json().items[0] as FollowUpItem;
    expect(after.dueDate < before.dueDate).toBe(true); // 2 months instead of 3
    const s = await call(a, 'PATCH', '/follow-through/settings', { circleCadences: { potential_mentor: null } });
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json().effectiveCircleCadences.potential_mentor).toBeNull();
    await today(a);
    expect((await call(a, 'GET', `/follow-ups?contactId=${v.id}&source=cadence`)).json().items).toHaveLength(0);
    await call(a, 'PATCH', '/follow-through/settings', { circleCadences: {} });
  });
});

describe('snooze, skip and reopen', () => {
  it('snoozes out of Today, refuses a snooze to today, requires a skip reason, and reopens', async () => {
    const c = await person(b, { displayName: 'Sam Ray', cadence: daily });
    const item = (await today(b)).dueToday.find((i) => i.contact?.id === c.id)!;
    const bad = await call(b, 'POST', `/follow-ups/${item.id}/snooze`, { until: (await today(b)).today });
    expect(bad.statusCode).toBe(400);
    const s = await call(b, 'POST', `/follow-ups/${item.id}/snooze`, { days: 1 });
    expect(s.statusCode, s.body).toBe(200);
    expect(all(await today(b)).find((i) => i.id === item.id)).toBeUndefined();
    expect((await call(b, 'POST', `/follow-ups/${item.id}/skip`, { reason: '  ' })).statusCode).toBe(400);
    const k = await call(b, 'POST', `/follow-ups/${item.id}/skip`, { reason: 'They are on leave' });
    expect(k.json()).toMatchObject({ status: 'skipped', skipReason: 'They are on leave', actions: ['reopen'] });
    expect(k.json().snoozedUntil > (await today(b)).today).toBe(true);
    expect((await call(b, 'POST', `/follow-ups/${item.id}/skip`, { reason: 'again' })).statusCode).toBe(409);
    const o = await call(b, 'POST', `/follow-ups/${item.id}/reopen`);
    expect(o.json().status).toBe('open');
  });
});

describe('isolation', () => {
  it("answers 404 for another user's follow-up and 400 for another user's contact", async () => {
    const c = await person(a, { displayName: 'Private', cadence: daily });
    const item = (await today(a)).dueToday.find((i) => i.contact?.id === c.id)!;
    for (const url of [`/follow-ups/${item.id}`]) expect((await call(b, 'GET', url)).statusCode).toBe(404);
    expect((await call(b, 'POST', `/follow-ups/${item.id}/done`, {})).statusCode).toBe(404);
    expect((await call(b, 'POST', `/follow-ups/${item.id}/snooze`, { days: 7 })).statusCode).toBe(404);
    expect(all(await today(b)).find((i) => i.id === item.id)).toBeUndefined();
    const r = await call(b, 'POST', '/commitments', { direction: 'i_promised', contactId: c.id, what: 'send notes' });
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toContain('No such contact');
    const render = await call(b, 'POST', '/templates/mentor-ask/render', { contactId: c.id });
    expect(render.statusCode).toBe(400);
  });
});
