import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, type Method, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem as problem } from '../../../../tests/helpers/problem';
import type { InterviewResponse, StageCounts } from '../../../domain/interviews/api';
import type { Contact } from '../../../domain/network/api';

let t: TestContext;
let b: Session;
beforeAll(async () => {
  t = await createTestApp();
  b = await signupUser(t.app);
});
afterAll(async () => t?.close());

const call = (s: Session, method: Method, url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, payload });
const ok = async <T>(s: Session, method: Method, url: string, payload?: object, status = 200): Promise<T> => {
  const r = await call(s, method, url, payload);
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
};
const person = (s: Session, body: object) => ok<Contact>(s, 'POST', '/contacts', body, 201);
const interview = (s: Session, contactId: string) => ok<InterviewResponse>(s, 'POST', '/interviews', { contactId }, 201);
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const held = async (s: Session, contactId: string, hours = 2) => {
  const iv = await interview(s, contactId);
  return ok<InterviewResponse>(s, 'POST', `/interviews/${iv.id}/stage`, { to: 'held', heldAt: hoursAgo(hours) });
};
const starred = async (s: Session, id: string) => (await ok<Contact>(s, 'GET', `/contacts/${id}`)).starred;
const star = (s: Session, id: string, on: boolean) => ok<InterviewResponse>(s, 'POST', `/interviews/${id}/star`, { starred: on });

