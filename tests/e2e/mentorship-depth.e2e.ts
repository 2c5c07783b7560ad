import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, signUpInBrowser, snap, type OpenApp, type RunningServer } from './harness';

/**
 * Mentorship depth in two browsers: a mentee prepares for a job interview and shares it with her
 * mentor, who suggests a question; held, it puts a thank-you per person on Today. She asks to shadow
 * a day; he accepts with the approval confirmed. She ends the mentorship and pays it forward.
 */
let app: OpenApp;
let server: RunningServer;
let mentee: Page;
let mentor: Page;

beforeAll(async () => {
  app = await openApp({ timezoneId: 'UTC', locale: 'en-GB', timeout: 15_000 });
  server = app.server;
  mentee = app.page;
  mentor = await app.newPage({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => app?.close());

/** Setup only (the flows under test go through the UI): the session's own API with its CSRF token. */
async function api<T>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: object): Promise<T> {
  const me = await (await page.request.get(`${server.url}/api/v1/me`)).json();
  const r = await page.request.fetch(`${server.url}/api/v1${path}`, { method, data, headers: { 'x-csrf-token': me.csrfToken } });
  expect(r.status(), await r.text()).toBeLessThan(300);
  return (await r.json()) as T;
}

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
let menteeId = '';
let mentorshipId = '';

describe('Mentorship depth: interview preparation, shadow a day, closure', () => {
  it('sets up a mentor on Trellis for the mentee, and two people at the company', async () => {
    await signUpInBrowser(mentor, server.url, 'Alan Turing', 'alan@example.test');
    const profile = await api<{ id: string }>(mentor, 'PUT', '/mentor-profile', { listed: true, skills: ['Interviewing'] });
    await signUpInBrowser(mentee, server.url, 'Joan Clarke', 'joan@example.test');
    const req = await api<{ id: string }>(mentee, 'POST', '/mentor-requests', { mentorProfileId: profile.id, message: 'Would you?', kind: 'shepherd', areas: ['Cryptanalysis'] });
    menteeId = (await api<{ menteeId: string }>(mentor, 'POST', `/mentor-requests/${req.id}/accept`, { message: 'Gladly' })).menteeId;
    mentorshipId = (await api<{ items: { mentorshipId: string }[] }>(mentee, 'GET', '/mentor-requests?box=outgoing')).items[0]!.mentorshipId;
    await api(mentee, 'POST', '/contacts', { displayName: 'Dilly Knox', company: 'Bletchley' });
    await api(mentee, 'POST', '/contacts', { displayName: 'Rita Recruiter', company: 'Bletchley' });
  });

  it('prepares for an interview: practice answer, people with roles, shared with the mentor', async () => {
    await mentee.goto(`${server.url}/mentoring?tab=interviews`);
    await mentee.getByRole('heading', { name: 'No interviews to prepare for yet' }).waitFor();
    await mentee.getByRole('button', { name: 'Prepare for an interview' }).click();
    const dialog = mentee.getByRole('dialog', { name: 'Prepare for a job interview' });
    await dialog.getByRole('button', { name: 'Start preparing' }).click();
    await dialog.getByText('Which company is it with?').waitFor();
    await dialog.getByLabel('Company').fill('Bletchley Park');
    await dialog.getByLabel('Role').fill('Codebreaker');
    await dialog.getByLabel('Date and time').fill(`${day(3)}T10:00`);
    await dialog.getByRole('combobox', { name: 'Share with a mentor' }).click();
    await mentee.getByRole('option', { name: 'Alan Turing' }).click();
    await dialog.getByRole('button', { name: 'Start preparing' }).click();
    await mentee.getByRole('heading', { name: 'Interview at Bletchley Park', level: 1 }).waitFor();
    await mentee.getByText('Always ask').waitFor();

    await mentee.getByLabel('Practice answer: Tell me about yourself.').fill('I solve crosswords fast.');
    await mentee.getByRole('button', { name: 'Save likely questions' }).click();
    await mentee.getByText('1 of 5 answered').waitFor();

    const picker = mentee.getByRole('combobox', { name: 'Add people' });
    await picker.fill('Dilly');
    await mentee.getByRole('option', { name: /Dilly Knox/ }).click();
    await picker.fill('Rita');
    await mentee.getByRole('option', { name: /Rita Recruiter/ }).click();
    await mentee.keyboard.press('Escape');
    await mentee.getByRole('combobox', { name: 'Role of Rita Recruiter' }).click();
    await mentee.getByRole('option', { name: 'Recruiter' }).click();
    await mentee.getByRole('button', { name: 'Save people' }).click();
    await mentee.getByText('People saved').waitFor();
    const preps = await api<{ items: { people: { displayName: string; role: string }[]; likelyQuestions: { answer: string | null }[] }[] }>(mentee, 'GET', '/interview-preps');
    expect(preps.items[0]!.people.map((p) => [p.displayName, p.role])).toEqual([['Dilly Knox', 'interviewer'], ['Rita Recruiter', 'recruiter']]);
    expect(preps.items[0]!.likelyQuestions[0]!.answer).toBe('I solve crosswords fast.');
    await snap(mentee, 'mentorship-depth-prep');
  });

  it('the mentor (on a phone) reads it and suggests a question; the mentee sees it', async () => {
    await mentor.goto(`${server.url}/mentoring/mentees/${menteeId}`);
    await mentor.getByText('Bletchley Park · Codebreaker').waitFor();
    await mentor.getByText('I solve crosswords fast.').waitFor();
    await mentor.getByRole('textbox', { name: 'Suggested question' }).fill('How would you break a new cipher?');
    await mentor.getByRole('button', { name: 'Suggest', exact: true }).click();
    await mentor.getByText('Suggested by Alan Turing').waitFor();
    await snap(mentor, 'mentorship-depth-mentor-phone');
    await mentee.reload();
    await mentee.getByText('How would you break a new cipher?').waitFor();
    await mentee.getByText('Suggested by Alan Turing').waitFor();
  });

  it('marks it held: a thank-you per person and "tell your mentor" on Today', async () => {
    await mentee.getByRole('button', { name: 'Mark as held' }).click();
    const dialog = mentee.getByRole('dialog', { name: /Mark the interview at Bletchley Park as held/ });
    await dialog.getByText('each of them gets a thank-you on Today').waitFor();
    await dialog.getByLabel('When').fill(`${day(0)}T00:01`);
    await dialog.getByLabel('How did it go?').fill('We talked about the bombe.');
    await dialog.getByRole('button', { name: 'Mark as held' }).click();
    await mentee.getByText('Held: now close the loop').waitFor();
    await mentee.getByRole('link', { name: 'Today' }).first().click();
    await mentee.getByText('Thank Dilly Knox for the job interview', { exact: true }).waitFor();
    await mentee.getByText('Thank Rita Recruiter for arranging the job interview', { exact: true }).waitFor();
    await mentee.getByText('Tell Alan Turing how your interview at Bletchley Park went', { exact: true }).waitFor();
    await snap(mentee, 'mentorship-depth-today');
  });

  it('asks to shadow a day; the mentor accepts only with the approval confirmed', async () => {
    await mentee.goto(`${server.url}/mentoring/${mentorshipId}`);
    await mentee.getByRole('button', { name: 'Ask to shadow Alan' }).click();
    const ask = mentee.getByRole('dialog', { name: /shadow a day/ });
    await ask.getByLabel('Proposed day 1').fill(day(5));
    await ask.getByLabel('What you hope to see').fill('The morning decoding run');
    await ask.getByRole('button', { name: 'Send request' }).click();
    await mentee.getByText('You hope to see: The morning decoding run').waitFor();

    await mentor.reload();
    await mentor.getByRole('button', { name: 'Answer' }).click();
    const answer = mentor.getByRole('dialog', { name: 'Joan would like to shadow you' });
    await answer.getByRole('button', { name: 'Accept' }).click();
    await answer.getByText('Confirm that clients and colleagues approved the visit').waitFor();
    await answer.getByLabel('My clients and colleagues approved the visit').check();
    await answer.getByLabel('Note').fill('Hut 8, 9:00 sharp.');
    await answer.getByRole('button', { name: 'Accept' }).click();
    await mentor.getByText('You confirmed that clients and colleagues approved.').waitFor();

    await mentee.reload();
    await mentee.getByText('Alan Turing confirmed that clients and colleagues approved.').waitFor();
    const steps = await api<{ items: { title: string }[] }>(mentee, 'GET', '/follow-ups?source=shadow&limit=10');
    expect(steps.items.map((s) => s.title).sort()).toEqual(['Prepare for your shadow day with Alan Turing', 'Thank Alan Turing for the shadow day']);
  });

  it('ends the mentorship with a private reflection and starts a mentor profile in one click', async () => {
    await mentee.getByRole('button', { name: 'Status' }).click();
    await mentee.getByRole('menuitem', { name: 'End with a reflection…' }).click();
    const end = mentee.getByRole('dialog', { name: 'End this mentorship' });
    await end.getByRole('button', { name: 'End mentorship' }).click();
    await end.getByText('Write at least one line of reflection before ending').waitFor();
    await end.getByLabel('What I learned').fill('Patience with hard problems');
    await end.getByRole('button', { name: 'End mentorship' }).click();
    await mentee.getByText('What you learned: “Patience with hard problems”').waitFor();
    await mentee.getByText('You could help someone with: Cryptanalysis').waitFor();
    await mentee.getByRole('button', { name: 'Start my mentor profile' }).click();
    await mentee.getByText('Your mentor profile is started').waitFor();
    const profile = await api<{ exists: boolean; listed: boolean; skills: string[] }>(mentee, 'GET', '/mentor-profile');
    expect(profile).toMatchObject({ exists: true, listed: false, skills: ['Cryptanalysis'] });
    expect((await api<{ items: unknown[] }>(mentee, 'GET', '/follow-ups?source=shadow&status=open&limit=10')).items).toEqual([]);
    await snap(mentee, 'mentorship-depth-pay-it-forward');
  });
});
