import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../tests/helpers/test-db';
import type { Database } from '../../db/client';
import { createContactBody, type Contact } from '../../../domain/network/api';
import { insertUser } from '../accounts/queries';
import { createContact, createContactsForOwners, findContact } from './contacts-service';
import { findContact as findRow, listAllContacts } from './contacts-queries';

let database: Database;
let ann: string;
let ben: string;
beforeAll(async () => {
  database = await openTestDatabase();
  ann = (await insertUser(database.db, { email: 'ann@owners.test', name: 'Ann', passwordHash: 'x', timezone: 'UTC' }))!.id;
  ben = (await insertUser(database.db, { email: 'ben@owners.test', name: 'Ben', passwordHash: 'x', timezone: 'UTC' }))!.id;
});
afterAll(async () => database?.close());

/** What a contact is, without what differs between any two inserts (id, times). */
const shape = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Contact) => rest;

describe('creating contacts for many owners at once', () => {
  it('stores the same contact, search text included, as one create per owner would, in the order given', async () => {
    const bodies = [
      createContactBody.parse({ displayName: 'Mo Mentor', emails: [{ label: 'work', value: 'Mo@Example.test' }], title: 'Staff engineer', industry: 'Software', circle: 'mentor', howWeMet: 'Matched in Young professionals' }),
      // No display name: derived from the names, as the single create does.
      createContactBody.parse({ givenName: 'Lu', familyName: 'Zoë', linkedinUrl: 'http://linkedin.com/in/lu/?trk=x', tags: ['b', 'a', 'b'], circle: 'mentor' }),
      createContactBody.parse({ emails: [{ label: null, value: 'only@mail.test' }] }),
    ];
    const owners = [ann, ben, ann];
    const many = await createContactsForOwners(database.db, bodies.map((body, i) => ({ userId: owners[i]!, body })));
    const one = [];
    for (const [i, body] of bodies.entries()) one.push(await createContact(database.db, owners[i]!, body));

    expect(many.map(shape)).toEqual(one.map(shape));
    expect(many.map((c) => c.displayName)).toEqual(['Mo Mentor', 'Lu Zoë', 'only@mail.test']);
    for (const [i, c] of many.entries()) {
      // Each belongs to its own owner only, and searches the same.
      expect(await findContact(database.db, owners[i]!, c.id)).not.toBeNull();
      expect(await findContact(database.db, owners[i] === ann ? ben : ann, c.id)).toBeNull();
      expect((await findRow(database.db, owners[i]!, c.id))!.searchText).toBe((await findRow(database.db, owners[i]!, one[i]!.id))!.searchText);
    }
  });

  it('refuses a nameless contact before writing any', async () => {
    const named = createContactBody.parse({ displayName: 'Kept out' });
    const nameless = { ...createContactBody.parse({ displayName: 'x' }), displayName: undefined } as never;
    await expect(createContactsForOwners(database.db, [{ userId: ann, body: named }, { userId: ben, body: nameless }])).rejects.toMatchObject({ status: 400, code: 'validation_error' });
    expect((await listAllContacts(database.db, ann)).map((c) => c.displayName)).not.toContain('Kept out');
    expect(await createContactsForOwners(database.db, [])).toEqual([]);
  });
});
