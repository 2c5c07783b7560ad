import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionFrom, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { inboxOf, unreadOf } from '../inbox/test-support';

let t: TestContext;
let demo: Session;
beforeAll(async () => {
  t = await createTestApp();
  const r = await t.app.inject({ method: 'POST', url: '/api/v1/demo', payload: {} });
  if (r.statusCode !== 201) throw new Error(r.body);
  demo = sessionFrom(r);
});
afterAll(async () => t?.close());

describe("the demo's inbox", () => {
  it('starts with unread items that point at real things, and an older read one', async () => {
    const items = await inboxOf(t, demo);
    expect(items.map((i) => [i.kind, i.readAt === null])).toEqual([
      ['due_today', true],
      ['mentor_request', true],
      ['due_today', false],
    ]);
    expect(items[1]).toMatchObject({ title: 'Jordan Lee asked you to be their mentor', link: '/mentoring?tab=requests', actorName: 'Jordan Lee' });
    expect(items[0]!.link).toBe('/');
    expect(await unreadOf(t, demo)).toBe(2);
    // The request it points at is really waiting.
    const counts = await t.app.inject({ method: 'GET', url: '/api/v1/mentor-requests/counts', headers: demo.headers });
    expect(counts.json().incomingPending).toBe(1);
  });
});
