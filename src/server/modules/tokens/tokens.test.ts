import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, type Session, type TestContext } from '../../../../tests/helpers/test-app';

let t: TestContext;
let a: Session;
let b: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app);
  b = await signupUser(t.app);
});
afterAll(async () => t?.close());

describe('personal API tokens', () => {
  it('creates a token shown once, stored hashed, usable as Bearer without CSRF', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: a.headers, payload: { name: 'calendar script' } });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = created.json();
    expect(token).toMatch(/^trl_[\w-]{40,}$/);
    expect(token.startsWith(prefix)).toBe(true);
    const stored = await t.database.db.query.apiTokens.findFirst({ where: (x, { eq }) => eq(x.id, id) });
    expect(stored?.tokenHash).not.toContain(token);
    expect(stored?.tokenHash).toHaveLength(64);

    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json().user.id).toBe(a.userId);
    const write = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` }, payload: { name: 'Via token' } });
    expect(write.statusCode).toBe(200);

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: a.headers });
    expect(list.json().items.map((x: { id: string }) => x.id)).toContain(id);
    expect(JSON.stringify(list.json())).not.toContain(token);
  });

  it('refuses to mint a token with a token', async () => {
    const { token } = (await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: a.headers, payload: { name: 'x' } })).json();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { authorization: `Bearer ${token}` }, payload: { name: 'y' } });
    expect(res.statusCode).toBe(403);
  });

  it("revokes: the token stops working; another user cannot see or revoke it", async () => {
    const { token, id } = (await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: a.headers, payload: { name: 'temp' } })).json();
    const listB = await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: b.headers });
    expect(listB.json().items).toEqual([]);
    const byB = await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: b.headers });
    expect(byB.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    const byA = await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: a.headers });
    expect(byA.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
    expect(after.json().detail).toContain('revoked');
  });

  it('validates the name', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: a.headers, payload: { name: '   ' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'name', message: 'Give the token a name' });
  });
});

describe('sessions', () => {
  it('lists sessions with the current one marked, and revokes another', async () => {
    const second = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: a.email, password: 'correct horse battery' } });
    expect(second.statusCode).toBe(200);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/sessions', headers: a.headers });
    const items = list.json().items as { id: string; current: boolean }[];
    expect(items.filter((x) => x.current)).toHaveLength(1);
    const other = items.find((x) => !x.current)!;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/sessions/${other.id}`, headers: b.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/sessions/${other.id}`, headers: a.headers })).statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/sessions', headers: a.headers });
    expect(after.json().items.map((x: { id: string }) => x.id)).not.toContain(other.id);
  });
});
