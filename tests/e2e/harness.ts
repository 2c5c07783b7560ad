import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type {} from '../helpers/e2e-data-dir-template';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = new URL('../../', import.meta.url).pathname;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export type RunningServer = { url: string; dataDir: string; proc: ChildProcess; output: () => string; stop(): Promise<void> };

/** The embedded database as the run's one real first start left it (tests/helpers/e2e-data-dir-template.ts). */
function firstStartTemplate(): string | null {
  try {
    return inject('e2eDataDirTemplate') ?? null;
  } catch {
    return null; // outside Vitest, or in that globalSetup itself
  }
}

/**
 * Starts `trellis start` as a user would and waits for /healthz. Without env.DATA_DIR it runs on a
 * fresh data dir holding a copy of the database a real first start created for this run (the
 * same tables a first start makes, without re-creating them for every spec); a DATA_DIR given by
 * the caller is used as it is, empty or not.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'trellis-e2e-'));
  const template = env.DATA_DIR ? null : firstStartTemplate();
  if (template) cpSync(template, join(dataDir, 'pgdata'), { recursive: true });
  let out = '';
  const proc = spawn(process.execPath, [join(root, 'bin/trellis.js'), 'start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d) => (out += d));
  proc.stderr?.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  // A first start migrates an empty database: over a minute on a loaded machine (the hook timeout is 120 s).
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited early (${proc.exitCode}):\n${out}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    proc,
    output: () => out,
    stop: async () => {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Screenshots land in tests/e2e/screenshots (ignored by git) so a person can look at them. */
export async function snap(page: Page, name: string) {
  await page.screenshot({ path: join(root, 'tests/e2e/screenshots', `${name}.png`), fullPage: true });
}

export type AppOptions = {
  /** The browser's time zone (IANA), e.g. 'Europe/Berlin'. */
  timezoneId: string;
  /** Extra environment for `trellis start` (DATA_DIR, SMTP_URL, …). */
  env?: Record<string, string>;
  locale?: string;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** Permissions granted to the app's origin, e.g. clipboard access. */
  permissions?: string[];
  /** Playwright's default timeout for the first page, in ms. */
  timeout?: number;
};

export type OpenApp = {
  server: RunningServer;
  browser: Browser;
  /** The main context, in the requested zone, locale and viewport. */
  context: BrowserContext;
  /** A page in the main context with the default timeout set. */
  page: Page;
  /** Another context in the same zone and locale (e.g. a phone, a stranger); closed by `close()`. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A second person's browser: a page in a new context (see `newContext`) with the first page's default timeout. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
};

/**
 * The browser + server pair every UI spec starts from: `trellis start` on a fresh data dir and one
 * Chromium context. `close()` stops both, even when only half of them came up.
 */
export async function openApp(options: AppOptions): Promise<OpenApp> {
  const server = await startServer(options.env);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const base: BrowserContextOptions = { timezoneId: options.timezoneId, ...(options.locale ? { locale: options.locale } : {}) };
    const context = await browser.newContext({
      ...base,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
    });
    if (options.permissions?.length) await context.grantPermissions(options.permissions, { origin: server.url });
    const page = await context.newPage();
    const timeout = options.timeout ?? 10_000;
    page.setDefaultTimeout(timeout);
    const b = browser;
    const newContext = (extra: BrowserContextOptions = {}) => b.newContext({ ...base, ...extra });
    return {
      server,
      browser: b,
      context,
      page,
      newContext,
      newPage: async (extra = {}) => {
        const p = await (await newContext(extra)).newPage();
        p.setDefaultTimeout(timeout);
        return p;
      },
      close: async () => {
        await b.close().catch(() => undefined);
        await server.stop();
      },
    };
  } catch (err) {
    await browser?.close().catch(() => undefined);
    await server.stop();
    throw err;
  }
}

export const PASSWORD = 'a sturdy passphrase';

/** Signs up through the real form, as a new person would, and waits until Today is shown. */
export async function signUpInBrowser(page: Page, serverUrl: string, name: string, email: string): Promise<void> {
  await page.goto(`${serverUrl}/signup`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
}

/**
 * Clicks "Try the demo" on the login page (already open) and waits until the demo account is made and Today shows.
 * Making it (150 contacts, a year of history, one standard-cost password hash) is the heaviest
 * request of the app: on a loaded CI machine it took longer than a UI wait's 15 s, so this waits
 * for the server's answer itself, with a timeout sized for that.
 */
export async function startDemo(page: Page): Promise<void> {
  const made = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/demo' && r.request().method() === 'POST', { timeout: DEMO_TIMEOUT });
  await page.getByRole('button', { name: 'Try the demo' }).click();
  const res = await made;
  if (!res.ok()) throw new Error(`POST /api/v1/demo answered ${res.status()}: ${await res.text()}`);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
}
/** How long the demo account may take to make (see `startDemo`); a test or hook that makes one needs more than this. */
export const DEMO_TIMEOUT = 90_000;
