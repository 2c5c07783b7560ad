import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openApp, signUpInBrowser, snap, type OpenApp, type RunningServer } from './harness';

let server: RunningServer;
let app: OpenApp;
let context: BrowserContext;
let page: Page;
let interviewId = '';

beforeAll(async () => {
  app = await openApp({ timezoneId: 'UTC', locale: 'en-GB', permissions: ['clipboard-read', 'clipboard-write'] });
  ({ server, context, page } = app);
});
afterAll(() => app?.close());

type Iv = { id: string; stage: string; contactId: string; interactionId: string | null; starred: boolean; flowRating: number | null; questions: { questionId: string; notes: string | null }[] };
const apiGet = async <T>(path: string): Promise<T> => (await context.request.get(`${server.url}/api/v1${path}`)).json() as Promise<T>;
const apiPost = async <T>(path: string, data: unknown): Promise<T> => {
  const { csrfToken } = await apiGet<{ csrfToken: string }>('/me');
  const res = await context.request.post(`${server.url}/api/v1${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json() as Promise<T>;
};
const stage = async () => (await apiGet<Iv>(`/interviews/${interviewId}`)).stage;
/** A datetime-local value (the context runs in UTC) some hours from now. */
const localInput = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * 3_600_000).toISOString().slice(0, 16);
const WHERE_FROM = 'Notes on “Where are you from, and where are you now?”';
const HOW_HERE = 'Notes on “How did you get to where you are today?”';

describe('Interviews: from prospect to potential mentor', () => {
  it('signs up and explains what to do first', async () => {
    await signUpInBrowser(page, server.url, 'Ada Byron', 'ada@example.test');
    await page.getByRole('link', { name: 'Interviews' }).click();
    await page.getByRole('heading', { name: /Meet potential mentors/ }).waitFor();
    await snap(page, 'interviews-empty');
  });

  it('adds a prospect who is new to the network, and writes the 5–10 minute request', async () => {
    await page.getByRole('button', { name: 'Add your first interview' }).click();
    const dialog = page.getByRole('dialog', { name: 'New informational interview' });
    await dialog.getByText('Someone new').click();
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await dialog.getByText('Enter their name').waitFor();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Priya Raman');
    await dialog.getByLabel('Company').fill('Lumen Labs');
    await dialog.getByLabel('E-mail').fill('priya@lumen.test');
    await dialog.getByLabel('What you would like to learn about').fill('data careers');
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    interviewId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: 'Priya Raman', level: 1 }).waitFor();

    const message = page.getByRole('textbox', { name: 'Message' });
    await expect.poll(() => message.inputValue()).toContain('Hi Priya');
    expect(await message.inputValue()).toContain("I'm exploring data careers. Your experience at Lumen Labs stood out to me.");
    expect(await page.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe('Quick question about your work at Lumen Labs');
    expect(await page.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')).toMatch(/^mailto:priya@lumen\.test\?subject=Quick%20question/);
    await page.getByRole('button', { name: 'Copy to clipboard' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('5 to 10 minutes');
    await snap(page, 'interviews-ask');
  });

  it('marks it asked with a follow-up date, then schedules it', async () => {
    await page.getByRole('button', { name: 'I sent it: mark asked' }).click();
    const asked = page.getByRole('dialog', { name: 'You asked Priya Raman' });
    await expect.poll(() => asked.getByLabel('Follow up if no answer by').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await asked.getByRole('button', { name: 'Mark asked' }).click();
    await asked.waitFor({ state: 'hidden' });
    await expect.poll(stage).toBe('asked');

    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    const schedule = page.getByRole('dialog', { name: 'Schedule with Priya Raman' });
    await schedule.getByRole('button', { name: 'Schedule' }).click();
    await schedule.getByText('Choose when you will talk').waitFor();
    await schedule.getByLabel('When').fill(localInput(-2));
    await schedule.getByLabel('Where (optional)').fill('Video call');
    await schedule.getByRole('button', { name: 'Schedule' }).click();
    await schedule.waitFor({ state: 'hidden' });
    await expect.poll(stage).toBe('scheduled');
  });

  it('takes notes on two questions, then marks it held', async () => {
    await page.getByRole('textbox', { name: WHERE_FROM }).fill('Grew up in Chennai, now in Berlin.');
    await page.getByRole('textbox', { name: HOW_HERE }).fill('Physics, then a data bootcamp, then Lumen.');
    await page.getByRole('heading', { name: 'Questions and notes' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    await expect.poll(async () => (await apiGet<Iv>(`/interviews/${interviewId}`)).questions.filter((q) => q.notes).length).toBe(2);

    await page.getByRole('button', { name: 'Mark held' }).click();
    const held = page.getByRole('dialog', { name: 'You talked with Priya Raman' });
    await held.getByLabel('What you talked about').fill('mentoring');
    await held.getByLabel('What you talked about').press('Enter');
    await held.getByRole('button', { name: 'Mark held' }).click();
    await held.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Reflection' }).waitFor();
    const iv = await apiGet<Iv>(`/interviews/${interviewId}`);
    expect(iv.stage).toBe('held');
    const interaction = await apiGet<{ kind: string; summary: string; topics: string[] }>(`/interactions/${iv.interactionId}`);
    expect(interaction.kind).toBe('informational_interview');
    expect(interaction.summary).toContain('Physics, then a data bootcamp, then Lumen.');
    expect(interaction.topics).toEqual(['data careers', 'mentoring']);
  });

  it('reflects, stars Priya, and the contact becomes a potential mentor', async () => {
    // The stars are radio buttons: keyboard users pick one with Enter.
    await page.getByRole('radio', { name: 'Flowed 5 of 5' }).press('Enter');
    await page.getByLabel('What I learned').fill('Side projects matter more than certificates.');
    await page.getByLabel('What they care about').fill('Getting more women into data science.');
    await page.getByRole('button', { name: 'Save reflection' }).click();
    await expect.poll(async () => (await apiGet<Iv>(`/interviews/${interviewId}`)).flowRating).toBe(5);
    await page.getByRole('button', { name: 'Star Priya Raman as a potential mentor' }).click();
    await page.getByRole('button', { name: 'Unstar Priya Raman' }).waitFor();
    await expect.poll(stage).toBe('potential_mentor');
    const iv = await apiGet<Iv>(`/interviews/${interviewId}`);
    expect((await apiGet<{ starred: boolean }>(`/contacts/${iv.contactId}`)).starred).toBe(true);
    await snap(page, 'interviews-reflection');
  });

  it('Today shows the thank-you with a recap prompt from the notes', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    const card = page.locator('[data-followup]', { hasText: 'Thank Priya Raman for the informational interview' });
    await card.waitFor();
    // The recap prompt (folded away on the card until opened) quotes the notes.
    expect(await card.textContent()).toContain('Physics, then a data bootcamp, then Lumen.');
    await snap(page, 'interviews-today');
  });

  it('moves a card on the board with the keyboard', async () => {
    await apiPost('/interviews', { newContact: { displayName: 'Sam Keys', company: 'Keyboard Co' }, topic: 'design' });
    await page.goto(`${server.url}/interviews`);
    const card = page.locator('[data-interview-card]', { hasText: 'Sam Keys' });
    await card.focus();
    await card.press('ArrowRight');
    const dialog = page.getByRole('dialog', { name: 'You asked Sam Keys' });
    await dialog.getByRole('button', { name: 'Mark asked' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('list', { name: 'Asked' }).getByText('Sam Keys').waitFor();
    await page.getByRole('list', { name: 'Potential mentor' }).getByText('Priya Raman').waitFor();
    await snap(page, 'interviews-board');
  });

  it('undoes a stage move from the notification', async () => {
    await page.getByRole('button', { name: 'Undo moving Sam Keys to Asked' }).click();
    await page.getByText('Sam Keys is back in Prospect.').waitFor();
    await page.getByRole('list', { name: 'Prospect' }).getByText('Sam Keys').waitFor();
    expect(await page.getByRole('list', { name: 'Asked' }).getByText('Sam Keys').count()).toBe(0);
    const list = await apiGet<{ items: { stage: string; contact: { displayName: string } }[] }>('/interviews?stage=prospect');
    expect(list.items.map((i) => i.contact.displayName)).toContain('Sam Keys');
  });

  it('loads a long stage a page at a time on the board, and the flowed-best list too', async () => {
    for (let i = 1; i <= 20; i++) {
      const iv = await apiPost<{ id: string }>('/interviews', { newContact: { displayName: `Prospect ${String(i).padStart(2, '0')}` } });
      if (i <= 2) await apiPost(`/interviews/${iv.id}/stage`, { to: 'held', heldAt: new Date(Date.now() - (i + 5) * 3_600_000).toISOString() });
    }
    // Sam and 18 new ones are prospects; two more talks make three held conversations with Priya.
    for (let i = 1; i <= 18; i++) {
      const iv = await apiPost<{ id: string }>('/interviews', { newContact: { displayName: `Talk ${String(i).padStart(2, '0')}` } });
      await apiPost(`/interviews/${iv.id}/stage`, { to: 'held', heldAt: new Date(Date.now() - (i + 30) * 3_600_000).toISOString() });
    }
    await page.reload();
    const prospects = page.getByRole('list', { name: 'Prospect' }).getByRole('listitem');
    await expect.poll(() => prospects.count()).toBe(19);
    expect(await page.getByRole('button', { name: 'Show more in Prospect' }).count()).toBe(0);
    const heldCards = page.getByRole('list', { name: 'Held' }).getByRole('listitem');
    await expect.poll(() => heldCards.count()).toBe(20);
    await page.getByRole('listitem', { name: 'Held: 20' }).waitFor();
    const more = page.getByRole('button', { name: 'Show more in Held' });
    // 20 held on the first page of 20: the server says whether another page exists.
    expect(await more.count()).toBe(0);
    const extra = await apiPost<{ id: string }>('/interviews', { newContact: { displayName: 'Talk 19' } });
    await apiPost(`/interviews/${extra.id}/stage`, { to: 'held', heldAt: new Date(Date.now() - 60 * 3_600_000).toISOString() });
    await page.reload();
    await more.waitFor();
    expect(await more.textContent()).toContain('(1)');
    await more.click();
    await expect.poll(() => heldCards.count()).toBe(21);
    await expect.poll(() => more.count()).toBe(0);
    await snap(page, 'interviews-board-more');

    await page.getByRole('tab', { name: 'Flowed best' }).click();
    const ranked = page.getByRole('list', { name: 'Conversations, best first' }).getByRole('listitem');
    await expect.poll(() => ranked.count()).toBe(20);
    // Priya's conversation was rated: it comes first.
    expect(await ranked.first().textContent()).toContain('Priya Raman');
    await page.getByRole('button', { name: 'Show more conversations' }).click();
    await expect.poll(() => ranked.count()).toBe(22);
    expect(await page.getByRole('button', { name: 'Show more conversations' }).count()).toBe(0);
    expect(await ranked.last().textContent()).toContain('22.');
  });
});
