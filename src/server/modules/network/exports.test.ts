import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { multipartBody } from '../../../../tests/helpers/multipart';
import { CSV_EXPORT_HEADER } from '../../../domain/network/export/index';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/imports/${name}`, import.meta.url), 'utf8');

type ContactJson = {
  id: string;
  displayName: string;
  emails: { value: string }[];
  phones: { value: string }[];
  company: string | null;
  birthday: string | null;
  tags: string[];
};

let t: TestContext;
let a: Session;
let b: Session;
let deletedId: string;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app);
  b = await signupUser(t.app);
  // Not google-contacts.csv: it gives two existing contacts the same LinkedIn URL (a real duplicate),
  // which a round trip would then merge; duplicates.test.ts covers that case.
  for (const [format, file] of [['linkedin', 'linkedin-connections.csv'], ['vcard', 'contacts-v3.vcf'], ['vcard', 'contacts-v4.vcf']]) {
    const res = await upload(a, format!, fixture(file!));
    if (res.statusCode !== 201) throw new Error(res.body);
  }
  const extra = await t.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: a.headers, payload: { displayName: 'Gone Person', emails: [{ label: null, value: 'gone@example.com' }] } });
  deletedId = extra.json().id;
  await t.app.inject({ method: 'DELETE', url: `/api/v1/contacts/${deletedId}`, headers: a.headers });
  const tagged = (await contactsOf(a)).find((c) => c.displayName === 'Priya Raman')!;
  await t.app.inject({ method: 'PATCH', url: `/api/v1/contacts/${tagged.id}`, headers: a.headers, payload: { tags: ['mentor', 'product'] } });
});
afterAll(async () => t?.close());

async function upload(who: Session, format: string, content: string) {
  const { body, contentType } = await multipartBody({ format }, { content, filename: 'f' });
  return t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: { ...who.headers, 'content-type': contentType }, payload: body });
}

async function contactsOf(who: Session): Promise<ContactJson[]> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/exports/account.json', headers: who.headers });
  return res.json().contacts;
}

const essence = (c: ContactJson) => ({
  displayName: c.displayName,
  emails: c.emails.map((e) => e.value.toLowerCase()).sort(),
  phones: c.phones.map((p) => p.value).sort(),
  company: c.company,
  birthday: c.birthday,
  tags: [...c.tags].sort(),
});
// Two contacts may share a name, so order by the whole essence.
const byEssence = (x: object, y: object) => JSON.stringify(x).localeCompare(JSON.stringify(y));

describe('GET /exports/contacts.csv', () => {
  it('is a CSV attachment with the export header and one row per live contact', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/exports/contacts.csv', headers: a.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="trellis-contacts.csv"');
    const parsed = Papa.parse<string[]>(res.body.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual([...CSV_EXPORT_HEADER]);
    const live = await contactsOf(a);
    expect(parsed.data).toHaveLength(live.length + 1);
    expect(res.body).not.toContain('Gone Person');
    const priya = parsed.data.find((r) => r[0] === 'Priya Raman')!;
    expect(priya[3]).toContain('priya.raman@example.com');
    expect(priya[12]).toBe('mentor ::: product');
  });

  it('re-imports as csv into a new user with the same contacts', async () => {
    const csv = (await t.app.inject({ method: 'GET', url: '/api/v1/exports/contacts.csv', headers: a.headers })).body;
    const fresh = await signupUser(t.app);
    const res = await upload(fresh, 'csv', csv);
    expect(res.json()).toMatchObject({ created: (await contactsOf(a)).length, merged: 0, skipped: 0 });
  });
});

describe('GET /exports/contacts.vcf', () => {
  it('is vCard 4.0 that ical.js parses, one card per live contact', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/exports/contacts.vcf', headers: a.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('trellis-contacts.vcf');
    const parsed = ICAL.parse(res.body) as unknown[];
    const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
    expect(cards).toHaveLength((await contactsOf(a)).length);
    expect(res.body.match(/^VERSION:4\.0\r$/gm)).toHaveLength(cards.length);
  });

  it('round-trips: imported into a new user it gives the same names, e-mails, phones, companies, birthdays, tags', async () => {
    const vcf = (await t.app.inject({ method: 'GET', url: '/api/v1/exports/contacts.vcf', headers: a.headers })).body;
    const original = await contactsOf(a);
    const fresh = await signupUser(t.app);
    const res = await upload(fresh, 'vcard', vcf);
    expect(res.json()).toMatchObject({ created: original.length, merged: 0, unchanged: 0, skipped: 0 });
    const copy = await contactsOf(fresh);
    expect(copy.map(essence).sort(byEssence)).toEqual(original.map(essence).sort(byEssence));
    expect(original.some((c) => c.birthday !== null)).toBe(true);
  });

  it('re-imported into the same user it creates nothing', async () => {
    const vcf = (await t.app.inject({ method: 'GET', url: '/api/v1/exports/contacts.vcf', headers: a.headers })).body;
    const before = await contactsOf(a);
    const res = await upload(a, 'vcard', vcf);
    expect(res.json()).toMatchObject({ created: 0, merged: 0, unchanged: before.length });
    expect(await contactsOf(a)).toHaveLength(before.length);
  });
});

describe('GET /exports/account.json', () => {
  it('holds the profile (no password hash), contacts, interactions with participants and import history', async () => {
    const [priya, wei] = (await contactsOf(a)).filter((c) => c.displayName === 'Priya Raman' || c.displayName === 'Wei Zhang');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/interactions',
      headers: a.headers,
      payload: { kind: 'coffee', occurredAt: '2026-03-04T09:30:00+01:00', participants: [{ contactId: priya!.id, role: null }, { contactId: wei!.id, role: 'arranged_by' }], summary: 'Career chat', topics: ['promotion'] },
    });
    expect(created.statusCode).toBe(201);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/exports/account.json', headers: a.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('trellis-account.json');
    const body = res.json();
    expect(body.version).toBe(1);
    expect(Date.parse(body.exportedAt)).not.toBeNaN();
    expect(body.profile).toMatchObject({ id: a.userId, email: a.email });
    expect(res.body).not.toMatch(/passwordHash|password_hash|\$argon2/);
    expect(body.contacts.map((c: ContactJson) => c.id)).not.toContain(deletedId);
    expect(body.interactions).toHaveLength(1);
    expect(body.interactions[0]).toMatchObject({ kind: 'coffee', summary: 'Career chat', topics: ['promotion'] });
    expect(body.interactions[0].participants).toEqual(
      expect.arrayContaining([
        { contactId: priya!.id, displayName: 'Priya Raman', role: null },
        { contactId: wei!.id, displayName: 'Wei Zhang', role: 'arranged_by' },
      ]),
    );
    expect(body.imports.length).toBeGreaterThanOrEqual(3);
    expect(body.imports[0]).toHaveProperty('skippedRows');
  });

  it('never includes another user’s data', async () => {
    const json = await t.app.inject({ method: 'GET', url: '/api/v1/exports/account.json', headers: b.headers });
    expect(json.json()).toMatchObject({ profile: { id: b.userId }, contacts: [], interactions: [], imports: [] });
    const csv = await t.app.inject({ method: 'GET', url: '/api/v1/exports/contacts.csv', headers: b.headers });
    expect(csv.body.trim().split('\r\n')).toHaveLength(1);
    const vcf = await t.app.inject({ method: 'GET', url: '/api/v1/exports/contacts.vcf', headers: b.headers });
    expect(vcf.body).toBe('');
  });
});
