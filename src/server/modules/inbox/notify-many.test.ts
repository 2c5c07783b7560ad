import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { insertUser, useTestDatabase } from '../../../../tests/helpers/bare-db';
import type { Db } from '../../db/client';
import { inboxItems } from '../../db/schema/index';
import { notify, notifyMany, savePreferences, type InboxNews } from './service';

let db: Db;
useTestDatabase((d) => (db = d));

const user = (name: string) => insertUser(db, name);

/** Two users' inboxes, as stored, without what differs between any two inserts (ids, the recipient). */
const stored = async (userId: string) =>
  (await db.select().from(inboxItems).where(eq(inboxItems.userId, userId)).orderBy(asc(inboxItems.dedupeKey), asc(inboxItems.kind))).map(({ id: _i, userId: _u, createdAt: _c, ...rest }) => rest);

/** A recipient with muted mentor requests, an item already stored, and the same news sent to them in many ways. */
async function recipient(actor: string) {
  const me = await user('Recipient');
  await savePreferences(db, me, ['mentor_request']);
  await notify(db, { userId: me, kind: 'due_today', title: 'Already here', link: '/', dedupeKey: 'k:old' });
  const list: (InboxNews | null)[] = [
    { userId: me, kind: 'thread_post', title: '{actor} asked you', body: 'x'.repeat(5000), link: '/mentoring', dedupeKey: 'k:1', actorUserId: actor },
    { userId: me, kind: 'mentor_request', title: 'Muted', link: '/', dedupeKey: 'k:2' },
    // Same key as a muted one before it: this one is the first stored under it.
    { userId: me, kind: 'due_today', title: 'After the muted one', link: '/', dedupeKey: 'k:2' },
    // Same key again, not muted: one after another, the earlier one holds the key.
    { userId: me, kind: 'due_today', title: 'Second under k:1', link: '/', dedupeKey: 'k:1' },
    { userId: me, kind: 'due_today', title: 'Already told', link: '/', dedupeKey: 'k:old' },
    null,
    { userId: me, kind: 'due_today', title: 'To myself', link: '/', dedupeKey: 'k:self', actorUserId: me },
    { userId: me, kind: 'due_today', title: `T${'t'.repeat(400)}`, link: '/today', dedupeKey: `k:${'long'.repeat(100)}`, actorUserId: null },
    { userId: randomUUID(), kind: 'due_today', title: 'Nobody', link: '/', dedupeKey: 'k:nobody' },
  ];
  return { me, list };
}

describe('notifyMany', () => {
  it('stores the same rows and answers the same as notify one item after another, muted kinds and repeated keys included', async () => {
    const actor = await user('Ada Actor');
    const one = await recipient(actor);
    const answers: boolean[] = [];
    for (const n of one.list) answers.push(await notify(db, n));
    const many = await recipient(actor);
    const together = await db.transaction((tx) => notifyMany(tx, many.list));

    expect(together).toEqual(answers);
    expect(together).toEqual([true, false, true, false, false, false, false, true, false]);
    expect(await stored(many.me)).toEqual(await stored(one.me));
    const titles = (await stored(many.me)).map((r) => r.title);
    expect(titles).toContain('Ada Actor asked you');
    expect(titles).toContain('After the muted one');
    expect(titles).not.toContain('Muted');
    // Told again: nothing new.
    expect(await notifyMany(db, many.list)).toEqual(many.list.map(() => false));
    expect(await notifyMany(db, [])).toEqual([]);
  });

  it('throws on a malformed item before storing any', async () => {
    const me = await user('Careful');
    const good: InboxNews = { userId: me, kind: 'due_today', title: 'Fine', link: '/', dedupeKey: 'm:1' };
    await expect(notifyMany(db, [good, { ...good, dedupeKey: 'm:2', link: '//evil.example' }])).rejects.toThrow(/not a path/);
    await expect(notifyMany(db, [good, { ...good, dedupeKey: 'm:3', kind: 'nope' as never }])).rejects.toThrow(/unknown kind/);
    expect(await stored(me)).toEqual([]);
  });
});
