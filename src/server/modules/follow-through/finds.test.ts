import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createTestApp, signupUser, type Session, type TestContext, type Method } from '../../../../tests/helpers/test-app';
import type { FollowUpItem, TodayResponse } from '../../../domain/follow-through/api';
import type { FindResponse } from '../../../domain/follow-through/finds-api';

let t: TestContext;
let a: Session;
let b: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app, { name: 'Maya Lopez' });
  b = await signupUser(t.app);
});
afterAll(async () => t?.close());

const call = (s: Session, method: Method, url: string, payload?: object) => callApi(t.app, s, method, url, payload);
const person = async (s: Session, body: object) => {
  const r = await call(s, 'POST', '/contacts', body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string };
};
const shares = async (s: Session) => {
  const d = (await call(s, 'GET', '/today')).json() as TodayResponse;
  return [...d.overdue, ...d.dueToday, ...d.upcoming].filter((i) => i.source === 'share');
};
const article = { kind: 'article', title: 'Scaling data platforms', url: 'https://example.org/scaling', topics: ['Data Platform', 'hiring'] };

describe('share something useful', () => {
  it('proposes sharing a find with the contacts whose tags or conversations match its topics, and writes the note', async () => {
    const dana = await person(a, { givenName: 'Dana', familyName: 'Ito', tags: ['data platform'], emails: [{ value: 'dana@example.test' }] });
    const eli = await person(a, { displayName: 'Eli Moss' });
    await person(a, { displayName: 'Fay Nope', tags: ['gardening'] });
    await call(a, 'POST', '/interactions', { kind: 'coffee', occurredAt: new Date(Date.now() - 86_400_000).toISOString(), contactIds: [eli.id], topics: ['Hiring'] });
    await person(b, { displayName: 'Other Users Contact', tags: ['hiring'] });

    const r = await call(a, 'POST', '/finds', article);
    expect(r.statusCode, r.body).toBe(201);
    const find = r.json() as FindResponse;
    expect(find.topics).toEqual(['data platform', 'hiring']);
    expect(find.matches.map((m) => [m.contact.displayName, m.topics])).toEqual([
      ['Eli Moss', ['hiring']],
      ['Dana Ito', ['data platform']],
    ]);

    const items = await shares(a);
    expect(items.map((i) => i.title).sort()).toEqual(['Share “Scaling data platforms” with Dana Ito', 'Share “Scaling data platforms” with Eli Moss']);
    const toDana = items.find((i) => i.contact?.id === dana.id)!;
    expect(toDana.prompt).toContain('https://example.org/scaling');
    expect(find.matches.find((m) => m.contact.id === dana.id)!.followUpId).toBe(toDana.id);
    expect(await shares(b)).toEqual([]);

    const note = await call(a, 'POST', '/templates/share-something-useful/render', { followUpId: toDana.id });
    expect(note.statusCode, note.body).toBe(200);
    expect(note.json().subject).toBe('Thought of you: Scaling data platforms');
    expect(note.json().body).toContain('Hi Dana,');
    expect(note.json().body).toContain('since you mentioned data platform');
    expect(note.json().body).toContain('https://example.org/scaling');
    expect(note.json().missing).toEqual([]);
    expect(note.json().mailto).toMatch(/^mailto:dana@example\.test\?/);

    const done = await call(a, 'POST', `/follow-ups/${toDana.id}/done`, { logInteraction: { kind: 'email', summary: 'Shared the scaling article' } });
    expect((done.json() as FollowUpItem).status).toBe('done');
    expect((await shares(a)).map((i) => i.id)).not.toContain(toDana.id);

    expect((await call(a, 'GET', '/finds')).json().items.map((f: { id: string }) => f.id)).toEqual([find.id]);
    expect((await call(b, 'GET', '/finds')).json().items).toEqual([]);
    expect((await call(b, 'DELETE', `/finds/${find.id}`)).statusCode).toBe(404);
    expect((await call(a, 'DELETE', `/finds/${find.id}`)).statusCode).toBe(204);
    // The open share item goes with it; the done one stays done.
    expect(await shares(a)).toEqual([]);
    expect((await call(a, 'GET', `/follow-ups/${toDana.id}`)).json().status).toBe('done');
  });

  it('says per field what is wrong', async () => {
    const r = await call(a, 'POST', '/finds', { kind: 'podcast', title: ' ', url: 'example.org', topics: [] });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['kind', 'title', 'topics', 'url']);
  });
});
