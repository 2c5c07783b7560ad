import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, type Method, type Session, type TestContext } from '../helpers/test-app';
import type { FollowUpItem } from '../../src/domain/follow-through/api';
import type { MeetingResponse, MentorshipResponse, OpenActionItem } from '../../src/domain/mentoring/api';
import type { InterviewResponse } from '../../src/domain/interviews/api';
import type { Contact } from '../../src/domain/network/api';

/** Other rooms' next steps reach Today through follow-through's room items, and come back. */
let t: TestContext;
let a: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app, { name: 'Maya Lopez' });
});
afterAll(async () => t?.close());

const call = (method: Method | 'PUT', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: a.headers, payload });
const ok = async <T>(method: Method | 'PUT', url: string, payload?: object, status = 200): Promise<T> => {
  const r = await call(method, url, payload);
  expect(r.statusCode, r.body).toBe(status);
  return (r.body ? r.json() : null) as T;
};
const openOf = async (source: string) => (await ok<{ items: FollowUpItem[] }>('GET', `/follow-ups?source=${source}&status=open`)).items;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('mentoring action items on Today', () => {
  let meeting: MeetingResponse;
  it('puts dated items on Today, the mentor’s as my check-in, and leaves undated ones off', async () => {
    const m = await ok<MentorshipResponse>('POST', '/mentorships', { newContact: { displayName: 'Rita Meet' }, kind: 'guardian_angel' }, 201);
    meeting = await ok<MeetingResponse>('POST', `/mentorships/${m.id}/meetings`, {
      heldOn: day(-1),
      actionItems: [{ text: 'Draft the promotion case', dueOn: day(2) }, { text: 'Introduce me to Sam', owner: 'mentor', dueOn: day(5) }, { text: 'Read the book' }],
    }, 201);
    const items = await openOf('action_item');
    expect(items.map((i) => [i.title, i.dueDate, i.contact?.displayName])).toEqual([
      ['Draft the promotion case (from your meeting with Rita Meet)', day(2), 'Rita Meet'],
      ['Check in with Rita Meet: Introduce me to Sam', day(5), 'Rita Meet'],
    ]);
    expect(items[1]!.prompt).toContain('The loop is yours');
  });

  it('done on Today ticks the action item off in mentoring; undo takes it back', async () => {
    const [draft] = await openOf('action_item');
    await ok('POST', `/follow-ups/${draft!.id}/done`, {});
    const open = await ok<{ items: OpenActionItem[] }>('GET', '/mentoring-action-items');
    expect(open.items.map((i) => i.text)).toEqual(['Introduce me to Sam', 'Read the book']);
    await ok('POST', `/follow-ups/${draft!.id}/undo`, { action: 'done' });
    const again = await ok<{ items: OpenActionItem[] }>('GET', '/mentoring-action-items');
    expect(again.items.map((i) => i.text)).toContain('Draft the promotion case');
  });

  it('re-dating, ticking off in mentoring and deleting keep Today in step', async () => {
    const [draft, sam, book] = meeting.actionItems;
    await ok('PATCH', `/mentoring-action-items/${sam!.id}`, { dueOn: day(9) });
    await ok('PATCH', `/mentoring-action-items/${book!.id}`, { dueOn: day(3) });
    expect((await openOf('action_item')).map((i) => [i.sourceId, i.dueDate])).toEqual([[draft!.id, day(2)], [book!.id, day(3)], [sam!.id, day(9)]]);
    await ok('PATCH', `/mentoring-action-items/${draft!.id}`, { done: true });
    await ok('DELETE', `/mentoring-action-items/${book!.id}`, undefined, 204);
    expect((await openOf('action_item')).map((i) => i.sourceId)).toEqual([sam!.id]);
    await ok('DELETE', `/mentoring-meetings/${meeting.id}`, undefined, 204);
    expect(await openOf('action_item')).toEqual([]);
  });
});

describe('interviews on Today', () => {
  it('an unanswered request is a step on Today until the interview moves on; done clears the date', async () => {
    const c = await ok<Contact>('POST', '/contacts', { displayName: 'Lee Park' }, 201);
    const iv = await ok<InterviewResponse>('POST', '/interviews', { contactId: c.id, topic: 'data careers' }, 201);
    await ok('POST', `/interviews/${iv.id}/stage`, { to: 'asked', followUpOn: day(3) });
    let items = await openOf('interview');
    expect(items.map((i) => [i.title, i.dueDate])).toEqual([['Follow up with Lee Park: no answer yet to your interview request', day(3)]]);
    await ok('PATCH', `/interviews/${iv.id}`, { followUpOn: day(4) });
    expect((await openOf('interview')).map((i) => i.dueDate)).toEqual([day(4)]);
    await ok('POST', `/follow-ups/${items[0]!.id}/done`, {});
    expect((await ok<InterviewResponse>('GET', `/interviews/${iv.id}`)).followUpOn).toBeNull();

    await ok('PATCH', `/interviews/${iv.id}`, { followUpOn: day(6) });
    items = await openOf('interview');
    expect(items.map((i) => i.dueDate)).toEqual([day(6)]);
    await ok('POST', `/interviews/${iv.id}/stage`, { to: 'scheduled', scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString() });
    expect(await openOf('interview')).toEqual([]);
  });

  it('thanking the person on Today moves a held interview to thanked', async () => {
    const c = await ok<Contact>('POST', '/contacts', { displayName: 'Ana Ruiz' }, 201);
    const iv = await ok<InterviewResponse>('POST', '/interviews', { contactId: c.id }, 201);
    await ok('POST', `/interviews/${iv.id}/stage`, { to: 'held', heldAt: new Date(Date.now() - 3_600_000).toISOString() });
    const thanks = (await openOf('thank_you')).filter((i) => i.contact?.displayName === 'Ana Ruiz');
    expect(thanks).toHaveLength(1);
    await ok('POST', `/follow-ups/${thanks[0]!.id}/done`, { logInteraction: { kind: 'email' } });
    expect((await ok<InterviewResponse>('GET', `/interviews/${iv.id}`)).stage).toBe('thanked');
  });
});
