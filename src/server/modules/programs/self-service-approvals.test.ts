import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem as problem } from '../../../../tests/helpers/problem';
import type { ApplicationResponse, MatchRunResponse } from '../../../domain/programs/api';
import type { SelfServiceRequestResponse } from '../../../domain/programs/self-service-api';
import type { InboxItem } from '../../../domain/inbox/api';
import { application, caller, joinAs, okJson, person, programOf, SCREENED, type Call } from './test-support';

/**
 * What happens around a mentor's yes that waits for a coordinator (minors' programs): the
 * coordinators are asked in the inbox, and the coordinator's run leaves the held place free.
 */
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
const inbox = async (s: Session) => (await ok<{ items: InboxItem[] }>(s, 'GET', '/inbox')).items;
const approvalItems = async (s: Session, programId?: string) => (await inbox(s)).filter((i) => i.kind === 'match_approval' && (!programId || i.link === `/programs/${programId}?tab=self-service`));

async function mentor(programId: string, name: string, over: object = {}) {
  const user = await person(t, name);
  const memberId = await joinAs(t, coord, programId, user, 'mentor');
  const app = await ok<ApplicationResponse>(user, 'PUT', `/programs/${programId}/application`, application(over));
  await ok(coord, 'PUT', `/mentor-applications/${app.id}/screening`, SCREENED);
  return { user, memberId };
}

async function mentee(programId: string, cohortId: string, name: string) {
  const user = await person(t, name);
  const memberId = await joinAs(t, coord, programId, user, 'mentee', { cohortId, isMinor: false });
  await ok(user, 'PATCH', `/program-members/${memberId}`, { growthAreas: ['Public speaking'], languages: ['en'], timeZone: 'Europe/London' });
  return { user, memberId };
}

/** A minors' program whose participants here are adults (no consent step), so only the approval is tested. */
async function approvalProgram(mode: 'both' | 'self_service' = 'both') {
  const ids = await programOf(t, coord, { minors: true });
  await ok(coord, 'PUT', `/programs/${ids.programId}/self-service/mode`, { mode });
  return ids;
}

async function yes(programId: string, who: { user: Session }, m: { user: Session; memberId: string }) {
  const r = await ok<SelfServiceRequestResponse>(who.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: m.memberId, message: MESSAGE }, 201);
  return ok<SelfServiceRequestResponse>(m.user, 'POST', `/self-service-requests/${r.id}/accept`, { message: 'Happy to.' });
}

describe('a coordinator asked to approve', () => {
  it('gets an inbox item linking to the approval queue, for every coordinator; it goes once one approves', async () => {
    const { programId, cohortId } = await approvalProgram();
    const second = await person(t, 'Sol Second');
    await joinAs(t, coord, programId, second, 'coordinator');
    const m = await mentor(programId, 'Pat Patient');
    const me = await mentee(programId, cohortId, 'Ria Requester');
    const r = await yes(programId, me, m);
    expect(r.status).toBe('accepted_by_mentor');
    for (const c of [coord, second]) {
      expect(await approvalItems(c)).toMatchObject([{ title: 'Approve a match in Teen after-school: Ria Requester with Pat Patient', body: 'Pat Patient said yes to Ria Requester’s request. The place stays held until a coordinator approves or declines.', link: `/programs/${programId}?tab=self-service`, actorName: 'Pat Patient' }]);
    }
    // The mentor and mentee are not asked to approve.
    expect(await approvalItems(m.user)).toEqual([]);
    expect(await approvalItems(me.user)).toEqual([]);
    await ok(second, 'POST', `/self-service-requests/${r.id}/approve`, { note: null });
    expect(await approvalItems(coord)).toEqual([]);
    expect(await approvalItems(second)).toEqual([]);
  });

  it('sees it go when the yes is declined by a coordinator or withdrawn by the mentee', async () => {
    const { programId, cohortId } = await approvalProgram();
    const m = await mentor(programId, 'Dan Decided', { capacity: 3 });
    const a = await mentee(programId, cohortId, 'Ann Asker');
    const b = await mentee(programId, cohortId, 'Bea Backout');
    const ra = await yes(programId, a, m);
    const rb = await yes(programId, b, m);
    expect((await approvalItems(coord)).map((i) => i.title).sort()).toEqual([
      'Approve a match in Teen after-school: Ann Asker with Dan Decided',
      'Approve a match in Teen after-school: Bea Backout with Dan Decided',
    ]);
    await ok(coord, 'POST', `/self-service-requests/${ra.id}/reject`, { note: 'Closer to school, please.' });
    await ok(b.user, 'POST', `/self-service-requests/${rb.id}/withdraw`);
    expect(await approvalItems(coord)).toEqual([]);
  });

  it('can mute the kind in Settings like any other', async () => {
    const { programId, cohortId } = await approvalProgram();
    const quiet = await person(t, 'Quinn Quiet');
    await joinAs(t, coord, programId, quiet, 'coordinator');
    await ok(quiet, 'PUT', '/inbox/preferences', { muted: ['match_approval'] });
    await yes(programId, await mentee(programId, cohortId, 'Moe Muted'), await mentor(programId, 'Mel Mentor'));
    expect(await approvalItems(quiet)).toEqual([]);
    expect(await approvalItems(coord)).toHaveLength(1);
  });
});

