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

type Schema = {
  $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; enum?: unknown[]; format?: string;
  minLength?: number; maxLength?: number; minimum?: number; maximum?: number; exclusiveMaximum?: number; minItems?: number; maxItems?: number;
  anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[]; const?: unknown; default?: unknown;
};

/**
 * A body that passes the route's schema with every value at the edge of its range ('max': the
 * longest strings, largest numbers and most items the schema allows, and 2^31 where it sets no
 * bound, past a PostgreSQL integer column; 'min': the shortest and smallest). What a schema lets
 * through must not break the database.
 */
function edgeValue(schema: Schema, resolve: (s: Schema) => Schema, edge: 'max' | 'min', depth = 0): unknown {
  const s = resolve(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return edge === 'max' ? s.enum[s.enum.length - 1] : s.enum[0];
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return edgeValue(alt.find((a) => resolve(a).type !== 'null') ?? alt[0]!, resolve, edge, depth);
  if (s.allOf) return edgeValue(s.allOf[0]!, resolve, edge, depth);
  const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const [k, v] of Object.entries(s.properties ?? {})) if (edge === 'max' || s.required?.includes(k)) out[k] = edgeValue(v, resolve, edge, depth + 1);
      return out;
    }
    case 'array': {
      const n = edge === 'max' ? Math.min(s.maxItems ?? 3, 60) : (s.minItems ?? 0);
      return Array.from({ length: n }, () => (s.items ? edgeValue(s.items, resolve, edge, depth + 1) : null));
    }
    case 'integer':
    case 'number': {
      if (edge === 'min') return s.minimum ?? -(2 ** 31);
      return s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 2 ** 31);
    }
    case 'boolean':
      return edge === 'max';
    case 'string': {
      if (s.format === 'date') return edge === 'max' ? '9999-12-31' : '0001-01-01';
      if (s.format === 'date-time') return edge === 'max' ? '9999-12-31T23:59:59.999Z' : '0001-01-01T00:00:00.000Z';
      if (s.format === 'email') return `${'e'.repeat(edge === 'max' ? 60 : 1)}@example.test`;
      if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (s.format === 'uri') return `https://example.test/${'u'.repeat(edge === 'max' ? 1500 : 0)}`;
      const len = edge === 'max' ? Math.min(s.maxLength ?? 100_000, 100_000) : Math.max(s.minLength ?? 0, 0);
      return 'ä'.repeat(len);
    }
    default:
      return null;
  }
}

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

  it('never answers 500 to bodies at the edges of what each schema allows', { timeout: 300_000 }, async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const resolve = (x: Schema): Schema => (x.$ref ? (doc.components.schemas[x.$ref.split('/').pop()!] as Schema) : x);
    const failures: string[] = [];
    let sent = 0;
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (!schema || /logout|\/me$/.test(path)) continue;
        const url = path.replace(/\{(\w+)\}/g, '00000000-0000-4000-8000-000000000000');
        for (const edge of ['max', 'min'] as const) {
          const res = await send(method.toUpperCase(), url, JSON.stringify(edgeValue(schema, resolve, edge)));
          sent += 1;
          if (res.statusCode >= 500) failures.push(`${method.toUpperCase()} ${path} (${edge}) → ${res.statusCode} ${res.body.slice(0, 160)}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});
