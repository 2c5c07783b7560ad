import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionFrom, type Method, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem as problem } from '../../../../tests/helpers/problem';
import type { MenteeSummary, MentorProfileResponse, RequestResponse } from '../../../domain/mentor-directory/api';
import type { MentorshipResponse } from '../../../domain/mentoring/api';
import type { PrepResponse } from '../../../domain/mentoring/interview-prep-api';
import type { ShadowResponse } from '../../../domain/mentoring/shadow-api';
import type { HealthItem, PayItForwardResponse, ReflectionResponse } from '../../../domain/mentoring/health-api';
import type { Contact, Interaction } from '../../../domain/network/api';
import type { FollowUpItem } from '../../../domain/follow-through/api';
import { syncAllQuietNudges } from './health-service';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

let people = 0;
async function signup(name: string): Promise<Session> {
  people += 1;
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/signup', remoteAddress: `10.7.0.${people}`, payload: { email: `depth${people}-${Date.now()}@example.test`, password: 'correct horse battery', name } });
  expect(res.statusCode, res.body).toBe(201);
  return sessionFrom(res);
}
const call = (s: Session | null, method: Method | 'PUT', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: s?.headers ?? {}, payload });
const ok = async <T>(s: Session, method: Method | 'PUT', url: string, payload?: object, status = 200): Promise<T> => {
  const r = await call(s, method, url, payload);
  expect(r.statusCode, r.body).toBe(status);
  return (r.body ? r.json() : null) as T;
};
const contact = (s: Session, displayName: string) => ok<Contact>(s, 'POST', '/contacts', { displayName }, 201);
const followUps = (s: Session, source: string) => ok<{ items: FollowUpItem[] }>(s, 'GET', `/follow-ups?source=${source}&limit=200`).then((r) => r.items);
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A mentee and a mentor who are both on Trellis, linked by an accepted request. */
async function pair() {
  const mentee = await signup('Maya Mentee');
  const mentor = await signup('Olu Mentor');
  const p = await ok<MentorProfileResponse>(mentor, 'PUT', '/mentor-profile', { listed: true, skills: ['Interviewing'] });
  const req = await ok<RequestResponse>(mentee, 'POST', '/mentor-requests', { mentorProfileId: p.id, message: 'Would you?', kind: 'shepherd', areas: ['Negotiation'] }, 201);
  const accepted = await ok<RequestResponse>(mentor, 'POST', `/mentor-requests/${req.id}/accept`, { message: 'Gladly!' });
  const mentorshipId = (await ok<{ items: RequestResponse[] }>(mentee, 'GET', '/mentor-requests?box=outgoing')).items[0]!.mentorshipId!;
  return { mentee, mentor, menteeId: accepted.menteeId!, mentorshipId };
}

