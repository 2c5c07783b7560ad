import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem as problem } from '../../../../tests/helpers/problem';
import type { ApplicationResponse, MatchRunResponse, ProgramResponse } from '../../../domain/programs/api';
import type { MentorChoiceResponse, SelfServiceOverview, SelfServiceRequestResponse } from '../../../domain/programs/self-service-api';
import type { MentorshipSummary } from '../../../domain/mentoring/api';
import { selfServiceRequests } from '../../db/schema/index';
import { assertRunKeepsSelfService, selfServicePins, withSelfServicePins } from './self-service-run';
import { application, caller, joinAs, okJson, person, programOf, SCREENED, type Call } from './test-support';

let t: TestContext;
let call: Call;
let coord: Session;
beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  coord = await person(t, 'Cora Coordinator');
});
afterAll(async () => t?.close());

const ok = <T>(s: Session, method: Parameters<Call>[1], url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);
const MESSAGE = 'Hello! Your work on public speaking is exactly what I want to learn.';
const ask = (s: Session, programId: string, mentorMemberId: string, message = MESSAGE) => call(s, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId, message });
const choice = (s: Session, programId: string) => ok<MentorChoiceResponse>(s, 'GET', `/programs/${programId}/self-service/mentors`);
const inbox = async (s: Session) => (await ok<{ items: { title: string; body: string | null }[] }>(s, 'GET', '/inbox')).items;

async function mentor(programId: string, name: string, over: object = {}, screened = true) {
  const user = await person(t, name);
  const memberId = await joinAs(t, coord, programId, user, 'mentor');
  const app = await ok<ApplicationResponse>(user, 'PUT', `/programs/${programId}/application`, application(over));
  if (screened) await ok(coord, 'PUT', `/mentor-applications/${app.id}/screening`, SCREENED);
  return { user, memberId };
}

async function mentee(programId: string, cohortId: string, name: string, extra: { isMinor?: boolean } = {}) {
  const user = await person(t, name);
  const memberId = await joinAs(t, coord, programId, user, 'mentee', { cohortId, ...extra });
  await ok(user, 'PATCH', `/program-members/${memberId}`, { growthAreas: ['Public speaking', 'negotiation'], preferredIndustries: ['software'], languages: ['en'], timeZone: 'Europe/London' });
  return { user, memberId };
}

async function adultProgram(mode: 'both' | 'self_service' | 'coordinator' = 'both') {
  const ids = await programOf(t, coord);
  if (mode !== 'coordinator') await ok(coord, 'PUT', `/programs/${ids.programId}/self-service/mode`, { mode });
  return ids;
}

describe('the program setting', () => {
  it('is off by default: the list says why and asking answers 409; only coordinators change it', async () => {
    const { programId, cohortId } = await adultProgram('coordinator');
    const m = await mentor(programId, 'Mia Mentor');
    const me = await mentee(programId, cohortId, 'Max Mentee');
    const list = await choice(me.user, programId);
    expect(list).toMatchObject({ mode: 'coordinator', blocked: { code: 'self_service_off' }, items: [] });
    expect(problem(await ask(me.user, programId, m.memberId), 409).code).toBe('self_service_off');
    problem(await call(me.user, 'PUT', `/programs/${programId}/self-service/mode`, { mode: 'both' }), 404);
    expect(problem(await call(coord, 'PUT', `/programs/${programId}/self-service/mode`, { mode: 'anything' }), 400).errors?.[0]?.path).toBe('mode');
    // A mentor is not a mentee: the choice list is not theirs.
    problem(await call(m.user, 'GET', `/programs/${programId}/self-service/mentors`), 404);
    const on = await ok<SelfServiceOverview>(coord, 'PUT', `/programs/${programId}/self-service/mode`, { mode: 'self_service' });
    expect(on).toMatchObject({ mode: 'self_service', counts: { pending: 0, awaitingApproval: 0, matched: 0 } });
    expect((await choice(me.user, programId)).blocked).toBeNull();
  });
});

