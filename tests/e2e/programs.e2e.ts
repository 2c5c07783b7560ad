import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { openApp, signUpInBrowser, snap, type OpenApp, type RunningServer } from './harness';

let app: OpenApp;
let server: RunningServer;
let coordinator: BrowserContext;
let page: Page;
let mentorPage: Page;
let programId = '';
let cohortId = '';
/** The adult mentee's browser context, kept open for the mentorship the match becomes. */
let adultContext: BrowserContext;

beforeAll(async () => {
  app = await openApp({ timezoneId: 'UTC', locale: 'en-GB' });
  ({ server, context: coordinator, page } = app);
  mentorPage = await app.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await app?.close();
});

/** JSON calls as whoever the request context is signed in as. */
async function callAs<T>(request: APIRequestContext, method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, data?: unknown): Promise<T> {
  const me = await request.get(`${server.url}/api/v1/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await request.fetch(`${server.url}/api/v1${path}`, { method, data, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json() as Promise<T>;
}
const signUp = async (request: APIRequestContext, name: string) => {
  const email = `${name.split(' ')[0]!.toLowerCase()}@example.test`;
  const res = await request.post(`${server.url}/api/v1/auth/signup`, { data: { email, password: 'a sturdy passphrase', name } });
  expect(res.status()).toBe(201);
  return email;
};
/** The invitation link, read from the coordinator's sent mail (the outbox .eml, quoted-printable undone). */
async function invitationLink(to: string): Promise<string> {
  const mails = await callAs<{ items: { id: string; to: string }[] }>(coordinator.request, 'GET', '/mail?limit=50');
  const mail = mails.items.find((m) => m.to === to)!;
  const { eml } = await callAs<{ eml: string }>(coordinator.request, 'GET', `/mail/${mail.id}`);
  const link = /http:\/\/[^\s]+\/invitations\/[A-Za-z0-9_-]+/.exec(eml.replace(/=\r?\n/g, ''))?.[0];
  expect(link).toBeTruthy();
  return new URL(link!).pathname;
}
/** A participant made through the API to keep the spec short: invited by the coordinator, accepted, profile filled. */
async function participant(name: string, role: 'mentee', profile: object, minor: boolean) {
  const ctx = await app.browser.newContext();
  const email = await signUp(ctx.request, name);
  await callAs(coordinator.request, 'POST', `/programs/${programId}/invitations`, { email, role, cohortId, isMinor: minor });
  const token = (await invitationLink(email)).split('/').pop()!;
  await callAs(ctx.request, 'POST', `/invitations/${token}/accept`);
  const p = await callAs<{ myMemberships: { id: string; role: string }[] }>(ctx.request, 'GET', `/programs/${programId}`);
  const memberId = p.myMemberships.find((m) => m.role === role)!.id;
  await callAs(ctx.request, 'PATCH', `/program-members/${memberId}`, profile);
  return { ctx, memberId };
}

describe('Programs: from an organisation to published matches', () => {
  it('a coordinator creates an organisation, a teen program and a cohort', async () => {
    await signUpInBrowser(page, server.url, 'Cora Coordinator', 'cora@example.test');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Programs' }).click();
    await page.getByRole('heading', { name: 'No programs yet' }).waitFor();
    await page.getByRole('button', { name: 'Create your first program' }).click();
    const dialog = page.getByRole('dialog', { name: 'New program' });
    await dialog.getByRole('button', { name: 'Create program' }).click();
    await dialog.getByText('Name the organisation').waitFor();
    await dialog.getByLabel('Organisation').fill('Women in Tech Network');
    await dialog.getByLabel('Program name').fill('Teen after-school');
    await dialog.getByLabel('Participants are minors').check();
    await dialog.getByRole('button', { name: 'Create program' }).click();
    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
    programId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: 'Teen after-school', level: 1 }).waitFor();

    const cohortForm = page.getByRole('form', { name: 'Add a cohort' });
    await cohortForm.getByLabel('Cohort name').fill('Spring 2027');
    await cohortForm.getByLabel('Starts').fill('2027-02-01');
    await cohortForm.getByLabel('Ends').fill('2027-01-01');
    await cohortForm.getByRole('button', { name: 'Add cohort' }).click();
    await cohortForm.getByText('The end date must be on or after the start date').waitFor();
    await cohortForm.getByLabel('Ends').fill('2027-06-30');
    await cohortForm.getByRole('button', { name: 'Add cohort' }).click();
    await page.getByRole('cell', { name: 'Spring 2027' }).waitFor();
    cohortId = (await callAs<{ cohorts: { id: string }[] }>(coordinator.request, 'GET', `/programs/${programId}`)).cohorts[0]!.id;
  });

  it('invites a mentor by e-mail, who accepts the link and applies', async () => {
    const mentorEmail = 'sam@example.test';
    await page.getByRole('tab', { name: 'People' }).click();
    const invite = page.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('E-mail').fill(mentorEmail);
    await invite.getByLabel('Role', { exact: true }).click();
    await page.getByRole('option', { name: 'Mentor' }).click();
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${mentorEmail}.`).waitFor();
    await page.getByRole('cell', { name: mentorEmail, exact: true }).waitFor();

    // Sam has no account yet: the link's page lets them create one without losing the invitation.
    await mentorPage.goto(`${server.url}${await invitationLink(mentorEmail)}`);
    await mentorPage.getByRole('heading', { name: 'You are invited to a mentoring program' }).waitFor();
    await mentorPage.getByLabel('Your name').fill('Sam Mentor');
    await mentorPage.getByLabel('E-mail').fill(mentorEmail);
    await mentorPage.getByRole('textbox', { name: 'Password' }).fill('a sturdy passphrase');
    await mentorPage.getByRole('button', { name: 'Create account and continue' }).click();
    await mentorPage.getByRole('heading', { name: 'Join Teen after-school' }).waitFor();
    await mentorPage.getByRole('button', { name: 'Accept and join' }).click();
    await mentorPage.waitForURL(`${server.url}/programs/${programId}`);
    const form = mentorPage.getByRole('form', { name: 'Mentor application' });
    await form.getByRole('button', { name: 'Send application' }).click();
    await form.getByText('Motivation is required').waitFor();
    await form.getByLabel('Why do you want to mentor?').fill('My mentors changed my life; I want to pass it on.');
    for (const skill of ['coding', 'robotics']) {
      await form.getByLabel('Skills honed').fill(skill);
      await form.getByLabel('Skills honed').press('Enter');
    }
    await form.getByLabel('Industries').fill('software');
    await form.getByLabel('Industries').press('Enter');
    await form.getByLabel('Availability').fill('Tuesday evenings');
    await form.getByLabel('How many mentees can you take?').fill('2');
    await form.getByRole('button', { name: 'Send application' }).click();
    await form.getByText('Application saved').waitFor();
    await form.getByText('Screening in progress').waitFor();
  });

  it('the coordinator screens the mentor', async () => {
    await page.getByRole('tab', { name: 'Mentors & screening' }).click();
    await page.getByRole('button', { name: 'Screen Sam Mentor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Screening: Sam Mentor' });
    await dialog.getByLabel('Background check', { exact: true }).click();
    await page.getByRole('option', { name: 'Cleared' }).click();
    await dialog.getByLabel('Training completed on').fill('2026-11-02');
    await dialog.getByRole('button', { name: 'Add reference' }).click();
    await dialog.getByLabel('Reference 1', { exact: true }).fill('Ruth Okafor');
    await dialog.getByLabel('Vouched (ok)').check();
    await dialog.getByRole('button', { name: 'Save screening' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Mentor applications' }).getByText('Screened', { exact: true }).waitFor();
    await snap(page, 'programs-screening');
  });

  it('runs the match for the cohort, shows the breakdown, and publishes after confirming', async () => {
    // Two mentees, through the API: a minor with a guardian's consent, and an adult.
    const teen = await participant('Tia Teen', 'mentee', { growthAreas: ['coding', 'robotics'], preferredIndustries: ['software'], languages: ['en'] }, true);
    const adult = await participant('Ada Adult', 'mentee', { growthAreas: ['coding'], languages: ['en'] }, false);
    await callAs(coordinator.request, 'PUT', `/program-members/${teen.memberId}/guardian-consent`, { guardianName: 'Gloria Teen', consentGivenOn: '2026-11-20' });

    // A cohort that ended comes first by start date; the picker still starts on Spring 2027.
    await callAs(coordinator.request, 'POST', `/programs/${programId}/cohorts`, { name: 'Autumn 2025', startsOn: '2025-09-01', endsOn: '2025-12-20' });
    await page.reload();
    await page.getByRole('tab', { name: 'Match' }).click();
    await page.getByText('No run yet for Spring 2027').waitFor();
    await page.getByRole('button', { name: 'Run match' }).click();
    const teenPair = page.locator('[data-pair]', { hasText: 'Tia Teen' });
    await teenPair.waitFor();
    // Every growth area (10 × 5) and the industry (10 × 2) score for Tia with Sam.
    await teenPair.getByText('Growth areas: 50').waitFor();
    await teenPair.getByText('Industry: 20').waitFor();
    expect(await teenPair.textContent()).toContain('Sam Mentor');
    await page.locator('[data-pair]', { hasText: 'Ada Adult' }).waitFor();
    await page.getByText('2 pairs proposed').waitFor();

    // Weights change: the proposal must be re-run before it can be published.
    await page.getByRole('textbox', { name: 'Time zone' }).fill('4');
    await page.getByText('Changes not applied yet: run again.').waitFor();
    expect(await page.getByRole('button', { name: 'Publish matches' }).isDisabled()).toBe(true);
    // A pin shows as a badge above the run, and its × takes it out again, like a forbidden pair's.
    const adaPair = page.locator('[data-pair]', { hasText: 'Ada Adult' });
    await adaPair.getByRole('button', { name: 'Pin pair' }).click();
    const unpin = page.getByRole('button', { name: 'Unpin Ada Adult with Sam Mentor' });
    await unpin.waitFor();
    await expect.poll(() => adaPair.getByRole('button', { name: 'Unpin' }).count()).toBe(1);
    await unpin.click();
    await expect.poll(() => unpin.count()).toBe(0);
    await adaPair.getByRole('button', { name: 'Pin pair' }).waitFor();
    await page.getByRole('button', { name: 'Run again' }).click();
    await page.locator('[data-pair]', { hasText: 'Kept from last run' }).first().waitFor();
    await snap(page, 'programs-match');

    await page.getByRole('button', { name: 'Publish matches' }).click();
    const confirm = page.getByRole('dialog', { name: 'Publish 2 matches?' });
    await confirm.getByText('sees their match on the program page').waitFor();
    await confirm.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published 2 matches.').waitFor();

    const stored = await callAs<{ items: { mentee: { name: string }; mentor: { name: string } }[] }>(coordinator.request, 'GET', `/cohorts/${cohortId}/matches`);
    expect(stored.items.map((m) => `${m.mentee.name} → ${m.mentor.name}`).sort()).toEqual(['Ada Adult → Sam Mentor', 'Tia Teen → Sam Mentor']);
    // The ended cohort is marked in the picker, and choosing it says what a run there would do.
    await page.getByRole('combobox', { name: 'Cohort' }).click();
    await page.getByRole('option', { name: 'Autumn 2025 (ended)' }).click();
    await page.getByText(/Autumn 2025 ended on (20 December 2025|December 20, 2025)/).waitFor();
    await page.getByText('No run yet for Autumn 2025').waitFor();
    await teen.ctx.close();
    adultContext = adult.ctx;
  });

  it('the mentor sees the matches on the program page, on a phone too', async () => {
    await mentorPage.setViewportSize({ width: 390, height: 844 });
    await mentorPage.reload();
    await mentorPage.getByRole('heading', { name: 'Your match' }).waitFor();
    await mentorPage.locator('[data-match]', { hasText: 'Tia Teen' }).waitFor();
    await mentorPage.locator('[data-match]', { hasText: 'Ada Adult' }).waitFor();
    // Screened and matched: the minor's e-mail is shown to this mentor.
    expect(await mentorPage.locator('[data-match]', { hasText: 'Tia Teen' }).textContent()).toContain('tia@example.test');
    await snap(mentorPage, 'programs-mentor-phone');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('tab', { name: 'Health' }).click();
    await page.getByText('Active matches').waitFor();
    await snap(page, 'programs-health-phone');
  });

  it('the match is a mentorship: the mentee opens it from the program, records a meeting, and the Health tab counts it', async () => {
    const ada = await adultContext.newPage();
    ada.setDefaultTimeout(10_000);
    await ada.goto(`${server.url}/programs/${programId}`);
    await ada.locator('[data-match]', { hasText: 'Sam Mentor' }).getByRole('link', { name: 'Open your mentorship' }).click();
    await ada.waitForURL(/\/mentoring\/[0-9a-f-]{36}$/);
    await ada.getByRole('heading', { name: 'Sam Mentor', level: 1 }).waitFor();
    const mentorshipId = ada.url().split('/').pop()!;
    // Under Mentoring too, as one of Ada's mentors.
    await ada.goto(`${server.url}/mentoring`);
    await ada.getByText('Sam Mentor').first().waitFor();
    const today = new Date().toISOString().slice(0, 10);
    await callAs(adultContext.request, 'POST', `/mentorships/${mentorshipId}/meetings`, { heldOn: today, agenda: 'Getting started', notes: 'private-notes-e2e' });

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await page.getByRole('tab', { name: 'Health' }).click();
    await page.getByRole('heading', { name: 'Meetings and goals' }).waitFor();
    const monthly = page.locator('.mantine-Card-root', { hasText: 'Meeting monthly' });
    await expect.poll(async () => (await monthly.textContent())?.replace(/\s+/g, ' ')).toContain('Meeting monthly1of 2 open matches');
    await page.getByText('No match has gone quiet.').waitFor();
    expect(await page.locator('body').textContent()).not.toContain('private-notes-e2e');
    await snap(page, 'programs-health-activity');
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, 'programs-health-activity-phone');
    await adultContext.close();
  });
});
