import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { and, count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, signupUser, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { multipartBody } from '../../../../tests/helpers/multipart';
import { generateLinkedinCsv } from '../../../../tests/fixtures/imports/generate-linkedin';
import { contactImports, contacts } from '../../db/schema/index';

// Lets one test make the last write of an import fail, to prove the whole import rolls back.
const failure = vi.hoisted(() => ({ on: false }));
vi.mock('./imports-queries', async (importOriginal) => {
  const real = await importOriginal<typeof import('./imports-queries')>();
  return {
    ...real,
    insertImportRecord: (...args: Parameters<typeof real.insertImportRecord>) => {
      if (failure.on) throw new Error('simulated failure after the contacts were written');
      return real.insertImportRecord(...args);
    },
  };
});

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/imports/${name}`, import.meta.url), 'utf8');

let t: TestContext;
let a: Session;
let b: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app);
  b = await signupUser(t.app);
});
afterAll(async () => t?.close());

async function upload(who: Session, fields: Record<string, string>, content?: string | Uint8Array, filename = 'upload.csv') {
  const { body, contentType } = await multipartBody(fields, content === undefined ? undefined : { content, filename });
  return t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: { ...who.headers, 'content-type': contentType }, payload: body });
}

async function liveContacts(who: Session) {
  return t.database.db.select().from(contacts).where(and(eq(contacts.userId, who.userId), isNull(contacts.deletedAt)));
}
async function importCount(who: Session) {
  const [row] = await t.database.db.select({ n: count() }).from(contactImports).where(eq(contactImports.userId, who.userId));
  return row!.n;
}

describe('POST /imports: LinkedIn', () => {
  let firstId: string;
  it('creates one contact per usable row and reports skipped rows and warnings by row number', async () => {
    const res = await upload(a, { format: 'linkedin' }, fixture('linkedin-connections.csv'), 'Connections.csv');
    expect(res.statusCode).toBe(201);
    const r = res.json();
    firstId = r.id;
    expect(r).toMatchObject({ format: 'linkedin', filename: 'Connections.csv', totalRows: 9, created: 6, merged: 0, unchanged: 0, skipped: 3, dryRun: false });
    expect(r.skippedRows).toEqual([
      { rowNumber: 8, reason: 'no name or e-mail' },
      { rowNumber: 9, reason: 'blank row' },
      { rowNumber: 12, reason: 'no name or e-mail' },
    ]);
    expect(r.warnings).toEqual([{ rowNumber: 11, message: 'connected on "30 Feb 2021" is not a valid date; dropped' }]);
    const rows = await liveContacts(a);
    expect(rows.map((c) => c.displayName).sort()).toEqual(['Amara Okafor', "Jean-Luc O'Brien, PhD", 'Priya Raman', 'Sam Lee', 'Tomás García López', 'Wei Zhang']);
    const tomas = rows.find((c) => c.displayName === 'Tomás García López')!;
    expect(tomas.searchText).toContain('tomas garcia lopez');
    expect(tomas.linkedinUrl).toBe('https://www.linkedin.com/in/tomás-garcía-lópez');
  });

  it('re-importing the same file creates nothing and reports every row unchanged', async () => {
    const res = await upload(a, { format: 'linkedin' }, fixture('linkedin-connections.csv'));
    expect(res.json()).toMatchObject({ created: 0, merged: 0, unchanged: 6, skipped: 3, mergedRows: [] });
    expect(await liveContacts(a)).toHaveLength(6);
  });

  it('keeps a history: GET /imports lists both, GET /imports/:id returns the report', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: a.headers });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(2);
    expect(list.json().nextCursor).toBeNull();
    const one = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${firstId}`, headers: a.headers });
    expect(one.json()).toMatchObject({ id: firstId, created: 6, skipped: 3, skippedRows: [{ rowNumber: 8 }, { rowNumber: 9 }, { rowNumber: 12 }] });
    expect(one.json().warnings).toHaveLength(1);
  });

  it('isolates users: B gets its own contacts, sees none of A’s imports, and A’s import id is 404', async () => {
    const res = await upload(b, { format: 'linkedin' }, fixture('linkedin-connections.csv'));
    expect(res.json()).toMatchObject({ created: 6, merged: 0, unchanged: 0 });
    expect(await liveContacts(a)).toHaveLength(6);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: b.headers });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([res.json().id]);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/imports/${firstId}`, headers: b.headers })).statusCode).toBe(404);
  });
});

describe('POST /imports: merging', () => {
  it('merges a vCard into the LinkedIn contacts on e-mail, LinkedIn URL and name + company, losing nothing', async () => {
    const before = await liveContacts(a);
    const res = await upload(a, { format: 'vcard' }, fixture('contacts-v3.vcf'), 'contacts.vcf');
    const r = res.json();
    expect(res.statusCode).toBe(201);
    expect(r).toMatchObject({ totalRows: 5, skipped: 1, skippedRows: [{ rowNumber: 4, reason: 'no name or e-mail' }] });
    expect(r.created + r.merged + r.unchanged).toBe(4);
    const byRow = Object.fromEntries(r.mergedRows.map((m: { rowNumber: number; matchedOn: string }) => [m.rowNumber, m.matchedOn]));
    expect(byRow[1]).toBe('email');
    const priya = (await liveContacts(a)).find((c) => c.displayName === 'Priya Raman')!;
    const priyaBefore = before.find((c) => c.id === priya.id)!;
    expect(priya.emails.map((e) => e.value)).toEqual(['priya.raman@example.com', 'priya@home.example']);
    expect(priya.importantDates).toEqual(expect.arrayContaining(priyaBefore.importantDates));
    expect(priya.searchText).toContain('priya@home.example');
    expect(r.mergedRows.find((m: { rowNumber: number }) => m.rowNumber === 1)).toMatchObject({ contactId: priya.id, displayName: 'Priya Raman' });
    expect(await liveContacts(a)).toHaveLength(before.length + r.created);
  });

  it('matches on name + company when there is no e-mail or LinkedIn URL', async () => {
    const csv = 'First Name,Last Name,Company,Job Title\nPriya,Raman,Northwind Traders Inc.,Group Product Manager\n';
    const res = await upload(a, { format: 'csv' }, csv);
    expect(res.json()).toMatchObject({ created: 0, merged: 1 });
    expect(res.json().mergedRows[0]).toMatchObject({ rowNumber: 2, matchedOn: 'name_company', displayName: 'Priya Raman' });
    const priya = (await liveContacts(a)).find((c) => c.displayName === 'Priya Raman')!;
    expect(priya.title).toBe('Senior Product Manager');
    expect(priya.notes).toContain('Also: title Group Product Manager');
  });

  it('does not merge two people with the same name and company but different LinkedIn profiles', async () => {
    const who = await signupUser(t.app);
    const csv = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'John,Smith,https://www.linkedin.com/in/john-smith-1,,IBM,Engineer,01 Jan 2020',
      'John,Smith,https://www.linkedin.com/in/john-smith-2,,IBM,Architect,02 Jan 2020',
      'John,Smith,https://www.linkedin.com/in/John-Smith-2/,,IBM,Architect,02 Jan 2020',
      '',
    ].join('\n');
    const res = await upload(who, { format: 'linkedin' }, csv);
    expect(res.json()).toMatchObject({ created: 2, merged: 0, unchanged: 1 });
    expect((await liveContacts(who)).map((c) => c.title).sort()).toEqual(['Architect', 'Engineer']);
  });

  it('merges duplicates within one file, including into a contact the same file created', async () => {
    const who = await signupUser(t.app);
    const csv = [
      'Name,E-mail,Company,Phone',
      'Grace Hopper,grace@navy.example,US Navy,',
      'Grace Hopper,GRACE@navy.example,US Navy,+1 555 0100',
      'Grace Hopper,grace@navy.example,US Navy,+1 555 0100',
      'Alan Turing,,Bletchley Park,',
      'Alan Turing,alan@bletchley.example,Bletchley Park,',
      '',
    ].join('\n');
    const res = await upload(who, { format: 'csv', mapping: JSON.stringify({ Name: 'displayName', 'E-mail': 'email', Company: 'company', Phone: 'phone' }) }, csv);
    expect(res.json()).toMatchObject({ totalRows: 5, created: 2, merged: 2, unchanged: 1 });
    expect(res.json().mergedRows.map((m: { rowNumber: number; matchedOn: string }) => [m.rowNumber, m.matchedOn])).toEqual([[3, 'email'], [6, 'name_company']]);
    const rows = await liveContacts(who);
    expect(rows).toHaveLength(2);
    expect(rows.find((c) => c.displayName === 'Grace Hopper')!.phones.map((p) => p.value)).toEqual(['+1 555 0100']);
    expect(rows.find((c) => c.displayName === 'Alan Turing')!.emails.map((e) => e.value)).toEqual(['alan@bletchley.example']);
    // Second time round every row finds its contact and nothing changes.
    expect((await upload(who, { format: 'csv', mapping: JSON.stringify({ Name: 'displayName', 'E-mail': 'email', Company: 'company', Phone: 'phone' }) }, csv)).json())
      .toMatchObject({ created: 0, merged: 0, unchanged: 5 });
  });

  it('never merges into another user’s contacts', async () => {
    const beforeA = await liveContacts(a);
    const res = await upload(b, { format: 'vcard' }, fixture('contacts-v3.vcf'));
    for (const m of res.json().mergedRows as { contactId: string }[]) expect(beforeA.map((c) => c.id)).not.toContain(m.contactId);
    expect(await liveContacts(a)).toEqual(beforeA);
  });
});

describe('POST /imports: other formats', () => {
  it.each([
    ['vcard', 'contacts-v4.vcf', { totalRows: 4, created: 3, skipped: 1 }, [4]],
    ['google_csv', 'google-contacts.csv', { totalRows: 6, created: 4, skipped: 2 }, [5, 7]],
    ['csv', 'outlook-contacts.csv', { totalRows: 4, created: 3, skipped: 1 }, [5]],
    ['csv', 'generic.csv', { totalRows: 5, created: 3, skipped: 2 }, [5, 7]],
  ] as const)('%s %s: exact counts and skipped rows', async (format, file, counts, skippedRows) => {
    const who = await signupUser(t.app);
    const res = await upload(who, { format }, fixture(file), file);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...counts, merged: 0, unchanged: 0 });
    expect(res.json().skippedRows.map((s: { rowNumber: number }) => s.rowNumber)).toEqual(skippedRows);
    expect(await liveContacts(who)).toHaveLength(counts.created);
    expect((await upload(who, { format }, fixture(file))).json()).toMatchObject({ created: 0, merged: 0, unchanged: counts.created });
  });
});

describe('POST /imports: dry run and progress', () => {
  it('dryRun reports what would happen and writes nothing', async () => {
    const who = await signupUser(t.app);
    await upload(who, { format: 'linkedin' }, fixture('linkedin-connections.csv'));
    const [contactsBefore, importsBefore] = [await liveContacts(who), await importCount(who)];
    const res = await upload(who, { format: 'vcard', dryRun: 'true' }, fixture('contacts-v3.vcf'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: null, dryRun: true, totalRows: 5, skipped: 1 });
    expect(res.json().mergedRows.length).toBeGreaterThan(0);
    expect(await liveContacts(who)).toEqual(contactsBefore);
    expect(await importCount(who)).toBe(importsBefore);
    const real = await upload(who, { format: 'vcard' }, fixture('contacts-v3.vcf'));
    const { id: _a, dryRun: _b, createdAt: _c, ...preview } = res.json();
    const { id: _d, dryRun: _e, createdAt: _f, ...actual } = real.json();
    expect(actual).toEqual(preview);
  });

  it('records progress under the caller’s progressId; others get 404', async () => {
    const progressId = randomUUID();
    const res = await upload(a, { format: 'linkedin', progressId }, fixture('linkedin-connections.csv'));
    expect(res.statusCode).toBe(201);
    const mine = await t.app.inject({ method: 'GET', url: `/api/v1/imports/progress/${progressId}`, headers: a.headers });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual({ phase: 'done', processed: 6, total: 6 });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/imports/progress/${progressId}`, headers: b.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/imports/progress/${randomUUID()}`, headers: a.headers })).statusCode).toBe(404);
  });
});

describe('POST /imports: size and documentation', () => {
  it('accepts a multi-megabyte file (well over the 1 MB JSON body limit)', async () => {
    const who = await signupUser(t.app);
    const csv = generateLinkedinCsv(12_000, 3);
    expect(csv.length).toBeGreaterThan(1_100_000);
    const res = await upload(who, { format: 'linkedin', dryRun: 'true' }, csv);
    expect(res.statusCode).toBe(201);
    expect(res.json().totalRows).toBeGreaterThan(11_000);
  });

  it('is documented in OpenAPI as a multipart form', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/v1/imports'].post;
    const form = op.requestBody.content['multipart/form-data'].schema;
    expect(Object.keys(form.properties)).toEqual(expect.arrayContaining(['file', 'format', 'mapping', 'dryRun', 'progressId']));
    expect(op.responses['201']).toBeDefined();
    expect(doc.paths['/api/v1/imports/progress/{progressId}'].get).toBeDefined();
  });
});

describe('POST /imports: refusals', () => {
  const problem = (res: { statusCode: number; headers: Record<string, unknown>; json(): { code: string; detail: string; errors: { path: string; message: string }[] } }) => {
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
    return res.json();
  };

  it('a binary file → 400 unreadable_file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const res = await upload(a, { format: 'linkedin' }, png, 'photo.png');
    expect(res.statusCode).toBe(400);
    expect(problem(res)).toMatchObject({ code: 'unreadable_file', detail: expect.stringContaining('binary') });
  });

  it('a file that is not UTF-8 → 400', async () => {
    const latin1 = Buffer.from('First Name,Last Name\nJos\xe9,Garc\xeda\n', 'latin1');
    const res = await upload(a, { format: 'csv' }, latin1);
    expect(res.statusCode).toBe(400);
    expect(problem(res).detail).toContain('UTF-8');
  });

  it('the wrong format for the file → 400 with a clear detail', async () => {
    const asLinkedin = await upload(a, { format: 'linkedin' }, fixture('contacts-v3.vcf'));
    expect(asLinkedin.statusCode).toBe(400);
    expect(problem(asLinkedin).code).toBe('unreadable_file');
    const asVcard = await upload(a, { format: 'vcard' }, fixture('linkedin-connections.csv'));
    expect(asVcard.statusCode).toBe(400);
    expect(problem(asVcard).detail).toMatch(/vcard/i);
    const empty = await upload(a, { format: 'vcard' }, '');
    expect(empty.statusCode).toBe(400);
  });

  it('missing file, unknown format, bad mapping, non-multipart → 4xx problems', async () => {
    const noFile = await upload(a, { format: 'linkedin' });
    expect(noFile.statusCode).toBe(400);
    expect(problem(noFile).errors).toEqual([{ path: 'file', message: 'Attach a file' }]);
    const badFormat = await upload(a, { format: 'excel' }, 'x');
    expect(badFormat.statusCode).toBe(400);
    expect(problem(badFormat).errors[0]!.path).toBe('format');
    const badMapping = await upload(a, { format: 'csv', mapping: '{nope' }, 'a,b\n1,2\n');
    expect(badMapping.statusCode).toBe(400);
    expect(problem(badMapping).errors[0]!.path).toBe('mapping');
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: a.headers, payload: { format: 'linkedin' } });
    expect(json.statusCode).toBe(415);
  });

  it('a file over 20 MB → 413', async () => {
    const big = 'a'.repeat(20 * 1024 * 1024 + 10);
    const res = await upload(a, { format: 'csv' }, big);
    expect(res.statusCode).toBe(413);
    expect(problem(res).code).toBe('file_too_large');
  });

  it('a failure after contacts were written leaves nothing behind', async () => {
    const who = await signupUser(t.app);
    failure.on = true;
    try {
      const res = await upload(who, { format: 'linkedin' }, generateLinkedinCsv(2_500, 7));
      expect(res.statusCode).toBe(500);
    } finally {
      failure.on = false;
    }
    expect(await liveContacts(who)).toHaveLength(0);
    expect(await importCount(who)).toBe(0);
    const retry = await upload(who, { format: 'linkedin' }, generateLinkedinCsv(2_500, 7));
    expect(retry.json().created).toBeGreaterThan(1_000);
  });
});
