import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../../../../tests/helpers/test-db';
import type { Database } from '../../db/client';
import { contacts } from '../../db/schema/index';
import { insertUser } from '../accounts/queries';
import { BULK_CHUNK, bulkInsertContacts, insertChunkAsJson, type BulkContact } from './contacts-bulk';
import { findContact, listContacts } from './contacts-queries';
import { bulkAddNetwork } from './network-bulk-service';

let database: Database;
let userId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  userId = (await insertUser(database.db, { email: 'bulk@example.test', name: 'Bulk', passwordHash: 'x', timezone: 'UTC' }))!.id;
});
afterAll(async () => database?.close());

/** Everything COPY's text format and PostgreSQL's array literals treat specially. */
const awkward = (): BulkContact => ({
  id: randomUUID(),
  displayName: 'Tab\tNew\nline \\ back\\slash \\N \\. "quoted"',
  givenName: 'Zoë',
  familyName: null,
  emails: [{ label: 'work\t"x"', value: 'zoe\\@example.test' }],
  phones: [{ label: null, value: '+1 (555) 010-2000' }],
  company: 'Acme, Inc. {braces}',
  title: '\r\ncarriage',
  notes: 'line 1\nline 2\t\\t literal',
  tags: ['NULL', 'a,b', '{x}', 'quote"d', 'back\\slash', 'new\nline', ' spaced '],
  importantDates: [{ label: 'connected on', date: '2020-10-05' }],
  birthday: '--04-15',
  circle: 'mentor',
  level: 'senior',
  employer: 'outside',
  industry: 'Fintech',
  howWeMet: 'at a "meetup"',
  linkedinUrl: 'https://www.linkedin.com/in/zoe',
  starred: true,
  cadence: { every: 2, unit: 'week' },
});

const editable = (c: NonNullable<Awaited<ReturnType<typeof findContact>>>) => {
  const { id: _id, userId: _u, createdAt: _c, updatedAt: _up, lastInteractionAt: _l, deletedAt: _d, ...rest } = c;
  return rest;
};

