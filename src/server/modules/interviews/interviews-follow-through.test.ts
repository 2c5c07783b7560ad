import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, type Method, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import type { InterviewResponse, InterviewSummary } from '../../../domain/interviews/api';
import type { TodayResponse } from '../../../domain/follow-through/api';
import type { Contact, Interaction } from '../../../domain/network/api';

/** Interviews talk to the network and follow-through rooms through their services: prove the whole loop. */
let t: TestContext;
let a: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app, { name: 'Maya Lopez', timezone: 'Europe/Berlin' });
});
afterAll(async () => t?.close());

const call = (method: Method | 'PUT', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: a.headers, payload });
const ok = async <T>(method: Method | 'PUT', url: string, payload?: object, status = 200): Promise<T> => {
  const r = await call(method, url, payload);
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
};
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const monthsBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / (30.44 * 86_400_000);

describe('asking', () => {
  it('renders the 5–10 minute request for this person, with the topic, and a mailto link', async () => {
    const c = await ok<Contact>('POST', '/contacts', { givenName: 'Ines', familyName: 'Park', company: 'Acme', emails: [{ value: 'ines@acme.test' }] }, 201);
    const iv = await ok<InterviewResponse>('POST', '/interviews', { contactId: c.id, topic: 'product design' }, 201);
    const m = await ok<{ subject: string; body: string; mailto: string; missing: string[] }>('POST', `/interviews/${iv.id}/ask-message`, {});
    expect(m.subject).toBe('Quick question about your work at Acme');
    expect(m.body).toContain('Hi Ines');
    expect(m.body).toContain("I'm exploring product design");
    expect(m.body).toContain('5 to 10 minutes');
    expect(m.body).toContain('Maya Lopez');
    expect(m.missing).toEqual([]);
    expect(m.mailto).toMatch(/^mailto:ines@acme\.test\?/);
    const other = await ok<{ body: string }>('POST', `/interviews/${iv.id}/ask-message`, { topic: 'UX research' });
    expect(other.body).toContain("I'm exploring UX research");
  });
});

