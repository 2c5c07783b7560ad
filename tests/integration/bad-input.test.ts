import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, type Session, type TestContext } from '../helpers/test-app';

/**
 * No input from a user may produce a 500 (ARCHITECTURE.md). Walks every registered /api/v1 route
 * as a signed-in user with malformed ids, queries and bodies, and expects an answer below 500 —
 * a problem+json one whenever it is an error. The routes' own tests check the exact answers; this
 * one catches a route whose validation misses a shape (a bad id reaching SQL, a body that is an
 * array, a NUL byte) before a user does.
 */
let t: TestContext;
let me: Session;
let signups = 0;

const LONG = 'x'.repeat(3000);
const BAD_IDS = ['not-an-id', '%E0%A4%A', `${'9'.repeat(40)}`, '%00', encodeURIComponent('\u0000'), encodeURIComponent("'; drop table users; --"), LONG];
const BAD_QUERIES = ['?limit=-1&cursor=garbage', '?limit=abc&cursor=%00', `?q=${encodeURIComponent('\u0000')}&from=2026-02-30&to=yesterday`, `?cursor=${LONG}&q=${LONG}`, '?status=nope&box=nope&show=nope&scope=nope'];
const BAD_BODIES: (string | undefined)[] = ['[]', 'null', '"text"', '42', '{', '{"id":{"$gt":1},"name":[1,2],"email":{},"startsOn":"2026-13-45","limit":-5}', JSON.stringify({ name: '\u0000', title: LONG.repeat(20), items: Array(2000).fill({}) })];

/** Pages a browser opens from an e-mail answer HTML, errors included. */
const HTML_PAGES = new Set(['/api/v1/unsubscribe/:token', '/api/v1/wish-list/:token']);

const apiRoutes = () => t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD' && r.method !== 'OPTIONS');
const fill = (url: string, id: string) => url.replace(/:(\w+)(\.ics)?/g, (_, _k: string, ext?: string) => `${id}${ext ?? ''}`);

async function freshUser(): Promise<Session> {
  signups += 1;
  return signupUser(t.app, { email: `bad-input-${signups}-${Date.now()}@example.test`, name: `Bad Input ${signups}` });
}

/** Calls once; a route that ended the session (logout, account deletion) gets the next call a new user. */
async function send(method: string, url: string, body: string | undefined) {
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers: { ...me.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { payload: body }),
  });
  if (res.statusCode === 401) me = await freshUser();
  return res;
}

beforeAll(async () => {
  t = await createTestApp();
  me = await freshUser();
});
afterAll(async () => t?.close());

describe('malformed input on every /api/v1 route', () => {
  it('never answers 500, and answers errors as problem+json', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    let calls = 0;
    const check = (label: string, res: { statusCode: number; headers: Record<string, unknown> }, html = false) => {
      calls += 1;
      const type = String(res.headers['content-type']);
      if (res.statusCode >= 500) failures.push(`${label} → ${res.statusCode}`);
      else if (res.statusCode >= 400 && !type.includes('application/problem+json') && !(html && type.includes('text/html'))) failures.push(`${label} → ${res.statusCode} without problem+json`);
    };
    // Signing out or deleting the account last, so the other routes run with a live session.
    const routes = apiRoutes().sort((a, b) => Number(/logout|\/me$|sessions/.test(a.url)) - Number(/logout|\/me$|sessions/.test(b.url)));
    for (const r of routes) {
      const hasBody = r.method !== 'GET' && r.method !== 'DELETE';
      const ids = r.url.includes(':') ? BAD_IDS : [''];
      for (const id of ids) {
        const url = fill(r.url, id);
        check(`${r.method} ${url.slice(0, 80)}`, await send(r.method, url, hasBody ? '{}' : undefined), HTML_PAGES.has(r.url));
      }
      const url = fill(r.url, '00000000-0000-4000-8000-000000000000');
      if (r.method === 'GET') for (const q of BAD_QUERIES) check(`${r.method} ${r.url}${q.slice(0, 60)}`, await send(r.method, url + q, undefined), HTML_PAGES.has(r.url));
      if (hasBody) for (const b of BAD_BODIES) check(`${r.method} ${r.url} body ${b!.slice(0, 40)}`, await send(r.method, url, b));
    }
    expect(calls).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  });
});
