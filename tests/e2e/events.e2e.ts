import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { openApp, snap, type OpenApp, type RunningServer } from './harness';

/**
 * Events through the real UI: a coordinator creates an event on the program's Events tab, a member
 * RSVPs (opting in to be listed) and downloads the invite, the coordinator checks both in on a phone,
 * the member adds the coordinator from "People you met" to their network, and a second event is
 * cancelled after a confirmation.
 */
let app: OpenApp;
let server: RunningServer;
let coordinator: BrowserContext;
let page: Page;
let member: BrowserContext;
let memberPage: Page;
let programId = '';
let eventId = '';

beforeAll(async () => {
  app = await openApp({ timezoneId: 'UTC', locale: 'en-GB', acceptDownloads: true });
  ({ server, context: coordinator, page } = app);
  memberPage = await app.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  member = memberPage.context();
});
afterAll(async () => {
  await app?.close();
});

async function callAs<T>(request: APIRequestContext, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const me = await request.get(`${server.url}/api/v1/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await request.fetch(`${server.url}/api/v1${path}`, { method, data, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json() as Promise<T>;
}
async function signUp(request: APIRequestContext, name: string, email: string) {
  const res = await request.post(`${server.url}/api/v1/auth/signup`, { data: { email, password: 'a sturdy passphrase', name, timezone: 'UTC' } });
  expect(res.status()).toBe(201);
}
/** Wall-clock "YYYY-MM-DDTHH:mm" in UTC, for a datetime-local field, `minutes` from now (rounded to the minute). */
const localIn = (minutes: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 + minutes * 60_000).toISOString().slice(0, 16);

describe('Events: create, RSVP, invite, check-in, people met, cancel', () => {
  it('a coordinator creates an event from the program’s Events tab, with per-field errors first', async () => {
    await signUp(coordinator.request, 'Cora Coordinator', 'cora@example.test');
    const org = await callAs<{ id: string }>(coordinator.request, 'POST', '/organizations', { name: 'Step Up Network' });
    programId = (await callAs<{ id: string }>(coordinator.request, 'POST', `/organizations/${org.id}/programs`, { name: 'Young professionals' })).id;

    await page.goto(`${server.url}/programs/${programId}`);
    await page.getByRole('tab', { name: 'Events' }).click();
    await page.getByRole('heading', { name: 'No upcoming events' }).waitFor();
    await page.getByRole('button', { name: 'Create an event' }).click();
    const dialog = page.getByRole('dialog', { name: 'New event' });
    await dialog.getByLabel('Title').fill('Summer mixer');
    await dialog.getByLabel('Starts').fill(localIn(60));
    await dialog.getByLabel('Ends').fill(localIn(30));
    await dialog.getByRole('button', { name: 'Create event' }).click();
    await dialog.getByText('The end must be after the start').waitFor();
    await dialog.getByText('Give a location, an online link, or both').waitFor();
    // The first field in error has the focus, so a keyboard (or a phone) lands where the fix is.
    await expect.poll(() => dialog.getByLabel('Ends').evaluate((el) => el === document.activeElement)).toBe(true);
    await dialog.getByLabel('Ends').fill(localIn(180));
    await dialog.getByLabel('Location').fill('Rooftop, 12 Main St');
    await dialog.getByLabel('Capacity').fill('20');
    await dialog.getByRole('button', { name: 'Create event' }).click();
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    eventId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: 'Summer mixer', level: 1 }).waitFor();
    await page.getByText('0 of 20 taken').waitFor();
    // The coordinator goes too, and agrees to be listed.
    await page.getByLabel('List me under “People you met” for other attendees').check();
    await page.getByRole('button', { name: 'I’m going' }).click();
    await page.getByText('Going', { exact: true }).first().waitFor();
  });

  it('a member RSVPs going, opted in to be listed, and downloads the calendar invite', async () => {
    await signUp(member.request, 'Mia Member', 'mia@example.test');
    await callAs(coordinator.request, 'POST', `/programs/${programId}/invitations`, { email: 'mia@example.test', role: 'mentee' });
    const mails = await callAs<{ items: { id: string; to: string }[] }>(coordinator.request, 'GET', '/mail?limit=50');
    const { eml } = await callAs<{ eml: string }>(coordinator.request, 'GET', `/mail/${mails.items.find((m) => m.to === 'mia@example.test')!.id}`);
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(eml.replace(/=\r?\n/g, ''))![1]!;
    await callAs(member.request, 'POST', `/invitations/${token}/accept`);

    await memberPage.goto(`${server.url}/events`);
    await memberPage.getByRole('heading', { name: 'Nothing planned yet' }).waitFor();
    await memberPage.goto(`${server.url}/programs/${programId}?tab=events`);
    await memberPage.getByRole('link', { name: /Summer mixer/ }).click();
    await memberPage.getByLabel('List me under “People you met” for other attendees').check();
    await memberPage.getByRole('button', { name: 'I’m going' }).click();
    await memberPage.getByText('2 of 20 taken').waitFor();
    const [download] = await Promise.all([memberPage.waitForEvent('download'), memberPage.getByRole('link', { name: 'Add to calendar (.ics)' }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:event-${eventId}@`);
    expect(ics).toMatch(/ATTENDEE;[^\r\n]*PARTSTAT=ACCEPTED/);
    await memberPage.goto(`${server.url}/events`);
    await memberPage.getByRole('link', { name: /Summer mixer/ }).waitFor();
    await snap(memberPage, 'events-member-my-events');
  });

  it('the coordinator checks people in on a phone, and undoes a mistaken tick', async () => {
    const phone = await app.newContext({ viewport: { width: 390, height: 844 }, storageState: await coordinator.storageState() });
    const door = await phone.newPage();
    door.setDefaultTimeout(10_000);
    await door.goto(`${server.url}/events/${eventId}/check-in`);
    await door.getByRole('heading', { name: 'Check-in' }).waitFor();
    await door.getByRole('checkbox', { name: 'Mia Member' }).click();
    await door.getByRole('checkbox', { name: 'Mia Member, checked in' }).waitFor();
    // A mistaken tick is undone from the notification.
    await door.getByRole('checkbox', { name: 'Cora Coordinator' }).click();
    await door.locator('.mantine-Notification-root', { hasText: 'Cora Coordinator checked in' }).getByRole('button', { name: 'Undo' }).click();
    await door.getByRole('checkbox', { name: 'Cora Coordinator', exact: true }).waitFor();
    await door.getByRole('checkbox', { name: 'Cora Coordinator', exact: true }).click();
    await door.getByRole('checkbox', { name: 'Cora Coordinator, checked in' }).waitFor();
    await door.getByLabel('Search by name').fill('mia');
    await door.getByRole('checkbox', { name: 'Mia Member, checked in' }).waitFor();
    // The search runs on the server: the list narrows once its answer is in.
    await door.getByRole('checkbox', { name: /Cora Coordinator/ }).waitFor({ state: 'detached' });
    expect(await door.getByRole('checkbox').count()).toBe(1);
    await snap(door, 'events-check-in-phone');
    // By keyboard: Space on a row unticks it and the focus stays on the row, not dropped to the page.
    const miaRow = door.getByRole('checkbox', { name: /^Mia Member/ });
    await miaRow.focus();
    await door.keyboard.press('Space');
    await door.getByRole('checkbox', { name: 'Mia Member', exact: true }).waitFor();
    await expect.poll(() => miaRow.evaluate((el) => el === document.activeElement)).toBe(true);
    // Ticked again from the search: the search is cleared for the next person, and has the focus.
    await door.keyboard.press('Space');
    await door.getByRole('checkbox', { name: 'Mia Member, checked in' }).waitFor();
    await expect.poll(() => door.getByLabel('Search by name').evaluate((el) => el === document.activeElement && (el as HTMLInputElement).value === '')).toBe(true);
    await phone.close();
  });

  it('the member adds the coordinator from “People you met” to their network', async () => {
    await memberPage.goto(`${server.url}/events/${eventId}`);
    await memberPage.getByRole('heading', { name: 'People you met at Summer mixer' }).waitFor();
    await memberPage.getByLabel('Cora Coordinator').check();
    await memberPage.getByRole('button', { name: 'Add 1 to my network' }).click();
    await memberPage.getByText('Added to your network').waitFor();
    await memberPage.getByText('In your network').waitFor();
    await memberPage.goto(`${server.url}/network`);
    await memberPage.getByText('Cora Coordinator').first().waitFor();
  });

  it('cancelling asks first, then marks the event cancelled', async () => {
    const other = await callAs<{ id: string }>(coordinator.request, 'POST', `/programs/${programId}/events`, {
      title: 'Autumn panel', kind: 'panel', startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), endsAt: new Date(Date.now() + 7 * 86_400_000 + 7_200_000).toISOString(), timeZone: 'UTC', location: 'Library',
    });
    await memberPage.goto(`${server.url}/events/${other.id}`);
    await memberPage.getByRole('button', { name: 'I’m going' }).click();
    await memberPage.getByText('1 of', { exact: false }).or(memberPage.getByText('1 going, no limit')).first().waitFor();
    await page.goto(`${server.url}/events/${other.id}`);
    await page.getByRole('button', { name: 'Cancel event' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancel this event?' });
    await confirm.getByText('1 person going or on the waitlist gets an e-mail, and the event leaves their calendars.').waitFor();
    await confirm.getByRole('button', { name: 'Cancel event' }).click();
    await page.getByText('This event is cancelled').waitFor();
    const mails = await callAs<{ items: { subject: string }[] }>(member.request, 'GET', '/mail?limit=50');
    expect(mails.items.map((m) => m.subject)).toContain('Cancelled: Autumn panel');
    await snap(page, 'events-cancelled');
  });

  it('a full event puts the member on the waitlist and says their place; they go up when a seat frees', async () => {
    const when = Date.now() + 9 * 86_400_000;
    const full = await callAs<{ id: string }>(coordinator.request, 'POST', `/programs/${programId}/events`, {
      title: 'Resume clinic', kind: 'workshop', startsAt: new Date(when).toISOString(), endsAt: new Date(when + 3_600_000).toISOString(), timeZone: 'UTC', location: 'Room 4', capacity: 1,
    });
    await callAs(coordinator.request, 'POST', `/events/${full.id}/rsvp`, { status: 'going' });
    await memberPage.goto(`${server.url}/events/${full.id}`);
    await memberPage.getByRole('button', { name: 'Join the waitlist' }).click();
    await memberPage.getByText('On the waitlist · no. 1').first().waitFor();
    await memberPage.getByText('You’re next on the waitlist: the next place that opens up is yours, and we’ll tell you.').waitFor();
    await snap(memberPage, 'events-waitlist-place');
    // The coordinator gives the seat back: the member is going, and no place is shown any more.
    await callAs(coordinator.request, 'POST', `/events/${full.id}/rsvp`, { status: 'not_going' });
    await memberPage.reload();
    await memberPage.getByText('Going', { exact: true }).first().waitFor();
    expect(await memberPage.getByTestId('waitlist-place').count()).toBe(0);
  });
});

