import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { callApi, createTestApp, signupUser, type Session, type TestContext, type Method } from '../../../../tests/helpers/test-app';
import { interactions } from '../../db/schema/index';
import type { Contact, Interaction } from '../../../domain/network/api';

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
const person = async (s: Session, displayName: string): Promise<Contact> => {
  const r = await call(s, 'POST', '/contacts', { displayName });
  expect(r.statusCode).toBe(201);
  return r.json();
};
const log = async (s: Session, body: object): Promise<Interaction> => {
  const r = await call(s, 'POST', '/interactions', { kind: 'coffee', ...body });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
};
const lastContacted = async (s: Session, id: string) => (await call(s, 'GET', `/contacts/${id}`)).json().lastContactedAt as string | null;

describe('logging interactions', () => {
  it('creates with contactIds and participants combined (the participant role wins) and sets last contacted', async () => {
    const x = await person(a, 'Xena');
    const y = await person(a, 'Yuri');
    const i = await log(a, {
      kind: 'job_interview',
      occurredAt: '2026-02-03T10:00:00+01:00',
      contactIds: [x.id, y.id],
      participants: [{ contactId: y.id, role: 'interviewer' }],
      summary: 'Panel',
      topics: ['system design'],
    });
    expect(i).toMatchObject({ kind: 'job_interview', occurredAt: '2026-02-03T09:00:00.000Z', summary: 'Panel', topics: ['system design'] });
    expect(i.participants).toEqual([
      { contactId: x.id, displayName: 'Xena', role: null },
      { contactId: y.id, displayName: 'Yuri', role: 'interviewer' },
    ]);
    expect(await lastContacted(a, x.id)).toBe('2026-02-03T09:00:00.000Z');
    expect((await call(a, 'GET', `/interactions/${i.id}`)).json()).toEqual(i);
  });

  it('validates kind, time and people', async () => {
    const x = await person(a, 'Val');
    const none = await call(a, 'POST', '/interactions', { kind: 'coffee', occurredAt: '2026-01-01T10:00:00Z' });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors).toEqual([{ path: 'contactIds', message: 'Choose at least one person' }]);
    const bad = await call(a, 'POST', '/interactions', { kind: 'brunch', occurredAt: '2026-01-01 10:00', contactIds: ['nope'] });
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['contactIds.0', 'kind', 'occurredAt']);
    for (const occurredAt of ['0000-01-01T00:00:00Z', '2026-02-30T10:00:00Z', '2026-01-01T10:00:00']) {
      const r = await call(a, 'POST', '/interactions', { kind: 'call', occurredAt, contactIds: [x.id] });
      expect(r.statusCode, occurredAt).toBe(400);
      expect(r.json().errors[0].path).toBe('occurredAt');
    }
  });

  it("refuses other users', unknown and deleted contacts alike, and writes nothing", async () => {
    const mine = await person(a, 'Mine');
    const gone = await person(a, 'Gone');
    await call(a, 'DELETE', `/contacts/${gone.id}`);
    const theirs = await person(b, 'Theirs');
    const before = await t.database.db.select().from(interactions).where(eq(interactions.userId, a.userId));
    const r = await call(a, 'POST', '/interactions', {
      kind: 'call',
      occurredAt: '2026-01-01T10:00:00Z',
      contactIds: [mine.id, theirs.id, '00000000-0000-4000-8000-000000000000'],
      participants: [{ contactId: gone.id, role: 'hr' }],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toEqual([
      { path: 'contactIds.1', message: 'No such contact' },
      { path: 'contactIds.2', message: 'No such contact' },
      { path: 'participants.0.contactId', message: 'No such contact' },
    ]);
    const after = await t.database.db.select().from(interactions).where(eq(interactions.userId, a.userId));
    expect(after.length).toBe(before.length);
    expect(await lastContacted(a, mine.id)).toBeNull();
    expect(await lastContacted(b, theirs.id)).toBeNull();
  });
});