describe('an adult program', () => {
  it('ranks mentors by the run’s scoring, explained; request → accept makes the match and closes the other requests', async () => {
    const { programId, cohortId } = await adultProgram();
    const best = await mentor(programId, 'Bea Best', { skills: ['public speaking', 'negotiation'], industries: ['software'], timeZone: 'Europe/London' });
    const other = await mentor(programId, 'Olu Other', { skills: ['data analysis'], industries: ['finance'], timeZone: 'America/New_York' });
    const me = await mentee(programId, cohortId, 'Max Mentee');
    const list = await choice(me.user, programId);
    expect(list.items.map((x) => x.name)).toEqual(['Bea Best', 'Olu Other']);
    const top = list.items[0]!;
    // Default weights: growth 5 × 10, industry 2 × 10, language 1 × 10, time zone 1 × 10 (same zone).
    expect(top.breakdown).toEqual({ growth: 50, industry: 20, language: 10, timeZone: 10 });
    expect(top.score).toBe(90);
    expect(top.reasons.map((r) => r.text)).toEqual(['shares your growth areas: Public speaking, negotiation', 'works in an industry you prefer: software', 'same language: en', 'same time zone']);
    expect(list.items[1]!.reasons.find((r) => r.criterion === 'timeZone')?.text).toBe('5 h time-zone gap');
    expect(top).toMatchObject({ skills: ['public speaking', 'negotiation'], jobRole: 'engineer', availability: 'Tuesday evenings', full: false, capacityLeft: 2 });
    expect(top).not.toHaveProperty('email');

    const short = problem(await ask(me.user, programId, best.memberId, 'Hi'), 400);
    expect(short.errors?.[0]).toMatchObject({ path: 'message' });
    expect(problem(await ask(me.user, programId, '00000000-0000-4000-8000-000000000000'), 400).errors?.[0]?.path).toBe('mentorMemberId');
    const toOther = await ok<SelfServiceRequestResponse>(me.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: other.memberId, message: MESSAGE }, 201);
    const toBest = await ok<SelfServiceRequestResponse>(me.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: best.memberId, message: MESSAGE }, 201);
    expect(toBest).toMatchObject({ status: 'pending', score: 90, mentor: { name: 'Bea Best' } });
    expect(problem(await ask(me.user, programId, best.memberId), 409).code).toBe('already_requested');
    expect((await inbox(best.user))[0]).toMatchObject({ title: 'Max Mentee asked you to mentor them in Young professionals', body: MESSAGE });

    const seen = await ok<SelfServiceOverview>(best.user, 'GET', `/programs/${programId}/self-service`);
    expect(seen.received.map((r) => [r.mentee.name, r.status])).toEqual([['Max Mentee', 'pending']]);
    expect(seen.received[0]!.mentee.growthAreas).toEqual(['Public speaking', 'negotiation']);
    // Only the mentor answers; the mentee may withdraw, never accept their own request.
    problem(await call(me.user, 'POST', `/self-service-requests/${toBest.id}/accept`, { message: 'Yes' }), 404);
    problem(await call(best.user, 'POST', `/self-service-requests/${toBest.id}/accept`, { message: '' }), 400);
    const accepted = await ok<SelfServiceRequestResponse>(best.user, 'POST', `/self-service-requests/${toBest.id}/accept`, { message: 'Glad to!' });
    expect(accepted).toMatchObject({ status: 'accepted', response: 'Glad to!' });
    expect(accepted.matchId).not.toBeNull();

    const mine = await ok<ProgramResponse>(me.user, 'GET', `/programs/${programId}`);
    expect(mine.myMatches).toMatchObject([{ as: 'mentee', partner: { name: 'Bea Best' }, score: 90 }]);
    const sent = (await ok<SelfServiceOverview>(me.user, 'GET', `/programs/${programId}/self-service`)).sent;
    expect(Object.fromEntries(sent.map((r) => [r.mentor.name, r.status]))).toEqual({ 'Bea Best': 'accepted', 'Olu Other': 'withdrawn' });
    expect((await inbox(other.user))[0]!.title).toBe('Max Mentee found a mentor in Young professionals, so their request to you is closed');
    expect((await inbox(me.user))[0]).toMatchObject({ title: 'Bea Best accepted your request: you are matched in Young professionals', body: 'Glad to!' });
    expect((await choice(me.user, programId)).blocked?.code).toBe('already_matched');
    expect(problem(await call(other.user, 'POST', `/self-service-requests/${toOther.id}/accept`, { message: 'Yes' }), 409).code).toBe('request_not_open');

    // The match is a real mentorship on both sides, as a published one is.
    const mentorships = (await ok<{ items: MentorshipSummary[] }>(me.user, 'GET', '/mentorships')).items;
    expect(mentorships).toMatchObject([{ kind: 'shepherd', status: 'active', mentorOnTrellis: true, contact: { displayName: 'Bea Best' } }]);
    expect((await ok<{ items: { name: string }[] }>(best.user, 'GET', '/my-mentees')).items.map((x) => x.name)).toEqual(['Max Mentee']);

    // Coexistence: the coordinator's next run takes the pair as a pin, so publishing keeps it.
    const pins = await selfServicePins(t.database.db, cohortId);
    expect(pins).toEqual([{ mentee: me.memberId, mentor: best.memberId }]);
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}, 201);
    expect(run.pairs).toMatchObject([{ mentee: { name: 'Max Mentee' }, mentor: { name: 'Bea Best' }, pinned: true }]);
    // The coordinator's explicit choices win over the pin: their own pin, or a forbidden pair.
    expect(withSelfServicePins({ pinned: [{ mentee: me.memberId, mentor: other.memberId }], forbidden: [] }, pins).pinned).toEqual([{ mentee: me.memberId, mentor: other.memberId }]);
    expect(withSelfServicePins({ pinned: [], forbidden: pins }, pins).pinned).toEqual([]);
    // A run that does not hold the pair must not be published over it.
    const without = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { forbidden: pins }, 201);
    expect(without.pairs.some((x) => x.mentee.name === 'Max Mentee' && x.mentor.name === 'Bea Best')).toBe(false);
    expect(problem(await call(coord, 'POST', `/match-runs/${without.id}/publish`, { pairCount: without.pairs.length }), 409).code).toBe('run_outdated');
    await expect(assertRunKeepsSelfService(t.database.db, cohortId, pins)).resolves.toBeUndefined();
    // Self-service alone: the coordinator does not run the engine.
    await ok(coord, 'PUT', `/programs/${programId}/self-service/mode`, { mode: 'self_service' });
    expect(problem(await call(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}), 409).code).toBe('self_service_only');
    const declined = await ok<{ counts: SelfServiceOverview['counts'] }>(coord, 'GET', `/programs/${programId}/self-service`);
    expect(declined.counts).toEqual({ pending: 0, awaitingApproval: 0, matched: 1 });
  });

  it('declines kindly, withdraws, caps open requests at three, and expires old ones', async () => {
    const { programId, cohortId } = await adultProgram('self_service');
    const mentors = [];
    for (const name of ['Ana One', 'Ben Two', 'Cai Three', 'Dee Four']) mentors.push(await mentor(programId, name));
    const me = await mentee(programId, cohortId, 'Nia Newcomer');
    const reqs: SelfServiceRequestResponse[] = [];
    for (const m of mentors.slice(0, 3)) reqs.push(await ok(me.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: m.memberId, message: MESSAGE }, 201));
    expect(problem(await ask(me.user, programId, mentors[3]!.memberId), 409).code).toBe('too_many_open_requests');
    const no = await ok<SelfServiceRequestResponse>(mentors[0]!.user, 'POST', `/self-service-requests/${reqs[0]!.id}/decline`, { message: 'Not this term, sorry.' });
    expect(no.status).toBe('declined');
    expect((await inbox(me.user))[0]).toMatchObject({ title: 'Ana One answered your request in Young professionals', body: 'Not this term, sorry.' });
    expect((await ok<SelfServiceRequestResponse>(me.user, 'POST', `/self-service-requests/${reqs[1]!.id}/withdraw`)).status).toBe('withdrawn');
    problem(await call(mentors[1]!.user, 'POST', `/self-service-requests/${reqs[1]!.id}/withdraw`), 404);
    expect((await inbox(mentors[1]!.user))[0]!.title).toBe('Nia Newcomer withdrew their request in Young professionals');
    await ok(me.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: mentors[3]!.memberId, message: MESSAGE }, 201);
    // A request left unanswered for 14 days expires, and the mentee hears it.
    await t.database.db.update(selfServiceRequests).set({ createdAt: new Date(Date.now() - 15 * 86_400_000) }).where(eq(selfServiceRequests.id, reqs[2]!.id));
    const after = await ok<SelfServiceOverview>(me.user, 'GET', `/programs/${programId}/self-service`);
    expect(after.sent.find((r) => r.id === reqs[2]!.id)?.status).toBe('expired');
    expect((await inbox(me.user))[0]!.title).toBe('Your request in Young professionals expired without an answer; you can ask another mentor');
    expect(problem(await call(mentors[2]!.user, 'POST', `/self-service-requests/${reqs[2]!.id}/accept`, { message: 'Yes' }), 409).code).toBe('request_not_open');
  });

  it('never offers a recorded manager or a forbidden pair, and refuses them naming the rule', async () => {
    const { programId, cohortId } = await adultProgram();
    const boss = await mentor(programId, 'Bo Boss');
    const ruled = await mentor(programId, 'Rue Ruledout');
    const fine = await mentor(programId, 'Fay Fine');
    const me = await mentee(programId, cohortId, 'Ian Intern');
    await ok(coord, 'PATCH', `/program-members/${me.memberId}`, { managerMemberId: boss.memberId });
    await ok(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { forbidden: [{ mentee: me.memberId, mentor: ruled.memberId }] }, 201);
    expect((await choice(me.user, programId)).items.map((m) => m.name)).toEqual(['Fay Fine']);
    expect(problem(await ask(me.user, programId, boss.memberId), 409)).toMatchObject({ code: 'manager_pair', detail: expect.stringContaining('manager') });
    expect(problem(await ask(me.user, programId, ruled.memberId), 409).code).toBe('forbidden_pair');
    // A rule that starts to hold after the request is still enforced when the mentor accepts.
    const r = await ok<SelfServiceRequestResponse>(me.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: fine.memberId, message: MESSAGE }, 201);
    await ok(coord, 'PATCH', `/program-members/${me.memberId}`, { managerMemberId: fine.memberId });
    expect(problem(await call(fine.user, 'POST', `/self-service-requests/${r.id}/accept`, { message: 'Yes' }), 409).code).toBe('manager_pair');
  });

  it('never makes someone who is both mentee and mentor their own mentor, in the coordinator’s run either', async () => {
    const { programId, cohortId } = await adultProgram('coordinator');
    const both = await mentor(programId, 'Bao Both');
    const asMentee = await joinAs(t, coord, programId, both.user, 'mentee', { cohortId });
    await ok(both.user, 'PATCH', `/program-members/${asMentee}`, { growthAreas: ['Public speaking'], languages: ['en'], timeZone: 'Europe/London' });
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}, 201);
    expect(run.pairs).toEqual([]);
    expect(problem(await call(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: [{ mentee: asMentee, mentor: both.memberId }] }), 409).code).toBe('pin_breaks_rule');
  });

  it('lets exactly one of two accepts at once take a mentor’s last place', async () => {
    const { programId, cohortId } = await adultProgram();
    const m = await mentor(programId, 'Lou Lastplace', { capacity: 1 });
    const a = await mentee(programId, cohortId, 'Ada First');
    const b = await mentee(programId, cohortId, 'Bob Second');
    const ra = await ok<SelfServiceRequestResponse>(a.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: m.memberId, message: MESSAGE }, 201);
    const rb = await ok<SelfServiceRequestResponse>(b.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: m.memberId, message: MESSAGE }, 201);
    const answers = await Promise.all([ra, rb].map((r) => call(m.user, 'POST', `/self-service-requests/${r.id}/accept`, { message: 'Yes!' })));
    expect(answers.map((x) => x.statusCode).sort()).toEqual([200, 409]);
    expect(problem(answers.find((x) => x.statusCode === 409)!, 409).code).toBe('mentor_full');
    expect((await ok<{ items: unknown[] }>(coord, 'GET', `/cohorts/${cohortId}/matches`)).items).toHaveLength(1);
    // Either may win; the other now sees the mentor as full.
    const loser = answers[0]!.statusCode === 409 ? a : b;
    const later = (await choice(loser.user, programId)).items[0]!;
    expect(later).toMatchObject({ name: 'Lou Lastplace', full: true, capacityLeft: 0 });
  });
});

