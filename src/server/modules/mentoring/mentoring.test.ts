import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, type Method, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem as problem } from '../../../../tests/helpers/problem';
import type { AgreementResponse, BoardResponse, GoalResponse, MeetingResponse, MentorshipResponse, OpenActionItem, WishListResponse, ActionItemResponse } from '../../../domain/mentoring/api';
import type { Contact } from '../../../domain/network/api';
import { listOpenActionItems } from './meetings-service';

let t: TestContext;
let a: Session;
let b: Session;
beforeAll(async () => {
  t = await createTestApp();
  a = await signupUser(t.app, { name: 'Maya Lopez' });
  b = await signupUser(t.app);
});
afterAll(async () => t?.close());

const call = (s: Session | null, method: Method | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: s?.headers ?? {}, payload });
const ok = async <T>(s: Session, method: Method | 'PUT', url: string, payload?: object, status = 200): Promise<T> => {
  const r = await call(s, method, url, payload);
  expect(r.statusCode, r.body).toBe(status);
  return (r.body ? r.json() : null) as T;
};
const mentor = (s: Session, body: object) => ok<MentorshipResponse>(s, 'POST', '/mentorships', body, 201);

describe('my mentors', () => {
  it('adds several mentors of different kinds, from an existing contact or a new one, inside/outside from the contact', async () => {
    const ines = await ok<Contact>(a, 'POST', '/contacts', { givenName: 'Ines', familyName: 'Park', company: 'Acme', employer: 'inside', circle: 'colleague' }, 201);
    const angel = await mentor(a, { contactId: ines.id, kind: 'guardian_angel', areas: ['Visibility', 'visibility', 'Politics'], startedOn: '2026-03-01' });
    expect(angel).toMatchObject({ kind: 'guardian_angel', employer: 'inside', areas: ['Visibility', 'Politics'], status: 'active', startedOn: '2026-03-01', warnings: [], meetings: [], sharedGoals: [] });
    expect(angel.agreement).toEqual({ current: null, history: [], reviewDue: false });
    const out = await mentor(a, { newContact: { displayName: 'Tomas Berg', company: 'Northwind', employer: 'outside' }, kind: 'board_of_directors', areas: ['Finance'] });
    expect(out).toMatchObject({ employer: 'outside', contact: { displayName: 'Tomas Berg' } });
    expect(out.startedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const list = await ok<{ items: MentorshipResponse[] }>(a, 'GET', '/mentorships');
    expect(list.items.map((m) => m.id)).toEqual(expect.arrayContaining([angel.id, out.id]));
  });

  it('warns when the mentor is my own boss: flagged, or from the management circle', async () => {
    const flagged = await mentor(a, { newContact: { displayName: 'Boss Person' }, kind: 'shepherd', isManager: true });
    expect(flagged.warnings.map((w) => w.code)).toEqual(['own_manager']);
    const boss = await ok<Contact>(a, 'POST', '/contacts', { displayName: 'Skip Level', circle: 'management' }, 201);
    const guessed = await mentor(a, { contactId: boss.id, kind: 'other' });
    expect(guessed.warnings.map((w) => w.code)).toEqual(['management_circle']);
    const cleared = await ok<MentorshipResponse>(a, 'PATCH', `/mentorships/${flagged.id}`, { isManager: false });
    expect(cleared.warnings).toEqual([]);
  });

  it('pauses, and closes only with a reflection, then invites paying it forward', async () => {
    const m = await mentor(a, { newContact: { displayName: 'Old Mentor' }, kind: 'shepherd' });
    expect((await ok<MentorshipResponse>(a, 'PATCH', `/mentorships/${m.id}`, { status: 'paused' })).status).toBe('paused');
    const noReflection = problem(await call(a, 'PATCH', `/mentorships/${m.id}`, { status: 'closed' }), 400);
    expect(noReflection.errors?.map((e) => e.path)).toEqual(['reflection']);
    const closed = await ok<MentorshipResponse>(a, 'PATCH', `/mentorships/${m.id}`, { status: 'closed', reflection: 'Learned to negotiate.' });
    expect(closed).toMatchObject({ status: 'closed', reflection: 'Learned to negotiate.' });
    expect(closed.closedOn).not.toBeNull();
    expect(closed.payItForward).toContain('Pass it on');
    const reopened = await ok<MentorshipResponse>(a, 'PATCH', `/mentorships/${m.id}`, { status: 'active' });
    expect(reopened).toMatchObject({ closedOn: null, payItForward: null });
  });

  it('shows the board of directors: who covers which area, and goal areas nobody covers', async () => {
    const c = await signupUser(t.app);
    await mentor(c, { newContact: { displayName: 'Ana' }, kind: 'board_of_directors', areas: ['Negotiation', 'Sales'] });
    await mentor(c, { newContact: { displayName: 'Ben' }, kind: 'board_of_directors', areas: ['negotiation'] });
    const gone = await mentor(c, { newContact: { displayName: 'Cy' }, kind: 'shepherd', areas: ['Design'] });
    await ok(c, 'PATCH', `/mentorships/${gone.id}`, { status: 'closed', reflection: 'Thanks' });
    await ok(c, 'POST', '/mentoring-goals', { horizon: 'two_year', title: 'Lead', areas: ['Leadership', 'Sales', 'Design'] }, 201);
    const board = await ok<BoardResponse>(c, 'GET', '/mentorships/board');
    expect(board.covered.map((x) => [x.area, x.mentors.map((m) => m.name)])).toEqual([
      ['Negotiation', ['Ana', 'Ben']],
      ['Sales', ['Ana']],
    ]);
    expect(board.uncovered).toEqual(['Design', 'Leadership']);
  });

  it('refuses bad input with per-field errors, never a 500', async () => {
    expect(problem(await call(a, 'POST', '/mentorships', { kind: 'shepherd' }), 400).errors?.map((e) => e.path)).toContain('contactId');
    expect(problem(await call(a, 'POST', '/mentorships', { newContact: { displayName: 'X' }, kind: 'boss' }), 400).errors?.map((e) => e.path)).toContain('kind');
    const unknown = problem(await call(a, 'POST', '/mentorships', { contactId: '00000000-0000-4000-8000-000000000000', kind: 'other' }), 400);
    expect(unknown.errors).toEqual([{ path: 'contactId', message: 'No such contact' }]);
    problem(await call(a, 'POST', '/mentorships', { newContact: { displayName: 'X' }, kind: 'other', startedOn: '2026-13-40' }), 400);
    problem(await call(a, 'GET', '/mentorships?status=nonsense'), 400);
  });

  it("treats another user's mentorships and contacts as if they did not exist", async () => {
    const theirs = await mentor(b, { newContact: { displayName: 'Their Mentor' }, kind: 'shepherd' });
    problem(await call(a, 'GET', `/mentorships/${theirs.id}`), 404);
    problem(await call(a, 'PATCH', `/mentorships/${theirs.id}`, { kind: 'other' }), 404);
    problem(await call(a, 'DELETE', `/mentorships/${theirs.id}`), 404);
    problem(await call(a, 'POST', `/mentorships/${theirs.id}/meetings`, { heldOn: '2026-11-01' }), 404);
    problem(await call(a, 'POST', `/mentorships/${theirs.id}/agreement`, { goals: 'x' }), 404);
    const theirContact = await ok<Contact>(b, 'POST', '/contacts', { displayName: 'Private' }, 201);
    expect(problem(await call(a, 'POST', '/mentorships', { contactId: theirContact.id, kind: 'other' }), 400).errors).toEqual([{ path: 'contactId', message: 'No such contact' }]);
    expect((await ok<{ items: MentorshipResponse[] }>(a, 'GET', '/mentorships')).items.map((m) => m.id)).not.toContain(theirs.id);
  });

  it('deletes a mentorship (204) and keeps the contact', async () => {
    const m = await mentor(a, { newContact: { displayName: 'Short Lived' }, kind: 'other' });
    await ok(a, 'DELETE', `/mentorships/${m.id}`, undefined, 204);
    problem(await call(a, 'GET', `/mentorships/${m.id}`), 404);
    await ok(a, 'GET', `/contacts/${m.contactId}`);
  });
});

describe('goals', () => {
  it('sets a goal shared with a mentor, posts progress and a new challenge as a dated thread', async () => {
    const m = await mentor(a, { newContact: { displayName: 'Goal Mentor' }, kind: 'shepherd' });
    const goal = await ok<GoalResponse>(a, 'POST', '/mentoring-goals', { horizon: 'one_year', title: 'Present at a conference', areas: ['Public speaking'], sharedWith: [m.id] }, 201);
    expect(goal).toMatchObject({ horizon: 'one_year', achieved: false, sharedWith: [{ mentorshipId: m.id, name: 'Goal Mentor' }], posts: [] });
    await ok(a, 'POST', `/mentoring-goals/${goal.id}/posts`, { kind: 'challenge', body: 'Stage fright', postedOn: '2026-11-10' }, 201);
    const after = await ok<GoalResponse>(a, 'POST', `/mentoring-goals/${goal.id}/posts`, { kind: 'progress', body: 'Submitted a talk', postedOn: '2026-11-01' }, 201);
    expect(after.posts.map((p) => [p.kind, p.postedOn])).toEqual([['progress', '2026-11-01'], ['challenge', '2026-11-10']]);
    const detail = await ok<MentorshipResponse>(a, 'GET', `/mentorships/${m.id}`);
    expect(detail.sharedGoals).toEqual([{ id: goal.id, title: 'Present at a conference', horizon: 'one_year' }]);
    const unshared = await ok<GoalResponse>(a, 'PATCH', `/mentoring-goals/${goal.id}`, { sharedWith: [], achieved: true });
    expect(unshared).toMatchObject({ sharedWith: [], achieved: true });
    await ok(a, 'DELETE', `/mentoring-goals/${goal.id}`, undefined, 204);
    problem(await call(a, 'GET', `/mentoring-goals/${goal.id}`), 404);
  });

  it('refuses bad input and sharing with a mentorship that is not mine', async () => {
    expect(problem(await call(a, 'POST', '/mentoring-goals', { horizon: 'forever', title: '' }), 400).errors?.map((e) => e.path).sort()).toEqual(['horizon', 'title']);
    const theirs = await mentor(b, { newContact: { displayName: 'Not yours' }, kind: 'other' });
    const p = problem(await call(a, 'POST', '/mentoring-goals', { horizon: 'long_term', title: 'X', sharedWith: [theirs.id] }), 400);
    expect(p.errors).toEqual([{ path: 'sharedWith.0', message: 'No such mentorship' }]);
    const mine = await ok<GoalResponse>(a, 'POST', '/mentoring-goals', { horizon: 'long_term', title: 'Mine' }, 201);
    problem(await call(a, 'POST', `/mentoring-goals/${mine.id}/posts`, { kind: 'progress', body: '  ' }), 400);
    problem(await call(b, 'GET', `/mentoring-goals/${mine.id}`), 404);
    problem(await call(b, 'POST', `/mentoring-goals/${mine.id}/posts`, { kind: 'progress', body: 'hi' }), 404);
    expect((await ok<{ items: GoalResponse[] }>(b, 'GET', '/mentoring-goals')).items.map((g) => g.id)).not.toContain(mine.id);
  });
});

describe('meetings and action items', () => {
  it('records a meeting with action items, lists the open ones soonest first, and ticks them off', async () => {
    const u = await signupUser(t.app);
    const m = await mentor(u, { newContact: { displayName: 'Rita Meet' }, kind: 'guardian_angel' });
    const meeting = await ok<MeetingResponse>(u, 'POST', `/mentorships/${m.id}/meetings`, {
      heldOn: '2026-11-02',
      agenda: 'Promotion case',
      notes: 'Talked about visibility',
      actionItems: [{ text: 'Draft the case', dueOn: '2000-01-10' }, { text: 'Introduce me to Sam', owner: 'mentor', dueOn: '2999-01-01' }, { text: 'Read the book' }],
    }, 201);
    expect(meeting.actionItems.map((i) => [i.text, i.owner, i.overdue])).toEqual([['Draft the case', 'me', true], ['Introduce me to Sam', 'mentor', false], ['Read the book', 'me', false]]);
    const open = await ok<{ items: OpenActionItem[] }>(u, 'GET', '/mentoring-action-items');
    expect(open.items.map((i) => [i.text, i.mentorName, i.meetingHeldOn])).toEqual([
      ['Draft the case', 'Rita Meet', '2026-11-02'],
      ['Introduce me to Sam', 'Rita Meet', '2026-11-02'],
      ['Read the book', 'Rita Meet', '2026-11-02'],
    ]);
    const done = await ok<ActionItemResponse>(u, 'PATCH', `/mentoring-action-items/${meeting.actionItems[0]!.id}`, { done: true });
    expect(done).toMatchObject({ done: true, overdue: false });
    const added = await ok<ActionItemResponse>(u, 'POST', `/mentoring-meetings/${meeting.id}/action-items`, { text: 'Book next session', dueOn: '2026-12-01' }, 201);
    const fromService = await listOpenActionItems(t.database.db, u.userId);
    expect(fromService.map((i) => i.text)).toEqual(['Book next session', 'Introduce me to Sam', 'Read the book']);
    await ok(u, 'DELETE', `/mentoring-action-items/${added.id}`, undefined, 204);
    const edited = await ok<MeetingResponse>(u, 'PATCH', `/mentoring-meetings/${meeting.id}`, { notes: 'Updated notes' });
    expect(edited).toMatchObject({ notes: 'Updated notes', agenda: 'Promotion case' });
    const detail = await ok<MentorshipResponse>(u, 'GET', `/mentorships/${m.id}`);
    expect(detail.meetings[0]!.actionItems.map((i) => i.done)).toEqual([true, false, false]);
    await ok(u, 'DELETE', `/mentoring-meetings/${meeting.id}`, undefined, 204);
    expect((await ok<{ items: OpenActionItem[] }>(u, 'GET', '/mentoring-action-items')).items).toEqual([]);
  });

  it("refuses bad input and another user's meetings and items", async () => {
    const m = await mentor(a, { newContact: { displayName: 'Meeting Mentor' }, kind: 'other' });
    expect(problem(await call(a, 'POST', `/mentorships/${m.id}/meetings`, { heldOn: 'yesterday', actionItems: [{ text: '' }] }), 400).errors?.map((e) => e.path).sort()).toEqual(['actionItems.0.text', 'heldOn']);
    const meeting = await ok<MeetingResponse>(a, 'POST', `/mentorships/${m.id}/meetings`, { heldOn: '2026-11-01', actionItems: [{ text: 'Mine' }] }, 201);
    problem(await call(b, 'PATCH', `/mentoring-meetings/${meeting.id}`, { notes: 'x' }), 404);
    problem(await call(b, 'POST', `/mentoring-meetings/${meeting.id}/action-items`, { text: 'x' }), 404);
    problem(await call(b, 'PATCH', `/mentoring-action-items/${meeting.actionItems[0]!.id}`, { done: true }), 404);
    problem(await call(b, 'DELETE', `/mentoring-action-items/${meeting.actionItems[0]!.id}`), 404);
    problem(await call(a, 'PATCH', `/mentoring-action-items/${meeting.actionItems[0]!.id}`, { owner: 'boss' }), 400);
    expect((await ok<{ items: OpenActionItem[] }>(b, 'GET', '/mentoring-action-items')).items.map((i) => i.text)).not.toContain('Mine');
  });
});

describe('the expectations agreement', () => {
  it('keeps every revision, resets acceptances on a change, records both acceptances and prompts a review', async () => {
    const m = await mentor(a, { newContact: { displayName: 'Agree Mentor' }, kind: 'shepherd' });
    expect(problem(await call(a, 'POST', `/mentorships/${m.id}/agreement/accept`, { party: 'mentee' }), 409).code).toBe('no_agreement');
    const v1 = await ok<AgreementResponse>(a, 'POST', `/mentorships/${m.id}/agreement`, { goals: 'Get promoted', cadence: 'Monthly', confidentiality: 'Between us', reviewOn: '2999-01-01' });
    expect(v1.current).toMatchObject({ version: 1, cadence: 'Monthly', acceptedByBoth: false });
    const mentee = await ok<AgreementResponse>(a, 'POST', `/mentorships/${m.id}/agreement/accept`, { party: 'mentee' });
    expect(mentee.current!.menteeAcceptedAt).not.toBeNull();
    const both = await ok<AgreementResponse>(a, 'POST', `/mentorships/${m.id}/agreement/accept`, { party: 'mentor', agreedOn: '2026-11-03' });
    expect(both.current).toMatchObject({ mentorAgreedOn: '2026-11-03', acceptedByBoth: true });
    expect(both.reviewDue).toBe(false);
    const same = await ok<AgreementResponse>(a, 'POST', `/mentorships/${m.id}/agreement`, { goals: 'Get promoted', cadence: 'Monthly', confidentiality: 'Between us', reviewOn: '2999-01-01' });
    expect(same.history).toHaveLength(1);
    const v2 = await ok<AgreementResponse>(a, 'POST', `/mentorships/${m.id}/agreement`, { goals: 'Get promoted', cadence: 'Every two weeks', confidentiality: 'Between us', reviewOn: '2000-01-01' });
    expect(v2.history.map((h) => [h.version, h.cadence, h.acceptedByBoth])).toEqual([[2, 'Every two weeks', false], [1, 'Monthly', true]]);
    expect(v2.current).toMatchObject({ version: 2, menteeAcceptedAt: null, mentorAgreedOn: null });
    expect(v2.reviewDue).toBe(true);
    const listed = (await ok<{ items: MentorshipResponse[] }>(a, 'GET', '/mentorships')).items;
    expect(listed.find((x) => x.id === m.id)?.agreementReviewDue).toBe(true);
    expect(listed.filter((x) => x.id !== m.id).every((x) => !x.agreementReviewDue)).toBe(true);
    expect((await ok<AgreementResponse>(a, 'GET', `/mentorships/${m.id}/agreement`)).history).toHaveLength(2);
    problem(await call(a, 'POST', `/mentorships/${m.id}/agreement/accept`, { party: 'mentee', agreedOn: '2026-11-03' }), 400);
    problem(await call(a, 'POST', `/mentorships/${m.id}/agreement`, { reviewOn: 'soon' }), 400);
    problem(await call(b, 'GET', `/mentorships/${m.id}/agreement`), 404);
    problem(await call(b, 'POST', `/mentorships/${m.id}/agreement/accept`, { party: 'mentee' }), 404);
  });
});

describe('the mentor wish list', () => {
  it('saves, shares a public read-only page without login, and rotating retires the old link', async () => {
    const u = await signupUser(t.app, { name: 'Wish Maker' });
    const empty = await ok<WishListResponse>(u, 'GET', '/mentor-wish-list');
    expect(empty).toMatchObject({ shareUrl: null, lookingFor: null });
    expect(problem(await call(u, 'POST', '/mentor-wish-list/rotate'), 409).code).toBe('no_wish_list');
    const saved = await ok<WishListResponse>(u, 'PUT', '/mentor-wish-list', { lookingFor: 'A product leader <script>', skills: 'Roadmaps', industry: 'Health', why: 'I want to lead' });
    expect(saved.shareUrl).toMatch(/\/api\/v1\/wish-list\/[\w-]{20,}$/);
    expect(saved.email.body).toContain(saved.shareUrl);
    expect(saved.email.body).toContain('Skills they have honed: Roadmaps');
    const path = new URL(saved.shareUrl!).pathname;
    const page = await t.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Wish Maker is looking for a mentor');
    expect(page.body).toContain('A product leader &lt;script&gt;');
    expect(page.body).not.toContain('<script>');
    const again = await ok<WishListResponse>(u, 'PUT', '/mentor-wish-list', { lookingFor: 'Someone else' });
    expect(again.shareUrl).toBe(saved.shareUrl);
    const rotated = await ok<WishListResponse>(u, 'POST', '/mentor-wish-list/rotate');
    expect(rotated.shareUrl).not.toBe(saved.shareUrl);
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    const fresh = await t.app.inject({ method: 'GET', url: new URL(rotated.shareUrl!).pathname });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.body).toContain('Someone else');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/wish-list/not-a-real-token-at-all' })).statusCode).toBe(404);
    problem(await call(u, 'PUT', '/mentor-wish-list', { why: 'x'.repeat(3000) }), 400);
    problem(await call(null, 'GET', '/mentor-wish-list'), 401);
  });
});
