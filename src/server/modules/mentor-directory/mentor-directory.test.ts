import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionFrom, type Method, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import type { DirectoryResponse, MenteeDetail, MentorProfileResponse, RequestCountsResponse, RequestResponse, SuggestionsResponse } from '../../../domain/mentor-directory/api';
import type { AgreementResponse, GoalResponse, MentorshipResponse } from '../../../domain/mentoring/api';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

// This file needs many people; each signs up from its own address, under the signup rate limit.
let people = 0;
async function signupUser(_app: unknown, o: { name?: string } = {}): Promise<Session> {
  people += 1;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    remoteAddress: `10.9.${Math.floor(people / 250)}.${people % 250}`,
    payload: { email: `md${people}-${Date.now()}@example.test`, password: 'correct horse battery', name: o.name ?? `Person ${people}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return sessionFrom(res);
}

const call = (s: Session | null, method: Method | 'PUT', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: s?.headers ?? {}, payload });
const ok = async <T>(s: Session, method: Method | 'PUT', url: string, payload?: object, status = 200): Promise<T> => {
  const r = await call(s, method, url, payload);
  expect(r.statusCode, r.body).toBe(status);
  return (r.body ? r.json() : null) as T;
};
const problem = (r: { statusCode: number; headers: Record<string, unknown>; body: string; json(): unknown }, status: number) => {
  expect(r.statusCode, r.body).toBe(status);
  expect(r.headers['content-type']).toContain('application/problem+json');
  return r.json() as { code: string; errors?: { path: string; message: string }[] };
};
const profile = (s: Session, body: object) => ok<MentorProfileResponse>(s, 'PUT', '/mentor-profile', { listed: true, skills: ['Negotiation'], ...body });
const ask = (s: Session, mentorProfileId: string, extra: object = {}) => call(s, 'POST', '/mentor-requests', { mentorProfileId, message: 'Would you mentor me?', ...extra });

describe('the mentor profile', () => {
  it('is private until listed, then in the directory; withdrawing takes it out again and keeps it', async () => {
    const mentor = await signupUser(t.app, { name: 'Quiet Mentor' });
    const other = await signupUser(t.app);
    expect(await ok<MentorProfileResponse>(mentor, 'GET', '/mentor-profile')).toMatchObject({ exists: false, listed: false, id: null });
    const draft = await ok<MentorProfileResponse>(mentor, 'PUT', '/mentor-profile', { listed: false, skills: ['Zymurgy'], bio: 'Brewing careers' });
    expect(draft).toMatchObject({ exists: true, listed: false, skills: ['Zymurgy'] });
    problem(await call(other, 'GET', `/mentor-directory/${draft.id}`), 404);
    expect((await ok<DirectoryResponse>(other, 'GET', '/mentor-directory?q=zymurgy')).items).toEqual([]);
    problem(await ask(other, draft.id!), 400);

    const listed = await profile(mentor, { skills: ['Zymurgy', 'zymurgy', 'Hiring'], industry: 'Food', availability: 'limited', openToTeens: true, languages: ['Spanish'], timezone: 'Europe/Madrid', ageBand: '45_54' });
    expect(listed).toMatchObject({ listed: true, skills: ['Zymurgy', 'Hiring'], availability: 'limited', ageBand: '45_54' });
    const found = await ok<DirectoryResponse>(other, 'GET', '/mentor-directory?q=ZYMURGY');
    expect(found.items.map((e) => [e.name, e.isYou, e.myRequest])).toEqual([['Quiet Mentor', false, null]]);
    expect(found.items[0]).not.toHaveProperty('ageBand');
    expect(found.items[0]).not.toHaveProperty('gender');
    expect((await ok<{ name: string }>(other, 'GET', `/mentor-directory/${listed.id}`)).name).toBe('Quiet Mentor');

    const withdrawn = await ok<MentorProfileResponse>(mentor, 'PUT', '/mentor-profile', { ...listed, listed: false });
    expect(withdrawn).toMatchObject({ listed: false, skills: ['Zymurgy', 'Hiring'] });
    expect((await ok<DirectoryResponse>(other, 'GET', '/mentor-directory?q=zymurgy')).items).toEqual([]);
    problem(await call(other, 'GET', `/mentor-directory/${listed.id}`), 404);
    await ok(mentor, 'DELETE', '/mentor-profile', undefined, 204);
    problem(await call(mentor, 'DELETE', '/mentor-profile'), 404);
  });

  it('refuses bad input with per-field errors', async () => {
    const u = await signupUser(t.app);
    expect(problem(await call(u, 'PUT', '/mentor-profile', { listed: true, skills: [] }), 400).errors?.map((e) => e.path)).toEqual(['skills']);
    const bad = problem(await call(u, 'PUT', '/mentor-profile', { listed: true, skills: ['x'], availability: 'sometimes', timezone: 'Mars/Olympus', ageBand: 'old', bio: 'x'.repeat(3000) }), 400);
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['ageBand', 'availability', 'bio', 'timezone']);
    problem(await call(u, 'PUT', '/mentor-profile', {}), 400);
    expect(problem(await call(u, 'PUT', '/mentor-profile', { listed: true, skills: ['nul\u0000'], bio: 'a\u0000b' }), 400).errors?.map((e) => e.path).sort()).toEqual(['bio', 'skills.0']);
    problem(await call(u, 'GET', '/mentor-directory?q=%00'), 400);
    problem(await call(null, 'GET', '/mentor-profile'), 401);
  });
});

describe('the directory', () => {
  it('filters by skill, challenge, industry, role, language, region, availability and teens, and pages by keyset', async () => {
    const viewer = await signupUser(t.app);
    const tag = `f${Date.now()}`;
    const names = ['Filter Ana', 'Filter Ben', 'Filter Cy'];
    for (const [i, name] of names.entries()) {
      const s = await signupUser(t.app, { name: `${name} ${tag}` });
      await profile(s, {
        skills: i === 0 ? ['Public speaking', 'Sales'] : ['Sales'],
        challenges: i === 1 ? ['Career change'] : [],
        industry: i === 2 ? 'Health' : 'Software',
        role: i === 0 ? 'VP of Sales' : 'Engineer',
        languages: i === 1 ? ['French'] : ['English'],
        region: i === 2 ? 'Europe' : 'North America',
        availability: i === 2 ? 'closed' : 'open',
        openToTeens: i === 0,
        bio: `Member of ${tag}`,
      });
    }
    const q = (qs: string) => ok<DirectoryResponse>(viewer, 'GET', `/mentor-directory?q=${tag}${qs}`).then((r) => r.items.map((e) => e.name.replace(` ${tag}`, '')));
    expect(await q('')).toEqual(['Filter Cy', 'Filter Ben', 'Filter Ana']);
    expect(await q('&skill=public%20SPEAKING')).toEqual(['Filter Ana']);
    expect(await q('&challenge=career%20change')).toEqual(['Filter Ben']);
    expect(await q('&industry=health')).toEqual(['Filter Cy']);
    expect(await q('&role=sales')).toEqual(['Filter Ana']);
    expect(await q('&language=French')).toEqual(['Filter Ben']);
    expect(await q('&region=Europe')).toEqual(['Filter Cy']);
    expect(await q('&availability=open&openToTeens=false')).toEqual(['Filter Ben']);
    expect(await q('&openToTeens=true')).toEqual(['Filter Ana']);
    expect(await q('&skill=Knitting')).toEqual([]);

    const first = await ok<DirectoryResponse>(viewer, 'GET', `/mentor-directory?q=${tag}&limit=2`);
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await ok<DirectoryResponse>(viewer, 'GET', `/mentor-directory?q=${tag}&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((e) => e.name)).toEqual([`Filter Ana ${tag}`]);
    expect(second.nextCursor).toBeNull();
    expect(problem(await call(viewer, 'GET', '/mentor-directory?cursor=garbage'), 400).errors?.[0]?.path).toBe('querystring.cursor');
    problem(await call(viewer, 'GET', '/mentor-directory?availability=whenever'), 400);
    problem(await call(viewer, 'GET', '/mentor-directory?limit=500'), 400);

    const facets = await ok<{ skills: string[]; industries: string[]; languages: string[] }>(viewer, 'GET', '/mentor-directory/facets');
    expect(facets.skills).toEqual(expect.arrayContaining(['Public speaking', 'Sales']));
    expect(facets.industries).toEqual(expect.arrayContaining(['Health', 'Software']));
  });

  it('thinks outside the box: a wanted skill from my goals, held by someone unlike me', async () => {
    const me = await signupUser(t.app);
    const skill = `Skill${Date.now()}`;
    await ok(me, 'POST', '/mentoring-goals', { horizon: 'one_year', title: 'Grow', areas: [skill] }, 201);
    await ok(me, 'PUT', '/mentor-profile', { listed: false, industry: 'Software', ageBand: '25_34' });
    const make = async (name: string, body: object) => profile(await signupUser(t.app, { name }), { skills: [skill], ...body });
    await make('Same Industry', { industry: 'software' });
    await make('Other Industry', { industry: 'Health' });
    await make('Not Taking', { industry: 'Health', availability: 'closed' });
    await make('Same Industry Older', { industry: 'Software', ageBand: '55_64' });
    await make('Same Industry No Age', { industry: 'Software', gender: 'woman' });
    await profile(await signupUser(t.app, { name: 'Wrong Skill' }), { skills: ['Basket weaving'], industry: 'Health' });
    const s = await ok<SuggestionsResponse>(me, 'GET', '/mentor-directory/suggestions');
    expect(s.basis).toEqual({ skills: [skill], industry: 'Software', usesAgeBand: true, usesGender: false });
    expect(s.items.map((i) => [i.mentor.name, i.differences]).sort()).toEqual([
      ['Other Industry', ['works in Health, not Software']],
      ['Same Industry Older', ['a different generation']],
    ]);
    expect(s.items.every((i) => i.matchedSkills[0] === skill)).toBe(true);
    const typed = await ok<SuggestionsResponse>(me, 'GET', `/mentor-directory/suggestions?skills=${skill}&industry=Health`);
    expect(typed.items.map((i) => i.mentor.name)).not.toContain('Other Industry');
    expect(typed.items.map((i) => i.mentor.name)).toEqual(expect.arrayContaining(['Same Industry', 'Same Industry No Age']));
  });
});