describe('Events: a series, on a phone', () => {
  it('a coordinator creates a monthly series, edits this and the following, and cancels the rest', async () => {
    const phone = await app.newContext({ viewport: { width: 390, height: 844 }, storageState: await coordinator.storageState() });
    const p = await phone.newPage();
    p.setDefaultTimeout(10_000);
    await p.goto(`${server.url}/programs/${programId}?tab=events`);
    await p.getByRole('button', { name: /Create an event|New event/ }).first().click();
    const dialog = p.getByRole('dialog', { name: 'New event' });
    await dialog.getByLabel('Title').fill('Regional meet-up');
    await dialog.getByLabel('Starts').fill('2027-09-14T18:30');
    await dialog.getByLabel('Ends').fill('2027-09-14T20:30');
    await dialog.getByLabel('Location').fill('Union hall');
    await dialog.getByRole('combobox', { name: 'Repeats' }).click();
    await p.getByRole('option', { name: 'Monthly' }).click();
    await dialog.getByText('Monthly on the 2nd Tuesday, 6 times').waitFor();
    await dialog.getByText(/Tue 12 Oct 2027, 18:30/).waitFor();
    // An end date before the second one is refused by the server, on the field.
    await dialog.getByRole('combobox', { name: 'Series ends' }).click();
    await p.getByRole('option', { name: 'On a date' }).click();
    await dialog.getByLabel('Last date').fill('2027-09-20');
    await dialog.getByRole('button', { name: 'Create event' }).click();
    await dialog.getByText('That repeats only once; choose a later end date').waitFor();
    await dialog.getByRole('combobox', { name: 'Series ends' }).click();
    await p.getByRole('option', { name: 'After a number of times' }).click();
    await dialog.getByLabel('How many times').fill('4');
    await dialog.getByText('Monthly on the 2nd Tuesday, 4 times').scrollIntoViewIfNeeded();
    await snap(p, 'events-series-form-phone');
    await dialog.getByRole('button', { name: 'Create event' }).click();
    await p.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    await p.getByText('Monthly on the 2nd Tuesday, 4 times · 1 of 4').waitFor();
    await snap(p, 'events-series-event-phone');

    const list = await callAs<{ items: { id: string; title: string; series: { position: number } | null }[] }>(coordinator.request, 'GET', `/programs/${programId}/events`);
    const series = list.items.filter((e) => e.series);
    expect(series.map((e) => e.series!.position)).toEqual([1, 2, 3, 4]);
    await p.goto(`${server.url}/events/${series[1]!.id}`);
    await p.getByRole('button', { name: 'Edit' }).click();
    const edit = p.getByRole('dialog', { name: 'Edit event' });
    await edit.getByLabel('Title').fill('Regional meet-up (autumn)');
    await edit.getByLabel('This and the following events of the series').check();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await p.getByRole('heading', { name: 'Regional meet-up (autumn)', level: 1 }).waitFor();
    const after = await callAs<{ items: { title: string; series: unknown }[] }>(coordinator.request, 'GET', `/programs/${programId}/events`);
    expect(after.items.filter((e) => e.series).map((e) => e.title)).toEqual(['Regional meet-up', 'Regional meet-up (autumn)', 'Regional meet-up (autumn)', 'Regional meet-up (autumn)']);

    await p.getByRole('button', { name: 'Cancel event' }).click();
    const confirm = p.getByRole('dialog', { name: 'Cancel in this series?' });
    // The server counts what goes: this one and the two after it, and nobody has RSVPed.
    await confirm.getByText(/^This and later: 3 occurrences, .+ to .+\. Nobody is going or on the waitlist, so nobody is e-mailed\.$/).waitFor();
    await confirm.getByRole('button', { name: 'Cancel this and later' }).click();
    await p.getByText('This event is cancelled').waitFor();
    const cancelled = await callAs<{ items: { status: string; series: unknown }[] }>(coordinator.request, 'GET', `/programs/${programId}/events`);
    expect(cancelled.items.filter((e) => e.series).map((e) => e.status)).toEqual(['scheduled', 'cancelled', 'cancelled', 'cancelled']);
    await phone.close();
  });
});