describe('interview preparation', () => {
  it('starts from the built-in questions; next steps is always on the list to ask', async () => {
    const me = await signup('Prep Person');
    const prep = await ok<PrepResponse>(me, 'POST', '/interview-preps', { company: 'Northwind', role: 'Analyst' }, 201);
    expect(prep.likelyQuestions.map((q) => q.bankKey)).toEqual(['about_yourself', 'why_company', 'challenge', 'strengths', 'weakness']);
    expect(prep.questionsToAsk.map((q) => q.bankKey)).toContain('next_steps');
    expect(prep.practice).toEqual({ answered: 0, total: 5 });
    // Leaving the next-steps question out puts it back; custom questions and answers are kept.
    const edited = await ok<PrepResponse>(me, 'PATCH', `/interview-preps/${prep.id}`, {
      likelyQuestions: [{ key: prep.likelyQuestions[0]!.key, bankKey: 'about_yourself', answer: 'I grew up fixing bikes.' }, { text: 'Why data?' }, { text: 'why data?' }],
      questionsToAsk: [{ text: 'Who would I report to?' }],
    });
    expect(edited.likelyQuestions).toMatchObject([{ key: prep.likelyQuestions[0]!.key, answer: 'I grew up fixing bikes.' }, { text: 'Why data?', bankKey: null }]);
    expect(edited.questionsToAsk.map((q) => q.bankKey)).toEqual([null, 'next_steps']);
    expect(edited.practice).toEqual({ answered: 1, total: 2 });
    const bank = await ok<{ likely: unknown[]; toAsk: { key: string }[] }>(me, 'GET', '/interview-preps/question-bank');
    expect(bank.toAsk[0]!.key).toBe('next_steps');
  });

  it('refuses bad input with per-field messages, never a 500', async () => {
    const me = await signup('Careless Typer');
    const other = await signup('Someone Else');
    const theirs = await contact(other, 'Not yours');
    const bad = problem(await call(me, 'POST', '/interview-preps', { company: '  ', role: 'x'.repeat(201), scheduledAt: 'tomorrow' }), 400);
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['company', 'role', 'scheduledAt']);
    const people = problem(await call(me, 'POST', '/interview-preps', { company: 'A', role: 'B', people: [{ contactId: theirs.id, role: 'interviewer' }], likelyQuestions: [{ bankKey: 'nope' }, {}] }), 400);
    expect(people.errors?.map((e) => e.path).sort()).toEqual(['likelyQuestions.0', 'likelyQuestions.1', 'people.0.contactId']);
    const role = problem(await call(me, 'POST', '/interview-preps', { company: 'A', role: 'B', people: [{ contactId: theirs.id, role: 'boss' }] }), 400);
    expect(role.errors?.[0]?.path).toBe('people.0.role');
    const external = await ok<MentorshipResponse>(me, 'POST', '/mentorships', { newContact: { displayName: 'Offline Mentor' }, kind: 'shepherd' }, 201);
    const share = problem(await call(me, 'POST', '/interview-preps', { company: 'A', role: 'B', sharedMentorshipId: external.id }), 400);
    expect(share.errors).toEqual([{ path: 'sharedMentorshipId', message: expect.stringContaining('not on Trellis') }]);
    problem(await call(me, 'GET', '/interview-preps?cursor=garbage'), 400);
    expect(problem(await call(me, 'POST', '/interview-preps', { company: 'A', role: 'B', scheduledAt: '0000-01-01T00:00:00Z' }), 400).errors?.[0]).toEqual({ path: 'scheduledAt', message: 'That time is out of range' });
    expect(problem(await call(me, 'POST', '/interview-preps', { company: 'A', role: 'B', questionsToAsk: 'all of them', people: 'Ana' }), 400).errors?.map((e) => e.path).sort()).toEqual(['people', 'questionsToAsk']);
  });

  it("another user's preparation is a 404, and the list is keyset-paged", async () => {
    const me = await signup('Pager');
    const stranger = await signup('Stranger');
    for (const c of ['A', 'B', 'C']) await ok(me, 'POST', '/interview-preps', { company: c, role: 'R' }, 201);
    const first = await ok<{ items: PrepResponse[]; nextCursor: string }>(me, 'GET', '/interview-preps?limit=2');
    expect(first.items.map((p) => p.company)).toEqual(['C', 'B']);
    const second = await ok<{ items: PrepResponse[]; nextCursor: string | null }>(me, 'GET', `/interview-preps?limit=2&cursor=${first.nextCursor}`);
    expect(second).toMatchObject({ items: [{ company: 'A' }], nextCursor: null });
    const id = first.items[0]!.id;
    problem(await call(stranger, 'GET', `/interview-preps/${id}`), 404);
    problem(await call(stranger, 'PATCH', `/interview-preps/${id}`, { company: 'Mine now' }), 404);
    problem(await call(stranger, 'POST', `/interview-preps/${id}/held`, {}), 404);
    expect((await ok<{ items: unknown[] }>(stranger, 'GET', '/interview-preps')).items).toEqual([]);
  });

  it('held: logs a job interview with everyone and one thank-you per person; the shared mentor hears how it went', async () => {
    const { mentee, mentor, menteeId, mentorshipId } = await pair();
    const [ana, rob, hal, ida] = await Promise.all(['Ana Interviewer', 'Rob Recruiter', 'Hal HR', 'Ida Introducer'].map((n) => contact(mentee, n)));
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const prep = await ok<PrepResponse>(mentee, 'POST', '/interview-preps', {
      company: 'Contoso',
      role: 'Product analyst',
      scheduledAt: soon,
      people: [{ contactId: ana!.id, role: 'interviewer' }, { contactId: rob!.id, role: 'recruiter' }, { contactId: hal!.id, role: 'hr' }, { contactId: ida!.id, role: 'arranged_by' }],
      researchNotes: 'They just opened a Lisbon office.',
      sharedMentorshipId: mentorshipId,
    }, 201);
    expect(prep.sharedWith).toEqual({ mentorshipId, mentorName: 'Olu Mentor' });
    const prepare = await followUps(mentee, 'interview_prep');
    expect(prepare).toHaveLength(1);
    expect(prepare[0]).toMatchObject({ title: expect.stringContaining('Prepare for your interview at Contoso'), dueDate: isoDay(2), status: 'open' });

    // The mentor reads it, suggests a question and comments; the mentee sees both.
    const shared = await ok<{ items: PrepResponse[] }>(mentor, 'GET', `/my-mentees/${menteeId}/interview-preps`);
    expect(shared.items.map((p) => p.researchNotes)).toEqual(['They just opened a Lisbon office.']);
    const suggested = await ok<PrepResponse>(mentor, 'POST', `/my-mentees/${menteeId}/interview-preps/${prep.id}/suggestions`, { list: 'likely', text: 'How would you size the Lisbon market?' }, 201);
    expect(suggested.likelyQuestions.at(-1)).toMatchObject({ text: 'How would you size the Lisbon market?', suggestedBy: 'Olu Mentor' });
    problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/interview-preps/${prep.id}/suggestions`, { list: 'likely', text: 'how would you size the lisbon market?' }), 409);
    problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/interview-preps/${prep.id}/suggestions`, { list: 'maybe', text: '' }), 400);
    await ok(mentor, 'POST', `/my-mentees/${menteeId}/interview-preps/${prep.id}/comments`, { body: 'Lead with the bike story.' }, 201);
    const seen = await ok<PrepResponse>(mentee, 'GET', `/interview-preps/${prep.id}`);
    expect(seen.comments).toMatchObject([{ body: 'Lead with the bike story.', authorName: 'Olu Mentor', mine: false }]);
    // Saving the list again keeps who suggested a question.
    const kept = await ok<PrepResponse>(mentee, 'PATCH', `/interview-preps/${prep.id}`, { likelyQuestions: seen.likelyQuestions.map((q) => ({ key: q.key, bankKey: q.bankKey, text: q.text, answer: q.answer })) });
    expect(kept.likelyQuestions.at(-1)?.suggestedBy).toBe('Olu Mentor');

    const held = await ok<PrepResponse>(mentee, 'POST', `/interview-preps/${prep.id}/held`, { summary: 'We talked about the Lisbon launch.', topics: ['Lisbon'] });
    expect(held).toMatchObject({ status: 'held', interactionId: expect.any(String) });
    const interaction = await ok<Interaction>(mentee, 'GET', `/interactions/${held.interactionId}`);
    expect(interaction.kind).toBe('job_interview');
    expect(interaction.participants.map((p) => [p.displayName, p.role]).sort()).toEqual([
      ['Ana Interviewer', 'interviewer'], ['Hal HR', 'hr'], ['Ida Introducer', 'arranged_by'], ['Rob Recruiter', 'recruiter'],
    ]);
    const thanks = (await followUps(mentee, 'thank_you')).filter((f) => f.sourceId === held.interactionId);
    expect(thanks.map((f) => f.contact?.displayName).sort()).toEqual(['Ana Interviewer', 'Hal HR', 'Ida Introducer', 'Rob Recruiter']);
    expect(thanks.find((f) => f.contact?.displayName === 'Ida Introducer')?.title).toContain('arranging');
    expect(thanks.find((f) => f.contact?.displayName === 'Ana Interviewer')?.prompt).toContain('Lisbon launch');
    const steps = await followUps(mentee, 'interview_prep');
    expect(steps.find((f) => f.title.startsWith('Prepare'))?.status).toBe('done');
    expect(steps.find((f) => f.title.startsWith('Tell Olu Mentor how your interview at Contoso went'))?.status).toBe('open');

    problem(await call(mentee, 'POST', `/interview-preps/${prep.id}/held`, {}), 409);
    problem(await call(mentee, 'PATCH', `/interview-preps/${prep.id}`, { people: [] }), 409);
    problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/interview-preps/${prep.id}/suggestions`, { list: 'ask', text: 'Late question?' }), 409);
    // Sharing stops: the mentor no longer reads it.
    await ok(mentee, 'PATCH', `/interview-preps/${prep.id}`, { sharedMentorshipId: null });
    expect((await ok<{ items: unknown[] }>(mentor, 'GET', `/my-mentees/${menteeId}/interview-preps`)).items).toEqual([]);
    problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/interview-preps/${prep.id}/comments`, { body: 'Still here?' }), 404);
  });

  it('held by mistake: reopen removes the logged interview and its open thank-yous; refused once someone was thanked', async () => {
    const { mentee, mentorshipId } = await pair();
    const [ana, rob] = await Promise.all(['Ana Undo', 'Rob Undo'].map((n) => contact(mentee, n)));
    const prep = await ok<PrepResponse>(mentee, 'POST', '/interview-preps', {
      company: 'Fabrikam', role: 'Analyst', scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      people: [{ contactId: ana!.id, role: 'interviewer' }, { contactId: rob!.id, role: 'recruiter' }], sharedMentorshipId: mentorshipId,
    }, 201);
    problem(await call(mentee, 'POST', `/interview-preps/${prep.id}/reopen`), 409);
    const held = await ok<PrepResponse>(mentee, 'POST', `/interview-preps/${prep.id}/held`, {});
    expect((await followUps(mentee, 'thank_you')).filter((f) => f.sourceId === held.interactionId)).toHaveLength(2);
    const back = await ok<PrepResponse>(mentee, 'POST', `/interview-preps/${prep.id}/reopen`);
    expect(back).toMatchObject({ status: 'preparing', heldAt: null, interactionId: null });
    problem(await call(mentee, 'GET', `/interactions/${held.interactionId}`), 404);
    expect((await followUps(mentee, 'thank_you')).filter((f) => f.sourceId === held.interactionId)).toEqual([]);
    const steps = await followUps(mentee, 'interview_prep');
    expect(steps.map((f) => [f.title.split(' ')[0], f.status])).toEqual([['Prepare', 'open']]);
    // Held again, one thank-you sent: that one stays, so the interview stays held.
    const again = await ok<PrepResponse>(mentee, 'POST', `/interview-preps/${prep.id}/held`, {});
    const [first] = (await followUps(mentee, 'thank_you')).filter((f) => f.sourceId === again.interactionId);
    await ok(mentee, 'POST', `/follow-ups/${first!.id}/done`, {});
    const refused = problem(await call(mentee, 'POST', `/interview-preps/${prep.id}/reopen`), 409);
    expect(refused.code).toBe('thank_you_done');
    expect(refused.detail).toContain(first!.contact!.displayName);
    expect((await ok<PrepResponse>(mentee, 'GET', `/interview-preps/${prep.id}`)).status).toBe('held');
    expect((await ok<Interaction>(mentee, 'GET', `/interactions/${again.interactionId}`)).kind).toBe('job_interview');
    problem(await call(await signup('Nosy Undo'), 'POST', `/interview-preps/${prep.id}/reopen`), 404);
  });

  it('a preparation not shared with the mentor stays private; held without people is a 409', async () => {
    const { mentee, mentor, menteeId } = await pair();
    const mine = await ok<PrepResponse>(mentee, 'POST', '/interview-preps', { company: 'Private Co', role: 'R' }, 201);
    expect((await ok<{ items: unknown[] }>(mentor, 'GET', `/my-mentees/${menteeId}/interview-preps`)).items).toEqual([]);
    problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/interview-preps/${mine.id}/comments`, { body: 'Peek' }), 404);
    expect(problem(await call(mentee, 'POST', `/interview-preps/${mine.id}/held`, {}), 409).code).toBe('no_people');
    expect(problem(await call(mentee, 'POST', `/interview-preps/${mine.id}/held`, { heldAt: new Date(Date.now() + 86_400_000).toISOString() }), 400).errors?.[0]?.path).toBe('heldAt');
  });
});

describe('shadow a day', () => {
  it('a mentor on Trellis accepts only with the approval confirmed; the mentee gets prepare and thank-you steps', async () => {
    const { mentee, mentor, menteeId, mentorshipId } = await pair();
    expect(problem(await call(mentee, 'POST', `/mentorships/${mentorshipId}/shadow-requests`, { proposedDates: [], hopes: '' }), 400).errors?.map((e) => e.path).sort()).toEqual(['hopes', 'proposedDates']);
    expect(problem(await call(mentee, 'POST', `/mentorships/${mentorshipId}/shadow-requests`, { proposedDates: ['2001-01-01'], hopes: 'Client calls' }), 400).errors?.[0]?.path).toBe('proposedDates.0');
    const req = await ok<ShadowResponse>(mentee, 'POST', `/mentorships/${mentorshipId}/shadow-requests`, { proposedDates: [isoDay(9), isoDay(7), isoDay(7)], hopes: 'Client calls and the weekly planning meeting', note: 'Any day works' }, 201);
    expect(req).toMatchObject({ status: 'requested', proposedDates: [isoDay(7), isoDay(9)], answeredOnTrellis: true });
    // The mentee cannot answer for a mentor on Trellis.
    expect(problem(await call(mentee, 'POST', `/shadow-requests/${req.id}/answer`, { decision: 'accept', date: isoDay(7), approvalConfirmed: true }), 409).code).toBe('illegal_shadow_move');
    const mine = await ok<{ items: MenteeSummary[] }>(mentor, 'GET', '/my-mentees');
    expect(mine.items[0]).toMatchObject({ pendingShadowRequests: 1 });
    const noApproval = problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/shadow-requests/${req.id}/answer`, { decision: 'accept', date: isoDay(7), approvalConfirmed: false }), 400);
    expect(noApproval.errors).toEqual([{ path: 'approvalConfirmed', message: expect.stringContaining('clients and colleagues') }]);
    problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/shadow-requests/${req.id}/answer`, { decision: 'maybe' }), 400);
    const accepted = await ok<ShadowResponse>(mentor, 'POST', `/my-mentees/${menteeId}/shadow-requests/${req.id}/answer`, { decision: 'accept', date: isoDay(7), approvalConfirmed: true, note: 'Come to the 5th floor; business casual.' });
    expect(accepted).toMatchObject({ status: 'accepted', chosenDate: isoDay(7), approvalConfirmed: true, mentorNote: 'Come to the 5th floor; business casual.', answeredBy: 'mentor' });
    const steps = await followUps(mentee, 'shadow');
    expect(steps.map((s) => [s.title, s.dueDate]).sort()).toEqual([
      ['Prepare for your shadow day with Olu Mentor', isoDay(6)],
      ['Thank Olu Mentor for the shadow day', isoDay(8)],
    ]);
    expect(steps.find((s) => s.title.startsWith('Prepare'))?.prompt).toContain('5th floor');
    expect(problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/shadow-requests/${req.id}/answer`, { decision: 'decline' }), 409).code).toBe('illegal_shadow_move');
    problem(await call(mentee, 'POST', `/shadow-requests/${req.id}/withdraw`), 409);
    const cancelled = await ok<ShadowResponse>(mentee, 'POST', `/shadow-requests/${req.id}/cancel`);
    expect(cancelled.status).toBe('cancelled');
    expect(await followUps(mentee, 'shadow')).toEqual([]);
    const stranger = await signup('Nosy');
    problem(await call(stranger, 'POST', `/shadow-requests/${req.id}/cancel`), 404);
    problem(await call(stranger, 'GET', `/mentorships/${mentorshipId}/shadow-requests`), 404);
  });

  it('for an external mentor the mentee records the answer; a decline gets a kind default message; withdraw', async () => {
    const me = await signup('External Asker');
    const m = await ok<MentorshipResponse>(me, 'POST', '/mentorships', { newContact: { displayName: 'Ext Mentor' }, kind: 'guardian_angel' }, 201);
    const a = await ok<ShadowResponse>(me, 'POST', `/mentorships/${m.id}/shadow-requests`, { proposedDates: [isoDay(3)], hopes: 'Surgery rounds' }, 201);
    const declined = await ok<ShadowResponse>(me, 'POST', `/shadow-requests/${a.id}/answer`, { decision: 'decline' });
    expect(declined).toMatchObject({ status: 'declined', answeredBy: 'mentee', declineMessage: expect.stringContaining('Thank you for asking') });
    const b = await ok<ShadowResponse>(me, 'POST', `/mentorships/${m.id}/shadow-requests`, { proposedDates: [isoDay(4)], hopes: 'Clinic' }, 201);
    expect((await ok<ShadowResponse>(me, 'POST', `/shadow-requests/${b.id}/withdraw`)).status).toBe('withdrawn');
    problem(await call(me, 'POST', `/shadow-requests/${b.id}/cancel`), 409);
    const list = await ok<{ items: ShadowResponse[] }>(me, 'GET', `/mentorships/${m.id}/shadow-requests`);
    expect(list.items.map((x) => x.status)).toEqual(['withdrawn', 'declined']);
  });
});

