import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './harness';

const root = new URL('../../', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'trellis-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function trellis(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [join(root, 'bin/trellis.js'), ...args], {
    cwd: root,
    input: opts.input ?? '',
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...opts.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('trellis CLI', () => {
  it('--help lists the commands', () => {
    const r = trellis(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['start', 'migrate', 'user', 'token']) expect(r.out).toContain(c);
  });

  it('migrate applies migrations to an empty data dir', () => {
    const r = trellis(['migrate']);
    expect(r.err).toBe('');
    expect(r.out).toContain('Migrations applied');
    expect(r.code).toBe(0);
  });

  it('user create reads the password from stdin and validates it', () => {
    const short = trellis(['user', 'create', '--email', 'ops@example.test', '--name', 'Ops'], { input: 'short\n' });
    expect(short.code).toBe(1);
    expect(short.err).toContain('password: Password must be at least 10 characters');
    const ok = trellis(['user', 'create', '--email', 'Ops@Example.test', '--name', 'Ops Person'], { input: 'a good long password\n' });
    expect(ok.err).toBe('');
    expect(ok.out).toMatch(/Created user ops@example\.test/);
    const again = trellis(['user', 'create', '--email', 'ops@example.test', '--name', 'Twice'], { input: 'a good long password\n' });
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    const list = trellis(['user', 'list', '--json']);
    expect(JSON.parse(list.out).map((u: { email: string }) => u.email)).toEqual(['ops@example.test']);
  });

  it('token create prints a token that the server accepts; a restart keeps all data', async () => {
    const tok = trellis(['token', 'create', '--user', 'ops@example.test', '--name', 'automation']);
    expect(tok.code).toBe(0);
    const token = tok.out.trim();
    expect(token).toMatch(/^trl_/);
    const unknown = trellis(['token', 'create', '--user', 'nobody@example.test', '--name', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('No user with e-mail nobody@example.test');

    let server = await startServer({ DATA_DIR: dataDir });
    try {
      const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(200);
      expect((await me.json()).user.name).toBe('Ops Person');

      // The embedded database is single-process: the CLI must refuse, clearly, while the server holds it.
      const locked = trellis(['user', 'list']);
      expect(locked.code).toBe(2);
      expect(locked.err).toContain('is in use by another Trellis process');
      expect(locked.err).toContain('trellis start');
    } finally {
      await server.stop();
    }
    server = await startServer({ DATA_DIR: dataDir });
    try {
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ops@example.test', password: 'a good long password' }),
      });
      expect(login.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('refuses a bad configuration value with a clear message', () => {
    const r = trellis(['start'], { env: { PORT: 'eighty' } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('Invalid configuration');
    expect(r.err).toContain('PORT="eighty"');
    const db = trellis(['migrate'], { env: { DATABASE_URL: 'mysql://nope' } });
    expect(db.code).toBe(2);
    expect(db.err).toContain('DATABASE_URL');
  });
});
