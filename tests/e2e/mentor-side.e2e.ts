import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, signUpInBrowser, snap, type OpenApp, type RunningServer } from './harness';

/** Two people in two browsers: a mentor opts in, a mentee finds and asks them, the mentor accepts and sees the shared goal. */
let app: OpenApp;
let server: RunningServer;
let mentor: Page;
let mentee: Page;

beforeAll(async () => {
  app = await openApp({ timezoneId: 'UTC', locale: 'en-GB', timeout: 15_000 });
  server = app.server;
  mentor = app.page;
  mentee = await app.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await app?.close();
});

describe('The mentor’s side: directory, request, accept, shared goals', () => {
  it('a mentor opts in with a profile, private until listed', async () => {
    await signUpInBrowser(mentor, server.url, 'Grace Hopper', 'grace@example.test');
    await mentor.goto(`${server.url}/mentoring?tab=profile`);
    await mentor.getByRole('heading', { name: 'Your mentor profile' }).waitFor();
    await mentor.getByText('Not saved yet').waitFor();
    await mentor.getByRole('button', { name: 'List me as a mentor' }).click();
    await mentor.getByText('Name at least one skill you have honed before you list yourself').waitFor();
    const skills = mentor.getByRole('combobox', { name: 'Skills you have honed' });
    await skills.fill('Public speaking');
    await skills.press('Enter');
    await skills.fill('Negotiation');
    await skills.press('Enter');
    await mentor.getByLabel('Industry').fill('Defence');
    await mentor.getByLabel('Role').fill('Rear admiral');
    await mentor.getByLabel('Short bio').fill('I built the first compiler and love teaching.');
    await mentor.getByRole('button', { name: 'List me as a mentor' }).click();
    await mentor.getByText('Listed in the directory').waitFor();
    const p = await (await app.context.request.get(`${server.url}/api/v1/mentor-profile`)).json();
    expect(p).toMatchObject({ listed: true, skills: ['Public speaking', 'Negotiation'], industry: 'Defence', role: 'Rear admiral' });
    await snap(mentor, 'mentor-side-profile');
  });

  it('a mentee finds the mentor in the directory and sends a request with the kind default message', async () => {
    await signUpInBrowser(mentee, server.url, 'Ada Byron', 'ada@example.test');
    await mentee.getByRole('link', { name: 'Mentoring' }).click();
    await mentee.getByRole('link', { name: 'Find a mentor' }).click();
    await mentee.getByRole('heading', { name: 'Find a mentor', level: 1 }).waitFor();
    await mentee.getByLabel('Search mentors').fill('compiler');
    const card = mentee.getByRole('article', { name: 'Grace Hopper' });
    await card.waitFor();
    await mentee.getByLabel('Search mentors').fill('knitting');
    await mentee.getByText('No mentor matches').waitFor();
    await mentee.getByRole('button', { name: 'Clear search and filters' }).click();
    await card.waitFor();
    await snap(mentee, 'mentor-side-directory');
    await card.getByRole('button', { name: 'Ask Grace Hopper to mentor you' }).click();
    const dialog = mentee.getByRole('dialog', { name: 'Ask Grace Hopper to mentor you' });
    await expect.poll(() => dialog.getByLabel('Message').inputValue()).toContain('Hi Grace,');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('Request sent').waitFor();
  });

  it('the mentor sees the waiting request as a count, and accepts with a kind message', async () => {
    await mentor.goto(`${server.url}/`);
    await mentor.getByRole('link', { name: /Mentoring.*1 mentoring request waiting/ }).click();
    await mentor.getByRole('tab', { name: /Requests/ }).click();
    const req = mentor.getByRole('article', { name: 'Request from Ada Byron' });
    await req.getByText('Hi Grace,', { exact: false }).waitFor();
    await req.getByRole('button', { name: 'Accept' }).click();
    const dialog = mentor.getByRole('dialog', { name: 'Accept Ada Byron as your mentee' });
    await expect.poll(() => dialog.getByLabel('Your message').inputValue()).toContain('glad to mentor you');
    await dialog.getByRole('button', { name: 'Accept and send' }).click();
    await req.getByText('Accepted').waitFor();
    await mentor.getByRole('tab', { name: 'My mentees' }).click();
    await mentor.getByRole('link', { name: 'Ada Byron' }).waitFor();
  });

  it('the mentee has Grace as a mentor on Trellis and shares one goal, not another', async () => {
    await mentee.goto(`${server.url}/mentoring?tab=requests`);
    const out = mentee.getByRole('article', { name: 'Request to Grace Hopper' });
    await out.getByText('Accepted').waitFor();
    await out.getByText('Grace Hopper answered').waitFor();
    await out.getByRole('link', { name: 'Go to your mentorship' }).click();
    await mentee.getByRole('heading', { name: 'Grace Hopper', level: 1 }).waitFor();
    await mentee.getByText('On Trellis').waitFor();
    await mentee.goto(`${server.url}/mentoring?tab=goals`);
    await mentee.getByRole('button', { name: 'Set your first goal' }).click();
    await mentee.getByRole('textbox', { name: 'Goal' }).fill('Speak at a conference');
    await mentee.getByRole('combobox', { name: 'Share with mentors' }).click();
    await mentee.getByRole('option', { name: 'Grace Hopper' }).click();
    await mentee.keyboard.press('Escape');
    await mentee.getByRole('button', { name: 'Save goal' }).click();
    await mentee.getByText('Speak at a conference').waitFor();
    await mentee.getByRole('button', { name: 'New goal' }).click();
    await mentee.getByRole('textbox', { name: 'Goal' }).fill('Private ambition');
    await mentee.getByRole('button', { name: 'Save goal' }).click();
    await mentee.getByText('Private ambition').waitFor();
    await mentee.getByRole('textbox', { name: 'Update on Speak at a conference' }).fill('Submitted my first talk proposal');
    await mentee.getByRole('button', { name: 'Post update' }).first().click();
    await mentee.getByText('Submitted my first talk proposal').waitFor();
  });

  it('the mentor sees the shared goal and its progress, never the unshared one, and comments', async () => {
    await mentor.getByRole('link', { name: 'Ada Byron' }).click();
    await mentor.getByRole('heading', { name: 'Ada Byron', level: 1 }).waitFor();
    const goal = mentor.getByRole('article', { name: 'Speak at a conference' });
    await goal.getByText('Submitted my first talk proposal').waitFor();
    expect(await mentor.getByText('Private ambition').count()).toBe(0);
    await goal.getByRole('textbox', { name: 'Comment on Speak at a conference' }).fill('Great start. Practise it twice out loud.');
    await goal.getByRole('button', { name: 'Comment' }).click();
    await goal.getByText('Your comment').waitFor();
    await snap(mentor, 'mentor-side-mentee');
    await mentee.goto(`${server.url}/mentoring?tab=goals`);
    await mentee.getByText('Grace Hopper commented').waitFor();
    await mentee.getByText('Great start. Practise it twice out loud.').waitFor();
  });
});
