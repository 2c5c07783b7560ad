import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_TIMEOUT, openApp, snap, startDemo, type OpenApp, type RunningServer } from './harness';

let server: RunningServer;
let app: OpenApp;
let page: Page;

beforeAll(async () => {
  app = await openApp({ timezoneId: 'Europe/Lisbon', timeout: 15_000 });
  ({ server, page } = app);
});
afterAll(() => app?.close());

/** Each card's chart has its surface and its sectors and bars (the surface alone is drawn before the data). */
async function chartsDrawn(p: Page) {
  for (const title of ['Circles', 'Inside and outside your employer', 'Level', 'Last in touch', 'Industries', 'Companies']) {
    const card = p.getByRole('region', { name: title, exact: true });
    await card.locator('svg.recharts-surface').first().waitFor();
  }
  await expect.poll(() => p.locator('.recharts-pie-sector').count()).toBeGreaterThanOrEqual(9 + 3);
  await expect.poll(() => p.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(20);
}

describe('the demo in the browser', () => {
  it('a fresh install offers the demo on the login page, and one click opens the app', async () => {
    await page.goto(`${server.url}/login`);
    const tryDemo = page.getByRole('button', { name: 'Try the demo' });
    await tryDemo.waitFor();
    await page.getByText('150 invented contacts').waitFor();
    await snap(page, 'demo-login');
    await startDemo(page);
    await page.getByRole('button', { name: 'Account menu' }).getByText('Alex Rivera').waitFor();
  }, DEMO_TIMEOUT + 30_000);

  it('the network overview shows charts and the gaps in words', async () => {
    await page.goto(`${server.url}/network/overview`);
    await page.getByRole('heading', { name: 'Network overview' }).waitFor();
    await page.getByText("haven't contacted in 6 months").waitFor();
    await chartsDrawn(page);
    // Let the chart animations settle before the picture is taken (the picture only: nothing is asserted after it).
    await page.waitForTimeout(1200);
    await snap(page, 'demo-overview');
  });

  it('fits a phone', async () => {
    const phone = await app.newContext({ viewport: { width: 390, height: 844 }, storageState: await page.context().storageState() });
    const p = await phone.newPage();
    await p.goto(`${server.url}/network/overview`);
    await p.getByText("haven't contacted in 6 months").waitFor();
    // Every chart drawn at its measured width: the page's width is final.
    await chartsDrawn(p);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(p, 'demo-overview-phone');
    await phone.close();
  });

  it('is no longer offered once a real user signs up', async () => {
    const signup = await fetch(`${server.url}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'real@example.test', password: 'a sturdy passphrase', name: 'Real Person' }),
    });
    expect(signup.status).toBe(201);
    const fresh = await app.newContext();
    const p = await fresh.newPage();
    // Wait for the page's own availability check rather than for an idle network.
    const checked = p.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/demo');
    await p.goto(`${server.url}/login`);
    expect(await (await checked).json()).toEqual({ available: false });
    await p.getByRole('button', { name: 'Log in' }).waitFor();
    expect(await p.getByRole('button', { name: 'Try the demo' }).count()).toBe(0);
    // The real user's own overview is empty, with the way to fill it.
    await p.getByLabel('E-mail').fill('real@example.test');
    await p.getByRole('textbox', { name: 'Password' }).fill('a sturdy passphrase');
    await p.getByRole('button', { name: 'Log in' }).click();
    await p.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await p.goto(`${server.url}/network/overview`);
    await p.getByRole('heading', { name: /Your network is empty/ }).waitFor();
    expect(await p.getByRole('link', { name: 'Import contacts' }).getAttribute('href')).toBe('/network/import');
    await snap(p, 'overview-empty');
    await fresh.close();
  });
});
