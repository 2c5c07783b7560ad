import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createTestApp, signupUser, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { multipartBody } from '../../../../tests/helpers/multipart';
import { CONTACT_LIMITS } from '../../../domain/network/api';
import type { Contact } from '../../../domain/network/api';

let t: TestContext;
let a: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app);
});
afterAll(async () => t?.close());

async function importVcard(text: string) {
  const { body, contentType } = await multipartBody({ format: 'vcard' }, { content: text, filename: 'cards.vcf' });
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: { ...a.headers, 'content-type': contentType }, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { created: number; merged: number; unchanged: number; warnings: { rowNumber: number; message: string }[]; mergedRows: { contactId: string }[] };
}

const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:4.0', ...lines, 'END:VCARD', ''].join('\r\n');

/** What the contact form would send back for this contact, unchanged. */
const asInput = (c: Contact) => ({
  givenName: c.givenName, familyName: c.familyName, displayName: c.displayName, emails: c.emails, phones: c.phones,
  company: c.company, title: c.title, department: c.department, howWeMet: c.howWeMet, birthday: c.birthday,
  importantDates: c.importantDates, linkedinUrl: c.linkedinUrl, tags: c.tags, notes: c.notes,
});

describe('imports are held to the API field limits', () => {
  it('cuts over-long text and drops what does not fit, says so per row, and stores only what the API accepts', async () => {
    const longCard = card([
      'FN:Grace Hopper',
      'N:Hopper;Grace;;;',
      `ORG:${'Navy '.repeat(60).trim()}`,
      ...Array.from({ length: 22 }, (_, i) => `EMAIL:grace${i}@navy.test`),
      `CATEGORIES:${'t'.repeat(60)},ok`,
    ]);
    const r = await importVcard(longCard + card(['FN:Short Card', 'EMAIL:short@x.test']));
    expect(r.created).toBe(2);
    expect(r.warnings).toEqual([
      { rowNumber: 1, message: 'company is longer than 200 characters; the rest was cut' },
      { rowNumber: 1, message: 'only the first 20 e-mail addresses are kept; dropped: grace20@navy.test, grace21@navy.test' },
      { rowNumber: 1, message: `tags are at most 50 characters; cut: ${'t'.repeat(60)}` },
    ]);
    const list = await callApi(t.app, a, 'GET', '/contacts?q=grace%20hopper');
    const grace = (list.json() as { items: Contact[] }).items[0]!;
    expect(grace.company!.length).toBeLessThanOrEqual(CONTACT_LIMITS.company);
    expect(grace.emails).toHaveLength(20);
    expect(grace.tags).toEqual(['t'.repeat(50), 'ok']);
    // The form can save it back as it is: nothing stored that the API would refuse.
    const save = await callApi(t.app, a, 'PATCH', `/contacts/${grace.id}`, asInput(grace));
    expect(save.statusCode, save.body).toBe(200);

    const again = await importVcard(longCard);
    expect(again).toMatchObject({ created: 0, merged: 0, unchanged: 1 });
  });

  it('holds a merge to the limits too: a 21st e-mail for a full contact is reported, not stored', async () => {
    const emails = Array.from({ length: 20 }, (_, i) => ({ value: `lin${i}@x.test` }));
    const made = await callApi(t.app, a, 'POST', '/contacts', { displayName: 'Lin Full', emails });
    expect(made.statusCode, made.body).toBe(201);
    const r = await importVcard(card(['FN:Lin Full', 'EMAIL:lin0@x.test', 'EMAIL:lin-new@x.test']));
    expect(r).toMatchObject({ created: 0, merged: 0, unchanged: 1 });
    expect(r.warnings).toEqual([{ rowNumber: 1, message: 'only the first 20 e-mail addresses are kept; dropped: lin-new@x.test' }]);
    const got = await callApi(t.app, a, 'GET', `/contacts/${made.json().id}`);
    expect((got.json() as Contact).emails).toHaveLength(20);
  });

  it('keeps a LinkedIn address the API would refuse in the notes instead of losing it', async () => {
    const r = await importVcard(card(['FN:Old Profile', 'URL:https://www.linkedin.com/pub/old-profile/1/a2/b3']));
    expect(r.created).toBe(1);
    expect(r.warnings[0]!.message).toContain('kept in notes');
    const list = await callApi(t.app, a, 'GET', '/contacts?q=old%20profile');
    const c = (list.json() as { items: Contact[] }).items[0]!;
    expect(c.linkedinUrl).toBeNull();
    expect(c.notes).toBe('LinkedIn: https://www.linkedin.com/pub/old-profile/1/a2/b3');
  });
});