describe('a minors’ program', () => {
  it('waits for consent, offers screened mentors only, and a mentor’s yes waits for a coordinator', async () => {
    const { programId, cohortId } = await programOf(t, coord, { minors: true });
    await ok(coord, 'PUT', `/programs/${programId}/self-service/mode`, { mode: 'both' });
    const screened = await mentor(programId, 'Sam Screened');
    const unscreened = await mentor(programId, 'Uma Unscreened', { skills: ['public speaking', 'negotiation'] }, false);
    const teen = await mentee(programId, cohortId, 'Tia Teen', { isMinor: true });
    const guardianUser = await person(t, 'Gus Guardian');
    const guardian = await joinAs(t, coord, programId, guardianUser, 'guardian');
    expect((await choice(teen.user, programId)).blocked?.code).toBe('waiting_for_consent');
    expect(problem(await ask(teen.user, programId, screened.memberId), 409).code).toBe('waiting_for_consent');
    await ok(coord, 'PUT', `/program-members/${teen.memberId}/guardian-consent`, { guardianMemberId: guardian, consentGivenOn: '2026-11-20' });
    expect((await choice(teen.user, programId)).items.map((m) => m.name)).toEqual(['Sam Screened']);
    expect(problem(await ask(teen.user, programId, unscreened.memberId), 409).code).toBe('needs_screened_mentor');

    const r = await ok<SelfServiceRequestResponse>(teen.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: screened.memberId, message: MESSAGE }, 201);
    const yes = await ok<SelfServiceRequestResponse>(screened.user, 'POST', `/self-service-requests/${r.id}/accept`, { message: 'Happy to.' });
    expect(yes).toMatchObject({ status: 'accepted_by_mentor', matchId: null });
    expect((await ok<ProgramResponse>(teen.user, 'GET', `/programs/${programId}`)).myMatches).toEqual([]);
    expect((await choice(teen.user, programId)).blocked?.code).toBe('awaiting_approval');
    // Only a coordinator of this program approves: not the mentor, not another program's coordinator.
    problem(await call(screened.user, 'POST', `/self-service-requests/${r.id}/approve`, {}), 404);
    const elsewhere = await person(t, 'Eve Elsewhere');
    await programOf(t, elsewhere);
    problem(await call(elsewhere, 'POST', `/self-service-requests/${r.id}/approve`, {}), 404);
    problem(await call(elsewhere, 'GET', `/programs/${programId}/self-service`), 404);
    const queue = await ok<SelfServiceOverview>(coord, 'GET', `/programs/${programId}/self-service`);
    expect(queue.approvals.map((x) => [x.mentee.name, x.mentor.name])).toEqual([['Tia Teen', 'Sam Screened']]);
    expect(queue.approvals[0]!.mentee).not.toHaveProperty('email');

    const approved = await ok<SelfServiceRequestResponse>(coord, 'POST', `/self-service-requests/${r.id}/approve`, { note: null });
    expect(approved.status).toBe('approved');
    expect((await ok<ProgramResponse>(teen.user, 'GET', `/programs/${programId}`)).myMatches).toMatchObject([{ partner: { name: 'Sam Screened' } }]);
    expect((await inbox(guardianUser))[0]!.title).toBe('Tia Teen is matched with Sam Screened in Teen after-school');
    expect(problem(await call(coord, 'POST', `/self-service-requests/${r.id}/reject`, {}), 409).code).toBe('request_not_open');
  });

  it('a coordinator may decline a mentor’s yes; both hear it and the place is free again', async () => {
    const { programId, cohortId } = await programOf(t, coord, { minors: true });
    await ok(coord, 'PUT', `/programs/${programId}/self-service/mode`, { mode: 'self_service' });
    const m = await mentor(programId, 'Kim Keen', { capacity: 1 });
    const teen = await mentee(programId, cohortId, 'Leo Learner', { isMinor: false });
    const r = await ok<SelfServiceRequestResponse>(teen.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: m.memberId, message: MESSAGE }, 201);
    await ok(m.user, 'POST', `/self-service-requests/${r.id}/accept`, { message: 'Yes' });
    const other = await mentee(programId, cohortId, 'Ola Other', { isMinor: false });
    // The yes holds the mentor's only place while it waits.
    expect((await choice(other.user, programId)).items[0]).toMatchObject({ full: true });
    const no = await ok<SelfServiceRequestResponse>(coord, 'POST', `/self-service-requests/${r.id}/reject`, { note: 'Let us find a mentor closer to school.' });
    expect(no).toMatchObject({ status: 'declined_by_coordinator', coordinatorNote: 'Let us find a mentor closer to school.' });
    expect((await inbox(teen.user))[0]).toMatchObject({ title: 'A coordinator did not approve the match in Teen after-school' });
    expect((await inbox(m.user))[0]!.title).toBe('A coordinator did not approve the match in Teen after-school');
    expect((await choice(other.user, programId)).items[0]).toMatchObject({ full: false });
  });
});
