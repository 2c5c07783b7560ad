import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, BrowserContext, Locator, Page } from 'playwright-core';
import { openApp, snap, type OpenApp, type RunningServer } from './harness';

/**
 * Events after the happy path, through the real UI: an event that is over (what can still change,
 * and until when attendance can be corrected), a walk-in at the door (asked at the door, by
 * keyboard, on a phone; minors never asked), and a weekly series edited and cancelled in parts.
 */
let app: OpenApp;
let server: RunningServer;
let coordinator: BrowserContext;
let page: Page;
let programId = '';
let mia: BrowserContext;
let doorNightId = '';

const H = 3_600_000;
const D = 24 * H;

beforeAll(async () => {
  app = await openApp({ timezoneId: 'UTC', locale: 'en-GB', timeout: 15_000 });
  ({ server, context: coordinator, page } = app);
});
afterAll(async () => {
  await app?.close();
});

async function callAs<T>(request: APIRequestContext, method: 'GET' | 'POST' | 'DELETE', path: string, data?: unknown): Promise<T> {
  const me = await request.get(`${server.url}/api/v1/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await request.fetch(`${server.url}/api/v1${path}`, { method, data, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return (res.status() === 204 ? null : res.json()) as Promise<T>;
}
async function signUp(request: APIRequestContext, name: string, email: string) {
  const res = await request.post(`${server.url}/api/v1/auth/signup`, { data: { email, password: 'a sturdy passphrase', name, timezone: 'UTC' } });
  expect(res.status()).toBe(201);
}
/** A member joins through the e-mailed invitation (setup, not under test). */
async function join(member: APIRequestContext, email: string, isMinor = false) {
  await callAs(coordinator.request, 'POST', `/programs/${programId}/invitations`, { email, role: 'mentee', isMinor });
  const mails = await callAs<{ items: { id: string; to: string }[] }>(coordinator.request, 'GET', '/mail?limit=50');
  const { eml } = await callAs<{ eml: string }>(coordinator.request, 'GET', `/mail/${mails.items.find((m) => m.to === email)!.id}`);
  const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(eml.replace(/=\r?\n/g, ''))![1]!;
  await callAs(member, 'POST', `/invitations/${token}/accept`);
}
/** An event `startIn` ms from now (negative: in the past), to the millisecond as an API client would send it. */
async function eventAt(title: string, startIn: number) {
  const startsAt = new Date(Date.now() + startIn);
  return callAs<{ id: string; startsAt: string; location: string }>(coordinator.request, 'POST', `/programs/${programId}/events`, {
    title, kind: 'mixer', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * H).toISOString(), timeZone: 'UTC', location: 'Union hall',
  });
}
/** Before a screenshot of a dialog: wait (polling, no fixed sleep) until its open transition has finished. */
async function settled(dialog: Locator) {
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el.closest('.mantine-Modal-content') ?? el).opacity)).toBe('1');
}
type Row = { name: string; checkedIn: boolean; walkIn: boolean; listed: boolean };
const attendance = async (eventId: string) =>
  (await callAs<{ items: Row[] }>(coordinator.request, 'GET', `/events/${eventId}/attendance?show=everyone`)).items;
const eventNow = (id: string) => callAs<{ title: string; startsAt: string; location: string | null; status: string }>(coordinator.request, 'GET', `/events/${id}`);

describe('Events: over, at the door, and in a series', () => {
  it('sets up a program with an adult member and a minor', async () => {
    await signUp(coordinator.request, 'Cora Coordinator', 'cora@example.test');
    const org = await callAs<{ id: string }>(coordinator.request, 'POST', '/organizations', { name: 'Step Up Network' });
    programId = (await callAs<{ id: string }>(coordinator.request, 'POST', `/organizations/${org.id}/programs`, { name: 'Young professionals' })).id;
    mia = await app.newContext({ viewport: { width: 390, height: 844 } });
    await signUp(mia.request, 'Mia Member', 'mia@example.test');
    await join(mia.request, 'mia@example.test');
    const tess = await app.newContext();
    await signUp(tess.request, 'Tess Teen', 'tess@example.test');
    await join(tess.request, 'tess@example.test', true);
    await tess.close();
  });

  it('an event that ended two days ago: says what can still change, takes a title fix, and corrects attendance', async () => {
    const e = await eventAt('Recent mixer', -2 * D - 2 * H);
    await page.goto(`${server.url}/events/${e.id}`);
    await page.getByRole('heading', { name: 'Recent mixer', level: 1 }).waitFor();
    const over = page.getByRole('status').filter({ hasText: 'This event is over' });
    await over.getByText(/time and place are fixed now.*and who came until/).waitFor();
    expect(await page.getByRole('button', { name: 'Cancel event' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit event' });
    await edit.getByRole('note').getByText(/those fields are locked/).waitFor();
    for (const label of ['Starts', 'Ends', 'Location', 'Online link', 'Capacity', 'RSVP deadline']) {
      await expect.poll(() => edit.getByLabel(label).isDisabled(), { message: label }).toBe(true);
    }
    expect(await edit.getByLabel('Title').isEnabled()).toBe(true);
    await settled(edit);
    await snap(page, 'events-lifecycle-ended-edit');
    // The API made this event to the millisecond; saving a title fix must not read as a change of time.
    await edit.getByLabel('Title').fill('Recent mixer (photos inside)');
    await edit.getByLabel('Description').fill('Photos are in the shared folder.');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Recent mixer (photos inside)', level: 1 }).waitFor();
    await edit.waitFor({ state: 'hidden' });
    const saved = await eventNow(e.id);
    expect(saved.title).toBe('Recent mixer (photos inside)');
    expect(saved.startsAt).toBe(e.startsAt);
    expect(saved.location).toBe('Union hall');

    // Attendance is still open to corrections: Mia came without an RSVP.
    await page.getByRole('link', { name: 'Correct attendance' }).click();
    await page.getByRole('heading', { name: 'Attendance', level: 1 }).waitFor();
    await page.getByText('You can still tick someone who came or untick a mistake until', { exact: false }).waitFor();
    await page.getByText('Did not come').waitFor();
    await page.locator('label', { hasText: 'All members' }).click();
    await page.getByRole('checkbox', { name: 'Mia Member' }).click();
    await page.getByRole('dialog', { name: 'Check in Mia Member as a walk-in' }).getByRole('button', { name: 'Check in' }).click();
    await page.getByRole('checkbox', { name: 'Mia Member, checked in' }).waitFor();
    await snap(page, 'events-lifecycle-ended-attendance');
    expect((await attendance(e.id)).find((p) => p.name === 'Mia Member')).toMatchObject({ checkedIn: true, walkIn: true, listed: false });
  });

  it('an event that ended twelve days ago: attendance is final and the list cannot be ticked', async () => {
    const e = await eventAt('Old panel', -12 * D);
    const phone = await app.newContext({ viewport: { width: 390, height: 844 }, storageState: await coordinator.storageState() });
    const p = await phone.newPage();
    p.setDefaultTimeout(15_000);
    await p.goto(`${server.url}/events/${e.id}`);
    await p.getByRole('status').filter({ hasText: 'This event is over' }).getByText(/attendance became final on/).waitFor();
    await p.getByRole('link', { name: 'Attendance' }).click();
    await p.getByRole('heading', { name: 'Attendance', level: 1 }).waitFor();
    await p.getByText('Attendance is final').waitFor();
    await p.locator('label', { hasText: 'All members' }).click();
    const mia = p.getByRole('checkbox', { name: 'Mia Member' });
    await mia.waitFor();
    await expect.poll(() => mia.isDisabled()).toBe(true);
    await snap(p, 'events-lifecycle-final-attendance-phone');
    expect((await attendance(e.id)).every((r) => !r.checkedIn)).toBe(true);
    await phone.close();
  });

  it('at the door on a phone: a walk-in is asked first (Esc backs out, Enter checks in), a minor never is', async () => {
    const e = await eventAt('Door night', H);
    doorNightId = e.id;
    const phone = await app.newContext({ viewport: { width: 390, height: 844 }, storageState: await coordinator.storageState() });
    const door = await phone.newPage();
    door.setDefaultTimeout(15_000);
    await door.goto(`${server.url}/events/${e.id}/check-in`);
    await door.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
    await door.getByLabel('Search by name').fill('mia');
    await door.getByRole('checkbox', { name: 'Mia Member' }).click();
    const ask = door.getByRole('dialog', { name: 'Check in Mia Member as a walk-in' });
    await ask.getByText('Mia Member did not RSVP going. Ask them first:').waitFor();
    await settled(ask);
    await snap(door, 'events-lifecycle-walk-in-phone');
    await door.keyboard.press('Escape');
    await ask.waitFor({ state: 'hidden' });
    await door.getByRole('checkbox', { name: 'Mia Member', exact: true }).waitFor();
    // Backing out returns the focus to her row.
    await expect.poll(() => door.getByRole('checkbox', { name: 'Mia Member', exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);

    // Again, by keyboard only: the switch is turned on with Space, and Enter checks her in.
    await door.getByRole('checkbox', { name: 'Mia Member', exact: true }).click();
    const consent = ask.getByRole('switch', { name: /They agree to be listed/ });
    await consent.focus();
    await door.keyboard.press('Space');
    await expect.poll(() => consent.isChecked()).toBe(true);
    await door.keyboard.press('Enter');
    await ask.waitFor({ state: 'hidden' });
    await door.getByText('Mia Member checked in (walk-in).').waitFor();
    // Her row left with the search; the emptied search field has the focus, for the next person.
    await expect.poll(() => door.getByLabel('Search by name').evaluate((el) => el === document.activeElement && (el as HTMLInputElement).value === '')).toBe(true);
    expect((await attendance(e.id)).find((r) => r.name === 'Mia Member')).toMatchObject({ checkedIn: true, walkIn: true, listed: true });

    // A minor is ticked straight away: nobody asks a teen to be listed to strangers.
    await door.getByLabel('Search by name').fill('tess');
    await door.getByRole('checkbox', { name: 'Tess Teen' }).click();
    await door.getByRole('checkbox', { name: 'Tess Teen, checked in' }).waitFor();
    expect(await door.getByRole('dialog').count()).toBe(0);
    expect((await attendance(e.id)).find((r) => r.name === 'Tess Teen')).toMatchObject({ checkedIn: true, walkIn: true, listed: false });
    await phone.close();
  });

  it('the walk-in changes her mind later, on her own phone', async () => {
    const p = await mia.newPage();
    p.setDefaultTimeout(15_000);
    await p.goto(`${server.url}/events/${doorNightId}`);
    await p.getByText('Checked in', { exact: true }).waitFor();
    const listing = p.getByRole('switch', { name: 'Let others who were there add me to their network' });
    await expect.poll(() => listing.isChecked()).toBe(true);
    await listing.click({ force: true });
    await expect.poll(() => listing.isChecked()).toBe(false);
    await expect.poll(async () => (await attendance(doorNightId)).find((r) => r.name === 'Mia Member')?.listed).toBe(false);
    await p.close();
  });

  it('a refusal from the server stays in the walk-in dialog, in words', async () => {
    const e = await eventAt('Pop-up session', H);
    await page.goto(`${server.url}/events/${e.id}/check-in`);
    await page.getByLabel('Search by name').fill('mia');
    await page.getByRole('checkbox', { name: 'Mia Member' }).click();
    const ask = page.getByRole('dialog', { name: 'Check in Mia Member as a walk-in' });
    await ask.waitFor();
    // Another coordinator cancels the event while this one is at the door.
    await callAs(coordinator.request, 'POST', `/events/${e.id}/cancel`);
    const button = ask.getByRole('button', { name: 'Check in' });
    await button.click();
    const refusal = ask.getByRole('alert');
    await refusal.getByText('This event was cancelled; nobody can be checked in.').waitFor();
    // The refusal has the focus (not the body, as when a focused button goes disabled), and no input can help now:
    // the page has learned the event is cancelled, so the switch and the button stay off.
    await expect.poll(() => refusal.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await expect.poll(() => button.isDisabled()).toBe(true);
    await expect.poll(() => ask.getByRole('switch').isDisabled()).toBe(true);
    await refusal.getByText('No answer changes that; go back to the list.').waitFor();
    await page.getByRole('status').filter({ hasText: 'This event is cancelled' }).waitFor();
    await snap(page, 'events-lifecycle-walk-in-refused');
    await page.keyboard.press('Tab');
    await expect.poll(() => ask.getByRole('button', { name: 'Back' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await ask.waitFor({ state: 'hidden' });
    expect((await attendance(e.id)).some((r) => r.checkedIn)).toBe(false);
  });

  it('a walk-in refused because they left the program: the button waits for a changed answer', async () => {
    const walt = await app.newContext();
    await signUp(walt.request, 'Walt Walker', 'walt@example.test');
    await join(walt.request, 'walt@example.test');
    await walt.close();
    const e = await eventAt('Drop-in hour', H);
    await page.goto(`${server.url}/events/${e.id}/check-in`);
    await page.getByLabel('Search by name').fill('walt');
    await page.getByRole('checkbox', { name: 'Walt Walker' }).click();
    const ask = page.getByRole('dialog', { name: 'Check in Walt Walker as a walk-in' });
    await settled(ask);
    // Removed from the program while the coordinator was asking.
    const { items: people } = await callAs<{ items: { memberId: string; name: string }[] }>(coordinator.request, 'GET', `/events/${e.id}/attendance?q=walt`);
    await callAs(coordinator.request, 'DELETE', `/program-members/${people.find((x) => x.name === 'Walt Walker')!.memberId}`);
    const button = ask.getByRole('button', { name: 'Check in' });
    await button.click();
    const refusal = ask.getByRole('alert');
    await refusal.getByText('Walt Walker is not a member of Young professionals any more.').waitFor();
    await refusal.getByText('Trying again with the same answer would be refused again.').waitFor();
    await expect.poll(() => refusal.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await expect.poll(() => button.isDisabled()).toBe(true);
    // A changed answer may be tried; the refusal stays in view meanwhile. Back to the refused answer: disabled again.
    const consent = ask.getByRole('switch', { name: /They agree to be listed/ });
    await consent.click({ force: true });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await refusal.getByText('The answer changed since; you can try again.').waitFor();
    await consent.click({ force: true });
    await expect.poll(() => button.isDisabled()).toBe(true);
    await consent.click({ force: true });
    await button.click();
    await refusal.getByText('Trying again with the same answer would be refused again.').waitFor();
    await expect.poll(() => button.isDisabled()).toBe(true);
    await ask.getByRole('button', { name: 'Back' }).click();
    await ask.waitFor({ state: 'hidden' });
  });

  it('check-in that has not opened yet says when it will', async () => {
    const e = await eventAt('Next week’s workshop', 7 * D);
    await page.goto(`${server.url}/events/${e.id}/check-in`);
    await page.getByText('Check-in has not opened yet').waitFor();
    await page.getByText(/It opens 24 hours before the event starts, on /).waitFor();
  });

  it('a weekly series: the edit asks first how far it reaches, and cancelling one or the rest is spelled out', async () => {
    await page.goto(`${server.url}/programs/${programId}?tab=events`);
    await page.getByRole('button', { name: /Create an event|New event/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New event' });
    await dialog.getByLabel('Title').fill('Weekly circle');
    await dialog.getByLabel('Starts').fill('2027-03-02T18:00');
    await dialog.getByLabel('Ends').fill('2027-03-02T19:30');
    await dialog.getByLabel('Location').fill('Library');
    await dialog.getByRole('combobox', { name: 'Repeats' }).click();
    await page.getByRole('option', { name: 'Weekly' }).click();
    await dialog.getByLabel('How many times').fill('4');
    await dialog.getByText('Weekly on Tuesday, 4 times').waitFor();
    await dialog.getByRole('button', { name: 'Create event' }).click();
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    await page.getByText('Weekly on Tuesday, 4 times · 1 of 4').waitFor();

    const series = async () =>
      (await callAs<{ items: { id: string; title: string; location: string | null; status: string; series: { position: number } | null }[] }>(coordinator.request, 'GET', `/programs/${programId}/events`)).items
        .filter((x) => x.title === 'Weekly circle')
        .sort((a, b) => a.series!.position - b.series!.position);
    const occ = await series();
    expect(occ).toHaveLength(4);

    await page.goto(`${server.url}/events/${occ[1]!.id}`);
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit event' });
    await edit.getByText('Change which events?').waitFor();
    await edit.getByText('This is 2 of 4 in “Weekly on Tuesday, 4 times”. Events that already happened never change.').waitFor();
    await edit.getByText('This one and the 2 after it').waitFor();
    await edit.getByLabel('All upcoming events of the series').check();
    await edit.getByLabel('Location').fill('Library, room 2');
    await settled(edit);
    await snap(page, 'events-lifecycle-series-edit');
    await edit.getByRole('button', { name: 'Save changes to all upcoming' }).click();
    await edit.waitFor({ state: 'hidden' });
    await page.getByText('Library, room 2').first().waitFor();
    expect((await series()).map((x) => x.location)).toEqual(['Library, room 2', 'Library, room 2', 'Library, room 2', 'Library, room 2']);

    // Mia is going to the third and the fourth: the confirmation counts her, from the server.
    await callAs(mia.request, 'POST', `/events/${occ[2]!.id}/rsvp`, { status: 'going' });
    await callAs(mia.request, 'POST', `/events/${occ[3]!.id}/rsvp`, { status: 'going' });

    // Cancel only the third one, on a phone.
    const phone = await app.newContext({ viewport: { width: 390, height: 844 }, storageState: await coordinator.storageState() });
    const p = await phone.newPage();
    p.setDefaultTimeout(15_000);
    await p.goto(`${server.url}/events/${occ[2]!.id}`);
    await p.getByRole('button', { name: 'Cancel event' }).click();
    const confirm = p.getByRole('dialog', { name: 'Cancel in this series?' });
    await confirm.getByText('It is 3 of 4 in “Weekly on Tuesday, 4 times”. Earlier occurrences stay.').waitFor();
    await confirm.getByText(/^Only this one \(Tue,? 16 Mar 2027\): 1 person going or on the waitlist gets an e-mail, and the event leaves their calendars\.$/).waitFor();
    await confirm.getByText(/^This and later: 2 occurrences, Tue,? 16 Mar 2027 to Tue,? 23 Mar 2027\. 1 person going or on the waitlist gets an e-mail, and the events leave their calendars\.$/).waitFor();
    await confirm.getByRole('button', { name: 'Cancel this and later' }).waitFor();
    await settled(confirm);
    await snap(p, 'events-lifecycle-series-cancel-phone');
    await confirm.getByRole('button', { name: 'Cancel this one only' }).click();
    await p.getByText('Event cancelled; 1 person is being told.').waitFor();
    await p.getByText('This event is cancelled').waitFor();
    expect((await series()).map((x) => x.status)).toEqual(['scheduled', 'scheduled', 'cancelled', 'scheduled']);

    // Then the rest from the second one: the already-cancelled third is not counted again, so it is two (the second and the fourth).
    await p.goto(`${server.url}/events/${occ[1]!.id}`);
    // An edit from there reaches only the fourth besides it, and the form says so (the server counts).
    await p.getByRole('button', { name: 'Edit' }).click();
    const editAgain = p.getByRole('dialog', { name: 'Edit event' });
    await editAgain.getByText('This one and the 1 after it').waitFor();
    await editAgain.getByText('This one and 2 other upcoming ones, earlier ones too, as long as they are still ahead').waitFor();
    await p.keyboard.press('Escape');
    await editAgain.waitFor({ state: 'hidden' });
    await p.getByRole('button', { name: 'Cancel event' }).click();
    await confirm.getByText(/^This and later: 2 occurrences, Tue,? 9 Mar 2027 to Tue,? 23 Mar 2027\. 1 person going/).waitFor();
    await confirm.getByText(/^Only this one \(Tue,? 9 Mar 2027\): Nobody is going or on the waitlist, so nobody is e-mailed\.$/).waitFor();
    await confirm.getByRole('button', { name: 'Cancel this and later' }).click();
    await p.getByText('2 events of the series cancelled; 1 person is being told.').waitFor();
    await p.getByText('This event is cancelled').waitFor();
    expect((await series()).map((x) => x.status)).toEqual(['scheduled', 'cancelled', 'cancelled', 'cancelled']);
    await phone.close();
  });
});
