import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray, sql } from 'drizzle-orm';
import { callApi, createTestApp, signupUser, type Session, type TestContext, type Method } from '../../../../tests/helpers/test-app';
import { contacts } from '../../db/schema/index';
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
const create = async (s: Session, body: object): Promise<Contact> => {
  const r = await call(s, 'POST', '/contacts', body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
};
const list = async (s: Session, qs: string) => {
  const r = await call(s, 'GET', `/contacts?${qs}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as { items: Contact[]; nextCursor: string | null; total: number };
};
const names = async (s: Session, qs: string) => (await list(s, qs)).items.map((c) => c.displayName).sort();
const meet = (s: Session, contactIds: string[], occurredAt: string) =>
  call(s, 'POST', '/interactions', { kind: 'coffee', occurredAt, contactIds });

describe('create, read, update', () => {
  it('creates with derived display name, canonical LinkedIn URL and stored search text', async () => {
    const c = await create(a, { givenName: 'Ada', familyName: 'Lovelace', linkedinUrl: 'https://de.linkedin.com/in/AdaL/', tags: ['math', 'Math'] });
    expect(c).toMatchObject({ displayName: 'Ada Lovelace', linkedinUrl: 'https://www.linkedin.com/in/adal', tags: ['math'], lastContactedAt: null });
    const byMail = await create(a, { emails: [{ value: 'grace@navy.test' }] });
    expect(byMail.displayName).toBe('grace@navy.test');
    const [row] = await t.database.db.select().from(contacts).where(inArray(contacts.id, [c.id]));
    expect(row!.searchText).toContain('lovelace');
    expect((await call(a, 'GET', `/contacts/${c.id}`)).json()).toEqual(c);
  });

  it('answers validation problems with per-field messages', async () => {
    const none = await call(a, 'POST', '/contacts', {});
    expect(none.statusCode).toBe(400);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(none.json().errors).toEqual([{ path: 'displayName', message: 'Enter a name (or at least an e-mail address)' }]);
    const bad = await call(a, 'POST', '/contacts', { displayName: 'X', emails: [{ value: 'nope' }], linkedinUrl: 'https://example.com/x', level: 'boss' });
    const paths = bad.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['emails.0.value', 'level', 'linkedinUrl']);
    expect(bad.json().errors.find((e: { path: string }) => e.path === 'emails.0.value').message).toBe('Enter a valid e-mail address');
    expect((await call(a, 'GET', '/contacts/not-a-uuid')).statusCode).toBe(400);
  });

  it('PATCH changes only what is sent, re-derives a derived name, keeps a typed one, refreshes search text', async () => {
    const c = await create(a, { givenName: 'Lin', emails: [{ value: 'lin@x.test' }], tags: ['keep'], company: 'Oldco' });
    const p1 = await call(a, 'PATCH', `/contacts/${c.id}`, { company: 'Newco', familyName: 'Chen' });
    expect(p1.statusCode).toBe(200);
    expect(p1.json()).toMatchObject({ displayName: 'Lin Chen', company: 'Newco', tags: ['keep'], emails: [{ value: 'lin@x.test' }] });
    expect(Date.parse(p1.json().updatedAt)).toBeGreaterThanOrEqual(Date.parse(c.updatedAt));
    expect((await names(a, 'q=newco')).includes('Lin Chen')).toBe(true);
    expect((await names(a, 'q=oldco')).includes('Lin Chen')).toBe(false);
    const typed = (await call(a, 'PATCH', `/contacts/${c.id}`, { displayName: 'Linny' })).json();
    expect(typed.displayName).toBe('Linny');
    expect((await call(a, 'PATCH', `/contacts/${c.id}`, { givenName: 'Lina' })).json().displayName).toBe('Linny');
    expect((await call(a, 'PATCH', `/contacts/${c.id}`, { displayName: null })).json().displayName).toBe('Lina Chen');
    const empty = await call(a, 'PATCH', `/contacts/${c.id}`, { givenName: null, familyName: null, emails: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('displayName');
  });
});

describe('search and filters', () => {
  let s: Session;
  beforeAll(async () => {
    s = await signupUser(t.app);
    await create(s, { displayName: 'Zoë Saldaña', company: 'Initech', tags: ['design', 'london'], circle: 'mentor', level: 'senior' });
    await create(s, { displayName: 'Bob Stone', emails: [{ value: 'bob@acme.test' }], tags: ['design'], circle: 'colleague', employer: 'inside', starred: true });
    await create(s, { displayName: 'Cara Diaz', notes: 'Loves 100% rye_bread', tags: ['london'], circle: 'vendor', level: 'entry' });
    await create(s, { displayName: 'Dan Ode', title: 'CTO', employer: 'outside' });
  });

  it('finds by name, company, tag, e-mail and notes, accent- and case-insensitively, words in any order', async () => {
    expect(await names(s, 'q=zoe')).toEqual(['Zoë Saldaña']);
    expect(await names(s, 'q=SALDANA')).toEqual(['Zoë Saldaña']);
    expect(await names(s, 'q=initech')).toEqual(['Zoë Saldaña']);
    expect(await names(s, 'q=london')).toEqual(['Cara Diaz', 'Zoë Saldaña']);
    expect(await names(s, 'q=acme.test')).toEqual(['Bob Stone']);
    expect(await names(s, 'q=rye')).toEqual(['Cara Diaz']);
    expect(await names(s, 'q=stone%20bob')).toEqual(['Bob Stone']);
    expect(await names(s, 'q=cto')).toEqual(['Dan Ode']);
    expect(await names(s, 'q=nobody')).toEqual([]);
  });

  it('takes % and _ literally', async () => {
    expect(await names(s, `q=${encodeURIComponent('100%')}`)).toEqual(['Cara Diaz']);
    expect(await names(s, 'q=%25')).toEqual(['Cara Diaz']);
    expect(await names(s, 'q=rye_')).toEqual(['Cara Diaz']);
    expect(await names(s, 'q=o_e')).toEqual([]);
  });

  it('filters by circle (any), tags (all), starred, employer, level, with a matching total', async () => {
    expect(await names(s, 'circle=mentor,vendor')).toEqual(['Cara Diaz', 'Zoë Saldaña']);
    expect(await names(s, 'circle=mentor&circle=colleague')).toEqual(['Bob Stone', 'Zoë Saldaña']);
    expect(await names(s, 'tag=design,london')).toEqual(['Zoë Saldaña']);
    expect(await names(s, 'tag=design')).toEqual(['Bob Stone', 'Zoë Saldaña']);
    expect(await names(s, 'starred=true')).toEqual(['Bob Stone']);
    expect((await names(s, 'starred=false')).length).toBe(3);
    expect(await names(s, 'employer=outside')).toEqual(['Dan Ode']);
    expect(await names(s, 'level=senior,entry')).toEqual(['Cara Diaz', 'Zoë Saldaña']);
    const page = await list(s, 'tag=design&limit=1');
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(2);
    expect((await call(s, 'GET', '/contacts?circle=boss')).statusCode).toBe(400);
  });

  it('filters by last contacted before (never contacted included) and after', async () => {
    const u = await signupUser(t.app);
    const old = await create(u, { displayName: 'Old' });
    const recent = await create(u, { displayName: 'Recent' });
    await create(u, { displayName: 'Never' });
    expect((await meet(u, [old.id], '2024-01-10T12:00:00Z')).statusCode).toBe(201);
    await meet(u, [recent.id], '2025-06-01T12:00:00Z');
    expect(await names(u, 'lastContactedBefore=2025-01-01')).toEqual(['Never', 'Old']);
    expect(await names(u, 'lastContactedAfter=2025-01-01')).toEqual(['Recent']);
    expect(await names(u, 'lastContactedAfter=2024-01-10')).toEqual(['Old', 'Recent']);
    expect(await names(u, 'lastContactedBefore=2024-01-10')).toEqual(['Never']);
    for (const bad of ['2025-13-01', '0000-01-01', 'yesterday']) {
      const r = await call(u, 'GET', `/contacts?lastContactedBefore=${bad}`);
      expect(r.statusCode, bad).toBe(400);
      expect(r.json().errors[0].path).toBe('querystring.lastContactedBefore');
    }
  });

  it('lists tags with counts over live contacts only', async () => {
    const r = await call(s, 'GET', '/contacts/tags');
    expect(r.json().items).toEqual([{ tag: 'design', count: 2 }, { tag: 'london', count: 2 }]);
    expect((await call(b, 'GET', '/contacts/tags')).json().items).toEqual([]);
  });
});

describe('sorting with keyset pages', () => {
  let s: Session;
  let all: Contact[];
  // created_at to the microsecond: a JS Date cannot tell the last two apart, PostgreSQL (and the cursor) must.
  const created = new Map<string, string>();
  beforeAll(async () => {
    s = await signupUser(t.app);
    const spec = ['sam', 'Sam', 'sam', 'alex', 'Bea', 'cy', 'dee', 'Sam', 'eve', 'fay', 'gus', 'hal', 'ivy'];
    const made = [];
    for (const n of spec) made.push(await create(s, { displayName: n }));
    // Ties on created_at and on last contact, and several never-contacted people.
    const ids = made.map((c) => c.id);
    await t.database.db.update(contacts).set({ createdAt: sql`'2025-01-01T00:00:00.123456Z'::timestamptz` }).where(inArray(contacts.id, ids.slice(0, 5)));
    await t.database.db.update(contacts).set({ createdAt: sql`'2025-01-02T00:00:00.5Z'::timestamptz` }).where(inArray(contacts.id, ids.slice(5)));
    await t.database.db.update(contacts).set({ createdAt: sql`'2025-01-01T00:00:00.123457Z'::timestamptz` }).where(inArray(contacts.id, [ids[12]!]));
    ids.forEach((id, i) => created.set(id, i < 5 ? '.123456' : i === 12 ? '.123457' : '2.5'));
    expect((await meet(s, ids.slice(0, 4), '2025-03-01T10:00:00.250Z')).statusCode).toBe(201);
    await meet(s, ids.slice(4, 6), '2025-02-01T10:00:00Z');
    await meet(s, [ids[6]!], '2025-04-01T10:00:00Z');
    all = (await list(s, 'limit=200')).items;
    expect(all).toHaveLength(13);
  });

  const byId = (x: Contact, y: Contact) => (x.id < y.id ? -1 : 1);
  const cmp = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1);
  const expected: Record<string, (x: Contact, y: Contact) => number> = {
    name: (x, y) => cmp(x.displayName.toLowerCase(), y.displayName.toLowerCase()) || byId(x, y),
    last_contacted: (x, y) => cmp(x.lastContactedAt, y.lastContactedAt) || byId(x, y),
    created: (x, y) => cmp(created.get(x.id)!, created.get(y.id)!) || byId(x, y),
  };

  for (const sort of ['name', '-name', 'last_contacted', '-last_contacted', 'created', '-created']) {
    it(`pages through ${sort} without gaps, repeats or misorder`, async () => {
      const seen: Contact[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await list(s, `sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.total).toBe(13);
        seen.push(...page.items);
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 20);
      expect(pages).toBe(5);
      const base = expected[sort.replace('-', '')]!;
      const want = [...all].sort(sort.startsWith('-') ? (x, y) => base(y, x) : base).map((c) => c.id);
      expect(seen.map((c) => c.id)).toEqual(want);
    });
  }

  it('puts never-contacted first ascending and last descending', async () => {
    const asc = (await list(s, 'sort=last_contacted&limit=200')).items.map((c) => c.lastContactedAt);
    const desc = (await list(s, 'sort=-last_contacted&limit=200')).items.map((c) => c.lastContactedAt);
    expect(asc.slice(0, 6).every((x) => x === null)).toBe(true);
    expect(desc.slice(-6).every((x) => x === null)).toBe(true);
    expect(desc[0]).toBe('2025-04-01T10:00:00.000Z');
  });

  it('rejects malformed, tampered and other-sort cursors, and bad limits, with 400 problems', async () => {
    const first = await list(s, 'sort=created&limit=2');
    const other = await call(s, 'GET', `/contacts?sort=name&cursor=${first.nextCursor}`);
    expect(other.statusCode).toBe(400);
    expect(other.json().detail).toContain('different sort');
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const id = all[0]!.id;
    const bad: [string, string][] = [
      ['name', '!!!'],
      ['name', 'bm90IGpzb24'],
      ['created', enc({ s: 'created', k: '2025-02-30T00:00:00.000000Z', i: id })],
      ['created', enc({ s: 'created', k: 'yesterday', i: id })],
      ['created', enc({ s: 'created', k: null, i: id })],
      ['name', enc({ s: 'name', k: 'a', i: 'x' })],
      ['name', enc({ s: 'name', k: 'a\u0000', i: id })],
      ['name', enc({ s: 'name', k: 7, i: id })],
    ];
    for (const [sort, cursor] of bad) {
      const r = await call(s, 'GET', `/contacts?sort=${sort}&cursor=${cursor}`);
      expect(r.statusCode, cursor).toBe(400);
      expect(r.json().code).toBe('validation_error');
    }
    expect((await call(s, 'GET', `/contacts?sort=last_contacted&cursor=${enc({ s: 'last_contacted', k: null, i: id })}`)).statusCode).toBe(200);
    for (const limit of ['0', '1000000', 'abc', '2.5']) expect((await call(s, 'GET', `/contacts?limit=${limit}`)).statusCode).toBe(400);
    expect((await call(s, 'GET', '/contacts?sort=age')).statusCode).toBe(400);
    // A carried total must be a non-negative integer: anything else is a malformed cursor, not a 500.
    for (const t of [-1, 1.5, 'many']) {
      const r = await call(s, 'GET', `/contacts?sort=name&cursor=${enc({ s: 'name', k: 'a', i: id, t, f: 'x' })}`);
      expect(r.statusCode, String(t)).toBe(400);
    }
  });

  it('counts the total on the first page and carries it in the cursor, only for the same filters', async () => {
    const u = await signupUser(t.app);
    for (const n of ['ann', 'ben', 'cal', 'dan', 'eli']) await create(u, { displayName: n, tags: n < 'd' ? ['early'] : [] });
    const first = await list(u, 'limit=2');
    expect(first.total).toBe(5);
    const filtered = await list(u, 'limit=2&tag=early');
    expect(filtered.total).toBe(3);
    expect((await list(u, 'q=nobody-is-called-this')).total).toBe(0);
    // Later pages report the total as counted for the first page (a snapshot of the listing)...
    await create(u, { displayName: 'fay' });
    const second = await list(u, `limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((c) => c.displayName)).toEqual(['cal', 'dan']);
    expect(second.total).toBe(5);
    expect((await list(u, `limit=2&tag=early&cursor=${filtered.nextCursor}`)).total).toBe(3);
    // ...but a cursor used with other filters, or one without a total, is counted again.
    expect((await list(u, `limit=2&tag=early&cursor=${first.nextCursor}`)).total).toBe(3);
    expect((await list(u, `limit=2&q=an&cursor=${first.nextCursor}`)).total).toBe(2);
    const decoded = JSON.parse(Buffer.from(first.nextCursor!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const bare = Buffer.from(JSON.stringify({ s: decoded.s, k: decoded.k, i: decoded.i })).toString('base64url');
    expect((await list(u, `limit=2&cursor=${bare}`)).total).toBe(6);
  });
});

describe('soft delete, restore and isolation', () => {
  it('deletes softly, hides everywhere, restores once', async () => {
    const c = await create(a, { displayName: 'Temporary', tags: ['only-here'] });
    expect((await call(a, 'DELETE', `/contacts/${c.id}`)).statusCode).toBe(204);
    expect((await call(a, 'GET', `/contacts/${c.id}`)).statusCode).toBe(404);
    expect((await call(a, 'PATCH', `/contacts/${c.id}`, { company: 'x' })).statusCode).toBe(404);
    expect((await call(a, 'DELETE', `/contacts/${c.id}`)).statusCode).toBe(404);
    expect(await names(a, 'q=temporary')).toEqual([]);
    expect((await call(a, 'GET', '/contacts/tags')).json().items.map((x: { tag: string }) => x.tag)).not.toContain('only-here');
    const restored = await call(a, 'POST', `/contacts/${c.id}/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ id: c.id, displayName: 'Temporary' });
    expect(await names(a, 'q=temporary')).toEqual(['Temporary']);
    expect((await call(a, 'POST', `/contacts/${c.id}/restore`)).statusCode).toBe(404);
    expect((await call(a, 'POST', '/contacts/00000000-0000-4000-8000-000000000000/restore')).statusCode).toBe(404);
  });

  it("answers 404 for another user's contact, live or deleted, and never lists it", async () => {
    const c = await create(a, { displayName: 'Private Person' });
    for (const [m, url, body] of [['GET', '', undefined], ['PATCH', '', { company: 'x' }], ['DELETE', '', undefined]] as const) {
      const r = await call(b, m, `/contacts/${c.id}${url}`, body);
      expect(r.statusCode, m).toBe(404);
      expect(r.json().code).toBe('not_found');
    }
    expect(await names(b, 'q=private')).toEqual([]);
    await call(a, 'DELETE', `/contacts/${c.id}`);
    expect((await call(b, 'POST', `/contacts/${c.id}/restore`)).statusCode).toBe(404);
    expect((await call(a, 'GET', `/contacts/${c.id}`)).statusCode).toBe(404);
    expect((await call(a, 'POST', `/contacts/${c.id}/restore`)).statusCode).toBe(200);
  });
});