describe('the coordinator’s run and places held for approval', () => {
  it('leaves a held place free, says why, refuses to publish an older run over it, and the approval then succeeds', async () => {
    const { programId, cohortId } = await approvalProgram();
    const m = await mentor(programId, 'Hal Holding', { capacity: 1 });
    const chooser = await mentee(programId, cohortId, 'Cat Chooser');
    const other = await mentee(programId, cohortId, 'Olly Other');
    // A run made before the mentor's yes gives the only place to someone.
    const before = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}, 201);
    expect(before.pairs).toHaveLength(1);
    const r = await yes(programId, chooser, m);

    expect(problem(await call(coord, 'POST', `/match-runs/${before.id}/publish`, { pairCount: 1 }), 409).code).toBe('run_outdated');
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}, 201);
    expect(run.pairs).toEqual([]);
    expect(run.mentors).toMatchObject([{ name: 'Hal Holding', capacity: 0, assigned: 0, heldForApproval: 1 }]);
    expect(run.unmatched.find((u) => u.mentee.name === 'Cat Chooser')?.reason).toBe('A mentor they chose said yes; waiting for your approval on the Self-service tab.');
    expect(run.unmatched.map((u) => u.mentee.memberId)).toContain(other.memberId);
    expect(run.warnings.join(' ')).toContain('1 place is held for a mentor’s yes waiting for your approval (Hal Holding)');
    await ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: 0 });

    const approved = await ok<SelfServiceRequestResponse>(coord, 'POST', `/self-service-requests/${r.id}/approve`, { note: null });
    expect(approved.status).toBe('approved');
    expect((await ok<{ items: { mentee: { name: string } }[] }>(coord, 'GET', `/cohorts/${cohortId}/matches`)).items.map((x) => x.mentee.name)).toEqual(['Cat Chooser']);
  });
});

describe('publishing the coordinator’s run', () => {
  it('closes the requests its matched mentees still had open, and tells their mentors', async () => {
    const { programId, cohortId } = await approvalProgram();
    const asked = await mentor(programId, 'Ada Asked', { capacity: 1 });
    const me = await mentee(programId, cohortId, 'Ivo Impatient');
    const r = await ok<SelfServiceRequestResponse>(me.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: asked.memberId, message: MESSAGE }, 201);
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}, 201);
    expect(run.pairs.map((x) => x.mentee.name)).toEqual(['Ivo Impatient']);
    await ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: 1 });
    const overview = await ok<{ sent: SelfServiceRequestResponse[] }>(me.user, 'GET', `/programs/${programId}/self-service`);
    expect(overview.sent.find((x) => x.id === r.id)?.status).toBe('withdrawn');
    expect((await inbox(asked.user)).map((i) => i.title)).toContain('Ivo Impatient found a mentor in Teen after-school, so their request to you is closed');
    expect(problem(await call(asked.user, 'POST', `/self-service-requests/${r.id}/accept`, { message: 'Yes' }), 409).code).toBe('request_not_open');
  });
});