async function acceptedPair(names: { mentee: string; mentor: string }) {
  const mentee = await signupUser(t.app, { name: names.mentee });
  const mentor = await signupUser(t.app, { name: names.mentor });
  const p = await profile(mentor, { role: 'Director', industry: 'Health' });
  const req = (await ask(mentee, p.id!, { kind: 'shepherd', areas: ['Negotiation'] })).json() as RequestResponse;
  const accepted = await ok<RequestResponse>(mentor, 'POST', `/mentor-requests/${req.id}/accept`, { message: 'Gladly!' });
  const mentorshipId = ((await ok<{ items: RequestResponse[] }>(mentee, 'GET', '/mentor-requests?box=outgoing')).items[0]!).mentorshipId!;
  return { mentee, mentor, profileId: p.id!, requestId: req.id, menteeId: accepted.menteeId!, mentorshipId };
}

describe('requests', () => {
  it('accepts: the mentee gets the mentor as a contact and mentorship, the mentor gets the mentee; twice is a 409', async () => {
    const mentee = await signupUser(t.app, { name: 'Mina Mentee' });
    const mentor = await signupUser(t.app, { name: 'Olu Mentor' });
    const p = await profile(mentor, { role: 'Head of Sales', industry: 'Retail' });
    const sent = await ok<RequestResponse>(mentee, 'POST', '/mentor-requests', { mentorProfileId: p.id, message: '  Hi Olu, would you?  ', kind: 'shepherd', areas: ['Negotiation'] }, 201);
    expect(sent).toMatchObject({ direction: 'outgoing', status: 'pending', message: 'Hi Olu, would you?', otherName: 'Olu Mentor', mentorProfileId: p.id });
    expect(await ok<RequestCountsResponse>(mentor, 'GET', '/mentor-requests/counts')).toEqual({ incomingPending: 1, outgoingPending: 0 });
    expect(await ok<RequestCountsResponse>(mentee, 'GET', '/mentor-requests/counts')).toEqual({ incomingPending: 0, outgoingPending: 1 });
    const incoming = await ok<{ items: RequestResponse[] }>(mentor, 'GET', '/mentor-requests?box=incoming&status=pending');
    expect(incoming.items.map((r) => [r.direction, r.otherName, r.message])).toEqual([['incoming', 'Mina Mentee', 'Hi Olu, would you?']]);
    expect((await ok<DirectoryResponse>(mentee, 'GET', '/mentor-directory?q=olu')).items[0]!.myRequest).toEqual({ id: sent.id, status: 'pending' });
    expect(problem(await ask(mentee, p.id!), 409).code).toBe('request_pending');

    const accepted = await ok<RequestResponse>(mentor, 'POST', `/mentor-requests/${sent.id}/accept`, { message: 'Happy to!' });
    expect(accepted).toMatchObject({ status: 'accepted', response: 'Happy to!', direction: 'incoming' });
    expect(accepted.menteeId).not.toBeNull();
    expect(problem(await call(mentor, 'POST', `/mentor-requests/${sent.id}/accept`, { message: 'Again' }), 409).code).toBe('request_not_pending');
    expect(problem(await call(mentor, 'POST', `/mentor-requests/${sent.id}/decline`, { message: 'No' }), 409).code).toBe('request_not_pending');
    expect(problem(await call(mentee, 'POST', `/mentor-requests/${sent.id}/withdraw`), 409).code).toBe('request_not_pending');
    expect(await ok<RequestCountsResponse>(mentor, 'GET', '/mentor-requests/counts')).toEqual({ incomingPending: 0, outgoingPending: 0 });

    const out = (await ok<{ items: RequestResponse[] }>(mentee, 'GET', '/mentor-requests?box=outgoing')).items[0]!;
    expect(out).toMatchObject({ status: 'accepted', response: 'Happy to!' });
    const m = await ok<MentorshipResponse>(mentee, 'GET', `/mentorships/${out.mentorshipId}`);
    expect(m).toMatchObject({ kind: 'shepherd', areas: ['Negotiation'], mentorOnTrellis: true, status: 'active', contact: { displayName: 'Olu Mentor', title: 'Head of Sales', circle: 'mentor' } });
    expect(m.contact!.email).toBe(mentor.email);
    await ok(mentee, 'GET', `/contacts/${m.contactId}`);
    const mine = await ok<{ items: { id: string; name: string; kind: string }[] }>(mentor, 'GET', '/my-mentees');
    expect(mine.items.map((x) => [x.id, x.name, x.kind])).toEqual([[accepted.menteeId, 'Mina Mentee', 'shepherd']]);
    expect(problem(await ask(mentee, p.id!), 409).code).toBe('already_mentoring');
    // The mentee ends it (deletes the mentorship): the mentor's side goes with it, and asking again is possible.
    await ok(mentee, 'DELETE', `/mentorships/${out.mentorshipId}`, undefined, 204);
    expect((await ok<{ items: unknown[] }>(mentor, 'GET', '/my-mentees')).items).toEqual([]);
    problem(await call(mentor, 'GET', `/my-mentees/${accepted.menteeId}`), 404);
    await ok(mentee, 'POST', '/mentor-requests', { mentorProfileId: p.id, message: 'Again?' }, 201);
  });

  it('declines and withdraws with kind messages; refuses a mentor not taking mentees, myself, and bad input', async () => {
    const mentee = await signupUser(t.app);
    const mentor = await signupUser(t.app);
    const p = await profile(mentor, {});
    const r1 = ((await ask(mentee, p.id!)).json() as RequestResponse).id;
    problem(await call(mentor, 'POST', `/mentor-requests/${r1}/decline`, { message: '   ' }), 400);
    const declined = await ok<RequestResponse>(mentor, 'POST', `/mentor-requests/${r1}/decline`, { message: 'Not now, but keep going.' });
    expect(declined).toMatchObject({ status: 'declined', response: 'Not now, but keep going.' });
    expect((await ok<{ items: RequestResponse[] }>(mentee, 'GET', '/mentor-requests?box=outgoing')).items[0]).toMatchObject({ status: 'declined', response: 'Not now, but keep going.', mentorshipId: null });
    expect((await ok<{ items: unknown[] }>(mentee, 'GET', '/mentorships')).items).toEqual([]);
    const r2 = ((await ask(mentee, p.id!)).json() as RequestResponse).id;
    expect(problem(await call(mentor, 'POST', `/mentor-requests/${r2}/withdraw`), 404).code).toBe('not_found');
    expect((await ok<RequestResponse>(mentee, 'POST', `/mentor-requests/${r2}/withdraw`)).status).toBe('withdrawn');
    problem(await call(mentee, 'POST', `/mentor-requests/${r2}/accept`, { message: 'Self-accept' }), 404);

    await profile(mentor, { availability: 'closed' });
    expect(problem(await ask(mentee, p.id!), 409).code).toBe('not_taking_mentees');
    const own = await profile(mentee, {});
    expect(problem(await ask(mentee, own.id!), 409).code).toBe('own_profile');
    const bad = problem(await call(mentee, 'POST', '/mentor-requests', { mentorProfileId: 'nope', message: '', kind: 'boss' }), 400);
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['kind', 'mentorProfileId', 'message']);
    expect(problem(await ask(mentee, '00000000-0000-4000-8000-000000000000'), 400).errors).toEqual([{ path: 'mentorProfileId', message: 'No such mentor in the directory' }]);
    problem(await call(mentee, 'GET', '/mentor-requests?box=sideways'), 400);
  });

  it("keeps other people's requests unseen: a third user gets 404 on them", async () => {
    const { requestId } = await acceptedPair({ mentee: 'A', mentor: 'B' });
    const stranger = await signupUser(t.app);
    problem(await call(stranger, 'POST', `/mentor-requests/${requestId}/decline`, { message: 'x' }), 404);
    expect((await ok<{ items: unknown[] }>(stranger, 'GET', '/mentor-requests?box=incoming')).items).toEqual([]);
  });
});

