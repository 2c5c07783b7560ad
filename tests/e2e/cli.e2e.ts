import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './harness';

const root = new URL('../../', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'trellis-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/**
 * Runs the CLI and resolves with how it exited. Each run starts Node and opens the embedded
 * database (WebAssembly PostgreSQL): a few CPU-seconds, over a minute on a loaded CI machine, so a
 * run may take CLI_RUN_MS and each test's timeout counts the runs it makes. Asynchronous, unlike
 * spawnSync, so a run that hangs fails its test by the test's timeout instead of blocking the worker.
 */
function trellis(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/trellis.js'), ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`trellis ${args.join(' ')} did not exit within ${CLI_RUN_MS} ms\nstdout: ${out}\nstderr: ${err}`));
    }, CLI_RUN_MS);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
    child.stdin.end(opts.input ?? '');
  });
}
const CLI_RUN_MS = 120_000;
/** A test's timeout for `runs` CLI runs or server starts, one after the other. */
const runs = (n: number) => n * CLI_RUN_MS;

describe('trellis CLI', () => {
  it('--help lists the commands', async () => {
    const r = await trellis(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['start', 'migrate', 'user', 'token']) expect(r.out).toContain(c);
  }, runs(1));

  it('migrate applies migrations to an empty data dir', async () => {
    const r = await trellis(['migrate']);
    expect(r.err).toBe('');
    expect(r.out).toContain('Migrations applied');
    expect(r.code).toBe(0);
  }, runs(1));

  it('user create reads the password from stdin and validates it', async () => {
    const short = await trellis(['user', 'create', '--email', 'ops@example.test', '--name', 'Ops'], { input: 'short\n' });
    expect(short.code).toBe(1);
    expect(short.err).toContain('password: Password must be at least 10 characters');
    const ok = await trellis(['user', 'create', '--email', 'Ops@Example.test', '--name', 'Ops Person'], { input: 'a good long password\n' });
    expect(ok.err).toBe('');
    expect(ok.out).toMatch(/Created user ops@example\.test/);
    const again = await trellis(['user', 'create', '--email', 'ops@example.test', '--name', 'Twice'], { input: 'a good long password\n' });
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    const list = await trellis(['user', 'list', '--json']);
    expect(JSON.parse(list.out).map((u: { email: string }) => u.email)).toEqual(['ops@example.test']);
  }, runs(4));

  it('token create prints a token that the server accepts; a restart keeps all data', async () => {
    const tok = await trellis(['token', 'create', '--user', 'ops@example.test', '--name', 'automation']);
    expect(tok.code).toBe(0);
    const token = tok.out.trim();
    expect(token).toMatch(/^trl_/);
    const unknown = await trellis(['token', 'create', '--user', 'nobody@example.test', '--name', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('No user with e-mail nobody@example.test');

    let server = await startServer({ DATA_DIR: dataDir });
    try {
      const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(200);
      expect((await me.json()).user.name).toBe('Ops Person');

      // The embedded database is single-process: the CLI must refuse, clearly, while the server holds it.
      const locked = await trellis(['user', 'list']);
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
  }, runs(5));

  it('refuses a bad configuration value with a clear message', async () => {
    const r = await trellis(['start'], { env: { PORT: 'eighty' } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('Invalid configuration');
    expect(r.err).toContain('PORT="eighty"');
    const db = await trellis(['migrate'], { env: { DATABASE_URL: 'mysql://nope' } });
    expect(db.code).toBe(2);
    expect(db.err).toContain('DATABASE_URL');
  }, runs(2));
});
