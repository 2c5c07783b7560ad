import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, type Method, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem as problem } from '../../../../tests/helpers/problem';
import type { InterviewResponse, QuestionResponse } from '../../../domain/interviews/api';
import type { Contact } from '../../../domain/network/api';

let t: TestContext;
let a: Session;
let b: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app, { name: 'Maya Lopez' });
  b = await signupUser(t.app);
});
afterAll(async () => t?.close());

const call = (s: Session, method: Method | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, payload });
const ok = async <T>(s: Session, method: Method | 'PUT', url: string, payload?: object, status = 200): Promise<T> => {
  const r = await call(s, method, url, payload);
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
};
const person = (s: Session, body: object) => ok<Contact>(s, 'POST', '/contacts', body, 201);
const interview = (s: Session, body: object) => ok<InterviewResponse>(s, 'POST', '/interviews', body, 201);
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe('creating interviews', () => {
  it('starts with an existing contact at prospect, with the first three built-in questions and a history entry', async () => {
    const ines = await person(a, { givenName: 'Ines', familyName: 'Park', company: 'Acme' });
    const iv = await interview(a, { contactId: ines.id, topic: 'product design' });
    expect(iv).toMatchObject({ stage: 'prospect', topic: 'product design', contact: { id: ines.id, displayName: 'Ines Park', company: 'Acme', starred: false } });
    expect(iv.questions.map((q) => q.questionId)).toEqual(['builtin:where-from', 'builtin:how-got-here', 'builtin:expected']);
    expect(iv.history).toEqual([expect.objectContaining({ from: null, to: 'prospect' })]);
    expect(iv.allowedMoves).toEqual(['asked', 'scheduled', 'held', 'declined', 'closed']);
  });

  it('adds a new contact to the network in the same step', async () => {
    const iv = await interview(a, { newContact: { givenName: 'Tomas', familyName: 'Berg', company: 'Northwind', emails: [{ value: 'tomas@northwind.test' }] }, questionIds: [] });
    expect(iv.contact).toMatchObject({ displayName: 'Tomas Berg', email: 'tomas@northwind.test' });
    expect(iv.questions).toEqual([]);
    const c = await ok<Contact>(a, 'GET', `/contacts/${iv.contactId}`);
    expect(c.company).toBe('Northwind');
  });

  it('refuses bad input with per-field errors, never a 500', async () => {
    const both = problem(await call(a, 'POST', '/interviews', {}), 400);
    expect(both.errors?.map((e) => e.path)).toContain('contactId');
    const unknown = problem(await call(a, 'POST', '/interviews', { contactId: '00000000-0000-4000-8000-000000000000' }), 400);
    expect(unknown.errors).toEqual([{ path: 'contactId', message: 'No such contact' }]);
    const nameless = problem(await call(a, 'POST', '/interviews', { newContact: {} }), 400);
    expect(nameless.errors?.length).toBeGreaterThan(0);
    const c = await person(a, { displayName: 'Q Tester' });
    const badQ = problem(await call(a, 'POST', '/interviews', { contactId: c.id, questionIds: ['builtin:where-from', 'builtin:nope'] }), 400);
    expect(badQ.errors).toEqual([{ path: 'questionIds.1', message: 'No such question' }]);
    problem(await call(a, 'POST', '/interviews', { contactId: 'not-a-uuid' }), 400);
    problem(await call(a, 'GET', '/interviews?stage=nonsense'), 400);
    problem(await call(a, 'GET', '/interviews?cursor=garbage'), 400);
  });

  it("refuses another user's contact as if it did not exist", async () => {
    const theirs = await person(b, { displayName: 'Private Person' });
    const p = problem(await call(a, 'POST', '/interviews', { contactId: theirs.id }), 400);
    expect(p.errors).toEqual([{ path: 'contactId', message: 'No such contact' }]);
  });
});