describe("the mentor's view", () => {
  it('shows only the goals the mentee shared, never private notes; the mentor comments and the mentee sees it', async () => {
    const { mentee, mentor, menteeId, mentorshipId } = await acceptedPair({ mentee: 'Priya Mentee', mentor: 'Sam Mentor' });
    await ok(mentee, 'PATCH', `/mentorships/${mentorshipId}`, { notes: 'PRIVATE-MENTORSHIP-NOTE' });
    const shared = await ok<GoalResponse>(mentee, 'POST', '/mentoring-goals', { horizon: 'one_year', title: 'Shared goal', areas: ['Negotiation'], sharedWith: [mentorshipId] }, 201);
    const hidden = await ok<GoalResponse>(mentee, 'POST', '/mentoring-goals', { horizon: 'two_year', title: 'UNSHARED-GOAL' }, 201);
    await ok(mentee, 'POST', `/mentoring-goals/${shared.id}/posts`, { kind: 'challenge', body: 'Asking for a raise', postedOn: '2026-11-01' }, 201);
    await ok(mentee, 'POST', `/mentoring-goals/${hidden.id}/posts`, { kind: 'progress', body: 'UNSHARED-POST' }, 201);
    await ok(mentee, 'POST', `/mentorships/${mentorshipId}/meetings`, { heldOn: '2026-11-02', agenda: 'Raise prep', notes: 'PRIVATE-MEETING-NOTE', actionItems: [{ text: 'Draft the ask' }] }, 201);

    const res = await call(mentor, 'GET', `/my-mentees/${menteeId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('UNSHARED');
    expect(res.body).not.toContain('PRIVATE-');
    const view = res.json() as MenteeDetail;
    expect(view).toMatchObject({ name: 'Priya Mentee', sharedGoals: 1, openActionItems: 1 });
    expect(view.goals.map((g) => [g.title, g.posts.map((p) => p.body)])).toEqual([['Shared goal', ['Asking for a raise']]]);
    expect(view.meetings.map((m) => [m.heldOn, m.agenda, m.actionItems.map((i) => i.text)])).toEqual([['2026-11-02', 'Raise prep', ['Draft the ask']]]);

    const commented = await ok<MenteeDetail>(mentor, 'POST', `/my-mentees/${menteeId}/goals/${shared.id}/comments`, { body: 'Anchor high, then listen.' }, 201);
    expect(commented.goals[0]!.posts.map((p) => [p.kind, p.authorName, p.mine])).toEqual([['challenge', 'Priya Mentee', false], ['comment', 'Sam Mentor', true]]);
    problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/goals/${hidden.id}/comments`, { body: 'Peek' }), 404);
    problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/goals/${shared.id}/comments`, { body: '' }), 400);
    const menteeGoal = await ok<GoalResponse>(mentee, 'GET', `/mentoring-goals/${shared.id}`);
    expect(menteeGoal.posts.map((p) => [p.kind, p.authorName])).toEqual([['challenge', null], ['comment', 'Sam Mentor']]);

    await ok(mentee, 'PATCH', `/mentoring-goals/${shared.id}`, { sharedWith: [] });
    expect((await ok<MenteeDetail>(mentor, 'GET', `/my-mentees/${menteeId}`)).goals).toEqual([]);
    problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/goals/${shared.id}/comments`, { body: 'Still here?' }), 404);

    const stranger = await signupUser(t.app);
    problem(await call(stranger, 'GET', `/my-mentees/${menteeId}`), 404);
    problem(await call(mentee, 'GET', `/my-mentees/${menteeId}`), 404);
  });

  it("does not show one mentor's comments to another mentor of the same mentee", async () => {
    const { mentee, mentor, menteeId, mentorshipId } = await acceptedPair({ mentee: 'Two Mentors', mentor: 'First' });
    const second = await signupUser(t.app, { name: 'Second' });
    const p2 = await profile(second, {});
    const r = ((await ask(mentee, p2.id!)).json() as RequestResponse).id;
    const secondMenteeId = (await ok<RequestResponse>(second, 'POST', `/mentor-requests/${r}/accept`, { message: 'Yes' })).menteeId!;
    const m2 = (await ok<{ items: RequestResponse[] }>(mentee, 'GET', '/mentor-requests?box=outgoing')).items.find((x) => x.id === r)!.mentorshipId!;
    const goal = await ok<GoalResponse>(mentee, 'POST', '/mentoring-goals', { horizon: 'one_year', title: 'Both see it', sharedWith: [mentorshipId, m2] }, 201);
    await ok(mentor, 'POST', `/my-mentees/${menteeId}/goals/${goal.id}/comments`, { body: 'FIRST-ONLY' }, 201);
    const seen = await call(second, 'GET', `/my-mentees/${secondMenteeId}`);
    expect(seen.body).toContain('Both see it');
    expect(seen.body).not.toContain('FIRST-ONLY');
    problem(await call(second, 'GET', `/my-mentees/${menteeId}`), 404);
  });

  it('lets the mentor accept the agreement themselves; the mentee can no longer record it for them', async () => {
    const { mentee, mentor, menteeId, mentorshipId } = await acceptedPair({ mentee: 'Agree Mentee', mentor: 'Agree Mentor' });
    expect(problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/agreement/accept`), 409).code).toBe('no_agreement');
    await ok(mentee, 'POST', `/mentorships/${mentorshipId}/agreement`, { cadence: 'Monthly', confidentiality: 'Between us' });
    await ok(mentee, 'POST', `/mentorships/${mentorshipId}/agreement/accept`, { party: 'mentee' });
    expect(problem(await call(mentee, 'POST', `/mentorships/${mentorshipId}/agreement/accept`, { party: 'mentor' }), 409).code).toBe('mentor_accepts_in_app');
    expect((await ok<MenteeDetail>(mentor, 'GET', `/my-mentees/${menteeId}`)).agreementNeedsYou).toBe(true);
    const after = await ok<MenteeDetail>(mentor, 'POST', `/my-mentees/${menteeId}/agreement/accept`);
    expect(after.agreement.current).toMatchObject({ version: 1, acceptedByBoth: true, mentorAgreedOn: null });
    expect(after.agreement.current!.mentorAcceptedAt).not.toBeNull();
    expect(after.agreementNeedsYou).toBe(false);
    expect(problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/agreement/accept`), 409).code).toBe('already_accepted');
    const menteeSide = await ok<AgreementResponse>(mentee, 'GET', `/mentorships/${mentorshipId}/agreement`);
    expect(menteeSide.current!.acceptedByBoth).toBe(true);
    const v2 = await ok<AgreementResponse>(mentee, 'POST', `/mentorships/${mentorshipId}/agreement`, { cadence: 'Every two weeks' });
    expect(v2.current).toMatchObject({ version: 2, mentorAcceptedAt: null });
    expect((await ok<MenteeDetail>(mentor, 'GET', `/my-mentees/${menteeId}`)).agreementNeedsYou).toBe(true);
  });

  it('runs a questions thread between meetings; only the mentor shares articles, jobs and events', async () => {
    const { mentee, mentor, menteeId, mentorshipId } = await acceptedPair({ mentee: 'Q Mentee', mentor: 'Q Mentor' });
    const asked = await ok<{ items: { body: string; mine: boolean; authorName: string }[] }>(mentee, 'POST', `/mentorships/${mentorshipId}/thread`, { body: 'How do I prepare for a panel interview?' }, 201);
    expect(asked.items.map((p) => [p.body, p.mine, p.authorName])).toEqual([['How do I prepare for a panel interview?', true, 'Q Mentee']]);
    expect(problem(await call(mentee, 'POST', `/mentorships/${mentorshipId}/thread`, { kind: 'article', title: 'x', url: 'https://example.org' }), 400).errors?.[0]?.path).toBe('kind');
    await ok(mentor, 'POST', `/my-mentees/${menteeId}/thread`, { body: 'Research each panellist.' }, 201);
    const shared = await ok<MenteeDetail>(mentor, 'POST', `/my-mentees/${menteeId}/thread`, { kind: 'job', title: 'Product lead, Acme', url: 'https://example.org/jobs/1', body: 'Fits your goal' }, 201);
    expect(shared.thread.map((p) => [p.kind, p.authorName, p.mine])).toEqual([['message', 'Q Mentee', false], ['message', 'Q Mentor', true], ['job', 'Q Mentor', true]]);
    const bad = problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/thread`, { kind: 'event', url: 'javascript:alert(1)' }), 400);
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['title', 'url']);
    problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/thread`, { body: '' }), 400);
    const m = await ok<MentorshipResponse>(mentee, 'GET', `/mentorships/${mentorshipId}`);
    expect(m.thread.map((p) => p.kind)).toEqual(['message', 'message', 'job']);
    const external = await ok<MentorshipResponse>(mentee, 'POST', '/mentorships', { newContact: { displayName: 'Offline Mentor' }, kind: 'other' }, 201);
    expect(problem(await call(mentee, 'POST', `/mentorships/${external.id}/thread`, { body: 'Hello?' }), 409).code).toBe('external_mentor');
    await ok(mentee, 'PATCH', `/mentorships/${mentorshipId}`, { status: 'closed', reflection: 'Thanks' });
    expect(problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/thread`, { body: 'Late' }), 409).code).toBe('mentorship_closed');
    expect((await ok<MenteeDetail>(mentor, 'GET', `/my-mentees/${menteeId}`)).status).toBe('closed');
  });

  it('lets the mentor tick off the action items they took on, and only those', async () => {
    const { mentee, mentor, menteeId, mentorshipId } = await acceptedPair({ mentee: 'Item Mentee', mentor: 'Item Mentor' });
    const meeting = (await call(mentee, 'POST', `/mentorships/${mentorshipId}/meetings`, { heldOn: '2026-11-02', actionItems: [{ text: 'Draft the ask' }, { text: 'Introduce me to Sam', owner: 'mentor', dueOn: '2026-12-01' }] })).json() as { actionItems: { id: string }[] };
    const [mine, theirs] = [meeting.actionItems[0]!.id, meeting.actionItems[1]!.id];
    const after = await ok<MenteeDetail>(mentor, 'PATCH', `/my-mentees/${menteeId}/action-items/${theirs}`, { done: true });
    expect(after.meetings[0]!.actionItems.map((i) => [i.text, i.done])).toEqual([['Draft the ask', false], ['Introduce me to Sam', true]]);
    expect(after.openActionItems).toBe(1);
    expect(problem(await call(mentor, 'PATCH', `/my-mentees/${menteeId}/action-items/${mine}`, { done: true }), 409).code).toBe('not_your_action_item');
    problem(await call(mentor, 'PATCH', `/my-mentees/${menteeId}/action-items/${theirs}`, { done: 'yes' }), 400);
    const other = await ok<MentorshipResponse>(mentee, 'POST', '/mentorships', { newContact: { displayName: 'Elsewhere' }, kind: 'other' }, 201);
    const elsewhere = (await call(mentee, 'POST', `/mentorships/${other.id}/meetings`, { heldOn: '2026-11-03', actionItems: [{ text: 'Not for you', owner: 'mentor' }] })).json() as { actionItems: { id: string }[] };
    problem(await call(mentor, 'PATCH', `/my-mentees/${menteeId}/action-items/${elsewhere.actionItems[0]!.id}`, { done: true }), 404);
    const open = await ok<{ items: { text: string }[] }>(mentee, 'GET', '/mentoring-action-items');
    expect(open.items.map((i) => i.text).sort()).toEqual(['Draft the ask', 'Not for you']);
    expect((await ok<MenteeDetail>(mentor, 'PATCH', `/my-mentees/${menteeId}/action-items/${theirs}`, { done: false })).openActionItems).toBe(2);
  });
});