describe('"flowed best" ranking, a page at a time', () => {
  it('pages by rating (unrated last), then most recent, without repeats, and refuses a tampered cursor', async () => {
    const a = await signupUser(t.app);
    const c = await person(a, { displayName: 'Many Talks' });
    const ratings = [5, 3, null, 5, 4, null, 3];
    const made: { id: string; rating: number | null; hours: number }[] = [];
    for (const [i, rating] of ratings.entries()) {
      const iv = await held(a, c.id, 10 + i);
      if (rating !== null) await ok(a, 'PATCH', `/interviews/${iv.id}`, { flowRating: rating });
      made.push({ id: iv.id, rating, hours: 10 + i });
    }
    const expected = [...made].sort((x, y) => (y.rating ?? -1) - (x.rating ?? -1) || x.hours - y.hours).map((m) => m.id);
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const page: { items: { id: string }[]; nextCursor: string | null } = await ok(a, 'GET', `/interviews/ranking?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(expected);
    problem(await call(a, 'GET', '/interviews/ranking?cursor=garbage'), 400);
    const wrongKey = Buffer.from(JSON.stringify({ s: 'flowed', k: '9|yesterday', i: made[0]!.id })).toString('base64url');
    problem(await call(a, 'GET', `/interviews/ranking?cursor=${wrongKey}`), 400);
    const otherSort = Buffer.from(JSON.stringify({ s: 'created', k: '2026-01-01T00:00:00.000000Z', i: made[0]!.id })).toString('base64url');
    problem(await call(a, 'GET', `/interviews/ranking?cursor=${otherSort}`), 400);
  });
});

describe('stage counts', () => {
  it('counts the caller\'s interviews per stage', async () => {
    const a = await signupUser(t.app);
    const c = await person(a, { displayName: 'Counted' });
    await interview(a, c.id);
    await interview(a, c.id);
    await held(a, c.id);
    expect(await ok<StageCounts>(a, 'GET', '/interviews/stage-counts')).toEqual({ total: 3, byStage: { prospect: 2, held: 1 } });
    expect(await ok<StageCounts>(b, 'GET', '/interviews/stage-counts')).toEqual({ total: 0, byStage: {} });
  });
});

describe('unstarring an interview', () => {
  it('leaves a contact starred for another reason starred', async () => {
    const a = await signupUser(t.app);
    const c = await person(a, { displayName: 'Already Starred', starred: true });
    const iv = await held(a, c.id);
    await star(a, iv.id, true);
    const off = await star(a, iv.id, false);
    expect(off).toMatchObject({ starred: false, stage: 'keeping_in_touch' });
    expect(await starred(a, c.id)).toBe(true);
  });

  it('unstars the contact when this interview starred it, and only when no other starred interview with them is left', async () => {
    const a = await signupUser(t.app);
    const c = await person(a, { displayName: 'Twice Met' });
    const first = await held(a, c.id);
    const second = await held(a, c.id);
    await star(a, first.id, true);
    expect(await starred(a, c.id)).toBe(true);
    await star(a, second.id, true);
    await star(a, first.id, false);
    expect(await starred(a, c.id)).toBe(true);
    await star(a, second.id, false);
    expect(await starred(a, c.id)).toBe(false);
    // Moving to potential mentor stars the same way.
    await ok(a, 'POST', `/interviews/${first.id}/stage`, { to: 'potential_mentor' });
    expect(await starred(a, c.id)).toBe(true);
    await star(a, first.id, false);
    expect(await starred(a, c.id)).toBe(false);
  });
});

describe('undoing a stage move', () => {
  it('takes back "held": the logged interaction and its thank-you go, and the stage, time and history are as before', async () => {
    const a = await signupUser(t.app);
    const c = await person(a, { displayName: 'Undo Person' });
    const iv = await interview(a, c.id);
    const asked = await ok<InterviewResponse>(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'asked', followUpOn: '2031-01-03' });
    const h = await ok<InterviewResponse>(a, 'POST', `/interviews/${iv.id}/stage`, { to: 'held', heldAt: hoursAgo(1) });
    expect(h.interactionId).not.toBeNull();
    const thanks = async () => (await ok<{ items: { status: string }[] }>(a, 'GET', `/follow-ups?contactId=${c.id}&source=thank_you&status=open`)).items;
    expect(await thanks()).toHaveLength(1);

    problem(await call(a, 'POST', `/interviews/${iv.id}/stage/undo`, { stage: 'scheduled' }), 409);
    problem(await call(b, 'POST', `/interviews/${iv.id}/stage/undo`, { stage: 'held' }), 404);
    problem(await call(a, 'POST', `/interviews/${iv.id}/stage/undo`, { stage: 'nonsense' }), 400);

    const undone = await ok<InterviewResponse>(a, 'POST', `/interviews/${iv.id}/stage/undo`, { stage: 'held' });
    expect(undone).toMatchObject({ stage: 'asked', heldAt: null, interactionId: null, followUpOn: '2031-01-03' });
    expect(undone.history.map((e) => e.to)).toEqual(['prospect', 'asked']);
    expect(undone.allowedMoves).toEqual(asked.allowedMoves);
    expect((await call(a, 'GET', `/interactions/${h.interactionId}`)).statusCode).toBe(404);
    expect(await thanks()).toEqual([]);
    expect((await ok<Contact>(a, 'GET', `/contacts/${c.id}`)).lastContactedAt).toBeNull();

    // One more undo takes back "asked"; then only the creation is left, which is not a move.
    expect(await ok<InterviewResponse>(a, 'POST', `/interviews/${iv.id}/stage/undo`, { stage: 'asked' })).toMatchObject({ stage: 'prospect', followUpOn: null });
    expect(problem(await call(a, 'POST', `/interviews/${iv.id}/stage/undo`, { stage: 'prospect' }), 409).code).toBe('nothing_to_undo');
  });

  it('takes back a star: the contact is unstarred only if the move starred it; an undone unstar stars again', async () => {
    const a = await signupUser(t.app);
    const c = await person(a, { displayName: 'Star Undo' });
    const iv = await held(a, c.id);
    await star(a, iv.id, true);
    expect(await starred(a, c.id)).toBe(true);
    expect(await ok<InterviewResponse>(a, 'POST', `/interviews/${iv.id}/stage/undo`, { stage: 'potential_mentor' })).toMatchObject({ stage: 'held', starred: false });
    expect(await starred(a, c.id)).toBe(false);

    await star(a, iv.id, true);
    await star(a, iv.id, false);
    expect(await starred(a, c.id)).toBe(false);
    expect(await ok<InterviewResponse>(a, 'POST', `/interviews/${iv.id}/stage/undo`, { stage: 'keeping_in_touch' })).toMatchObject({ stage: 'potential_mentor', starred: true });
    expect(await starred(a, c.id)).toBe(true);

    const byHand = await person(a, { displayName: 'Hand Starred', starred: true });
    const other = await held(a, byHand.id);
    await star(a, other.id, true);
    await ok(a, 'POST', `/interviews/${other.id}/stage/undo`, { stage: 'potential_mentor' });
    expect(await starred(a, byHand.id)).toBe(true);
  });
});
