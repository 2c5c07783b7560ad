import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { multipartBody } from '../../../../tests/helpers/multipart';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/imports/${name}`, import.meta.url), 'utf8');

type Contact = { id: string; displayName: string; emails: { value: string }[]; notes: string | null; tags: string[]; lastContactedAt: string | null; [k: string]: unknown };
type Pair = { a: Contact; b: Contact; reason: string };

let t: TestContext;
let a: Session;
let b: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app);
  b = await signupUser(t.app);
  // Google's Wei row shares an e-mail with the vCard Wei and a LinkedIn URL with the LinkedIn Wei:
  // two existing contacts end up with the same URL, which is exactly a likely duplicate.
  for (const [format, file] of [['linkedin', 'linkedin-connections.csv'], ['vcard', 'contacts-v3.vcf'], ['google_csv', 'google-contacts.csv']]) {
    const { body, contentType } = await multipartBody({ format: format! }, { content: fixture(file!) });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: { ...a.headers, 'content-type': contentType }, payload: body });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
});
afterAll(async () => t?.close());

const get = (who: Session, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who.headers });
const send = (who: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who.headers, payload });
const merge = (who: Session, keepId: string, mergeId: string) => send(who, 'POST', '/contacts/merge', { keepId, mergeId });
const addContact = async (who: Session, body: object): Promise<Contact> => (await send(who, 'POST', '/contacts', body)).json();

describe('GET /contacts/duplicates', () => {
  it('is routed to the duplicate finder, not taken for a contact id, and finds the two Weis', async () => {
    const res = await get(a, '/contacts/duplicates');
    expect(res.statusCode).toBe(200);
    const pairs: Pair[] = res.json().items;
    expect(res.json().total).toBe(pairs.length);
    const wei = pairs.find((p) => p.a.displayName === 'Wei Zhang' && p.b.displayName === 'Wei Zhang');
    expect(wei?.reason).toBe('same LinkedIn');
  });

  it('shows a user only their own pairs', async () => {
    expect((await get(b, '/contacts/duplicates')).json()).toEqual({ items: [], total: 0 });
  });
});

describe('POST /contacts/merge', () => {
  it('moves every interaction, keeps one row (with the role) for shared ones, recomputes last contacted, deletes the other', async () => {
    const { a: keep, b: other } = ((await get(a, '/contacts/duplicates')).json().items as Pair[]).find((p) => p.a.displayName === 'Wei Zhang')!;
    const both = await send(a, 'POST', '/interactions', {
      kind: 'coffee', occurredAt: '2026-01-10T09:00:00Z', participants: [{ contactId: keep.id, role: null }, { contactId: other.id, role: 'arranged_by' }],
    });
    const onlyOther = await send(a, 'POST', '/interactions', { kind: 'call', occurredAt: '2026-02-20T15:00:00Z', contactIds: [other.id], summary: 'Latest' });
    const onlyKeep = await send(a, 'POST', '/interactions', { kind: 'email', occurredAt: '2025-12-01T08:00:00Z', contactIds: [keep.id] });
    expect([both.statusCode, onlyOther.statusCode, onlyKeep.statusCode]).toEqual([201, 201, 201]);

    const res = await merge(a, keep.id, other.id);
    expect(res.statusCode).toBe(200);
    const merged: Contact = res.json();
    expect(merged.id).toBe(keep.id);
    expect(merged.emails.map((e) => e.value)).toEqual(expect.arrayContaining(other.emails.map((e) => e.value)));
    expect(merged.linkedinUrl).toBe(keep.linkedinUrl);
    expect(merged.company).toBe('Contoso');
    expect(merged.lastContactedAt).toBe('2026-02-20T15:00:00.000Z');

    const list = (await get(a, `/interactions?contactId=${keep.id}`)).json().items as { id: string; participants: { contactId: string; role: string | null }[] }[];
    expect(list.map((i) => i.id).sort()).toEqual([both.json().id, onlyOther.json().id, onlyKeep.json().id].sort());
    const shared = list.find((i) => i.id === both.json().id)!;
    expect(shared.participants).toEqual([expect.objectContaining({ contactId: keep.id, role: 'arranged_by' })]);
    expect((await get(a, `/contacts/${other.id}`)).statusCode).toBe(404);
    const after: Pair[] = (await get(a, '/contacts/duplicates')).json().items;
    expect(after.some((p) => [p.a.id, p.b.id].includes(other.id))).toBe(false);
  });

  it('loses nothing: e-mails, phones, tags and dates are united, conflicting values kept in the notes', async () => {
    const keep = await addContact(a, {
      displayName: 'Ann Lee', company: 'Acme', title: 'CTO', notes: 'Met at LeadDev', tags: ['mentor'], circle: 'mentor',
      phones: [{ label: 'mobile', value: '+1 555 0101' }], importantDates: [{ label: 'work anniversary', date: '2019-04-01' }],
    });
    const other = await addContact(a, {
      displayName: 'Ann Lee', company: 'Globex', title: 'VP Engineering', notes: 'Prefers tea', tags: ['speaker', 'Mentor'],
      emails: [{ label: 'work', value: 'ann@globex.example' }], birthday: '--07-14', industry: 'Software', starred: true, circle: 'colleague',
    });
    const res = await merge(a, keep.id, other.id);
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m).toMatchObject({ company: 'Acme', title: 'CTO', birthday: '--07-14', industry: 'Software', starred: true, circle: 'mentor' });
    expect(m.emails).toEqual([{ label: 'work', value: 'ann@globex.example' }]);
    expect(m.phones).toEqual([{ label: 'mobile', value: '+1 555 0101' }]);
    expect(m.tags).toEqual(['mentor', 'speaker']);
    expect(m.importantDates).toEqual([{ label: 'work anniversary', date: '2019-04-01' }]);
    for (const part of ['Met at LeadDev', 'Prefers tea', 'Also: company Globex', 'Also: title VP Engineering', 'Also: circle colleague']) {
      expect(m.notes).toContain(part);
    }
    const found = (await get(a, '/contacts?q=globex')).json().items as Contact[];
    expect(found.map((c) => c.id)).toContain(keep.id);
  });

  it('refuses the same id twice (400) and unknown, deleted or another user’s ids (404)', async () => {
    const x = await addContact(a, { displayName: 'X One' });
    const y = await addContact(a, { displayName: 'Y Two' });
    const same = await merge(a, x.id, x.id);
    expect(same.statusCode).toBe(400);
    expect(same.json().errors[0].path).toBe('mergeId');
    expect((await merge(a, x.id, 'not-a-uuid')).statusCode).toBe(400);

    const mine = await addContact(b, { displayName: 'B Own' });
    expect((await merge(b, x.id, y.id)).statusCode).toBe(404);
    expect((await merge(b, mine.id, x.id)).statusCode).toBe(404);
    expect((await merge(b, x.id, mine.id)).statusCode).toBe(404);
    expect((await get(a, `/contacts/${x.id}`)).statusCode).toBe(200);
    expect((await get(b, `/contacts/${mine.id}`)).statusCode).toBe(200);

    await send(a, 'DELETE', `/contacts/${y.id}`);
    expect((await merge(a, x.id, y.id)).statusCode).toBe(404);
    expect((await merge(a, y.id, x.id)).statusCode).toBe(404);
  });

  it('refuses, whole and per field, a merge that would hold more than a contact may (CONTACT_LIMITS)', async () => {
    const emails = (who: string, n: number) => Array.from({ length: n }, (_, i) => ({ label: null, value: `${who}${i}@example.test` }));
    const keep = await addContact(a, { displayName: 'Many Mails', emails: emails('k', 12), tags: Array.from({ length: 30 }, (_, i) => `k${i}`) });
    const other = await addContact(a, { displayName: 'Many Mails', emails: [{ label: null, value: 'k0@example.test' }, ...emails('o', 10)], tags: Array.from({ length: 25 }, (_, i) => `o${i}`) });
    const res = await merge(a, keep.id, other.id);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.code).toBe('merge_over_limits');
    // k0 is the same address on both: 12 + 10 new ones = 22.
    expect(problem.errors).toEqual([
      { path: 'emails', message: 'Together they have 22 e-mail addresses; a contact keeps at most 20. Remove 2 from one of them first.' },
      { path: 'tags', message: 'Together they have 55 tags; a contact keeps at most 50. Remove 5 from one of them first.' },
    ]);
    // Nothing happened: both are still there, unchanged.
    expect((await get(a, `/contacts/${other.id}`)).statusCode).toBe(200);
    expect((await get(a, `/contacts/${keep.id}`)).json().emails).toHaveLength(12);

    // Trimmed to fit, the same merge goes through, right at the limits.
    await send(a, 'PATCH', `/contacts/${other.id}`, { emails: [{ label: null, value: 'k0@example.test' }, ...emails('o', 8)], tags: Array.from({ length: 20 }, (_, i) => `o${i}`) });
    const ok = await merge(a, keep.id, other.id);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().emails).toHaveLength(20);
    expect(ok.json().tags).toHaveLength(50);
  });
});
