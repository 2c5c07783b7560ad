import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import type { ApplicationResponse, MatchRunResponse } from '../../../domain/programs/api';
import type { MentorChoiceResponse } from '../../../domain/programs/self-service-api';
import { application, joinAs, okJson, person, programOf, SCREENED, type Call } from './test-support';

/**
 * A mentor's capacity is one number for the whole program, but a cohort that has ended is over:
 * its matches no longer take the mentor's places, nor keep its mentees out of a later cohort's run,
 * nor count as active on the Health tab.
 * (Every match of every cohort used to count, so a mentor of last year's cohort stayed full for good.)
 */
let t: TestContext;
let coord: Session;
let programId: string;
let current: string;
let ended: string;
let mentorId: string;
let alum: { user: Session; memberId: string };
let newcomer: { user: Session; memberId: string };

const ok = <T>(s: Session, method: Parameters<Call>[1], url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);
const pairsOf = (r: MatchRunResponse) => r.pairs.map((x) => [x.mentee.name, x.mentor.name]);

async function mentee(name: string, cohortId: string) {
  const user = await person(t, name);
  const memberId = await joinAs(t, coord, programId, user, 'mentee', { cohortId });
  await ok(user, 'PATCH', `/program-members/${memberId}`, { growthAreas: ['public speaking'], preferredIndustries: ['software'], languages: ['en'], timeZone: 'Europe/Berlin' });
  return { user, memberId };
}

beforeAll(async () => {
  t = await createTestApp();
  coord = await person(t, 'Cora Coordinator');
  const p = await programOf(t, coord);
  programId = p.programId;
  current = p.cohortId; // Spring 2027: not ended
  ended = (await ok<{ id: string }>(coord, 'POST', `/programs/${programId}/cohorts`, { name: 'Autumn 2025', startsOn: '2025-09-01', endsOn: '2025-12-20' }, 201)).id;
  await ok(coord, 'PUT', `/programs/${programId}/self-service/mode`, { mode: 'both' });
  const mentor = await person(t, 'Mo Mentor');
  mentorId = await joinAs(t, coord, programId, mentor, 'mentor');
  const app = await ok<ApplicationResponse>(mentor, 'PUT', `/programs/${programId}/application`, application({ capacity: 1 }));
  await ok(coord, 'PUT', `/mentor-applications/${app.id}/screening`, SCREENED);
  alum = await mentee('Alma Alum', ended);
  const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${ended}/match-runs`, {}, 201);
  expect(pairsOf(run)).toEqual([['Alma Alum', 'Mo Mentor']]);
  await ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: 1 });
  newcomer = await mentee('Nia Newcomer', current);
});
afterAll(() => t.close());

describe('an ended cohort’s matches', () => {
  it('leave the mentor’s place free for a later cohort’s run', async () => {
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${current}/match-runs`, {}, 201);
    expect(pairsOf(run)).toEqual([['Nia Newcomer', 'Mo Mentor']]);
    expect(run.unmatched).toEqual([]);
    expect(run.mentors.find((m) => m.memberId === mentorId)).toMatchObject({ capacity: 1, assigned: 1 });
  });

  it('leave the place free in the Choose a mentor list too', async () => {
    const list = await ok<MentorChoiceResponse>(newcomer.user, 'GET', `/programs/${programId}/self-service/mentors`);
    expect(list.items.map((m) => [m.name, m.capacityLeft, m.full])).toEqual([['Mo Mentor', 1, false]]);
  });

  it('do not keep an alumna moved into the current cohort out of its run as "still matched"', async () => {
    await ok(coord, 'PATCH', `/program-members/${alum.memberId}`, { cohortId: current });
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${current}/match-runs`, {}, 201);
    expect(run.pairs).toHaveLength(1);
    expect(run.unmatched.map((u) => u.reason)).toEqual(['Every suitable mentor is full.']);
    const list = await ok<MentorChoiceResponse>(alum.user, 'GET', `/programs/${programId}/self-service/mentors`);
    expect(list.blocked).toBeNull();
    // Nothing is published in the current cohort yet: no active match, and she waits like Nia.
    expect(await ok(coord, 'GET', `/programs/${programId}/health`)).toMatchObject({ activeMatches: 0, mentees: 2, unmatchedMentees: 2 });
  });

  it('still count while the other cohort runs: a current match elsewhere takes the place', async () => {
    // The alumna is back in the ended cohort; Nia's cohort (not ended) publishes its match with Mo.
    await ok(coord, 'PATCH', `/program-members/${alum.memberId}`, { cohortId: ended });
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${current}/match-runs`, {}, 201);
    await ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: 1 });
    const other = (await ok<{ id: string }>(coord, 'POST', `/programs/${programId}/cohorts`, { name: 'Autumn 2027', startsOn: '2027-09-01', endsOn: '2027-12-20' }, 201)).id;
    const late = await mentee('Lou Later', other);
    const lateRun = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${other}/match-runs`, {}, 201);
    expect(lateRun.pairs).toEqual([]);
    expect(lateRun.unmatched).toEqual([{ mentee: expect.objectContaining({ memberId: late.memberId }), reason: 'No mentor with room passes the hard rules.' }]);
    // Health: Nia's match is the one active; the alumna's is her ended cohort's history; Lou waits.
    expect(await ok(coord, 'GET', `/programs/${programId}/health`)).toMatchObject({ activeMatches: 1, mentees: 3, unmatchedMentees: 1 });
  });
});
