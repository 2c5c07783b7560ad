import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, type Session, type TestContext } from '../helpers/test-app';

let t: TestContext;
let s: Session;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '4096' }, (app) => {
    app.get('/api/v1/test-explode', async () => {
      throw new Error('secret internal detail: password=hunter2');
    });
  });
  s = await signupUser(t.app);
});
afterAll(async () => t?.close());

const isProblem = (res: { headers: Record<string, unknown>; json(): Record<string, unknown> }, status: number, code: string) => {
  expect(res.headers['content-type']).toContain('application/problem+json');
  const body = res.json();
  expect(body).toMatchObject({ status, code, type: `/problems/${code}` });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  return body;
};

describe('problem+json errors', () => {
  it('a NUL character anywhere in a request → 400 naming the field, never a database 500', async () => {
    const cases: [string, string, object, string][] = [
      ['POST', '/api/v1/interviews', { personName: 'Ada\u0000', notes: 'x' }, 'personName'],
      ['POST', '/api/v1/organizations', { name: 'Org\u0000' }, 'name'],
      ['POST', '/api/v1/contacts', { displayName: 'Ada', tags: ['ok', 'b\u0000d'] }, 'tags.1'],
    ];
    for (const [method, url, body, path] of cases) {
      const res = await t.app.inject({
        method: method as 'POST',
        url,
        headers: { ...s.headers, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
      expect(res.statusCode, url).toBe(400);
      expect(isProblem(res, 400, 'validation_error').errors).toEqual([{ path, message: 'Text may not contain the NUL character (U+0000)' }]);
    }
    const q = await t.app.inject({ method: 'GET', url: '/api/v1/contacts?q=a%00b', headers: s.headers });
    expect(q.statusCode).toBe(400);
    expect(isProblem(q, 400, 'validation_error').errors).toEqual([{ path: 'query.q', message: 'Text may not contain the NUL character (U+0000)' }]);
  });

  it('malformed JSON → 400 malformed_json', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": "a@b.c",' });
    expect(res.statusCode).toBe(400);
    isProblem(res, 400, 'malformed_json');
  });

  it('wrong types → 400 with per-field errors', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 42, password: ['x'] } });
    const body = isProblem(res, 400, 'validation_error');
    expect((body.errors as { path: string }[]).map((e) => e.path).sort()).toEqual(['email', 'password']);
  });

  it('oversized body → 413', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@b.c', password: 'x'.repeat(10_000) } });
    isProblem(res, 413, 'body_too_large');
  });

  it('a non-JSON content type → 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    isProblem(res, 415, 'unsupported_media_type');
  });

  it('unknown route → 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing', headers: s.headers });
    isProblem(res, 404, 'route_not_found');
  });

  it('a malformed id → 400, not 500', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/tokens/not-a-uuid', headers: s.headers });
    isProblem(res, 400, 'validation_error');
  });

  it('an unexpected error → generic 500 with a request id and no internals', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/test-explode', headers: { ...s.headers, 'x-request-id': 'req-abc-123' } });
    const body = isProblem(res, 500, 'internal_error');
    expect(res.body).not.toContain('hunter2');
    expect(res.body).not.toContain('at ');
    expect(body.requestId).toBe('req-abc-123');
    expect(res.headers['x-request-id']).toBe('req-abc-123');
  });

  it('sets security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});

describe('health and API docs', () => {
  it('GET /healthz → 200 {status:"ok"}', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/openapi.json is an OpenAPI 3.1 document describing the v1 routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/signup', '/api/v1/me', '/api/v1/tokens', '/api/v1/tokens/{id}']));
    expect(Object.keys(doc.paths).every((p: string) => p.startsWith('/api/v1/'))).toBe(true);
    const signup = doc.paths['/api/v1/auth/signup'].post;
    expect(signup.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['email', 'password', 'name']));
    expect(signup.responses['201']).toBeDefined();
  });

  it('every paged list answers the house shape: its rows under items, beside nextCursor', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema> };
    const resolve = (s: Schema): Schema => (s.$ref ? (doc.components.schemas[s.$ref.split('/').pop()!] as Schema) : s);
    const paged: string[] = [];
    const offenders: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, { get?: { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> } }>)) {
      const schema = ops.get?.responses?.['200']?.content?.['application/json']?.schema;
      if (!schema) continue;
      const props = resolve(schema).properties ?? {};
      if (!('nextCursor' in props)) continue;
      paged.push(path);
      if (resolve(props.items ?? {}).type !== 'array') offenders.push(`${path}: ${Object.keys(props).join(', ')}`);
    }
    expect(paged.length).toBeGreaterThan(10);
    expect(paged).toEqual(expect.arrayContaining(['/api/v1/events/{id}/attendance', '/api/v1/programs/{id}/self-service/mentors']));
    expect(offenders).toEqual([]);
  });

  it('GET /api/docs renders the docs UI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
