import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, sessionFrom, type Session, type TestContext } from './test-app';

/**
 * A test file's demo account: one app with `POST /demo` done in `beforeAll` (for the given time
 * zone) and closed in `afterAll`; `get` reads the API as the demo user and expects 200.
 */
export function demoAccount(timezone: string) {
  let t: TestContext | undefined;
  let demo: Session | undefined;
  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/demo', payload: { timezone } });
    expect(res.statusCode, res.body).toBe(201);
    demo = sessionFrom(res);
  });
  afterAll(async () => t?.close());
  return {
    get t() {
      return t!;
    },
    get demo() {
      return demo!;
    },
    async get<T>(url: string): Promise<T> {
      const r = await t!.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: demo!.headers });
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as T;
    },
  };
}
