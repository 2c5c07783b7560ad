import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { openApp, snap, type OpenApp, type RunningServer } from './harness';

let app: OpenApp;
let server: RunningServer;
let coordinator: Page;
let menteeContext: BrowserContext;
let mentee: Page;
let mentorContext: BrowserContext;
let mentor: Page;
let programId = '';
let cohortId = '';

beforeAll(async () => {
  // Behind a trusted proxy the sign-up limit counts per forwarded address: the paging test signs up two dozen mentors.
  app = await openApp({ timezoneId: 'Europe/London', locale: 'en-GB', env: { TRUST_PROXY: 'true' } });
  ({ server, page: coordinator } = app);
  menteeContext = await app.newContext({ viewport: { width: 390, height: 844 } });
  mentee = await menteeContext.newPage();
  mentee.setDefaultTimeout(10_000);
  mentorContext = await app.newContext({ viewport: { width: 1280, height: 900 } });
  mentor = await mentorContext.newPage();
  mentor.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await app?.close();
});

async function callAs<T>(request: APIRequestContext, method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, data?: unknown): Promise<T> {
  const me = await request.get(`${server.url}/api/v1/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await request.fetch(`${server.url}/api/v1${path}`, { method, data, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json() as Promise<T>;
}
async function signUp(request: APIRequestContext, name: string) {
  const email = `${name.split(' ')[0]!.toLowerCase()}@example.test`;
  const res = await request.post(`${server.url}/api/v1/auth/signup`, { data: { email, password: 'a sturdy passphrase', name, timezone: 'Europe/London' } });
  expect(res.status()).toBe(201);
  return email;
}
/** Invited by the coordinator and accepted through the API (the invitation flow has its own spec); returns the member id. */
async function join(request: APIRequestContext, name: string, role: 'mentor' | 'mentee') {
  const email = await signUp(request, name);
  await callAs(coordinator.request, 'POST', `/programs/${programId}/invitations`, { email, role, ...(role === 'mentee' ? { cohortId } : {}) });
  const mails = await callAs<{ items: { id: string; to: string }[] }>(coordinator.request, 'GET', '/mail?limit=50');
  const { eml } = await callAs<{ eml: string }>(coordinator.request, 'GET', `/mail/${mails.items.find((m) => m.to === email)!.id}`);
  const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(eml.replace(/=\r?\n/g, ''))![1]!;
  await callAs(request, 'POST', `/invitations/${token}/accept`);
  const p = await callAs<{ myMemberships: { id: string; role: string }[] }>(request, 'GET', `/programs/${programId}`);
  return p.myMemberships.find((m) => m.role === role)!.id;
}
const application = (skills: string[], industries: string[], jobRole: string) => ({
  motivation: 'Giving back.',
  skills,
  industries,
  jobRole,
  languages: ['English'],
  availability: 'Two evenings a month',
  timeZone: 'Europe/London',
  capacity: 2,
});

describe('Self-service matching: a mentee chooses, the mentor accepts', () => {
  it('the coordinator turns self-service on for the program', async () => {
    await signUp(coordinator.request, 'Cora Coordinator');
    const org = await callAs<{ id: string }>(coordinator.request, 'POST', '/organizations', { name: 'Bridgeway Mentoring' });
    programId = (await callAs<{ id: string }>(coordinator.request, 'POST', `/organizations/${org.id}/programs`, { name: 'Young professionals' })).id;
    cohortId = (await callAs<{ id: string }>(coordinator.request, 'POST', `/programs/${programId}/cohorts`, { name: 'Winter cohort', startsOn: '2026-11-01', endsOn: '2027-04-30' })).id;
    await join(mentor.request, 'Bea Best', 'mentor');
    await callAs(mentor.request, 'PUT', `/programs/${programId}/application`, application(['Public speaking', 'Negotiation'], ['Software'], 'Engineering manager'));
    const other = await app.newContext();
    await join(other.request, 'Olu Other', 'mentor');
    await callAs(other.request, 'PUT', `/programs/${programId}/application`, application(['Data analysis'], ['Finance'], 'Analyst'));

    await coordinator.goto(`${server.url}/programs/${programId}?tab=self-service`);
    await coordinator.getByRole('heading', { name: 'How mentees get a mentor' }).waitFor();
    await expect.poll(() => coordinator.getByRole('radio', { name: 'Coordinator only' }).isChecked()).toBe(true);
    await coordinator.getByRole('radio', { name: 'Both' }).check();
    await coordinator.getByText('Matching: both').waitFor();
    await snap(coordinator, 'self-service-coordinator');
  });

  it('the mentee sees mentors ranked with reasons, filters, and asks the best fit (phone)', async () => {
    const memberId = await join(mentee.request, 'Max Mentee', 'mentee');
    await callAs(mentee.request, 'PATCH', `/program-members/${memberId}`, { growthAreas: ['Public speaking'], preferredIndustries: ['Software'], languages: ['English'], timeZone: 'Europe/London' });
    await mentee.goto(`${server.url}/programs/${programId}`);
    await mentee.getByRole('tab', { name: 'Choose a mentor' }).click();
    const cards = mentee.getByRole('article');
    await cards.first().waitFor();
    await expect.poll(() => cards.count()).toBe(2);
    const best = mentee.getByRole('article', { name: 'Bea Best' });
    await expect.poll(() => cards.first().getAttribute('aria-label')).toBe('Bea Best');
    await best.getByText('shares your growth area: public speaking').waitFor();
    await best.getByText('same time zone').waitFor();
    await mentee.getByLabel('Search').fill('finance');
    await mentee.getByText('1 mentor matches').waitFor();
    await expect.poll(() => cards.count()).toBe(1);
    await mentee.getByLabel('Search').fill('');
    await expect.poll(() => cards.count()).toBe(2);
    await snap(mentee, 'self-service-choose-phone');

    await best.getByRole('button', { name: 'Ask Bea' }).click();
    const dialog = mentee.getByRole('dialog', { name: 'Ask Bea Best to mentor you' });
    const message = dialog.getByLabel('Message');
    await expect.poll(() => message.inputValue()).toContain('Hi Bea');
    await message.fill('Hi');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await dialog.getByText('Write a little more (at least 20 characters)').waitFor();
    expect(await message.inputValue()).toBe('Hi');
    await message.fill('Hi Bea, I want to get better at speaking to large rooms. Would you mentor me?');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await best.getByText('Requested').waitFor();
    await mentee.getByRole('article', { name: 'To Bea Best' }).getByText('Waiting for the mentor').waitFor();
  });

  it('the mentor reads the request and accepts it with a kind message', async () => {
    await mentor.goto(`${server.url}/programs/${programId}`);
    await mentor.getByRole('tab', { name: /Mentee requests/ }).click();
    const card = mentor.getByRole('article', { name: 'Max Mentee asks you to mentor them' });
    await card.getByText('Wants to grow in Public speaking').waitFor();
    await snap(mentor, 'self-service-mentor');
    await card.getByRole('button', { name: 'Accept' }).click();
    const dialog = mentor.getByRole('dialog', { name: 'Accept Max Mentee as your mentee' });
    await expect.poll(() => dialog.getByLabel('Message').inputValue()).toContain('I would be glad to mentor you');
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await mentor.getByText('Max Mentee and Bea Best are matched').waitFor();
    await card.getByText('Matched').waitFor();
  });

  it('the mentee sees the match on the program page and in the inbox', async () => {
    await mentee.goto(`${server.url}/programs/${programId}`);
    await mentee.getByText('Bea Best').first().waitFor();
    await mentee.goto(`${server.url}/programs/${programId}?tab=self-service`);
    await mentee.getByText('You have a mentor').waitFor();
    await mentee.getByRole('article', { name: 'To Bea Best' }).getByText('Matched').waitFor();
    await snap(mentee, 'self-service-matched-phone');
    const inbox = await callAs<{ items: { title: string }[] }>(mentee.request, 'GET', '/inbox');
    expect(inbox.items[0]!.title).toBe('Bea Best accepted your request: you are matched in Young professionals');
    // Nothing on the phone is wider than the screen.
    expect(await mentee.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('Self-service in a minors’ program: the coordinator is asked to approve', () => {
  let teenProgram = '';
  const bell = (page: Page) => page.getByRole('button', { name: /^Notifications/ });

  it('a mentor’s yes puts an approval item in the coordinator’s inbox', async () => {
    const org = await callAs<{ items: { id: string }[] }>(coordinator.request, 'GET', '/organizations');
    teenProgram = (await callAs<{ id: string }>(coordinator.request, 'POST', `/organizations/${org.items[0]!.id}/programs`, { name: 'Teen after-school', participantsAreMinors: true })).id;
    const teenCohort = (await callAs<{ id: string }>(coordinator.request, 'POST', `/programs/${teenProgram}/cohorts`, { name: 'Spring cohort', startsOn: '2027-03-01', endsOn: '2027-06-30' })).id;
    await callAs(coordinator.request, 'PUT', `/programs/${teenProgram}/self-service/mode`, { mode: 'self_service' });
    // Bea mentors here too (screened); Tia joins as a mentee recorded as an adult, so no consent step.
    const invite = async (request: APIRequestContext, email: string, body: object) => {
      await callAs(coordinator.request, 'POST', `/programs/${teenProgram}/invitations`, { email, ...body });
      // Bea has an invitation to the first program too: take the mail about this one.
      const mails = await callAs<{ items: { id: string; to: string }[] }>(coordinator.request, 'GET', '/mail?limit=50');
      let token = '';
      for (const m of mails.items.filter((x) => x.to === email)) {
        const eml = (await callAs<{ eml: string }>(coordinator.request, 'GET', `/mail/${m.id}`)).eml.replace(/=\r?\n/g, '');
        if (eml.includes('Teen after-school')) token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(eml)![1]!;
      }
      await callAs(request, 'POST', `/invitations/${token}/accept`);
      const p = await callAs<{ myMemberships: { id: string; role: string }[] }>(request, 'GET', `/programs/${teenProgram}`);
      return p.myMemberships[0]!.id;
    };
    const beaId = await invite(mentor.request, 'bea@example.test', { role: 'mentor' });
    const beaApp = await callAs<{ id: string }>(mentor.request, 'PUT', `/programs/${teenProgram}/application`, application(['Public speaking'], ['Software'], 'Engineering manager'));
    await callAs(coordinator.request, 'PUT', `/mentor-applications/${beaApp.id}/screening`, { backgroundCheck: 'cleared', trainingCompletedOn: '2026-11-01', references: [{ name: 'Ruth Okafor', contacted: true, ok: true }] });
    const tia = await app.newContext();
    await signUp(tia.request, 'Tia Teen');
    const tiaId = await invite(tia.request, 'tia@example.test', { role: 'mentee', cohortId: teenCohort, isMinor: false });
    await callAs(tia.request, 'PATCH', `/program-members/${tiaId}`, { growthAreas: ['Public speaking'], languages: ['English'], timeZone: 'Europe/London' });
    const requestId = (await callAs<{ id: string }>(tia.request, 'POST', `/programs/${teenProgram}/self-service/requests`, { mentorMemberId: beaId, message: 'Hi Bea, could you help me speak up in class this spring?' })).id;
    await callAs(mentor.request, 'POST', `/self-service-requests/${requestId}/accept`, { message: 'Yes, gladly.' });

    await coordinator.goto(`${server.url}/`);
    await bell(coordinator).click();
    const item = coordinator.getByRole('button', { name: 'Unread: Approve a match in Teen after-school: Tia Teen with Bea Best' });
    await item.waitFor();
    await coordinator.waitForTimeout(300); // the popover's fade-in
    await snap(coordinator, 'self-service-approval-inbox');
    await item.click();
    // It lands on the Self-service tab with the approval queue first.
    await coordinator.getByRole('heading', { name: 'Waiting for your approval' }).waitFor();
    expect(new URL(coordinator.url()).search).toBe('?tab=self-service');
  });

  it('the coordinator approves; the item is gone from the inbox', async () => {
    const card = coordinator.getByRole('article', { name: 'Tia Teen → Bea Best' });
    await card.getByText('Waiting for you').waitFor();
    await snap(coordinator, 'self-service-approval-queue');
    await card.getByRole('button', { name: 'Approve match' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Approve Tia Teen with Bea Best' });
    await dialog.getByRole('button', { name: 'Approve match' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await coordinator.getByText('No mentor has said yes to a request that waits for you.').waitFor();
    const inbox = await callAs<{ items: { kind: string }[] }>(coordinator.request, 'GET', '/inbox');
    expect(inbox.items.filter((i) => i.kind === 'match_approval')).toEqual([]);
    await coordinator.goto(`${server.url}/inbox`);
    await coordinator.getByRole('heading', { name: 'Inbox' }).waitFor();
    await coordinator.getByText('Tia Teen joined Teen after-school as a mentee').waitFor();
    expect(await coordinator.getByText('Approve a match in Teen after-school').count()).toBe(0);
    const overview = await callAs<{ approvals: unknown[]; counts: unknown }>(coordinator.request, 'GET', `/programs/${teenProgram}/self-service`);
    expect(overview).toMatchObject({ approvals: [], counts: { awaitingApproval: 0, matched: 1 } });
  });
});

describe('Choose a mentor in a big program: the server pages and filters', () => {
  let bigProgram = '';
  let pager: Page;

  it('a program with 22 mentors and a mentee', async () => {
    const org = await callAs<{ items: { id: string }[] }>(coordinator.request, 'GET', '/organizations');
    bigProgram = (await callAs<{ id: string }>(coordinator.request, 'POST', `/organizations/${org.items[0]!.id}/programs`, { name: 'City network' })).id;
    const bigCohort = (await callAs<{ id: string }>(coordinator.request, 'POST', `/programs/${bigProgram}/cohorts`, { name: 'Autumn cohort', startsOn: '2027-09-01', endsOn: '2027-12-20' })).id;
    await callAs(coordinator.request, 'PUT', `/programs/${bigProgram}/self-service/mode`, { mode: 'self_service' });
    const joinBig = async (ctx: BrowserContext, n: number, name: string, role: 'mentor' | 'mentee') => {
      const email = `pager${n}@example.test`;
      const res = await ctx.request.post(`${server.url}/api/v1/auth/signup`, { data: { email, password: 'a sturdy passphrase', name, timezone: 'Europe/London' }, headers: { 'x-forwarded-for': `10.9.0.${n}` } });
      expect(res.status(), await res.text()).toBe(201);
      await callAs(coordinator.request, 'POST', `/programs/${bigProgram}/invitations`, { email, role, ...(role === 'mentee' ? { cohortId: bigCohort } : {}) });
      const mails = await callAs<{ items: { id: string; to: string }[] }>(coordinator.request, 'GET', '/mail?limit=5');
      const { eml } = await callAs<{ eml: string }>(coordinator.request, 'GET', `/mail/${mails.items.find((m) => m.to === email)!.id}`);
      await callAs(ctx.request, 'POST', `/invitations/${/\/invitations\/([A-Za-z0-9_-]+)/.exec(eml.replace(/=\r?\n/g, ''))![1]!}/accept`);
      return (await callAs<{ myMemberships: { id: string; role: string }[] }>(ctx.request, 'GET', `/programs/${bigProgram}`)).myMemberships.find((m) => m.role === role)!.id;
    };
    const FIRST = ['Ama', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gil', 'Hal', 'Isa', 'Jo', 'Kai'];
    for (let n = 1; n <= 22; n++) {
      const ctx = await app.newContext();
      await joinBig(ctx, n, `${FIRST[n % 11]} Pager${n}`, 'mentor');
      // Two mentors know sign language: the search has something to find.
      await callAs(ctx.request, 'PUT', `/programs/${bigProgram}/application`, { ...application(n % 11 === 0 ? ['Sign language', 'Public speaking'] : ['Public speaking'], ['Software'], 'Engineer'), timeZone: n % 2 ? 'Europe/London' : 'America/New_York' });
      await ctx.close();
    }
    const pagerContext = await app.newContext({ viewport: { width: 390, height: 844 } });
    pager = await pagerContext.newPage();
    pager.setDefaultTimeout(10_000);
    const memberId = await joinBig(pagerContext, 100, 'Pia Pager', 'mentee');
    await callAs(pagerContext.request, 'PATCH', `/program-members/${memberId}`, { growthAreas: ['Public speaking'], languages: ['English'], timeZone: 'Europe/London' });
  });

  it('shows 20, loads the rest with a keyboard-usable Show more, searches on the server and says clearly when nobody matches (phone and desktop)', async () => {
    for (const width of [390, 1280]) {
      await pager.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await pager.goto(`${server.url}/programs/${bigProgram}?tab=self-service`);
      const cards = pager.getByRole('article');
      await cards.first().waitFor();
      await expect.poll(() => cards.count()).toBe(20);
      await pager.getByText('22 mentors, showing 20').waitFor();
      await pager.screenshot({ path: `/tmp/self-service-big-${width}.png` });
      const more = pager.getByRole('button', { name: 'Show 2 more' });
      await more.focus();
      await pager.keyboard.press('Enter');
      await expect.poll(() => cards.count()).toBe(22);
      // Focus moves to the first card that came in, not back to the top of the page.
      await expect.poll(() => pager.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(await cards.nth(20).getAttribute('aria-label'));
      expect(await more.count()).toBe(0);
      await pager.getByText('22 mentors ·').waitFor();
      if (width === 390) expect(await pager.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      const search = pager.getByRole('searchbox', { name: 'Search' });
      await search.fill('sign language');
      await pager.getByText('2 mentors match').waitFor();
      await expect.poll(() => cards.count()).toBe(2);
      await search.fill('knitting');
      const empty = pager.getByText('Nobody matches “knitting”. Try another word, or clear the search to see every mentor you can ask.');
      await empty.waitFor();
      expect(await cards.count()).toBe(0);
      await pager.screenshot({ path: `/tmp/self-service-big-empty-${width}.png` });
      await snap(pager, `self-service-empty-search-${width}`);
      await pager.getByRole('button', { name: 'Clear search and filters' }).click();
      // Back to the list as it was, the pages already loaded included.
      await expect.poll(() => cards.count()).toBe(22);
      expect(await search.inputValue()).toBe('');
    }
  });
});
