import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, signUpInBrowser, snap, type OpenApp, type RunningServer } from './harness';

/**
 * Two people in two browsers: the mentee asks, the mentor's bell shows 1, the mentor accepts from
 * there, the mentee's bell shows 1 and opening it lands on the mentorship; then the inbox page by
 * keyboard (j, m, #, undo) and on a phone.
 */
let app: OpenApp;
let server: RunningServer;
let mentor: Page;
let mentee: Page;

beforeAll(async () => {
  app = await openApp({ timezoneId: 'UTC', locale: 'en-GB', timeout: 15_000 });
  server = app.server;
  mentor = app.page;
  mentee = await app.newPage({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await app?.close();
});

const bell = (page: Page) => page.getByRole('button', { name: /^Notifications/ });

describe('In-app notifications between a mentee and a mentor', () => {
  it('starts with a quiet bell and an empty inbox', async () => {
    await signUpInBrowser(mentor, server.url, 'Grace Hopper', 'grace@example.test');
    await expect.poll(() => bell(mentor).getAttribute('aria-label')).toBe('Notifications, none unread');
    await bell(mentor).click();
    await mentor.getByText('Nothing new.', { exact: false }).waitFor();
    await mentor.keyboard.press('Escape');
    await mentor.goto(`${server.url}/inbox`);
    await mentor.getByText('No notifications yet').waitFor();
    // The mentor lists a profile so the mentee can find her.
    await mentor.goto(`${server.url}/mentoring?tab=profile`);
    const skills = mentor.getByRole('combobox', { name: 'Skills you have honed' });
    await skills.fill('Public speaking');
    await skills.press('Enter');
    await mentor.getByRole('button', { name: 'List me as a mentor' }).click();
    await mentor.getByText('Listed in the directory').waitFor();
  });

  it('the mentee asks; the mentor’s bell shows 1 and the popover says who asked', async () => {
    await signUpInBrowser(mentee, server.url, 'Ada Byron', 'ada@example.test');
    await mentee.goto(`${server.url}/mentoring/find`);
    const card = mentee.getByRole('article', { name: 'Grace Hopper' });
    await card.getByRole('button', { name: 'Ask Grace Hopper to mentor you' }).click();
    const dialog = mentee.getByRole('dialog', { name: 'Ask Grace Hopper to mentor you' });
    await expect.poll(() => dialog.getByLabel('Message').inputValue()).toContain('Hi Grace,');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await card.getByText('Request sent').waitFor();

    await mentor.goto(`${server.url}/`);
    await expect.poll(() => bell(mentor).getAttribute('aria-label')).toBe('Notifications, 1 unread');
    await bell(mentor).click();
    const item = mentor.getByRole('button', { name: 'Unread: Ada Byron asked you to be their mentor' });
    await item.waitFor();
    await mentor.waitForTimeout(300); // the popover's fade-in, so the picture is not half transparent
    await snap(mentor, 'inbox-mentor-popover');
    await item.click();
    // Opening it marks it read and lands on the Requests tab.
    await mentor.getByRole('article', { name: 'Request from Ada Byron' }).waitFor();
    expect(new URL(mentor.url()).search).toBe('?tab=requests');
    await expect.poll(() => bell(mentor).getAttribute('aria-label')).toBe('Notifications, none unread');
  });

  it('the mentor accepts; the mentee’s bell shows 1 and opening it shows the mentorship', async () => {
    const req = mentor.getByRole('article', { name: 'Request from Ada Byron' });
    await req.getByRole('button', { name: 'Accept' }).click();
    const dialog = mentor.getByRole('dialog', { name: 'Accept Ada Byron as your mentee' });
    await dialog.getByLabel('Your message').fill('Delighted, Ada. Bring one question to our first call.');
    await dialog.getByRole('button', { name: 'Accept and send' }).click();
    await req.getByText('Accepted').waitFor();

    await mentee.goto(`${server.url}/`);
    await expect.poll(() => bell(mentee).getAttribute('aria-label')).toBe('Notifications, 1 unread');
    await bell(mentee).click();
    const item = mentee.getByRole('button', { name: 'Unread: Grace Hopper accepted your request to mentor you' });
    await item.waitFor();
    await mentee.getByText('Delighted, Ada.', { exact: false }).waitFor();
    await mentee.waitForTimeout(300); // the popover's fade-in, so the picture is not half transparent
    await snap(mentee, 'inbox-mentee-popover-phone');
    await item.click();
    await mentee.getByRole('heading', { name: 'Grace Hopper', level: 1 }).waitFor();
    expect(new URL(mentee.url()).pathname).toMatch(/^\/mentoring\/[0-9a-f-]{36}$/);
    await expect.poll(() => bell(mentee).getAttribute('aria-label')).toBe('Notifications, none unread');
  });

  it('the inbox page works by keyboard: j moves, m marks unread, # deletes with undo', async () => {
    await mentee.goto(`${server.url}/inbox`);
    await mentee.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    const row = mentee.locator('[data-inbox-item]').first();
    await row.waitFor();
    await mentee.keyboard.press('j');
    await expect.poll(() => row.evaluate((el) => el === document.activeElement)).toBe(true);
    await mentee.keyboard.press('m');
    await expect.poll(() => bell(mentee).getAttribute('aria-label')).toBe('Notifications, 1 unread');
    await mentee.locator('label', { hasText: /^Unread$/ }).click();
    await expect.poll(() => new URL(mentee.url()).search).toBe('?filter=unread');
    await mentee.getByText('Grace Hopper accepted your request to mentor you').waitFor();
    await snap(mentee, 'inbox-page-phone');
    await mentee.locator('[data-inbox-item]').first().focus();
    await mentee.keyboard.press('Shift+Digit3');
    await mentee.getByText('You are all caught up').waitFor();
    await mentee.getByRole('button', { name: 'Undo' }).click();
    await mentee.getByText('Grace Hopper accepted your request to mentor you').waitFor();
    // Enter opens the focused item.
    await mentee.locator('[data-inbox-item]').first().focus();
    await mentee.keyboard.press('Enter');
    await mentee.getByRole('heading', { name: 'Grace Hopper', level: 1 }).waitFor();
    await expect.poll(() => bell(mentee).getAttribute('aria-label')).toBe('Notifications, none unread');
  });

  it('muting a kind in Settings works by keyboard and is saved (the API test proves muted kinds are not stored)', async () => {
    await mentor.goto(`${server.url}/settings`);
    const sw = mentor.getByRole('switch', { name: /Requests withdrawn/ });
    expect(await sw.isChecked()).toBe(true);
    await sw.focus();
    await mentor.keyboard.press('Space');
    await expect.poll(() => sw.isChecked()).toBe(false);
    await expect.poll(async () => (await (await app.context.request.get(`${server.url}/api/v1/inbox/preferences`)).json()).kinds.find((k: { kind: string }) => k.kind === 'request_withdrawn').muted).toBe(true);
    await snap(mentor, 'inbox-settings');
  });
});