describe('bulk contact insert', () => {
  it('stores awkward text, arrays and JSON exactly, and the same way on both database routes', async () => {
    const viaBulk = awkward();
    const viaJson = { ...awkward(), id: randomUUID() };
    await database.db.transaction(async (tx) => {
      await bulkInsertContacts(tx, userId, [viaBulk]);
      await insertChunkAsJson(tx, userId, [viaJson]);
    });
    const a = (await findContact(database.db, userId, viaBulk.id))!;
    const b = (await findContact(database.db, userId, viaJson.id))!;
    const { id: _id, ...expected } = viaBulk;
    expect(a).toMatchObject({ ...expected, linkedUserId: null, lastInteractionAt: null, deletedAt: null });
    expect(editable(a)).toEqual(editable(b));
    expect(a.searchText).toContain('zoe');
    expect(a.searchText).toContain('a,b');
  });

  it('fills defaults for fields an import does not have and keeps the times it is given', async () => {
    const plain: BulkContact = { id: randomUUID(), displayName: 'Plain Person' };
    const dated: BulkContact = { id: randomUUID(), displayName: 'Old Friend', createdAt: new Date('2021-03-04T05:06:07Z') };
    const stampedNow = await database.db.transaction(async (tx) => {
      await bulkInsertContacts(tx, userId, [plain, dated]);
      return tx.select({ n: count() }).from(contacts)
        .where(and(eq(contacts.id, plain.id), sql`${contacts.createdAt} = now()`, sql`${contacts.updatedAt} = now()`));
    });
    expect(stampedNow[0]!.n).toBe(1);
    const p = (await findContact(database.db, userId, plain.id))!;
    expect(p).toMatchObject({ emails: [], phones: [], tags: [], importantDates: [], starred: false, cadence: null, circle: null });
    const d = (await findContact(database.db, userId, dated.id))!;
    expect(d.createdAt.toISOString()).toBe('2021-03-04T05:06:07.000Z');
    expect(d.updatedAt.toISOString()).toBe('2021-03-04T05:06:07.000Z');
  });

  it('writes more than one chunk, reports progress per chunk, and the rows are searchable and tag-filterable', async () => {
    const owner = (await insertUser(database.db, { email: 'chunks@example.test', name: 'C', passwordHash: 'x', timezone: 'UTC' }))!.id;
    const rows: BulkContact[] = Array.from({ length: BULK_CHUNK + 3 }, (_, i) => ({
      id: randomUUID(),
      displayName: `Person ${i}`,
      company: i % 2 ? 'Northwind' : 'Contoso',
      tags: i % 1000 === 0 ? ['rare'] : [],
    }));
    const progress: number[] = [];
    await database.db.transaction(async (tx) => bulkInsertContacts(tx, owner, rows, (n) => progress.push(n)));
    expect(progress).toEqual([BULK_CHUNK, BULK_CHUNK + 3]);
    if (database.kind === 'pglite') {
      // PGlite runs no vacuum: the insert folded the search index's pending list in itself.
      const pending = await database.db.execute(sql`select gin_clean_pending_list('contacts_search_trgm_idx'::regclass) as pages`);
      expect(Number((pending as unknown as { rows: { pages: number | string }[] }).rows[0]!.pages)).toBe(0);
    }
    const [n] = await database.db.select({ n: count() }).from(contacts).where(eq(contacts.userId, owner));
    expect(n!.n).toBe(BULK_CHUNK + 3);
    const hits = await listContacts(database.db, owner, { q: 'person 4999 northwind' }, 'name', null, 10);
    expect(hits.map((h) => h.displayName)).toEqual(['Person 4999']);
    const tagged = await listContacts(database.db, owner, { tag: ['rare'] }, 'name', null, 10);
    expect(tagged.map((h) => h.displayName).sort()).toEqual(['Person 0', 'Person 1000', 'Person 2000', 'Person 3000', 'Person 4000', 'Person 5000']);
  });

  it('is part of the caller transaction: a failure later in it leaves nothing behind', async () => {
    const row: BulkContact = { id: randomUUID(), displayName: 'Rolled Back' };
    await expect(
      database.db.transaction(async (tx) => {
        await bulkInsertContacts(tx, userId, [row]);
        await tx.execute(sql`select 1/0`);
      }),
    ).rejects.toThrow();
    const left = await database.db.select({ n: count() }).from(contacts).where(and(eq(contacts.userId, userId), eq(contacts.id, row.id)));
    expect(left[0]!.n).toBe(0);
  });
});

describe('bulkAddNetwork (the demo, and any other generator)', () => {
  it('writes contacts, interactions and who took part, and derives last-contacted', async () => {
    const owner = (await insertUser(database.db, { email: 'net@example.test', name: 'N', passwordHash: 'x', timezone: 'UTC' }))!.id;
    const [ann, bo] = [randomUUID(), randomUUID()];
    const at = new Date('2025-06-01T10:00:00Z');
    await database.db.transaction((tx) =>
      bulkAddNetwork(tx, owner, {
        contacts: [{ id: ann, displayName: 'Ann' }, { id: bo, displayName: 'Bo' }],
        interactions: [{ id: randomUUID(), kind: 'coffee', occurredAt: at, summary: 'Chat', topics: ['ml'], participants: [{ contactId: ann, role: null }] }],
      }),
    );
    expect((await findContact(database.db, owner, ann))!.lastInteractionAt?.toISOString()).toBe(at.toISOString());
    expect((await findContact(database.db, owner, bo))!.lastInteractionAt).toBeNull();
  });

  it("refuses to link someone else's contact, and the caller's transaction rolls back whole", async () => {
    const owner = (await insertUser(database.db, { email: 'net2@example.test', name: 'N', passwordHash: 'x', timezone: 'UTC' }))!.id;
    const foreign = randomUUID();
    await database.db.transaction((tx) => bulkInsertContacts(tx, userId, [{ id: foreign, displayName: 'Not yours' }]));
    const mine = randomUUID();
    await expect(
      database.db.transaction((tx) =>
        bulkAddNetwork(tx, owner, {
          contacts: [{ id: mine, displayName: 'Mine' }],
          interactions: [{ id: randomUUID(), kind: 'call', occurredAt: new Date(), summary: null, topics: [], participants: [{ contactId: foreign, role: null }] }],
        }),
      ),
    ).rejects.toThrow(/someone else/);
    expect(await findContact(database.db, owner, mine)).toBeNull();
  });
});
