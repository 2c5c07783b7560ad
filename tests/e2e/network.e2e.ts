import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openApp, signUpInBrowser, snap, type OpenApp, type RunningServer } from './harness';

const fixture = join(new URL('../fixtures/imports/', import.meta.url).pathname, 'linkedin-connections.csv');

let server: RunningServer;
let app: OpenApp;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await openApp({ timezoneId: 'Europe/Berlin', locale: 'en-GB', acceptDownloads: true });
  ({ server, context, page } = app);
});
afterAll(() => app?.close());

const contactRows = () => page.getByRole('list', { name: 'Contacts' }).getByRole('listitem');
const search = async (q: string) => {
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill(q);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
};
const apiGet = async <T>(path: string): Promise<T> => (await context.request.get(`${server.url}/api/v1${path}`)).json() as Promise<T>;

describe('the network in the browser', () => {
  it('signs up and shows an empty network with ways to start', async () => {
    await signUpInBrowser(page, server.url, 'Ada Lovelace', 'ada@example.test');
    await page.getByRole('navigation').getByRole('link', { name: 'Network' }).click();
    await page.getByText('Your network starts here').waitFor();
    expect(await page.getByRole('button', { name: 'Add contact' }).count()).toBeGreaterThan(0);
    await snap(page, 'network-empty');
  });

  it('imports a LinkedIn export through the wizard, with a dry run first', async () => {
    await page.getByRole('link', { name: 'Import contacts' }).click();
    await page.getByRole('heading', { name: 'Import contacts' }).waitFor();
    await page.getByRole('radio', { name: /LinkedIn connections/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('input[type=file]').setInputFiles(fixture);
    // The browser's own preview of the first rows, before anything is uploaded.
    await page.getByRole('table', { name: 'File preview' }).getByText('Northwind Traders').waitFor();
    const summary = page.getByTestId('dry-run-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^6 will be created, 0 merged, 3 skipped/);
    // Nothing was written by the dry run.
    expect((await apiGet<{ total: number }>('/contacts')).total).toBe(0);
    await snap(page, 'import-dry-run');
    await page.getByRole('button', { name: 'Import 6 contacts' }).click();
    // The outcome, success or a refusal, is an alert; its text says which.
    await page.getByText('Import finished').or(page.getByRole('alert')).first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').allTextContents()).toContainEqual(expect.stringContaining('Import finished'));
    expect(await page.getByTestId('stat-created').textContent()).toBe('6');
    expect(await page.getByTestId('stat-merged').textContent()).toBe('0');
    expect(await page.getByTestId('stat-skipped').textContent()).toBe('3');
    const skipped = page.getByRole('table', { name: 'Skipped rows' });
    expect(await skipped.getByRole('row').filter({ hasText: 'no name or e-mail' }).count()).toBe(2);
    await snap(page, 'import-report');
    await page.getByRole('link', { name: 'View your contacts' }).click();
    await page.getByText('6 contacts').waitFor();
    await expect.poll(() => contactRows().count()).toBe(6);
    await snap(page, 'network-list');
  });

  it('finds a contact by name and by company', async () => {
    await search('priya');
    await expect.poll(() => contactRows().count()).toBe(1);
    expect(await contactRows().first().textContent()).toContain('Priya Raman');
    await search('Contoso');
    await expect.poll(() => contactRows().allTextContents()).toEqual([expect.stringContaining('Wei Zhang')]);
    await search('nobody-by-this-name');
    await page.getByText('No contacts match').waitFor();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => contactRows().count()).toBe(6);
  });

  it('opens a contact and logs a coffee with the keyboard shortcut', async () => {
    await search('Priya');
    await expect.poll(() => contactRows().count()).toBe(1);
    await contactRows().getByRole('link', { name: 'Priya Raman' }).click();
    await page.getByRole('heading', { name: 'Priya Raman', level: 2 }).waitFor();
    await page.getByText('Senior Product Manager @ Northwind Traders').first().waitFor();
    const lastContact = page.getByRole('term').filter({ hasText: 'Last contact' }).locator('xpath=following-sibling::dd[1]');
    expect(await lastContact.textContent()).toBe('Never');
    await page.getByText('No interactions yet.', { exact: false }).waitFor();

    await page.keyboard.press('Control+I');
    const dialog = page.getByRole('dialog', { name: 'Log interaction' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Kind', { exact: true }).inputValue()).toBe('Coffee');
    const people = dialog.getByLabel('People', { exact: true });
    await people.fill('Raman');
    await page.getByRole('option', { name: /Priya Raman/ }).click();
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Talked about the product role at Northwind.');
    await dialog.getByLabel('Topics', { exact: true }).fill('product management');
    await dialog.getByLabel('Topics', { exact: true }).press('Enter');
    await page.waitForTimeout(300);
    await snap(page, 'log-interaction');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Coffee logged').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Talked about the product role at Northwind.').waitFor();
    expect(await timeline.getByText('Coffee', { exact: true }).count()).toBe(1);
    expect(await timeline.getByText('product management').count()).toBe(1);
    await expect.poll(() => lastContact.textContent()).toBe('today');
    await snap(page, 'contact-page');
  });

  it('edits the logged coffee from the timeline, with a message for a missing time', async () => {
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('button', { name: /^Edit coffee of / }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit coffee' });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe('Talked about the product role at Northwind.');
    await expect.poll(() => dialog.getByText('Priya Raman').count()).toBeGreaterThan(0);
    await dialog.getByLabel('When').fill('');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByText('Enter a date and time').waitFor();

    await dialog.getByLabel('When').fill('2026-11-20T12:30');
    await dialog.getByLabel('Kind', { exact: true }).click();
    await page.getByRole('option', { name: 'Lunch', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Lunch instead: the product role, and mentoring.');
    await dialog.getByLabel('Topics', { exact: true }).fill('mentoring');
    await dialog.getByLabel('Topics', { exact: true }).press('Enter');
    await page.waitForTimeout(300);
    await snap(page, 'edit-interaction');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Lunch updated').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await timeline.getByText('Lunch instead: the product role, and mentoring.').waitFor();
    expect(await timeline.getByText('Lunch', { exact: true }).count()).toBe(1);
    expect(await timeline.getByText('Coffee', { exact: true }).count()).toBe(0);
    const stored = await apiGet<{ items: { kind: string; occurredAt: string; topics: string[] }[] }>('/interactions');
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]).toMatchObject({ kind: 'lunch', topics: ['product management', 'mentoring'] });
    // 12:30 in Berlin (the browser's zone) on 20 November is 11:30 UTC.
    expect(stored.items[0]!.occurredAt).toBe('2026-11-20T11:30:00.000Z');
  });

  it('deletes the lunch from the timeline and takes it back with Undo: the keep-in-touch date moves back too', async () => {
    type Fu = { id: string; dueDate: string };
    const contactId = new URL(page.url()).pathname.split('/').pop()!;
    const cadence = async () => (await apiGet<{ items: Fu[] }>(`/follow-ups?contactId=${contactId}&source=cadence&status=open`)).items[0];
    const before = await cadence();
    const lastBefore = (await apiGet<{ lastContactedAt: string | null }>(`/contacts/${contactId}`)).lastContactedAt;
    expect(lastBefore).toBe('2026-11-20T11:30:00.000Z');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('button', { name: /^Delete lunch of / }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('Interaction deleted').waitFor();
    await expect.poll(() => timeline.getByText('Lunch instead: the product role, and mentoring.').count()).toBe(0);
    expect((await apiGet<{ items: unknown[] }>('/interactions')).items).toHaveLength(0);
    expect((await apiGet<{ lastContactedAt: string | null }>(`/contacts/${contactId}`)).lastContactedAt).toBeNull();
    await snap(page, 'interaction-deleted-undo');
    await page.getByRole('button', { name: /^Undo delete: lunch of / }).click();
    await page.getByText('Restored').waitFor();
    await timeline.getByText('Lunch instead: the product role, and mentoring.').waitFor();
    expect((await apiGet<{ lastContactedAt: string | null }>(`/contacts/${contactId}`)).lastContactedAt).toBe(lastBefore);
    expect(await cadence()).toEqual(before);
  });

  it('keeps the import in the history with its report', async () => {
    await page.goto(`${server.url}/network/import`);
    const history = page.getByRole('region', { name: 'Earlier imports' });
    const entry = history.getByRole('button', { name: /^Import of linkedin-connections\.csv/ });
    await entry.waitFor();
    expect(await history.getByText('6 created').count()).toBe(1);
    await entry.click();
    await history.getByRole('table', { name: 'Skipped rows' }).waitFor();
    await snap(page, 'import-history');
  });

  it('merges a hand-made duplicate on the duplicates screen', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Network' }).click();
    await page.getByRole('button', { name: 'Add contact' }).first().click();
    const form = page.getByRole('dialog', { name: 'Add contact' });
    await form.getByRole('textbox', { name: 'Given name' }).fill('Pria');
    await form.getByRole('textbox', { name: 'Family name' }).fill('Ramen');
    await form.getByRole('button', { name: 'Add e-mail' }).click();
    await form.getByRole('textbox', { name: 'E-mail 1', exact: true }).fill('not an address');
    await form.getByRole('button', { name: 'Add contact' }).click();
    await form.getByText('Enter a valid e-mail address').waitFor();
    await form.getByRole('textbox', { name: 'E-mail 1', exact: true }).fill('Priya.Raman@example.com');
    await form.getByRole('textbox', { name: 'Birthday' }).fill('--04-15');
    await page.waitForTimeout(300);
    await snap(page, 'add-contact');
    await form.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('heading', { name: 'Pria Ramen', level: 2 }).waitFor();
    await page.getByText('15 April').waitFor();
    expect((await apiGet<{ total: number }>('/contacts?q=priya.raman')).total).toBe(2);

    await page.goto(`${server.url}/network/duplicates`);
    const pairs = page.getByRole('list', { name: 'Duplicate pairs' }).getByRole('listitem');
    await expect.poll(() => pairs.count()).toBe(1);
    expect(await pairs.first().textContent()).toContain('same e-mail');
    await snap(page, 'duplicates');
    await pairs.first().getByRole('button', { name: /Review/ }).click();
    const merge = page.getByRole('dialog', { name: 'Merge contacts' });
    await merge.getByText('Nothing is lost').waitFor();
    await merge.getByRole('radio', { name: 'Keep Priya Raman' }).check();
    await page.waitForTimeout(300);
    await snap(page, 'merge');
    await merge.getByRole('button', { name: 'Merge into Priya Raman' }).click();
    await page.getByText('Contacts merged').waitFor();
    await page.getByText('No likely duplicates').waitFor();

    const after = await apiGet<{ total: number; items: { displayName: string; birthday: string | null }[] }>('/contacts?q=priya.raman');
    expect(after.total).toBe(1);
    expect(after.items[0]!.displayName).toBe('Priya Raman');
    // The yearless birthday only the duplicate had survived the merge.
    expect(after.items[0]!.birthday).toBe('--04-15');
  });

  it('exports the contacts as a vCard file', async () => {
    await page.goto(`${server.url}/network`);
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Contacts as vCard' }).click()]);
    const path = await download.path();
    const vcf = readFileSync(path, 'utf8');
    expect(vcf).toContain('BEGIN:VCARD');
    expect(vcf).toContain('FN:Priya Raman');
    expect(vcf.match(/BEGIN:VCARD/g)?.length).toBe(6);
  });

  it('works on a phone: cards stack and the contact page reads top to bottom', async () => {
    const phone = await app.newContext({ viewport: { width: 390, height: 844 }, storageState: await context.storageState() });
    const p = await phone.newPage();
    p.setDefaultTimeout(10_000);
    await p.goto(`${server.url}/network`);
    await p.getByText('6 contacts').waitFor();
    await snap(p, 'phone-network-list');
    await p.getByRole('link', { name: 'Priya Raman' }).click();
    await p.getByRole('heading', { name: 'Priya Raman', level: 2 }).waitFor();
    await snap(p, 'phone-contact');
    await p.getByRole('button', { name: 'Log interaction' }).first().click();
    await p.getByRole('dialog', { name: 'Log interaction' }).waitFor();
    await p.waitForTimeout(400); // let the modal finish sliding in before the screenshot
    await snap(p, 'phone-log-interaction');
    await phone.close();
  });

  it('will not merge two contacts whose e-mails together exceed the limit, and says how to fix it', async () => {
    const { csrfToken } = await apiGet<{ csrfToken: string }>('/me');
    const send = async (method: 'post' | 'patch', path: string, data: unknown) => {
      const res = await context.request[method](`${server.url}/api/v1${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return res.json() as Promise<{ id: string }>;
    };
    const mails = (who: string, n: number) => Array.from({ length: n }, (_, i) => ({ label: null, value: `${who}${i}@example.test` }));
    const one = await send('post', '/contacts', { displayName: 'Max Many', emails: mails('max', 12) });
    const two = await send('post', '/contacts', { displayName: 'Max Many', emails: [{ label: null, value: 'max0@example.test' }, ...mails('other', 10)] });

    await page.goto(`${server.url}/network/duplicates`);
    const pair = page.getByRole('list', { name: 'Duplicate pairs' }).getByRole('listitem').filter({ hasText: 'Max Many' });
    await pair.getByRole('button', { name: /Review/ }).click();
    const merge = page.getByRole('dialog', { name: 'Merge contacts' });
    await merge.getByText('Too much for one contact').waitFor();
    await merge.getByText('Together they have 22 e-mail addresses; a contact keeps at most 20. Remove 2 from one of them first.').waitFor();
    expect(await merge.getByRole('button', { name: 'Merge into Max Many' }).isDisabled()).toBe(true);
    await page.waitForTimeout(300);
    await snap(page, 'merge-over-limits');

    // Trimmed to fit, the same pair merges.
    await merge.getByRole('button', { name: 'Cancel' }).click();
    await send('patch', `/contacts/${two.id}`, { emails: [{ label: null, value: 'max0@example.test' }, ...mails('other', 8)] });
    await page.reload();
    await pair.getByRole('button', { name: /Review/ }).click();
    // The dialog is drawn (its reassurance shows) before the warning's absence means anything.
    await merge.getByText('Nothing is lost').waitFor();
    expect(await merge.getByText('Too much for one contact').count()).toBe(0);
    await merge.getByRole('radio', { name: 'Keep Max Many' }).first().check();
    await merge.getByRole('button', { name: 'Merge into Max Many' }).click();
    await page.getByText('Contacts merged').waitFor();
    const left = await apiGet<{ items: { id: string; emails: unknown[] }[] }>('/contacts?q=max%20many');
    expect(left.items).toHaveLength(1);
    expect(left.items[0]!.emails).toHaveLength(20);
    expect([one.id, two.id]).toContain(left.items[0]!.id);
  });
});