describe('last contacted follows the interaction log', () => {
  it('moves on create, update, re-assignment and delete', async () => {
    const p = await person(a, 'Pat');
    const q = await person(a, 'Quinn');
    const early = await log(a, { occurredAt: '2025-01-10T08:00:00Z', contactIds: [p.id] });
    const late = await log(a, { occurredAt: '2025-03-10T08:00:00Z', contactIds: [p.id] });
    expect(await lastContacted(a, p.id)).toBe('2025-03-10T08:00:00.000Z');
    await log(a, { occurredAt: '2024-12-01T08:00:00Z', contactIds: [p.id] });
    expect(await lastContacted(a, p.id)).toBe('2025-03-10T08:00:00.000Z');

    const moved = await call(a, 'PATCH', `/interactions/${early.id}`, { occurredAt: '2025-05-01T08:00:00Z' });
    expect(moved.statusCode).toBe(200);
    expect(await lastContacted(a, p.id)).toBe('2025-05-01T08:00:00.000Z');

    // The latest meeting was really with Quinn: Pat falls back to the next one, Quinn gains it.
    const reassigned = await call(a, 'PATCH', `/interactions/${early.id}`, { contactIds: [q.id] });
    expect(reassigned.json().participants.map((x: { contactId: string }) => x.contactId)).toEqual([q.id]);
    expect(reassigned.json().occurredAt).toBe('2025-05-01T08:00:00.000Z');
    expect(await lastContacted(a, p.id)).toBe('2025-03-10T08:00:00.000Z');
    expect(await lastContacted(a, q.id)).toBe('2025-05-01T08:00:00.000Z');

    expect((await call(a, 'DELETE', `/interactions/${late.id}`)).statusCode).toBe(204);
    expect(await lastContacted(a, p.id)).toBe('2024-12-01T08:00:00.000Z');
    expect((await call(a, 'DELETE', `/interactions/${early.id}`)).statusCode).toBe(204);
    expect(await lastContacted(a, q.id)).toBeNull();
    expect((await call(a, 'GET', `/interactions/${early.id}`)).statusCode).toBe(404);
  });

  it('is never taken from the client', async () => {
    const p = await person(a, 'Rae');
    const r = await call(a, 'PATCH', `/contacts/${p.id}`, { lastContactedAt: '2020-01-01T00:00:00Z', company: 'Co' });
    expect(r.statusCode).toBe(200);
    expect(r.json().lastContactedAt).toBeNull();
  });

  it('PATCH keeps what is not sent, and refuses an empty set of people', async () => {
    const p = await person(a, 'Sol');
    const i = await log(a, { occurredAt: '2025-06-01T08:00:00Z', participants: [{ contactId: p.id, role: 'recruiter' }], topics: ['pay'] });
    const r = await call(a, 'PATCH', `/interactions/${i.id}`, { summary: 'Offer talk' });
    expect(r.json()).toMatchObject({ summary: 'Offer talk', topics: ['pay'], kind: 'coffee', participants: [{ contactId: p.id, role: 'recruiter' }] });
    expect(Date.parse(r.json().updatedAt)).toBeGreaterThanOrEqual(Date.parse(i.updatedAt));
    const empty = await call(a, 'PATCH', `/interactions/${i.id}`, { contactIds: [], participants: [] });
    expect(empty.statusCode).toBe(400);
    const foreign = await call(a, 'PATCH', `/interactions/${i.id}`, { contactIds: [(await person(b, 'Other')).id] });
    expect(foreign.json().errors).toEqual([{ path: 'contactIds.0', message: 'No such contact' }]);
    expect((await call(a, 'GET', `/interactions/${i.id}`)).json().participants).toHaveLength(1);
  });

  it('hides a deleted contact from participants until it is restored', async () => {
    const p = await person(a, 'Tao');
    const i = await log(a, { occurredAt: '2025-06-01T08:00:00Z', contactIds: [p.id] });
    await call(a, 'DELETE', `/contacts/${p.id}`);
    expect((await call(a, 'GET', `/interactions/${i.id}`)).json().participants).toEqual([]);
    await call(a, 'POST', `/contacts/${p.id}/restore`);
    expect((await call(a, 'GET', `/interactions/${i.id}`)).json().participants).toHaveLength(1);
  });
});

