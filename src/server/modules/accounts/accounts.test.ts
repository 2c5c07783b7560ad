import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, sessionFrom, type TestContext } from '../../../../tests/helpers/test-app';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('signup', () => {
  it('creates the account, sets an HttpOnly SameSite=Lax cookie and returns the user', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: '  Ada@Example.COM ', password: 'a long enough pw', name: 'Ada Lovelace', timezone: 'Europe/London' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user).toMatchObject({ email: 'ada@example.com', name: 'Ada Lovelace', timezone: 'Europe/London' });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.cookies.find((c) => c.name === 'trellis_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.expires).toBeInstanceOf(Date);
  });

  it('treats e-mail case-insensitively: a second signup with other case conflicts', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'ADA@example.com', password: 'another long pw', name: 'Imposter' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'email_taken', status: 409, errors: [{ path: 'email' }] });
  });

  it('rejects a short password, a bad e-mail and an unknown time zone with per-field errors', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'not-an-email', password: 'short', name: '', timezone: 'Mars/Olympus' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation_error');
    const paths = body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['email', 'name', 'password', 'timezone']);
    expect(body.errors.find((e: { path: string }) => e.path === 'password').message).toContain('at least 10');
  });

  it('stores the password as an argon2id hash', async () => {
    const rows = await t.database.db.query.users.findFirst({ where: (u, { eq }) => eq(u.email, 'ada@example.com') });
    expect(rows?.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe('login and logout', () => {
  it('logs in with any e-mail case and the cookie authenticates /me', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ADA@EXAMPLE.com', password: 'a long enough pw' } });
    expect(res.statusCode).toBe(200);
    const s = sessionFrom(res);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.name).toBe('Ada Lovelace');
    expect(me.json().csrfToken).toBe(s.csrfToken);
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const a = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ada@example.com', password: 'wrong password!' } });
    const b = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nobody@example.com', password: 'wrong password!' } });
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    const strip = (r: typeof a) => ({ ...r.json(), requestId: undefined });
    expect(strip(a)).toEqual(strip(b));
  });

  it('locks an account after 5 failures in 15 minutes, even for the right password', async () => {
    const victim = await signupUser(t.app, { password: 'victim password 1' });
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: victim.email, password: `guess number ${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: victim.email, password: 'victim password 1' } });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.json().code).toBe('rate_limited');
  });

  it('logout ends the session on the server', async () => {
    const s = await signupUser(t.app);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.headers });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the CSRF header, and allows it with', async () => {
    const s = await signupUser(t.app);
    const without = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: s.cookie }, payload: { name: 'X' } });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_failed');
    const wrong = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: s.cookie, 'x-csrf-token': 'nope' }, payload: { name: 'X' } });
    expect(wrong.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: s.headers, payload: { name: 'New Name' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().name).toBe('New Name');
  });
});

describe('profile, password, deletion', () => {
  it('updates the time zone and rejects unknown zones', async () => {
    const s = await signupUser(t.app);
    const ok = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: s.headers, payload: { timezone: 'America/New_York' } });
    expect(ok.json().timezone).toBe('America/New_York');
    const bad = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: s.headers, payload: { timezone: 'Nowhere/City' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('timezone');
    const empty = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: s.headers, payload: {} });
    expect(empty.statusCode).toBe(400);
  });

  it('changes the password, ends other sessions, keeps this one', async () => {
    const s = await signupUser(t.app, { password: 'first password!' });
    const other = sessionFrom(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: s.email, password: 'first password!' } }));
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: s.headers, payload: { currentPassword: 'not it at all', newPassword: 'second password!' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('wrong_password');
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: s.headers, payload: { currentPassword: 'first password!', newPassword: 'second password!' } });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: other.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    const relog = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: s.email, password: 'second password!' } });
    expect(relog.statusCode).toBe(200);
  });

  it('deletes the account and its data only with the right password', async () => {
    const s = await signupUser(t.app, { password: 'delete me please' });
    const tok = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: s.headers, payload: { name: 'script' } });
    const token = tok.json().token as string;
    const wrong = await t.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: s.headers, payload: { password: 'nope nope nope' } });
    expect(wrong.statusCode).toBe(400);
    const ok = await t.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: s.headers, payload: { password: 'delete me please' } });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: s.email, password: 'delete me please' } });
    expect(login.statusCode).toBe(401);
    const left = await t.database.db.query.apiTokens.findMany({ where: (x, { eq }) => eq(x.userId, s.userId) });
    expect(left).toHaveLength(0);
  });
});

describe('behind an HTTPS reverse proxy', () => {
  it('marks the session cookie Secure when TRUST_PROXY is on and the proxy says https', async () => {
    const proxied = await createTestApp({ TRUST_PROXY: 'true' });
    try {
      const payload = { email: 'proxy@example.com', password: 'a long enough pw', name: 'Proxy' };
      const https = await proxied.app.inject({ method: 'POST', url: '/api/v1/auth/signup', headers: { 'x-forwarded-proto': 'https' }, payload });
      expect(https.cookies.find((c) => c.name === 'trellis_session')?.secure).toBe(true);
      const plain = await proxied.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: payload.email, password: payload.password } });
      expect(plain.cookies.find((c) => c.name === 'trellis_session')?.secure).toBeFalsy();
    } finally {
      await proxied.close();
    }
  });
});

