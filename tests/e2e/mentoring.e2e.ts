import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openApp, signUpInBrowser, snap, type OpenApp, type RunningServer } from './harness';

let server: RunningServer;
let app: OpenApp;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await openApp({ timezoneId: 'UTC', locale: 'en-GB' });
  ({ server, context, page } = app);
});
afterAll(() => app?.close());

const apiGet = async <T>(path: string): Promise<T> => (await context.request.get(`${server.url}/api/v1${path}`)).json() as Promise<T>;

describe('Mentoring: the mentee drives the relationship', () => {
  it('signs up and explains what to do first', async () => {
    await signUpInBrowser(page, server.url, 'Ada Byron', 'ada@example.test');
    await page.getByRole('link', { name: 'Mentoring' }).click();
    await page.getByRole('heading', { name: 'Build a small board of mentors' }).waitFor();
  });

  it('adds a mentor, warns when marked as my manager, and shows the warning on the mentor', async () => {
    await page.getByRole('button', { name: 'Add your first mentor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a mentor' });
    await dialog.getByText('Someone new').click();
    await dialog.getByRole('button', { name: 'Add mentor' }).click();
    await dialog.getByText('Enter their name').waitFor();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Grace Hopper');
    await dialog.getByLabel('Company').fill('Navy Labs');
    await dialog.getByLabel('Areas of growth they help with').fill('Public speaking, Negotiation');
    await dialog.getByLabel('This person is my manager or in my management chain').check();
    await dialog.getByText('Your boss should not be your mentor').waitFor();
    await dialog.getByRole('button', { name: 'Add mentor' }).click();
    await page.waitForURL(/\/mentoring\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Grace Hopper', level: 1 }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'This mentor is your boss' }).waitFor();
    const id = page.url().split('/').pop()!;
    const m = await apiGet<{ isManager: boolean; warnings: { code: string }[]; areas: string[] }>(`/mentorships/${id}`);
    expect(m).toMatchObject({ isManager: true, areas: ['Public speaking', 'Negotiation'] });
    expect(m.warnings.map((w) => w.code)).toEqual(['own_manager']);
    await snap(page, 'mentoring-boss-warning');
  });

  it('records a meeting with an action item, shown open on the Mentoring page', async () => {
    await page.getByRole('button', { name: 'Record a meeting' }).click();
    await page.getByLabel('Agenda').fill('How to give a conference talk');
    await page.getByRole('textbox', { name: 'Action item 1', exact: true }).fill('Submit a talk proposal');
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await page.getByText('Agenda: How to give a conference talk').waitFor();
    await page.getByRole('checkbox', { name: 'Done: Submit a talk proposal' }).waitFor();
    await page.getByRole('link', { name: 'Mentoring' }).first().click();
    await page.getByRole('heading', { name: 'Open action items' }).waitFor();
    await page.getByText('Submit a talk proposal').waitFor();
  });

  it('writes the expectations agreement and both accept it', async () => {
    await page.getByRole('link', { name: 'Grace Hopper' }).first().click();
    await page.getByRole('button', { name: 'Write the agreement' }).click();
    await page.getByLabel('Meeting cadence').fill('Once a month');
    await page.getByLabel('Confidentiality').fill('Between us');
    await page.getByRole('button', { name: 'Save agreement' }).click();
    await page.getByRole('heading', { name: 'Expectations agreement · version 1' }).waitFor();
    await page.getByRole('button', { name: 'I accept' }).click();
    await page.getByText(/You accepted on/).waitFor();
    await page.getByRole('button', { name: 'Record their agreement' }).click();
    await page.getByText(/Grace Hopper agreed in conversation on/).waitFor();
    await snap(page, 'mentoring-mentor-detail');
  });

  it('sets a goal shared with the mentor, and posts a progress update', async () => {
    await page.goto(`${server.url}/mentoring?tab=goals`);
    await page.getByRole('button', { name: 'Set your first goal' }).click();
    await page.getByRole('button', { name: 'Save goal' }).click();
    await page.getByText('Name the goal').waitFor();
    await page.getByRole('textbox', { name: 'Goal' }).fill('Speak at a conference');
    await page.getByLabel('Areas of growth').fill('Public speaking, Leadership');
    await page.getByRole('combobox', { name: 'Share with mentors' }).click();
    await page.getByRole('option', { name: 'Grace Hopper' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await page.getByText('Speak at a conference').waitFor();
    await page.getByRole('textbox', { name: 'Update on Speak at a conference' }).fill('Gave a lightning talk at the meetup');
    await page.getByRole('button', { name: 'Post update' }).click();
    await page.getByText('Gave a lightning talk at the meetup').waitFor();
    const goals = await apiGet<{ items: { posts: { kind: string; body: string }[]; sharedWith: { name: string }[] }[] }>('/mentoring-goals');
    expect(goals.items[0]!.posts).toEqual([expect.objectContaining({ kind: 'progress', body: 'Gave a lightning talk at the meetup' })]);
    expect(goals.items[0]!.sharedWith.map((s) => s.name)).toEqual(['Grace Hopper']);
  });

  it('shares the wish list, whose public page opens without login', async () => {
    await page.getByRole('tab', { name: 'Wish list' }).click();
    await page.getByLabel('Who I am looking for').fill('Someone who has led an engineering team');
    await page.getByLabel('Skills they have honed').fill('Hiring and coaching');
    await page.getByRole('button', { name: 'Save wish list' }).click();
    const link = page.getByRole('textbox', { name: 'Read-only link' });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(/\/api\/v1\/wish-list\/[\w-]+$/);
    expect(await page.getByRole('link', { name: 'Write the e-mail' }).getAttribute('href')).toMatch(/^mailto:\?subject=Could%20you%20introduce%20me/);
    await snap(page, 'mentoring-wish-list');

    const anonymous = await app.newContext();
    const pub = await anonymous.newPage();
    const res = await pub.goto(url);
    expect(res?.status()).toBe(200);
    await pub.getByRole('heading', { name: 'Ada Byron is looking for a mentor' }).waitFor();
    await pub.getByText('Hiring and coaching').waitFor();
    await anonymous.close();
  });
});
