import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openApp, snap, type OpenApp, type RunningServer } from './harness';

let server: RunningServer;
let app: OpenApp;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await openApp({ timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 860 } });
  ({ server, context, page } = app);
});
afterAll(() => app?.close());

const email = 'grace@example.test';
const password = 'a sturdy passphrase';

describe('accounts in the browser', () => {
  it('signs up, lands on Today, and shows the navigation', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Your name').fill('Grace Hopper');
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => page.getByText('Password must be at least 10 characters').count()).toBe(1);
    await page.getByRole('textbox', { name: 'Password' }).fill(password);
    // The browser's zone is preselected.
    await expect.poll(() => page.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe('Europe/Berlin');
    await snap(page, 'signup');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    for (const name of ['Today', 'Network', 'Interviews', 'Mentoring', 'Settings']) {
      expect(await page.getByRole('navigation').getByRole('link', { name }).count()).toBe(1);
    }
    await snap(page, 'today');
  });

  it('logs out and back in, with a wrong password first', async () => {
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await page.goto(`${server.url}/settings`);
    await page.waitForURL(/\/login\?next=%2Fsettings/);
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill('not my password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The e-mail or password is wrong.' }).waitFor();
    await snap(page, 'login-error');
    await page.getByRole('textbox', { name: 'Password' }).fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');
  });

  it('changes the time zone, and it survives a reload', async () => {
    const tz = page.getByRole('combobox', { name: 'Time zone' }).first();
    await tz.click();
    await tz.fill('America/Chic');
    await page.getByRole('option', { name: 'America/Chicago' }).click();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Time zone' }).first().inputValue()).toBe('America/Chicago');
  });

  it('creates an API token that works, then revokes it', async () => {
    await page.getByRole('textbox', { name: 'Token name' }).fill('Backup script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const tokenText = await page.getByTestId('new-token').textContent();
    expect(tokenText).toMatch(/^trl_/);
    await snap(page, 'token-created');
    const ok = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${tokenText}` } });
    expect(ok.status).toBe(200);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('table', { name: 'API tokens' }).getByText('Backup script').waitFor();
    await page.getByRole('button', { name: 'Revoke token Backup script' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
    await page.getByText('You have no API tokens.').waitFor();
    const after = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${tokenText}` } });
    expect(after.status).toBe(401);
    await snap(page, 'settings');
  });

  it('works on a phone-sized screen: the navigation folds behind a menu button', async () => {
    const phone = await app.newContext({ viewport: { width: 390, height: 844 }, storageState: await context.storageState() });
    const p = await phone.newPage();
    await p.goto(`${server.url}/`);
    await p.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await p.getByRole('button', { name: 'Toggle navigation' }).click();
    await p.getByRole('navigation').getByRole('link', { name: 'Network' }).click();
    await p.getByRole('heading', { name: 'Network' }).waitFor();
    await snap(p, 'phone-network');
    await phone.close();
  });
});
