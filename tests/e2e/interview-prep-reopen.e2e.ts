import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp, snap, type OpenApp, type RunningServer } from './harness';

/**
 * Reopening a held interview preparation through the real UI: it is destructive (the logged job
 * interview and its open thank-yous go), so it asks first and says what goes; once someone was
 * thanked the server refuses (409) and the dialog says who, in words.
 */
let app: OpenApp;
let server: RunningServer;
let page: Page;
let prepId = '';

beforeAll(async () => {
  app = await openApp({ timezoneId: 'UTC', locale: 'en-GB', timeout: 15_000 });
  ({ server, page } = app);
});
afterAll(async () => app?.close());

/** Setup and checks of what the server holds: the session's own API with its CSRF token. */
async function api<T>(method: 'GET' | 'POST', path: string, data?: object): Promise<T> {
  const me = (await (await page.request.get(`${server.url}/api/v1/me`)).json()) as { csrfToken: string };
  const r = await page.request.fetch(`${server.url}/api/v1${path}`, { method, data, headers: { 'x-csrf-token': me.csrfToken } });
  expect(r.status(), `${method} ${path}: ${await r.text()}`).toBeLessThan(300);
  return (await r.json()) as T;
}
const prep = () => api<{ status: string; heldAt: string | null }>('GET', `/interview-preps/${prepId}`);
const thankYous = async () => {
  const t = await api<{ overdue: { id: string; title: string }[]; dueToday: { id: string; title: string }[]; upcoming: { id: string; title: string }[] }>('GET', '/today');
  return [...t.overdue, ...t.dueToday, ...t.upcoming].filter((i) => i.title.startsWith('Thank '));
};
const hold = () => api('POST', `/interview-preps/${prepId}/held`, { heldAt: new Date(Date.now() - 3_600_000).toISOString(), summary: 'We talked about the bombe.' });
/** Before a screenshot of a dialog: wait (polling, no fixed sleep) until its open transition has finished. */
async function settled(dialog: Locator) {
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el.closest('.mantine-Modal-content') ?? el).opacity)).toBe('1');
}

describe('Interview preparation: reopening a held interview', () => {
  it('sets up a held interview with two people to thank', async () => {
    const res = await page.request.post(`${server.url}/api/v1/auth/signup`, { data: { email: 'joan@example.test', password: 'a sturdy passphrase', name: 'Joan Clarke', timezone: 'UTC' } });
    expect(res.status()).toBe(201);
    const dilly = await api<{ id: string }>('POST', '/contacts', { displayName: 'Dilly Knox', company: 'Bletchley' });
    const rita = await api<{ id: string }>('POST', '/contacts', { displayName: 'Rita Recruiter', company: 'Bletchley' });
    prepId = (await api<{ id: string }>('POST', '/interview-preps', { company: 'Bletchley Park', role: 'Codebreaker', people: [{ contactId: dilly.id, role: 'interviewer' }, { contactId: rita.id, role: 'recruiter' }] })).id;
    await hold();
    expect((await thankYous()).map((t) => t.title).sort()).toEqual(['Thank Dilly Knox for the job interview', 'Thank Rita Recruiter for arranging the job interview']);
  });

  it('asks before reopening and says what goes; backing out keeps it held', async () => {
    await page.goto(`${server.url}/mentoring/interview-preps/${prepId}`);
    await page.getByText('Held: now close the loop').waitFor();
    await page.getByRole('button', { name: 'Reopen: not held yet' }).click();
    const ask = page.getByRole('dialog', { name: 'Reopen the interview at Bletchley Park?' });
    await ask.getByText(/leaves your network log, and the thank-yous to Dilly Knox, Rita Recruiter leave Today/).waitFor();
    await ask.getByText('Your answers, questions and notes stay.', { exact: false }).waitFor();
    await settled(ask);
    await snap(page, 'interview-prep-reopen-confirm');
    await ask.getByRole('button', { name: 'Keep it held' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect((await prep()).status).toBe('held');
    expect(await thankYous()).toHaveLength(2);
  });

  it('reopening takes back the interview and its open thank-yous', async () => {
    await page.getByRole('button', { name: 'Reopen: not held yet' }).click();
    const ask = page.getByRole('dialog', { name: 'Reopen the interview at Bletchley Park?' });
    await ask.getByRole('button', { name: 'Reopen', exact: true }).click();
    await ask.waitFor({ state: 'hidden' });
    await page.getByText('Back to preparing: the interview at Bletchley Park left your network log').waitFor();
    await page.getByRole('button', { name: 'Mark as held' }).waitFor();
    await page.getByText('Preparing', { exact: true }).waitFor();
    expect(await prep()).toMatchObject({ status: 'preparing', heldAt: null });
    expect(await thankYous()).toEqual([]);
  });

  it('once someone was thanked, the refusal names them in the dialog, on a phone too', async () => {
    await hold();
    const dilly = (await thankYous()).find((t) => t.title === 'Thank Dilly Knox for the job interview')!;
    await api('POST', `/follow-ups/${dilly.id}/done`, {});
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto(`${server.url}/mentoring/interview-preps/${prepId}`);
      await page.getByRole('button', { name: 'Reopen: not held yet' }).click();
      const ask = page.getByRole('dialog', { name: 'Reopen the interview at Bletchley Park?' });
      await ask.getByRole('button', { name: 'Reopen', exact: true }).click();
      const refusal = ask.getByRole('alert');
      await refusal.getByText('It stays held', { exact: true }).waitFor();
      await refusal.getByText('You already thanked Dilly Knox for this interview, so it stays held. To correct when it was or what was said, edit the job interview on Dilly Knox’s timeline in your network.').waitFor();
      expect(await ask.getByRole('button', { name: 'Reopen', exact: true }).count()).toBe(0);
      await settled(ask);
      await snap(page, `interview-prep-reopen-refused-${width}`);
      await ask.getByRole('button', { name: 'Close' }).first().click();
      await ask.waitFor({ state: 'hidden' });
    }
    expect((await prep()).status).toBe('held');
    expect((await thankYous()).map((t) => t.title)).toEqual(['Thank Rita Recruiter for arranging the job interview']);
  });
});
