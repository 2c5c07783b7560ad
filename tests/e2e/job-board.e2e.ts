import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { DEMO_TIMEOUT, openApp, snap, startDemo, type OpenApp, type RunningServer } from './harness';

let server: RunningServer;
let app: OpenApp;
let page: Page;

beforeAll(async () => {
  app = await openApp({ timezoneId: 'Europe/Berlin', timeout: 15_000 });
  ({ server, page } = app);
  await page.goto(`${server.url}/login`);
  await startDemo(page);
}, DEMO_TIMEOUT + 30_000);
afterAll(() => app?.close());

const card = (p: Page, title: string) => p.getByRole('article', { name: new RegExp(`^${title} at `) });

describe('the job board in the browser', () => {
  it('ranks listings by the mentee’s goals and says why', async () => {
    await page.getByRole('link', { name: 'Jobs' }).click();
    await page.getByRole('heading', { name: 'Jobs', level: 1 }).waitFor();
    const first = page.getByRole('article').first();
    await expect.poll(() => first.getAttribute('aria-label')).toBe('Associate product manager at Careline Health');
    await first.getByText('Matches your goals:').waitFor();
    expect(await first.textContent()).toContain('Product strategy');
    expect(await first.textContent()).toContain('Applied');
    // The expired apprenticeship is not offered.
    expect(await page.getByRole('article', { name: /^Data apprenticeship/ }).count()).toBe(0);
    await snap(page, 'job-board-for-you');
  });

  it('marking applied puts a follow-up on Today', async () => {
    const shadow = card(page, 'Shadow a quarterly planning day');
    await shadow.getByRole('button', { name: 'I applied' }).click();
    await page.getByText('Marked applied. A reminder to follow up is on Today in a week.').waitFor();
    await shadow.getByText('Applied', { exact: true }).waitFor();
    await page.getByText('Saved & applied').click();
    await card(page, 'Shadow a quarterly planning day').waitFor();
    await page.getByRole('link', { name: 'Today' }).click();
    const upcoming = page.getByRole('region', { name: 'Coming up this week' });
    await upcoming.getByRole('button', { name: /^Show all/ }).click();
    await upcoming.getByText('Follow up on your application: Associate product manager (Careline Health)').waitFor();
  });

  it('a coordinator posts a listing with field checks, and deletes it after confirming', async () => {
    await page.getByRole('link', { name: 'Programs' }).click();
    await page.getByRole('link', { name: /Young professionals/ }).first().click();
    await page.getByRole('tab', { name: 'Jobs' }).click();
    await page.getByRole('button', { name: 'Post a listing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Post a listing' });
    await dialog.getByRole('button', { name: 'Post listing' }).click();
    await dialog.getByText('Title is required').waitFor();
    await dialog.getByText('Give a location, or mark the listing remote').waitFor();
    await dialog.getByLabel('Title').fill('Product analytics intern');
    await dialog.getByLabel('Organisation').fill('Careline Health');
    await dialog.getByLabel('Remote').check();
    await dialog.getByLabel('Link').fill('not a link');
    await dialog.getByRole('button', { name: 'Post listing' }).click();
    await dialog.getByText('Use a web address starting with http:// or https://').waitFor();
    await dialog.getByLabel('Link').fill('https://example.org/intern');
    await dialog.getByLabel('Skills and areas').fill('Product strategy');
    await dialog.getByLabel('Skills and areas').press('Enter');
    await snap(page, 'job-board-post');
    await dialog.getByRole('button', { name: 'Post listing' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The coordinator is a mentee here too: "For you" ranks the new listing by their goals.
    const posted = card(page, 'Product analytics intern');
    await posted.getByText('Matches your goals:').waitFor();
    await page.getByText('To approve').click();
    await page.getByText('Nothing is waiting for approval.').waitFor();
    await page.getByText('Mine', { exact: true }).click();
    const managed = card(page, 'Product analytics intern');
    await snap(page, 'job-board-program-tab');
    await managed.getByRole('button', { name: 'Manage Product analytics intern' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this listing?' });
    await confirm.getByRole('button', { name: 'Delete listing' }).click();
    await page.getByText('Listing deleted.').waitFor();
    await expect.poll(() => card(page, 'Product analytics intern').count()).toBe(0);
  });

  it('the Health tab shows outcomes, invites alumni to mentor, and exports CSV', async () => {
    await page.getByRole('tab', { name: 'Health' }).click();
    await page.getByRole('heading', { name: 'Outcomes' }).waitFor();
    await page.getByText('Mentor retention').waitFor();
    const invite = page.getByRole('button', { name: 'Invite 1' });
    await invite.click();
    await page.getByRole('dialog', { name: 'Invite alumni to mentor?' }).getByRole('button', { name: 'Send invitations' }).click();
    await page.getByText(/1 alumnus of Autumn cohort invited to mentor/).waitFor();
    await page.getByRole('button', { name: 'All invited' }).waitFor();
    await page.waitForTimeout(1200);
    await snap(page, 'program-outcomes');
    const href = await page.getByRole('link', { name: 'Matches CSV' }).getAttribute('href');
    const csv = await page.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    const rows = Papa.parse<Record<string, string>>(await csv.text(), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBe(4);
    expect(rows.map((r) => r['Mentee'])).toContain('Lena Fischer');
    expect(await csv.text()).not.toContain('@');
  });

  it('an invitation opened with the wrong account says which account to use', async () => {
    const me = await (await page.request.get(`${server.url}/api/v1/me`)).json();
    const programs = await (await page.request.get(`${server.url}/api/v1/programs`)).json();
    const programId = programs.items.find((p: { name: string }) => p.name === 'Young professionals').id;
    const sent = await page.request.post(`${server.url}/api/v1/programs/${programId}/invitations`, { data: { email: 'someone.else@example.test', role: 'mentor' }, headers: { 'x-csrf-token': me.csrfToken } });
    expect(sent.status()).toBe(201);
    const mails = await (await page.request.get(`${server.url}/api/v1/mail?limit=50`)).json();
    const mail = mails.items.find((m: { to: string }) => m.to === 'someone.else@example.test');
    const { eml } = await (await page.request.get(`${server.url}/api/v1/mail/${mail.id}`)).json();
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(eml.replace(/=\r?\n/g, ''))![1];
    await page.goto(`${server.url}/programs/join/${token}`);
    await page.getByText('Sign in with the invited account').waitFor();
    await page.getByText(/but this invitation is for someone\.else@example\.test/).waitFor();
    expect(await page.getByRole('button', { name: 'Accept and join' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Log out and use someone.else@example.test' }).waitFor();
    await snap(page, 'invitation-wrong-account');
  });

  it('fits a phone', async () => {
    const phone = await app.newContext({ viewport: { width: 390, height: 844 }, storageState: await page.context().storageState() });
    const p = await phone.newPage();
    await p.goto(`${server.url}/jobs`);
    await card(p, 'Associate product manager').waitFor();
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(p, 'job-board-phone');
    await phone.close();
  });
});