describe('the pipeline', () => {
  it('moves prospect → asked (with follow-up date) → scheduled → held, recording each move', async () => {
    const c = await person(a, { givenName: 'Lee', familyName: 'Chen' });
    const iv = await interview(a, { contactId: c.id });
    const asked = await ok<InterviewResponse>(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'asked', followUpOn: '2000-01-03' });
    expect(asked).toMatchObject({ stage: 'asked', followUpOn: '2000-01-03', followUpDue: true });
    const noTime = problem(await call(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'scheduled' }), 400);
    expect(noTime.errors).toEqual([{ path: 'scheduledAt', message: 'Choose when you will talk' }]);
    const soon = hoursFromNow(30);
    const scheduled = await ok<InterviewResponse>(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'scheduled', scheduledAt: soon, location: 'Video call' });
    expect(scheduled).toMatchObject({ stage: 'scheduled', location: 'Video call', followUpOn: null, followUpDue: false });
    expect(Date.parse(scheduled.scheduledAt!)).toBe(Date.parse(soon));
    const early = problem(await call(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'held' }), 409);
    expect(early.code).toBe('not_yet_happened');
    const held = await ok<InterviewResponse>(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'held', heldAt: hoursFromNow(-1), topics: ['career paths'] });
    expect(held.stage).toBe('held');
    expect(held.interactionId).not.toBeNull();
    expect(held.history.map((h) => h.to)).toEqual(['prospect', 'asked', 'scheduled', 'held']);
    const back = problem(await call(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'asked' }), 409);
    expect(back.code).toBe('illegal_move');
  });

  it('declines with a reason and reopens to where it was', async () => {
    const c = await person(a, { displayName: 'Busy Person' });
    const iv = await interview(a, { contactId: c.id });
    await ok(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'asked' });
    const declined = await ok<InterviewResponse>(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'declined', reason: 'Too busy this quarter' });
    expect(declined).toMatchObject({ stage: 'declined', closedReason: 'Too busy this quarter', allowedMoves: ['asked'] });
    expect(declined.history.at(-1)).toMatchObject({ from: 'asked', to: 'declined', reason: 'Too busy this quarter' });
    expect(problem(await call(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'closed' }), 409).code).toBe('already_closed');
    const reopened = await ok<InterviewResponse>(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'asked' });
    expect(reopened).toMatchObject({ stage: 'asked', closedReason: null });
  });

  it('refuses a reflection before the conversation is held, and takes it afterwards', async () => {
    const c = await person(a, { displayName: 'Reflect Person' });
    const iv = await interview(a, { contactId: c.id });
    expect(problem(await call(a, 'PATCH', `/interviews/${iv.id}`, { flowRating: 4 }), 409).code).toBe('not_held_yet');
    expect(problem(await call(a, 'POST', `/interviews/${iv.id}/star`, { starred: true }), 409).code).toBe('not_held_yet');
    await ok(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'held', heldAt: hoursFromNow(-2) });
    const bad = problem(await call(a, 'PATCH', `/interviews/${iv.id}`, { flowRating: 9 }), 400);
    expect(bad.errors?.[0]?.path).toBe('flowRating');
    const r = await ok<InterviewResponse>(a, 'PATCH', `/interviews/${iv.id}`, { flowRating: 5, learned: 'Start with the customer', theyCareAbout: 'Mentoring juniors' });
    expect(r).toMatchObject({ flowRating: 5, learned: 'Start with the customer', theyCareAbout: 'Mentoring juniors' });
  });

  it('keeps a scheduled interview scheduled: clearing its time is a 400', async () => {
    const c = await person(a, { displayName: 'Time Person' });
    const iv = await interview(a, { contactId: c.id });
    await ok(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'scheduled', scheduledAt: hoursFromNow(5) });
    expect(problem(await call(a, 'PATCH', `/interviews/${iv.id}`, { scheduledAt: null }), 400).errors?.[0]?.path).toBe('scheduledAt');
    problem(await call(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'warp' }), 400);
    problem(await call(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'scheduled', scheduledAt: 'tomorrow' }), 400);
  });

  it('lists newest first with keyset pages and stage filters', async () => {
    const list = await ok<{ items: { id: string; stage: string }[]; nextCursor: string | null }>(a, 'GET', '/interviews?limit=2');
    expect(list.items).toHaveLength(2);
    expect(list.nextCursor).not.toBeNull();
    const next = await ok<{ items: { id: string }[] }>(a, 'GET', `/interviews?limit=2&cursor=${list.nextCursor}`);
    expect(next.items.map((i) => i.id)).not.toContain(list.items[0]!.id);
    const prospects = await ok<{ items: { stage: string }[] }>(a, 'GET', '/interviews?stage=prospect,declined&limit=200');
    expect(prospects.items.length).toBeGreaterThan(0);
    expect(new Set(prospects.items.map((i) => i.stage))).toEqual(new Set(['prospect']));
  });

  it('deletes with 204, then 404', async () => {
    const c = await person(a, { displayName: 'Gone Person' });
    const iv = await interview(a, { contactId: c.id });
    expect((await call(a, 'DELETE', `/interviews/${iv.id}`)).statusCode).toBe(204);
    problem(await call(a, 'GET', `/interviews/${iv.id}`), 404);
    problem(await call(a, 'DELETE', `/interviews/${iv.id}`), 404);
  });
});