describe('holding, thanking and starring', () => {
  let contact: Contact;
  let iv: InterviewResponse;

  it('holding logs an informational_interview with the notes as summary, in the same step as the notes', async () => {
    contact = await ok<Contact>('POST', '/contacts', { givenName: 'Lee', familyName: 'Chen', company: 'Northwind' }, 201);
    iv = await ok<InterviewResponse>('POST', '/interviews', { contactId: contact.id, topic: 'data careers' }, 201);
    await ok('POST', `/interviews/${iv.id}/stage`, { to: 'asked' });
    await ok('POST', `/interviews/${iv.id}/stage`, { to: 'scheduled', scheduledAt: hoursAgo(3) });
    const held = await ok<InterviewResponse>('POST', `/interviews/${iv.id}/stage`, {
      to: 'held',
      topics: ['data careers', 'mentoring'],
      questions: [
        { questionId: 'builtin:how-got-here', notes: 'Physics PhD, then a startup' },
        { questionId: 'builtin:differently', notes: 'Would have asked for help sooner' },
        { questionId: 'builtin:day-in-life', notes: null },
      ],
    });
    expect(held.stage).toBe('held');
    expect(held.notesCount).toBe(2);
    expect(Date.parse(held.heldAt!)).toBe(Date.parse(held.scheduledAt!));
    const logged = await ok<Interaction>('GET', `/interactions/${held.interactionId}`);
    expect(logged).toMatchObject({ kind: 'informational_interview', topics: ['data careers', 'mentoring'], participants: [expect.objectContaining({ contactId: contact.id })] });
    expect(logged.summary).toContain('Physics PhD, then a startup');
    expect(logged.summary).toContain('Would have asked for help sooner');
    iv = held;
  });

  it('follow-through reacts: a thank-you with a recap prompt, and a reach-out-again reminder about two months on, on Today', async () => {
    const today = await ok<TodayResponse>('GET', '/today?limit=500');
    const items = [...today.overdue, ...today.dueToday, ...today.upcoming].filter((i) => i.sourceId === iv.interactionId);
    const thank = items.find((i) => i.source === 'thank_you');
    expect(thank).toMatchObject({ title: 'Thank Lee Chen for the informational interview', contact: { id: contact.id } });
    expect(thank!.prompt).toContain('Physics PhD, then a startup');
    expect(thank!.prompt).toContain('data careers');
    const followUps = await ok<{ items: { source: string; dueDate: string; sourceId: string | null; title: string }[] }>('GET', `/follow-ups?contactId=${contact.id}&limit=200`);
    const again = followUps.items.find((i) => i.source === 'reach_out' && i.sourceId === iv.interactionId);
    expect(again?.title).toBe('Reach out again to Lee Chen');
    expect(monthsBetween(iv.heldAt!, `${again!.dueDate}T12:00:00Z`)).toBeGreaterThan(1.9);
    expect(monthsBetween(iv.heldAt!, `${again!.dueDate}T12:00:00Z`)).toBeLessThan(2.1);
    expect((await ok<InterviewResponse>('GET', `/interviews/${iv.id}`)).thankYou).toEqual({ id: thank!.id, status: 'open', dueDate: thank!.dueDate });
    await ok('POST', `/follow-ups/${thank!.id}/done`, {});
    const thanked = await ok<InterviewResponse>('GET', `/interviews/${iv.id}`);
    expect(thanked.thankYou?.status).toBe('done');
    // Thanking on Today is the pipeline's `thanked` step.
    expect(thanked.stage).toBe('thanked');
  });

  it('starring stars the contact in the network and moves the interview to potential mentor; unstarring takes both back', async () => {
    const starred = await ok<InterviewResponse>('POST', `/interviews/${iv.id}/star`, { starred: true });
    expect(starred).toMatchObject({ stage: 'potential_mentor', starred: true, contact: { starred: true } });
    expect((await ok<Contact>('GET', `/contacts/${contact.id}`)).starred).toBe(true);
    const unstarred = await ok<InterviewResponse>('POST', `/interviews/${iv.id}/star`, { starred: false });
    expect(unstarred).toMatchObject({ stage: 'keeping_in_touch', starred: false });
    expect((await ok<Contact>('GET', `/contacts/${contact.id}`)).starred).toBe(false);
    const viaStage = await ok<InterviewResponse>('POST', `/interviews/${iv.id}/stage`, { to: 'potential_mentor' });
    expect(viaStage).toMatchObject({ starred: true, contact: { starred: true } });
    expect(viaStage.history.map((h) => h.to)).toEqual(['prospect', 'asked', 'scheduled', 'held', 'thanked', 'potential_mentor', 'keeping_in_touch', 'potential_mentor']);
  });

  it('ranks held conversations by how well they flowed', async () => {
    const c2 = await ok<Contact>('POST', '/contacts', { displayName: 'Sam Flow' }, 201);
    const iv2 = await ok<InterviewResponse>('POST', '/interviews', { contactId: c2.id }, 201);
    await ok('POST', `/interviews/${iv2.id}/stage`, { to: 'held', heldAt: hoursAgo(30) });
    await ok('PATCH', `/interviews/${iv2.id}`, { flowRating: 5 });
    await ok('PATCH', `/interviews/${iv.id}`, { flowRating: 3 });
    const r = await ok<{ items: InterviewSummary[] }>('GET', '/interviews/ranking');
    expect(r.items.map((i) => [i.contact?.displayName, i.flowRating])).toEqual([['Sam Flow', 5], ['Lee Chen', 3]]);
  });

  it('a deleted contact shows as null and cannot be held, but the interview still lists', async () => {
    const c3 = await ok<Contact>('POST', '/contacts', { displayName: 'Soon Deleted' }, 201);
    const iv3 = await ok<InterviewResponse>('POST', '/interviews', { contactId: c3.id }, 201);
    expect((await call('DELETE', `/contacts/${c3.id}`)).statusCode).toBe(204);
    const r = await ok<InterviewResponse>('GET', `/interviews/${iv3.id}`);
    expect(r.contact).toBeNull();
    const held = await call('POST', `/interviews/${iv3.id}/stage`, { to: 'held', heldAt: hoursAgo(1) });
    expect(held.statusCode).toBe(409);
    expect(held.json().code).toBe('contact_deleted');
    expect((await call('POST', `/interviews/${iv3.id}/ask-message`, {})).statusCode).toBe(409);
  });
});