describe('quiet relationships', () => {
  it('a mentorship quiet past 8 weeks (no agreement) gets one nudge from the sweep; reading health writes nothing; logging a meeting closes it at once', async () => {
    const me = await signup('Quiet Mentee');
    const m = await ok<MentorshipResponse>(me, 'POST', '/mentorships', { newContact: { displayName: 'Silent Sam' }, kind: 'shepherd', startedOn: isoDay(-70) }, 201);
    const fresh = await ok<MentorshipResponse>(me, 'POST', '/mentorships', { newContact: { displayName: 'Fresh Fay' }, kind: 'shepherd', startedOn: isoDay(-10) }, 201);
    const health = await ok<{ items: HealthItem[] }>(me, 'GET', '/mentorships/health');
    expect(health.items.find((h) => h.mentorshipId === m.id)).toMatchObject({ quiet: true, quietWeeks: 10, quietAfterDays: 56 });
    expect(health.items.find((h) => h.mentorshipId === fresh.id)).toMatchObject({ quiet: false, quietWeeks: null });
    // A GET is a read: no follow-up appears until the sweep (or a write) puts it there.
    expect(await followUps(me, 'mentorship')).toEqual([]);
    await syncAllQuietNudges(t.database.db, new Date());
    await syncAllQuietNudges(t.database.db, new Date());
    const nudges = await followUps(me, 'mentorship');
    expect(nudges).toHaveLength(1);
    expect(nudges[0]).toMatchObject({ title: 'Send Silent Sam a progress update (quiet for 10 weeks)', status: 'open', contact: { displayName: 'Silent Sam' } });
    await ok(me, 'POST', `/mentorships/${m.id}/meetings`, { heldOn: isoDay(0) }, 201);
    expect((await followUps(me, 'mentorship')).map((n) => n.status)).toEqual(['done']);
    expect((await ok<{ items: HealthItem[] }>(me, 'GET', '/mentorships/health')).items.find((h) => h.mentorshipId === m.id)?.quiet).toBe(false);
    // Deleting that meeting (logged by mistake) makes it quiet again: the nudge is back at once.
    const [meeting] = (await ok<MentorshipResponse>(me, 'GET', `/mentorships/${m.id}`)).meetings;
    await ok(me, 'DELETE', `/mentoring-meetings/${meeting!.id}`, undefined, 204);
    expect((await followUps(me, 'mentorship')).map((n) => n.status)).toEqual(['open']);
  });

  it('the hourly sweep puts the nudge on Today without the mentee opening Mentoring, once', async () => {
    const me = await signup('Never Opens');
    await ok<MentorshipResponse>(me, 'POST', '/mentorships', { newContact: { displayName: 'Quiet Quinn' }, kind: 'shepherd', startedOn: isoDay(-70) }, 201);
    expect(await followUps(me, 'mentorship')).toHaveLength(0);
    expect(await syncAllQuietNudges(t.database.db, new Date())).toBeGreaterThan(0);
    await syncAllQuietNudges(t.database.db, new Date());
    const nudges = await followUps(me, 'mentorship');
    expect(nudges.map((n) => [n.title, n.status])).toEqual([['Send Quiet Quinn a progress update (quiet for 10 weeks)', 'open']]);
  });

  it("the agreement's cadence sets the threshold (every two weeks → quiet after 21 days); the mentor sees it too", async () => {
    const { mentee, mentor, mentorshipId } = await pair();
    await ok(mentee, 'PATCH', `/mentorships/${mentorshipId}`, { startedOn: isoDay(-60) });
    await ok(mentee, 'POST', `/mentorships/${mentorshipId}/agreement`, { cadence: 'Every two weeks, 30 minutes' });
    await ok(mentee, 'POST', `/mentorships/${mentorshipId}/meetings`, { heldOn: isoDay(-25) }, 201);
    const h = (await ok<{ items: HealthItem[] }>(mentee, 'GET', '/mentorships/health')).items[0]!;
    expect(h).toMatchObject({ quiet: true, quietWeeks: 3, quietAfterDays: 21, lastActivityOn: isoDay(-25) });
    expect((await ok<{ items: MenteeSummary[] }>(mentor, 'GET', '/my-mentees')).items[0]?.quietWeeks).toBe(3);
    // A thread message counts as something happening.
    await ok(mentee, 'POST', `/mentorships/${mentorshipId}/thread`, { body: 'Quick question about my offer?' }, 201);
    expect((await ok<{ items: HealthItem[] }>(mentee, 'GET', '/mentorships/health')).items[0]?.quiet).toBe(false);
    expect((await ok<{ items: MenteeSummary[] }>(mentor, 'GET', '/my-mentees')).items[0]?.quietWeeks).toBeNull();
  });
});

