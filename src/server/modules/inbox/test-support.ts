import { expect } from 'vitest';
import type { Session, TestContext } from '../../../../tests/helpers/test-app';
import type { InboxItem } from '../../../domain/inbox/api';

/** Test helpers of the inbox room (also used by the route-guard walk). */
export async function inboxOf(t: TestContext, s: Session, query = ''): Promise<InboxItem[]> {
  const r = await t.app.inject({ method: 'GET', url: `/api/v1/inbox${query}`, headers: s.headers });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items as InboxItem[];
}

export async function unreadOf(t: TestContext, s: Session): Promise<number> {
  const r = await t.app.inject({ method: 'GET', url: '/api/v1/inbox/count', headers: s.headers });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().unread as number;
}

/** An item in the owner's inbox, made through the producer API as another room would. */
export async function itemFor(t: TestContext, owner: Session, key = `guard:${Math.random()}`) {
  const { notify } = await import('./service');
  await notify(t.database.db, { userId: owner.userId, kind: 'due_today', title: 'Guarded', body: null, link: '/', dedupeKey: key });
  return (await inboxOf(t, owner))[0]!.id;
}