describe('a coordinator who arrives while a yes waits', () => {
  it('is asked about every waiting yes on joining, and the ask goes when another coordinator decides or the mentee withdraws', async () => {
    const { programId, cohortId } = await approvalProgram();
    const m = await mentor(programId, 'Lia Lateyes', { capacity: 3 });
    const a = await mentee(programId, cohortId, 'Abe Approved');
    const b = await mentee(programId, cohortId, 'Bo Backs-out');
    const ra = await yes(programId, a, m);
    const rb = await yes(programId, b, m);
    const late = await person(t, 'Lee Latecomer');
    await joinAs(t, coord, programId, late, 'coordinator');
    expect((await approvalItems(late)).map((i) => i.title).sort()).toEqual([
      'Approve a match in Teen after-school: Abe Approved with Lia Lateyes',
      'Approve a match in Teen after-school: Bo Backs-out with Lia Lateyes',
    ]);
    expect((await approvalItems(late))[0]).toMatchObject({ link: `/programs/${programId}?tab=self-service`, actorName: 'Lia Lateyes' });
    // The first coordinator was asked once, when the mentor said yes, not again.
    expect(await approvalItems(coord, programId)).toHaveLength(2);

    await ok(coord, 'POST', `/self-service-requests/${ra.id}/approve`, { note: null });
    await ok(b.user, 'POST', `/self-service-requests/${rb.id}/withdraw`);
    expect(await approvalItems(late)).toEqual([]);
  });

  it('is asked when a mentor of the program becomes a coordinator too, and can decide; nothing is asked about decided yeses', async () => {
    const { programId, cohortId } = await approvalProgram();
    const m = await mentor(programId, 'Pia Promoted', { capacity: 2 });
    const other = await mentor(programId, 'Oz Other');
    const decided = await yes(programId, await mentee(programId, cohortId, 'Dee Decided'), m);
    await ok(coord, 'POST', `/self-service-requests/${decided.id}/reject`, { note: 'Not this one.' });
    const waiting = await yes(programId, await mentee(programId, cohortId, 'Wes Waiting'), other);
    await joinAs(t, coord, programId, m.user, 'coordinator');
    expect((await approvalItems(m.user)).map((i) => i.title)).toEqual(['Approve a match in Teen after-school: Wes Waiting with Oz Other']);
    await ok(m.user, 'POST', `/self-service-requests/${waiting.id}/approve`, { note: null });
    expect(await approvalItems(m.user)).toEqual([]);
    expect(await approvalItems(coord, programId)).toEqual([]);
  });

  it('loses the asks when removed from the program; the others keep theirs', async () => {
    const { programId, cohortId } = await approvalProgram();
    const leaving = await person(t, 'Lou Leaving');
    const leavingId = await joinAs(t, coord, programId, leaving, 'coordinator');
    await yes(programId, await mentee(programId, cohortId, 'Kit Kept'), await mentor(programId, 'Max Mentor'));
    expect(await approvalItems(leaving)).toHaveLength(1);
    expect((await call(coord, 'DELETE', `/program-members/${leavingId}`)).statusCode).toBe(204);
    expect(await approvalItems(leaving)).toEqual([]);
    expect(await approvalItems(coord, programId)).toHaveLength(1);
  });
});

