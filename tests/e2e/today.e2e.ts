import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openApp, signUpInBrowser, snap, type OpenApp, type RunningServer } from './harness';

let server: RunningServer;
let app: OpenApp;
let context: BrowserContext;
let page: Page;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await openApp({ timezoneId: 'Europe/Berlin', locale: 'en-GB', permissions: ['clipboard-read', 'clipboard-write'] });
  ({ server, context, page } = app);
});
afterAll(() => app?.close());

type Item = { id: string; source: string; title: string; contact: { id: string } | null; dueDate: string; snoozedUntil: string | null; status: string };
type Today = { today: string; overdue: Item[]; dueToday: Item[]; upcoming: Item[] };

const apiGet = async <T>(path: string): Promise<T> => (await context.request.get(`${server.url}/api/v1${path}`)).json() as Promise<T>;
const apiPost = async <T>(path: string, data: unknown): Promise<T> => {
  const { csrfToken } = await apiGet<{ csrfToken: string }>('/me');
  const res = await context.request.post(`${server.url}/api/v1${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json() as Promise<T>;
};
const todayItems = async () => {
  const t = await apiGet<Today>('/today');
  return [...t.overdue, ...t.dueToday, ...t.upcoming];
};
const cards = () => page.locator('[data-followup]');
const thanks: Record<string, Item> = {};
const thankYouCard = (given: string) => page.locator(`[data-followup="${thanks[given]!.id}"]`);
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('Today: following through after an interview', () => {
  it('signs up and shows an empty Today', async () => {
    await signUpInBrowser(page, server.url, 'Grace Hopper', 'grace@example.test');
    await page.getByText('All caught up').waitFor();
    await snap(page, 'today-empty');
  });

  it('logs a job interview with three people and gets three thank-you items', async () => {
    for (const [given, family] of [['Ana', 'Okafor'], ['Ben', 'Recruiter'], ['Cleo', 'Connector']] as const) {
      const c = await apiPost<{ id: string }>('/contacts', { givenName: given, familyName: family, emails: [{ value: `${given.toLowerCase()}@example.test` }] });
      ids[given] = c.id;
    }
    await page.reload();
    await page.getByRole('heading', { name: 'Weekly habits' }).waitFor();
    await page.keyboard.press('Control+I');
    const dialog = page.getByRole('dialog', { name: 'Log interaction' });
    await dialog.waitFor();
    await dialog.getByLabel('Kind', { exact: true }).click();
    await page.getByRole('option', { name: 'Job interview' }).click();
    const people = dialog.getByLabel('People', { exact: true });
    const roles = [['Ana Okafor', 'Interviewer'], ['Ben Recruiter', 'Recruiter'], ['Cleo Connector', 'Arranged by']] as const;
    for (const [name] of roles) {
      await people.fill(name.split(' ')[0]!);
      await page.getByRole('option', { name: new RegExp(name) }).click();
    }
    // Typing in the summary closes the people dropdown that covers the role fields.
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Talked about scaling the data platform team.');
    for (const [name, role] of roles) {
      await dialog.getByLabel(`Role of ${name}`).click();
      await page.getByRole('option', { name: role, exact: true }).click();
    }
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => cards().filter({ has: page.getByRole('img', { name: 'Thank-you' }) }).count()).toBe(3);
    const items = (await todayItems()).filter((i) => i.source === 'thank_you');
    expect(items.map((i) => i.contact?.id).sort()).toEqual([ids.Ana, ids.Ben, ids.Cleo].sort());
    for (const given of ['Ana', 'Ben', 'Cleo']) {
      thanks[given] = items.find((i) => i.contact?.id === ids[given])!;
      const card = thankYouCard(given);
      expect(await card.getByRole('link', { name: new RegExp(given) }).getAttribute('href')).toBe(`/network/contacts/${ids[given]}`);
      expect(await card.getByRole('button', { name: 'Write with template' }).count()).toBe(1);
    }
    await snap(page, 'today-thank-yous');
  });

  it('writes the thank-you to Ana with the template, copies it and marks it done', async () => {
    await thankYouCard('Ana').getByRole('button', { name: 'Write with template' }).click();
    const composer = page.getByRole('dialog', { name: 'Write to Ana Okafor' });
    await composer.waitFor();
    // The templates load with the composer: the choice is made once they are in.
    await expect.poll(() => composer.getByLabel('Template', { exact: true }).inputValue()).toBe('Thank-you with recap');
    const message = composer.getByRole('textbox', { name: 'Message' });
    await expect.poll(() => message.inputValue()).toContain('Ana');
    expect(await message.inputValue()).toContain('scaling the data platform team');
    expect(await composer.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')).toMatch(/^mailto:ana@example\.test\?/);
    await snap(page, 'today-composer');
    await composer.getByRole('button', { name: 'Copy to clipboard' }).click();
    await composer.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('scaling the data platform team');
    await composer.getByRole('button', { name: 'Mark done' }).click();
    await composer.waitFor({ state: 'hidden' });
    await expect.poll(() => thankYouCard('Ana').count()).toBe(0);
    expect(await thankYouCard('Ben').count()).toBe(1);
    const left = (await todayItems()).filter((i) => i.source === 'thank_you');
    expect(left.map((i) => i.contact?.id)).not.toContain(ids.Ana);
  });

  it("shows the interview and the thank-you on Ana's timeline", async () => {
    await page.goto(`${server.url}/network/contacts/${ids.Ana}`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    // The interview's summary, and the thank-you mail quoting it as the recap.
    await timeline.getByText('Talked about scaling the data platform team.').first().waitFor();
    expect(await timeline.getByText(/^Job interview · Interviewer$/).count()).toBe(1);
    expect(await timeline.getByText(/^E-mail$/).count()).toBe(1);
    expect(await timeline.getByText(/^Thank you, Ana/).count()).toBe(1);
    await snap(page, 'today-contact-timeline');
    await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  });

  it('snoozes the thank-you to Ben by a week', async () => {
    const before = thanks.Ben!;
    const { today } = await apiGet<Today>('/today');
    const card = thankYouCard('Ben');
    await card.getByRole('button', { name: /^Snooze:/ }).click();
    await page.getByRole('menuitem', { name: 'In a week' }).click();
    await page.getByText('Snoozed').first().waitFor();
    // It now sits a week out: off Overdue and Today (and off this week's list when the week window ends before it).
    await expect.poll(async () => (await apiGet<Item>(`/follow-ups/${before.id}`)).snoozedUntil).toBe(addDays(today, 7));
    const t = await apiGet<Today>('/today');
    expect([...t.overdue, ...t.dueToday].map((i) => i.id)).not.toContain(before.id);
    await expect.poll(() => page.getByRole('list', { name: 'Today' }).locator(`[data-followup="${before.id}"]`).count()).toBe(0);
    // The lists refetch after the snooze: wait for that answer to be shown, not for the first read.
    await expect.poll(() => page.getByRole('list', { name: 'Overdue' }).locator(`[data-followup="${before.id}"]`).count()).toBe(0);
    const later = t.upcoming.find((i) => i.id === before.id);
    await expect.poll(() => card.count()).toBe(later ? 1 : 0);
    // Cleo's thank-you is still due.
    expect(await thankYouCard('Cleo').count()).toBe(1);
  });

  it('undoes the snooze from the notification, and a skip with the u key', async () => {
    const ben = thanks.Ben!;
    await page.getByRole('button', { name: `Undo snoozed: ${ben.title}` }).click();
    await page.getByText(`${ben.title} is back on Today.`).waitFor();
    await expect.poll(async () => (await apiGet<Item>(`/follow-ups/${ben.id}`)).snoozedUntil).toBeNull();
    expect((await apiGet<Item>(`/follow-ups/${ben.id}`)).dueDate).toBe(ben.dueDate);
    await thankYouCard('Ben').waitFor();

    const cleo = thanks.Cleo!;
    await thankYouCard('Cleo').getByRole('button', { name: `Skip: ${cleo.title}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Skip this one' });
    await dialog.getByRole('textbox').fill('We already spoke on the phone');
    await dialog.getByRole('button', { name: 'Skip' }).click();
    await expect.poll(() => thankYouCard('Cleo').count()).toBe(0);
    await page.getByRole('button', { name: `Undo skipped: ${cleo.title}` }).waitFor();
    await snap(page, 'today-undo');
    await page.keyboard.press('u');
    await thankYouCard('Cleo').waitFor();
    await expect.poll(async () => (await apiGet<Item>(`/follow-ups/${cleo.id}`)).status).toBe('open');
  });

  it('records an offer Cleo made and shows the next step on Today', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Promises' }).click();
    await page.getByRole('heading', { name: 'Promises' }).waitFor();
    await page.getByRole('button', { name: 'New promise' }).click();
    const dialog = page.getByRole('dialog', { name: 'New promise' });
    await dialog.getByLabel('Who offered', { exact: true }).fill('Cleo');
    await page.getByRole('option', { name: /Cleo Connector/ }).click();
    await dialog.getByLabel('Offered to…').fill('introduce you to Raj');
    await dialog.getByRole('button', { name: 'Save promise' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('listitem', { name: 'Cleo Connector: introduce you to Raj' });
    await row.getByText('Coordinate: Cleo Connector offered to introduce you to Raj').waitFor();
    expect(await row.getByRole('button', { name: 'They did it' }).count()).toBe(1);
    expect(await row.getByRole('button', { name: 'I thanked them' }).count()).toBe(0);
    await snap(page, 'promises');

    await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
    const item = cards().filter({ hasText: 'Coordinate: Cleo Connector offered to introduce you to Raj' });
    await item.waitFor();
    expect(await item.getByRole('img', { name: 'Promise' }).count()).toBe(1);
    await snap(page, 'today-with-promise');
  });

  it('edits the promise: validation in place, then what, due date and direction change', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Promises' }).click();
    const row = page.getByRole('listitem', { name: 'Cleo Connector: introduce you to Raj' });
    await row.getByRole('button', { name: 'More for introduce you to Raj' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit promise' });
    const what = dialog.getByLabel('Offered to…');
    expect(await what.inputValue()).toBe('introduce you to Raj');
    await what.fill('   ');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByText('Say what they offered').waitFor();
    await snap(page, 'promise-edit-error');
    await dialog.getByText('I promised', { exact: true }).click();
    await dialog.getByLabel('I promised to…').fill('send Cleo my portfolio');
    await dialog.getByLabel('Due (optional)').fill('2031-03-04');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: /I promised/ }).click();
    const edited = page.getByRole('listitem', { name: 'Cleo Connector: send Cleo my portfolio' });
    await edited.getByText(/Due/).waitFor();
    expect(await edited.getByText(/^You promised Cleo Connector to send Cleo my portfolio/).count()).toBe(1);
    const list = await apiGet<{ items: { what: string; direction: string; dueDate: string }[] }>('/commitments');
    expect(list.items.find((c) => c.what === 'send Cleo my portfolio')).toMatchObject({ direction: 'i_promised', dueDate: '2031-03-04' });
  });

  it('the Finds page explains itself while nothing is saved', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Finds' }).click();
    await page.getByRole('heading', { name: 'Finds', level: 1 }).waitFor();
    await page.getByText('Nothing saved to share yet').waitFor();
    expect(await page.getByRole('button', { name: 'Save your first find' }).count()).toBe(1);
    await snap(page, 'finds-empty');
  });

  it('saves a find and shares it with the contact who cares about its topic, using the template', async () => {
    const dana = await apiPost<{ id: string }>('/contacts', { givenName: 'Dana', familyName: 'Data', tags: ['Data platform'], emails: [{ value: 'dana@example.test' }] });
    await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
    await page.getByRole('button', { name: 'Share something useful' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share something useful' });
    await dialog.getByRole('button', { name: 'Find who to share with' }).click();
    await dialog.getByText('Add at least one topic, so Trellis knows who cares about it').waitFor();
    await dialog.getByText('Use a web address starting with http:// or https://').waitFor();
    await dialog.getByLabel('Title').fill('How we scaled our data platform team');
    await dialog.getByLabel('Link').fill('https://example.org/scaling');
    await dialog.getByLabel('Topics').fill('data platform');
    await dialog.getByLabel('Topics').press('Enter');
    await snap(page, 'share-find');
    await dialog.getByRole('button', { name: 'Find who to share with' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Proposed to 1 person').waitFor();
    const card = cards().filter({ hasText: 'Share “How we scaled our data platform team” with Dana Data' });
    await card.waitFor();
    expect(await card.getByRole('img', { name: 'Share something useful' }).count()).toBe(1);
    await snap(page, 'today-share');

    await card.getByRole('button', { name: 'Write with template' }).click();
    const composer = page.getByRole('dialog', { name: 'Write to Dana Data' });
    await composer.waitFor();
    const message = composer.getByRole('textbox', { name: 'Message' });
    await expect.poll(() => message.inputValue()).toContain('https://example.org/scaling');
    expect(await message.inputValue()).toContain('since you mentioned data platform');
    await composer.getByRole('button', { name: 'Mark done' }).click();
    await composer.waitFor({ state: 'hidden' });
    await expect.poll(() => card.count()).toBe(0);
    const log = await apiGet<{ items: { kind: string }[] }>(`/interactions?contactId=${dana.id}`);
    expect(log.items.map((i) => i.kind)).toEqual(['email']);
  });

  it('lists finds on their own page: edit re-matches the topics, delete asks first, and more pages load on demand', async () => {
    await apiPost('/contacts', { givenName: 'Hal', familyName: 'Hiring', tags: ['hiring'] });
    await page.getByRole('navigation').getByRole('link', { name: 'Finds' }).click();
    const row = page.getByRole('listitem', { name: 'How we scaled our data platform team' });
    await row.getByText('Shared with 1').waitFor();

    await row.getByRole('button', { name: 'More for How we scaled our data platform team' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit find' });
    const title = dialog.getByLabel('Title');
    expect(await title.inputValue()).toBe('How we scaled our data platform team');
    await title.fill(' ');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByText('Give it a title').waitFor();
    await title.fill('Scaling a data team');
    await dialog.getByLabel('Topics').fill('hiring');
    await dialog.getByLabel('Topics').press('Enter');
    await snap(page, 'find-edit');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const edited = page.getByRole('listitem', { name: 'Scaling a data team' });
    await edited.getByText('Shared with 1 · 1 still to share with on Today').waitFor();
    // Hal cares about hiring: Today now proposes it to him, under the new title; Dana is not asked again.
    const shares = (await todayItems()).filter((i) => i.source === 'share');
    expect(shares.map((i) => i.title)).toEqual(['Share “Scaling a data team” with Hal Hiring']);

    for (let i = 1; i <= 21; i++) await apiPost('/finds', { kind: 'job', title: `Job opening ${String(i).padStart(2, '0')}`, url: `https://jobs.example.org/${i}`, topics: ['nobody-cares'] });
    await page.reload();
    const rows = page.getByRole('list', { name: 'Finds' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(20);
    expect(await page.getByRole('listitem', { name: 'Scaling a data team' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => rows.count()).toBe(22);
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    await snap(page, 'finds');

    await edited.getByRole('button', { name: 'More for Scaling a data team' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this find?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await edited.count()).toBe(1);
    await edited.getByRole('button', { name: 'More for Scaling a data team' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await confirm.getByRole('button', { name: 'Delete find' }).click();
    await page.getByText('Find deleted').waitFor();
    await expect.poll(() => edited.count()).toBe(0);
    expect((await todayItems()).filter((i) => i.source === 'share')).toEqual([]);
    const all = await apiGet<{ items: { title: string }[] }>('/finds?limit=50');
    expect(all.items.map((f) => f.title)).not.toContain('Scaling a data team');
  });
});

describe('Today: what you just did stays in sight', () => {
  it('a keep-in-touch round done from Today moves into a folded "Coming up" and stays shown there without Show all', async () => {
    // Nine rounds due in 2 to 5 days fill "Coming up" past its fold of eight.
    for (let i = 0; i < 9; i++) {
      const c = await apiPost<{ id: string }>('/contacts', { displayName: `Fold Person ${i}`, cadence: { every: 2 + (i % 4), unit: 'day' } });
      await apiPost('/interactions', { kind: 'call', occurredAt: new Date().toISOString(), contactIds: [c.id] });
    }
    // A six-day round last touched six days ago is due today; done, it moves six days on: last in Coming up.
    const last = await apiPost<{ id: string }>('/contacts', { displayName: 'Ruth Roundtrip', cadence: { every: 6, unit: 'day' } });
    await apiPost('/interactions', { kind: 'call', occurredAt: new Date(Date.now() - 6 * 86_400_000).toISOString(), contactIds: [last.id] });
    await page.goto(`${server.url}/`);
    const upcoming = page.locator('section', { has: page.getByRole('heading', { name: 'Coming up this week' }) });
    await upcoming.getByRole('button', { name: /^Show all/ }).waitFor();
    const item = (await todayItems()).find((i) => i.contact?.id === last.id && i.source === 'cadence')!;
    await page.locator(`[data-followup="${item.id}"]`).getByRole('button', { name: /^Done:/ }).click();
    const how = page.getByRole('dialog').filter({ hasText: 'How did you get in touch?' });
    await how.getByLabel('Kind', { exact: true }).first().click();
    await how.getByRole('option', { name: 'Call', exact: true }).click();
    await how.getByRole('button', { name: 'Mark done' }).click();
    const moved = upcoming.locator(`[data-followup="${item.id}"]`);
    await moved.waitFor();
    expect(await moved.isVisible()).toBe(true);
    expect(await upcoming.getByRole('button', { name: /^Show all/ }).count()).toBe(1);
    expect(await upcoming.locator('[data-followup]').count()).toBe(9);
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, 'today-fresh-after-fold-390');
  });
});
