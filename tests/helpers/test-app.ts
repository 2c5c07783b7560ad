import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { Database } from '../../src/server/db/client';
import { openTestDatabase } from './test-db';

export type TestContext = {
  app: App;
  database: Database;
  /** The app's DATA_DIR: where the outbox transport writes the .eml files (`dataDir/outbox`). */
  dataDir: string;
  close(): Promise<void>;
};

export async function createTestApp(
  env: Record<string, string> = {},
  beforeReady?: (app: App) => void | Promise<void>,
): Promise<TestContext> {
  const database = await openTestDatabase();
  // Each app has a data dir of its own (its mail outbox), removed on close; one given by the caller is theirs to keep.
  const ownDataDir = env.DATA_DIR ? null : mkdtempSync(join(tmpdir(), 'trellis-test-'));
  const dataDir = env.DATA_DIR ?? ownDataDir!;
  // Cheap argon2id for signups (the standard cost is checked in src/server/auth/password.test.ts).
  const config = loadConfig({ PASSWORD_HASH_COST: 'test', ...env, DATA_DIR: dataDir });
  const app = await buildApp({ db: database.db, database, config });
  await beforeReady?.(app);
  await app.ready();
  return {
    app,
    database,
    dataDir,
    close: async () => {
      await app.close();
      await database.close();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}

/** A logged-in user as the browser would be: the session cookie plus the CSRF header for writes. */
export type Session = {
  userId: string;
  email: string;
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
};

let counter = 0;
export async function signupUser(app: App, overrides: Partial<{ email: string; name: string; password: string; timezone: string }> = {}): Promise<Session> {
  counter += 1;
  const email = overrides.email ?? `user${counter}-${Date.now()}@example.test`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: { email, password: overrides.password ?? 'correct horse battery', name: overrides.name ?? `User ${counter}`, timezone: overrides.timezone },
  });
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
  return sessionFrom(res);
}

export function sessionFrom(res: LightMyRequestResponse): Session {
  const body = res.json() as { user: { id: string; email: string }; csrfToken: string };
  const setCookie = res.cookies.find((c) => c.name === 'trellis_session');
  if (!setCookie) throw new Error('no session cookie set');
  const cookie = `trellis_session=${setCookie.value}`;
  return {
    userId: body.user.id,
    email: body.user.email,
    cookie,
    csrfToken: body.csrfToken,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
  };
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A JSON call to /api/v1 as a logged-in user (cookie + CSRF header). */
export const callApi = (app: App, s: Session, method: Method, url: string, payload?: object) =>
  app.inject({ method, url: `/api/v1${url}`, headers: s.headers, payload });