describe("the mentor's list, many mentees at once", () => {
  it('shows each mentee their own names, goals, action items, agreement state, quietness and shadow requests', async () => {
    const mentor = await signup('Busy Mentor');
    const p = await ok<MentorProfileResponse>(mentor, 'PUT', '/mentor-profile', { listed: true, skills: ['Interviewing'] });
    const link = async (name: string) => {
      const mentee = await signup(name);
      const req = await ok<RequestResponse>(mentee, 'POST', '/mentor-requests', { mentorProfileId: p.id, message: 'Would you?', kind: 'shepherd', areas: ['Negotiation'] }, 201);
      await ok<RequestResponse>(mentor, 'POST', `/mentor-requests/${req.id}/accept`, { message: 'Yes' });
      const mentorshipId = (await ok<{ items: RequestResponse[] }>(mentee, 'GET', '/mentor-requests?box=outgoing')).items[0]!.mentorshipId!;
      return { mentee, mentorshipId };
    };
    const quiet = await link('Quiet Quincy');
    const busy = await link('Busy Bea');
    await link('Plain Pia');
    await ok(quiet.mentee, 'PATCH', `/mentorships/${quiet.mentorshipId}`, { startedOn: isoDay(-90) });
    await ok(quiet.mentee, 'POST', `/mentorships/${quiet.mentorshipId}/agreement`, { cadence: 'Monthly' });
    await ok(busy.mentee, 'POST', '/mentoring-goals', { horizon: 'one_year', title: 'Lead a team', areas: ['Leadership'], sharedWith: [busy.mentorshipId] }, 201);
    await ok(busy.mentee, 'POST', `/mentorships/${busy.mentorshipId}/meetings`, { heldOn: isoDay(-1), actionItems: [{ text: 'A', dueOn: isoDay(2) }, { text: 'B', owner: 'mentor' }] }, 201);
    await ok(busy.mentee, 'POST', `/mentorships/${busy.mentorshipId}/shadow-requests`, { proposedDates: [isoDay(9)], hopes: 'A day' }, 201);
    const list = (await ok<{ items: MenteeSummary[] }>(mentor, 'GET', '/my-mentees')).items;
    const by = new Map(list.map((m) => [m.name, m]));
    expect([...by.keys()].sort()).toEqual(['Busy Bea', 'Plain Pia', 'Quiet Quincy']);
    expect(by.get('Quiet Quincy')).toMatchObject({ quietWeeks: 12, agreementNeedsYou: true, sharedGoals: 0, openActionItems: 0, pendingShadowRequests: 0 });
    expect(by.get('Busy Bea')).toMatchObject({ quietWeeks: null, agreementNeedsYou: false, sharedGoals: 1, openActionItems: 2, pendingShadowRequests: 1 });
    expect(by.get('Plain Pia')).toMatchObject({ quietWeeks: null, agreementNeedsYou: false, sharedGoals: 0, openActionItems: 0, pendingShadowRequests: 0 });
  });
});

