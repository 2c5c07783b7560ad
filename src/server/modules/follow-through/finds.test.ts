import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createTestApp, signupUser, type Session, type TestContext, type Method } from '../../../../tests/helpers/test-app';
import type { FollowUpItem, TodayResponse } from '../../../domain/follow-through/api';
import type { FindListResponse, FindResponse } from '../../../domain/follow-through/finds-api';

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

  it('pages the list newest first with a keyset cursor, and refuses a tampered cursor', async () => {
    const c = await signupUser(t.app);
    for (let i = 1; i <= 5; i++) {
      const r = await call(c, 'POST', '/finds', { ...article, title: `Find ${i}` });
      expect(r.statusCode, r.body).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const r = await call(c, 'GET', `/finds?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(r.statusCode, r.body).toBe(200);
      const page = r.json() as FindListResponse;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((f) => f.title));
      cursor = page.nextCursor;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['Find 5', 'Find 4', 'Find 3', 'Find 2', 'Find 1']);
    const bad = await call(c, 'GET', '/finds?cursor=not-a-cursor');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((await call(c, 'GET', '/finds?limit=0')).statusCode).toBe(400);
  });

  it('edits a find: open share items follow the new title, people who no longer match lose theirs, new matches are proposed, shared ones stay', async () => {
    const c = await signupUser(t.app);
    const gus = await person(c, { displayName: 'Gus Data', tags: ['data'] });
    const hal = await person(c, { displayName: 'Hal Hiring', tags: ['hiring'] });
    const ivy = await person(c, { displayName: 'Ivy Design', tags: ['design'] });
    const jo = await person(c, { displayName: 'Jo Data', tags: ['data'] });
    const created = (await call(c, 'POST', '/finds', { kind: 'article', title: 'Old title', url: 'https://example.org/old', topics: ['data', 'hiring'] })).json() as FindResponse;
    expect(created.matches.map((m) => m.contact.id).sort()).toEqual([gus.id, hal.id, jo.id].sort());
    // Jo was already sent it: that stays done whatever the edit.
    const toJo = created.matches.find((m) => m.contact.id === jo.id)!.followUpId!;
    expect((await call(c, 'POST', `/follow-ups/${toJo}/done`, {})).statusCode).toBe(200);

    const r = await call(c, 'PATCH', `/finds/${created.id}`, { title: 'New title', url: 'https://example.org/new', topics: ['Data', 'design'] });
    expect(r.statusCode, r.body).toBe(200);
    const edited = r.json() as FindResponse;
    expect(edited).toMatchObject({ title: 'New title', url: 'https://example.org/new', topics: ['data', 'design'], kind: 'article' });
    expect(edited.matches.map((m) => m.contact.id).sort()).toEqual([gus.id, ivy.id, jo.id].sort());

    const items = await shares(c);
    expect(items.map((i) => i.title).sort()).toEqual(['Share “New title” with Gus Data', 'Share “New title” with Ivy Design']);
    expect(items.find((i) => i.contact?.id === gus.id)!.prompt).toContain('https://example.org/new');
    expect(items.some((i) => i.contact?.id === hal.id)).toBe(false);
    expect((await call(c, 'GET', `/follow-ups/${toJo}`)).json()).toMatchObject({ status: 'done', title: 'Share “Old title” with Jo Data' });

    const listed = (await call(c, 'GET', '/finds')).json() as FindListResponse;
    expect(listed.items[0]).toMatchObject({ id: created.id, title: 'New title', shares: { open: 2, done: 1, skipped: 0 } });

    // Only the note changes: the same people, nobody proposed twice.
    const noted = await call(c, 'PATCH', `/finds/${created.id}`, { note: 'Section 3 is the good bit' });
    expect(noted.statusCode, noted.body).toBe(200);
    expect((await shares(c)).length).toBe(2);
    expect((await shares(c)).every((i) => i.prompt?.includes('Section 3 is the good bit'))).toBe(true);
  });

  it('refuses a bad edit per field, an empty edit, and someone else\'s find', async () => {
    const created = (await call(a, 'POST', '/finds', { ...article, title: 'Mine to edit' })).json() as FindResponse;
    const bad = await call(a, 'PATCH', `/finds/${created.id}`, { url: 'nope', topics: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['topics', 'url']);
    expect((await call(a, 'PATCH', `/finds/${created.id}`, {})).statusCode).toBe(400);
    expect((await call(b, 'PATCH', `/finds/${created.id}`, { title: 'Stolen' })).statusCode).toBe(404);
    expect((await call(a, 'PATCH', '/finds/00000000-0000-4000-8000-000000000000', { title: 'Nobody' })).statusCode).toBe(404);
    expect((await call(a, 'GET', '/finds')).json().items.find((f: { id: string }) => f.id === created.id).title).toBe('Mine to edit');
  });
});