describe('listing', () => {
  let s: Session;
  let c1: Contact;
  let c2: Contact;
  let made: Interaction[];
  beforeAll(async () => {
    s = await signupUser(t.app);
    c1 = await person(s, 'One');
    c2 = await person(s, 'Two');
    made = [];
    const times = ['2025-01-01T09:00:00Z', '2025-01-01T09:00:00Z', '2025-01-01T09:00:00Z', '2025-02-01T09:00:00Z', '2025-03-01T09:00:00.001Z', '2025-03-01T09:00:00Z', '2024-12-31T23:59:59Z'];
    for (const [n, occurredAt] of times.entries()) {
      made.push(await log(s, { kind: n % 2 ? 'call' : 'lunch', occurredAt, contactIds: n < 4 ? [c1.id] : [c2.id] }));
    }
  });
  const page = async (qs: string) => {
    const r = await call(s, 'GET', `/interactions?${qs}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { items: Interaction[]; nextCursor: string | null };
  };

  it('pages newest first across ties without gaps or repeats', async () => {
    const seen: Interaction[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const p = await page(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...p.items);
      cursor = p.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    const want = [...made].sort((x, y) => (x.occurredAt === y.occurredAt ? (x.id < y.id ? 1 : -1) : x.occurredAt < y.occurredAt ? 1 : -1));
    expect(seen.map((i) => i.id)).toEqual(want.map((i) => i.id));
    expect(seen[0]!.occurredAt).toBe('2025-03-01T09:00:00.001Z');
  });

  it('filters by contact, kind and a [from, to) window', async () => {
    expect((await page(`contactId=${c2.id}`)).items.map((i) => i.id)).toEqual([made[4]!.id, made[5]!.id, made[6]!.id]);
    expect((await page('kind=call')).items.every((i) => i.kind === 'call')).toBe(true);
    expect((await page('kind=call,lunch')).items).toHaveLength(7);
    const window = await page(`from=${encodeURIComponent('2025-01-01T09:00:00Z')}&to=${encodeURIComponent('2025-03-01T09:00:00Z')}`);
    expect(window.items.map((i) => i.occurredAt).sort()).toEqual(['2025-01-01T09:00:00.000Z', '2025-01-01T09:00:00.000Z', '2025-01-01T09:00:00.000Z', '2025-02-01T09:00:00.000Z']);
    expect((await page(`contactId=${c1.id}&kind=lunch`)).items).toHaveLength(2);
  });

  it('answers 400 for bad cursors, ids, kinds, times and limits', async () => {
    for (const qs of ['cursor=zzz', 'cursor=eyJzIjoibmFtZSJ9', 'contactId=123', 'kind=brunch', 'from=yesterday', 'from=0000-01-01T00:00:00Z', 'limit=500']) {
      const r = await call(s, 'GET', `/interactions?${qs}`);
      expect(r.statusCode, qs).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('isolation', () => {
  it("answers 404 for another user's interaction and never lists it", async () => {
    const p = await person(a, 'Secret');
    const i = await log(a, { occurredAt: '2025-06-01T08:00:00Z', contactIds: [p.id] });
    expect((await call(b, 'GET', `/interactions/${i.id}`)).statusCode).toBe(404);
    expect((await call(b, 'PATCH', `/interactions/${i.id}`, { summary: 'x' })).statusCode).toBe(404);
    expect((await call(b, 'DELETE', `/interactions/${i.id}`)).statusCode).toBe(404);
    expect((await call(b, 'GET', '/interactions')).json().items.map((x: Interaction) => x.id)).not.toContain(i.id);
    expect((await call(b, 'GET', `/interactions?contactId=${p.id}`)).json().items).toEqual([]);
    expect((await call(a, 'GET', `/interactions/${i.id}`)).json().summary).toBeNull();
  });

  it('a deleted interaction can be restored: same id and people, and the keep-in-touch round, last contacted and thank-yous come back', async () => {
    const c = await signupUser(t.app);
    const cara = (await call(c, 'POST', '/contacts', { displayName: 'Cara Lin', circle: 'colleague' })).json() as Contact;
    const day = 86_400_000;
    const older = await log(c, { occurredAt: new Date(Date.now() - 20 * day).toISOString(), contactIds: [cara.id] });
    const recent = await log(c, {
      kind: 'job_interview',
      occurredAt: new Date(Date.now() - day).toISOString(),
      participants: [{ contactId: cara.id, role: 'interviewer' }],
      summary: 'Final round',
      topics: ['origami'],
    });
    type Fu = { id: string; source: string; status: string; dueDate: string };
    const items = async (source: string) => (await call(c, 'GET', `/follow-ups?contactId=${cara.id}&source=${source}&status=open`)).json().items as Fu[];
    const cadenceBefore = (await items('cadence'))[0]!;
    expect((await items('thank_you')).length).toBe(1);
    const contactedBefore = await lastContacted(c, cara.id);
    expect(contactedBefore).toBe(recent.occurredAt);

    expect((await call(c, 'DELETE', `/interactions/${recent.id}`)).statusCode).toBe(204);
    expect(await lastContacted(c, cara.id)).toBe(older.occurredAt);
    const cadenceDeleted = (await items('cadence'))[0]!;
    expect(cadenceDeleted.id).toBe(cadenceBefore.id);
    expect(cadenceDeleted.dueDate < cadenceBefore.dueDate).toBe(true);
    expect(await items('thank_you')).toEqual([]);
    expect((await call(c, 'GET', `/interactions/${recent.id}`)).statusCode).toBe(404);
    expect((await call(c, 'PATCH', `/interactions/${recent.id}`, { summary: 'x' })).statusCode).toBe(404);
    expect((await call(c, 'DELETE', `/interactions/${recent.id}`)).statusCode).toBe(404);
    expect((await call(c, 'GET', `/interactions?contactId=${cara.id}`)).json().items.map((x: Interaction) => x.id)).toEqual([older.id]);
    // What you talked about in a deleted interaction no longer says what someone cares about.
    expect((await call(c, 'POST', '/finds', { kind: 'article', title: 'Folding', url: 'https://example.org/fold', topics: ['origami'] })).json().matches).toEqual([]);
    // Someone else cannot restore it, nor can an unknown id be restored.
    expect((await call(b, 'POST', `/interactions/${recent.id}/restore`)).statusCode).toBe(404);
    expect((await call(c, 'POST', '/interactions/00000000-0000-4000-8000-000000000000/restore')).statusCode).toBe(404);
    expect((await call(c, 'POST', `/interactions/${older.id}/restore`)).statusCode).toBe(404);

    const r = await call(c, 'POST', `/interactions/${recent.id}/restore`);
    expect(r.statusCode, r.body).toBe(200);
    const restored = r.json() as Interaction;
    expect(restored).toMatchObject({ id: recent.id, kind: 'job_interview', occurredAt: recent.occurredAt, summary: 'Final round', topics: ['origami'] });
    expect(restored.participants).toEqual([{ contactId: cara.id, displayName: 'Cara Lin', role: 'interviewer' }]);
    expect(await lastContacted(c, cara.id)).toBe(recent.occurredAt);
    const cadenceAfter = (await items('cadence'))[0]!;
    expect(cadenceAfter).toMatchObject({ id: cadenceBefore.id, dueDate: cadenceBefore.dueDate });
    expect((await items('thank_you')).length).toBe(1);
    expect((await call(c, 'GET', `/interactions?contactId=${cara.id}`)).json().items.map((x: Interaction) => x.id)).toEqual([recent.id, older.id]);
    // Restoring twice is a 404: there is nothing deleted to bring back.
    expect((await call(c, 'POST', `/interactions/${recent.id}/restore`)).statusCode).toBe(404);
  });
});