describe('closure', () => {
  it('closing by PATCH takes open action items off Today as well', async () => {
    const me = await signup('Patch Closer');
    const m = await ok<MentorshipResponse>(me, 'POST', '/mentorships', { newContact: { displayName: 'Patched Pat' }, kind: 'shepherd' }, 201);
    await ok(me, 'POST', `/mentorships/${m.id}/meetings`, { heldOn: isoDay(-1), actionItems: [{ text: 'Draft the plan', dueOn: isoDay(2) }] }, 201);
    expect((await followUps(me, 'action_item')).map((f) => f.status)).toEqual(['open']);
    await ok(me, 'PATCH', `/mentorships/${m.id}`, { status: 'closed', reflection: 'We did what we set out to do.' });
    expect(await followUps(me, 'action_item')).toEqual([]);
  });

  it('the mentor ends it with a private reflection; open action items leave Today; the mentee is invited to pay it forward', async () => {
    const { mentee, mentor, menteeId, mentorshipId } = await pair();
    await ok(mentee, 'POST', '/mentoring-goals', { horizon: 'one_year', title: 'Lead a team', areas: ['Leadership'], sharedWith: [mentorshipId] }, 201);
    await ok(mentee, 'POST', `/mentorships/${mentorshipId}/meetings`, { heldOn: isoDay(-1), actionItems: [{ text: 'Send my portfolio', dueOn: isoDay(3) }] }, 201);
    expect((await followUps(mentee, 'action_item')).map((f) => f.status)).toEqual(['open']);
    expect(problem(await call(mentor, 'POST', `/my-mentees/${menteeId}/close`, {}), 400).errors?.[0]?.path).toBe('learned');
    problem(await call(mentee, 'POST', `/mentorships/${mentorshipId}/pay-it-forward`), 409);
    const mine = await ok<ReflectionResponse>(mentor, 'POST', `/my-mentees/${menteeId}/close`, { learned: 'Patience with early drafts', worked: 'Short weekly notes' });
    expect(mine).toMatchObject({ status: 'closed', learned: 'Patience with early drafts', wouldChange: null });
    expect(await followUps(mentee, 'action_item')).toEqual([]);
    // The mentee's own reflection is theirs: they do not read the mentor's, and vice versa.
    expect(await ok<ReflectionResponse>(mentee, 'GET', `/mentorships/${mentorshipId}/reflection`)).toMatchObject({ status: 'closed', learned: null, writtenAt: null });
    await ok(mentee, 'POST', `/mentorships/${mentorshipId}/close`, { learned: 'How to ask for a raise', wouldChange: 'Meet more often' });
    expect((await ok<ReflectionResponse>(mentor, 'GET', `/my-mentees/${menteeId}/reflection`)).learned).toBe('Patience with early drafts');
    expect((await ok<ReflectionResponse>(mentee, 'GET', `/mentorships/${mentorshipId}/reflection`)).learned).toBe('How to ask for a raise');
    const draft = await ok<PayItForwardResponse>(mentee, 'GET', `/mentorships/${mentorshipId}/pay-it-forward`);
    expect(draft).toMatchObject({ skills: ['Negotiation', 'Leadership'], hasProfile: false, bio: expect.stringContaining('How to ask for a raise') });
    const profile = await ok<MentorProfileResponse>(mentee, 'POST', `/mentorships/${mentorshipId}/pay-it-forward`);
    expect(profile).toMatchObject({ exists: true, listed: false, skills: ['Negotiation', 'Leadership'] });
    expect(await ok<PayItForwardResponse>(mentee, 'GET', `/mentorships/${mentorshipId}/pay-it-forward`)).toMatchObject({ hasProfile: true, skills: ['Negotiation', 'Leadership'] });
    const stranger = await signup('Stranger Closure');
    problem(await call(stranger, 'POST', `/mentorships/${mentorshipId}/close`, { learned: 'x' }), 404);
    problem(await call(stranger, 'GET', `/mentorships/${mentorshipId}/reflection`), 404);
    problem(await call(stranger, 'POST', `/my-mentees/${menteeId}/close`, { learned: 'x' }), 404);
  });

  it('the mentee ends it: the quiet nudge and shadow steps leave Today', async () => {
    const me = await signup('Closer');
    const m = await ok<MentorshipResponse>(me, 'POST', '/mentorships', { newContact: { displayName: 'Long Gone' }, kind: 'shepherd', startedOn: isoDay(-100) }, 201);
    await syncAllQuietNudges(t.database.db, new Date());
    const s = await ok<ShadowResponse>(me, 'POST', `/mentorships/${m.id}/shadow-requests`, { proposedDates: [isoDay(5)], hopes: 'A day' }, 201);
    await ok(me, 'POST', `/shadow-requests/${s.id}/answer`, { decision: 'accept', date: isoDay(5), approvalConfirmed: true });
    expect((await followUps(me, 'mentorship')).length + (await followUps(me, 'shadow')).length).toBe(3);
    await ok(me, 'POST', `/mentorships/${m.id}/close`, { worked: 'Honest feedback' });
    expect(await followUps(me, 'mentorship')).toEqual([]);
    expect(await followUps(me, 'shadow')).toEqual([]);
    expect((await ok<{ items: ShadowResponse[] }>(me, 'GET', `/mentorships/${m.id}/shadow-requests`)).items.map((x) => x.status)).toEqual(['cancelled']);
    expect((await ok<MentorshipResponse>(me, 'GET', `/mentorships/${m.id}`)).status).toBe('closed');
    problem(await call(me, 'POST', `/mentorships/${m.id}/shadow-requests`, { proposedDates: [isoDay(5)], hopes: 'Again' }), 409);
    // Reopening a still-quiet mentorship puts its nudge back at once, without waiting for the sweep.
    await ok(me, 'PATCH', `/mentorships/${m.id}`, { status: 'active' });
    expect((await followUps(me, 'mentorship')).map((n) => n.status)).toEqual(['open']);
  });
});