describe('which held places a run counts', () => {
  it('counts a yes in another cohort (one capacity per program), so approving it after this cohort’s run still finds room', async () => {
    const { programId, cohortId } = await approvalProgram();
    const autumn = await ok<{ id: string }>(coord, 'POST', `/programs/${programId}/cohorts`, { name: 'Autumn 2027', startsOn: '2027-09-01', endsOn: '2027-12-20' }, 201);
    const m = await mentor(programId, 'Una Uniq', { capacity: 1 });
    const r = await yes(programId, await mentee(programId, autumn.id, 'Aut Chooser'), m);
    await mentee(programId, cohortId, 'Spr Runner');
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}, 201);
    expect(run.mentors).toMatchObject([{ name: 'Una Uniq', capacity: 0, heldForApproval: 1 }]);
    expect(run.pairs).toEqual([]);
    await ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: 0 });
    expect((await ok<SelfServiceRequestResponse>(coord, 'POST', `/self-service-requests/${r.id}/approve`, { note: null })).status).toBe('approved');
  });

  it('closes the requests of a mentee moved to another cohort: the yes no longer waits or holds a place, the mentors are told, and the mentee takes part in their new cohort’s run', async () => {
    const { programId, cohortId } = await approvalProgram();
    const autumn = await ok<{ id: string }>(coord, 'POST', `/programs/${programId}/cohorts`, { name: 'Autumn 2027', startsOn: '2027-09-01', endsOn: '2027-12-20' }, 201);
    const m = await mentor(programId, 'Vic Vacated', { capacity: 1 });
    const asked = await mentor(programId, 'Ned Notyet');
    const mover = await mentee(programId, cohortId, 'Mo Mover');
    const r = await yes(programId, mover, m);
    const waiter = await mentee(programId, cohortId, 'Pia Pending');
    const pending = await ok<SelfServiceRequestResponse>(waiter.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: asked.memberId, message: MESSAGE }, 201);
    expect(await approvalItems(coord, programId)).toHaveLength(1);
    await ok(coord, 'PATCH', `/program-members/${mover.memberId}`, { cohortId: autumn.id });
    await ok(coord, 'PATCH', `/program-members/${waiter.memberId}`, { cohortId: autumn.id });
    expect(await approvalItems(coord, programId)).toEqual([]);
    const sent = async (who: { user: Session }) => (await ok<{ sent: SelfServiceRequestResponse[] }>(who.user, 'GET', `/programs/${programId}/self-service`)).sent;
    for (const [who, id, to, name] of [[mover, r.id, m, 'Mo Mover'], [waiter, pending.id, asked, 'Pia Pending']] as const) {
      expect((await sent(who)).map((x) => [x.id, x.status])).toEqual([[id, 'withdrawn']]);
      expect((await inbox(to.user)).filter((i) => i.kind === 'request_withdrawn').map((i) => i.title)).toEqual([`A coordinator moved ${name} to another cohort in Teen after-school, so their request to you is closed`]);
    }
    expect(problem(await call(coord, 'POST', `/self-service-requests/${r.id}/approve`, { note: null }), 409).code).toBeTruthy();
    // Moving a mentee within the same cohort (a no-op) or editing their profile closes nothing.
    const stay = await mentee(programId, autumn.id, 'Sue Steady');
    const kept = await ok<SelfServiceRequestResponse>(stay.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: asked.memberId, message: MESSAGE }, 201);
    await ok(coord, 'PATCH', `/program-members/${stay.memberId}`, { cohortId: autumn.id });
    await ok(stay.user, 'PATCH', `/program-members/${stay.memberId}`, { languages: ['en', 'fr'] });
    expect((await sent(stay)).map((x) => [x.id, x.status])).toEqual([[kept.id, 'pending']]);

    await mentee(programId, cohortId, 'Sam Stayer');
    const spring = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}, 201);
    expect(spring.mentors.find((x) => x.name === 'Vic Vacated')).toMatchObject({ capacity: 1, heldForApproval: 0 });
    expect(spring.warnings.join(' ')).not.toContain('held for a mentor’s yes');
    expect(spring.pairs.map((x) => x.mentee.name)).toEqual(['Sam Stayer']);
    const fall = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${autumn.id}/match-runs`, {}, 201);
    expect(fall.unmatched.map((u) => u.reason)).not.toContain('A mentor they chose said yes; waiting for your approval on the Self-service tab.');
    expect(fall.pairs.map((x) => x.mentee.name)).toContain('Mo Mover');
  });
});

describe('pinning a mentee whose yes waits for approval', () => {
  it('is refused with a 409 saying whose yes waits and what to do, while the run lists them as waiting', async () => {
    const { programId, cohortId } = await approvalProgram();
    const chosen = await mentor(programId, 'Cy Chosen');
    const elsewhere = await mentor(programId, 'El Elsewhere');
    const me = await mentee(programId, cohortId, 'Pip Pinned');
    const before = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: [{ mentee: me.memberId, mentor: elsewhere.memberId }] }, 201);
    expect(before.pairs).toMatchObject([{ mentee: { name: 'Pip Pinned' }, mentor: { name: 'El Elsewhere' }, pinned: true }]);
    await yes(programId, me, chosen);
    // Publishing the run from before the yes would match Pip elsewhere: refused, saying why.
    expect(problem(await call(coord, 'POST', `/match-runs/${before.id}/publish`, { pairCount: 1 }), 409)).toMatchObject({
      code: 'run_outdated',
      detail: 'Since this run, Pip Pinned chose Cy Chosen themselves and Cy Chosen said yes; that match waits for your approval on the Self-service tab. Run the match again: it leaves Pip Pinned out until you decide.',
    });

    // Running again with the pins kept from the run before, as the Matching tab does.
    const refused = problem(await call(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: before.pinned }), 409);
    expect(refused.code).toBe('awaiting_approval');
    expect(refused.detail).toBe('Pip Pinned chose Cy Chosen themselves and Cy Chosen said yes; that match waits for your approval on the Self-service tab. Approve or decline it there, or unpin the pair, then run again.');
    expect(refused.errors).toEqual([{ path: 'pinned.0.mentee', message: 'Pip Pinned chose Cy Chosen themselves and Cy Chosen said yes; that match waits for your approval on the Self-service tab' }]);
    expect(problem(await call(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: [{ mentee: me.memberId, mentor: chosen.memberId }] }), 409).code).toBe('awaiting_approval');

    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}, 201);
    expect(run.unmatched).toMatchObject([{ mentee: { name: 'Pip Pinned' }, reason: 'A mentor they chose said yes; waiting for your approval on the Self-service tab.' }]);
  });
});