describe('questions', () => {
  it('lists the built-ins, then your own; creates, rewords and deletes your own; refuses changing built-ins', async () => {
    const bank = await ok<{ items: QuestionResponse[] }>(a, 'GET', '/interview-questions');
    expect(bank.items.filter((q) => q.builtIn).map((q) => q.text)).toEqual(expect.arrayContaining([expect.stringMatching(/day in the life/), expect.stringMatching(/best and the worst/)]));
    const mine = await ok<QuestionResponse>(a, 'POST', '/interview-questions', { text: 'What would you tell your younger self?' }, 201);
    expect(mine.builtIn).toBe(false);
    const reworded = await ok<QuestionResponse>(a, 'PATCH', `/interview-questions/${mine.id}`, { text: 'What would you tell yourself at 22?' });
    expect(reworded.text).toBe('What would you tell yourself at 22?');
    expect(problem(await call(a, 'POST', '/interview-questions', { text: '' }), 400).errors?.[0]?.path).toBe('text');
    expect(problem(await call(a, 'PATCH', '/interview-questions/builtin:learned', { text: 'Changed?' }), 409).code).toBe('built_in_question');
    expect(problem(await call(a, 'DELETE', '/interview-questions/builtin:learned'), 409).code).toBe('built_in_question');
    problem(await call(a, 'PATCH', '/interview-questions/builtin:made-up', { text: 'Changed?' }), 404);
    problem(await call(b, 'PATCH', `/interview-questions/${mine.id}`, { text: 'Stolen?' }), 404);
    problem(await call(b, 'DELETE', `/interview-questions/${mine.id}`), 404);
    const theirs = await ok<{ items: QuestionResponse[] }>(b, 'GET', '/interview-questions');
    expect(theirs.items.map((q) => q.id)).not.toContain(mine.id);
  });

  it('picks, reorders and takes notes per question; notes survive deleting the question from the bank', async () => {
    const own = await ok<QuestionResponse>(a, 'POST', '/interview-questions', { text: 'Who else should I talk to?' }, 201);
    const c = await person(a, { displayName: 'Notes Person' });
    const iv = await interview(a, { contactId: c.id });
    const items = [
      { questionId: own.id, notes: 'Talk to Priya in research' },
      { questionId: 'builtin:day-in-life', notes: null },
      { questionId: 'builtin:where-from', notes: 'Grew up in Porto' },
    ];
    const r = await ok<InterviewResponse>(a, 'PUT', `/interviews/${iv.id}/questions`, { items });
    expect(r.questions.map((q) => [q.questionId, q.notes])).toEqual(items.map((i) => [i.questionId, i.notes]));
    expect(r).toMatchObject({ questionCount: 3, notesCount: 2 });
    expect((await call(a, 'DELETE', `/interview-questions/${own.id}`)).statusCode).toBe(204);
    const again = await ok<InterviewResponse>(a, 'PUT', `/interviews/${iv.id}/questions`, { items: [items[2], items[0]] });
    expect(again.questions.map((q) => q.text)).toEqual(['Where are you from, and where are you now?', 'Who else should I talk to?']);
    const dup = problem(await call(a, 'PUT', `/interviews/${iv.id}/questions`, { items: [items[2], items[2]] }), 400);
    expect(dup.errors?.[0]?.path).toBe('items');
    const theirQ = await ok<QuestionResponse>(b, 'POST', '/interview-questions', { text: 'Not yours to pick?' }, 201);
    const foreign = problem(await call(a, 'PUT', `/interviews/${iv.id}/questions`, { items: [{ questionId: theirQ.id }] }), 400);
    expect(foreign.errors).toEqual([{ path: 'items.0.questionId', message: 'No such question' }]);
  });
});

describe('isolation', () => {
  it("answers 404 for every route on another user's interview, and lists only your own", async () => {
    const c = await person(a, { displayName: 'Secret Person' });
    const iv = await interview(a, { contactId: c.id });
    for (const [method, url, payload] of [
      ['GET', `/interviews/${iv.id}`, undefined],
      ['PATCH', `/interviews/${iv.id}`, { topic: 'x' }],
      ['DELETE', `/interviews/${iv.id}`, undefined],
      ['POST', `/interviews/${iv.id}/stage`, { to: 'asked' }],
      ['POST', `/interviews/${iv.id}/star`, { starred: true }],
      ['PUT', `/interviews/${iv.id}/questions`, { items: [] }],
      ['POST', `/interviews/${iv.id}/ask-message`, {}],
    ] as const) {
      problem(await call(b, method, url, payload), 404);
    }
    const theirs = await ok<{ items: { id: string }[] }>(b, 'GET', '/interviews?limit=200');
    expect(theirs.items.map((i) => i.id)).not.toContain(iv.id);
    const ranking = await ok<{ items: { id: string }[] }>(b, 'GET', '/interviews/ranking');
    expect(ranking.items).toEqual([]);
    expect((await ok<InterviewResponse>(a, 'GET', `/interviews/${iv.id}`)).stage).toBe('prospect');
  });
});
