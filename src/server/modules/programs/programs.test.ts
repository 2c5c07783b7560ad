import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinatorAndOutsider } from '../../../../tests/helpers/program-test-app';
import type { Session, TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem as problem } from '../../../../tests/helpers/problem';
import type { ApplicationResponse, MatchRunResponse, MemberResponse, ProgramResponse } from '../../../domain/programs/api';
import { application, joinAs, okJson, person, programOf, SCREENED, tokenFromOutbox, type Call } from './test-support';

let t: TestContext;
let call: Call;
let coord: Session;
let outsider: Session;
beforeAll(async () => {
  ({ t, call, coord, outsider } = await coordinatorAndOutsider());
});
afterAll(async () => t?.close());

const ok = <T>(s: Session, method: Parameters<Call>[1], url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);

describe('organisations, programs and cohorts', () => {
  it('makes the creator coordinator; only members see the program', async () => {
    const { programId, orgId } = await programOf(t, coord);
    const p = await ok<ProgramResponse>(coord, 'GET', `/programs/${programId}`);
    expect(p.myRoles).toEqual(['coordinator']);
    expect(p.cohorts.map((c) => c.name)).toEqual(['Spring 2027']);
    expect((await ok<{ items: { id: string }[] }>(coord, 'GET', '/programs')).items.map((x) => x.id)).toContain(programId);
    problem(await call(outsider, 'GET', `/programs/${programId}`), 404);
    problem(await call(outsider, 'POST', `/organizations/${orgId}/programs`, { name: 'Sneaky' }), 404);
    expect((await ok<{ items: unknown[] }>(outsider, 'GET', '/programs')).items).toEqual([]);
    const renamed = await ok<ProgramResponse>(coord, 'PATCH', `/programs/${programId}`, { name: 'Young pros', participantsAreMinors: true });
    expect(renamed).toMatchObject({ name: 'Young pros', participantsAreMinors: true });
    expect(problem(await call(coord, 'PATCH', `/programs/${programId}`, { name: '' }), 400).errors?.[0]?.path).toBe('name');
  });

  it('refuses bad input with per-field errors', async () => {
    const { programId } = await programOf(t, coord);
    const cohort = problem(await call(coord, 'POST', `/programs/${programId}/cohorts`, { name: '', startsOn: '2027-05-01', endsOn: '2027-01-01' }), 400);
    expect(cohort.errors?.map((e) => e.path).sort()).toEqual(['endsOn', 'name']);
    const badDate = problem(await call(coord, 'POST', `/programs/${programId}/cohorts`, { name: 'X', startsOn: '2027-02-30', endsOn: 'soon' }), 400);
    expect(badDate.errors?.map((e) => e.path)).toContain('endsOn');
    const inv = problem(await call(coord, 'POST', `/programs/${programId}/invitations`, { email: 'nope', role: 'boss' }), 400);
    expect(inv.errors?.map((e) => e.path).sort()).toEqual(['email', 'role']);
    problem(await call(coord, 'POST', '/organizations', { name: '   ' }), 400);
    problem(await call(coord, 'GET', `/programs/${programId}/members?cursor=not-a-cursor`), 400);
    problem(await call(coord, 'POST', `/match-runs/00000000-0000-4000-8000-000000000000/publish`, { pairCount: 0 }), 404);
    // An empty cohort runs (and publishes) without surprises.
    const { cohorts } = await ok<ProgramResponse>(coord, 'GET', `/programs/${programId}`);
    const empty = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohorts[0]!.id}/match-runs`, {}, 201);
    expect(empty).toMatchObject({ pairs: [], unmatched: [], mentors: [] });
    problem(await call(coord, 'POST', `/match-runs/${empty.id}/publish`, {}), 400);
    expect((await ok<MatchRunResponse>(coord, 'POST', `/match-runs/${empty.id}/publish`, { pairCount: 0 })).publishedAt).not.toBeNull();
  });
});

describe('invitations', () => {
  it('mails a one-use link; accepting while signed in joins with the role', async () => {
    const { programId, cohortId } = await programOf(t, coord);
    const mentee = await person(t, 'Mina Mentee');
    const inv = await ok<{ id: string; mailStatus: string; status: string }>(coord, 'POST', `/programs/${programId}/invitations`, { email: mentee.email, role: 'mentee', cohortId }, 201);
    expect(inv).toMatchObject({ mailStatus: 'sent', status: 'pending' });
    const { findMailByKey } = await import('../../mail/queries');
    const mail = await findMailByKey(t.database.db, `program_invite:${inv.id}`);
    expect(mail).toMatchObject({ toAddress: mentee.email, userId: coord.userId, status: 'sent' });
    const token = tokenFromOutbox(t.dataDir, mail!.outboxFile!);
    const preview = await ok<{ role: string; programName: string }>(mentee, 'GET', `/invitations/${token}`);
    expect(preview).toMatchObject({ role: 'mentee', programName: 'Young professionals' });
    await ok(mentee, 'POST', `/invitations/${token}/accept`);
    const p = await ok<ProgramResponse>(mentee, 'GET', `/programs/${programId}`);
    expect(p.myMemberships).toEqual([expect.objectContaining({ role: 'mentee', cohortId })]);
    // Used once: a second acceptance (by anyone) is a 404.
    problem(await call(outsider, 'POST', `/invitations/${token}/accept`), 404);
    problem(await call(outsider, 'GET', `/invitations/${token}`), 404);
    const list = await ok<{ items: { status: string }[] }>(coord, 'GET', `/programs/${programId}/invitations`);
    expect(list.items[0]!.status).toBe('accepted');
  });

  it('only coordinators invite, manage members and cohorts', async () => {
    const { programId, cohortId } = await programOf(t, coord);
    const mentor = await person(t, 'Someone Else');
    const mentorId = await joinAs(t, coord, programId, mentor, 'mentor');
    problem(await call(mentor, 'POST', `/programs/${programId}/invitations`, { email: 'x@example.test', role: 'mentee' }), 404);
    problem(await call(mentor, 'POST', `/programs/${programId}/cohorts`, { name: 'Mine', startsOn: '2027-01-01', endsOn: '2027-02-01' }), 404);
    problem(await call(mentor, 'PATCH', `/programs/${programId}`, { name: 'Renamed' }), 404);
    problem(await call(mentor, 'GET', `/programs/${programId}/applications`), 404);
    problem(await call(mentor, 'GET', `/cohorts/${cohortId}/match-runs/latest`), 404);
    problem(await call(mentor, 'POST', `/cohorts/${cohortId}/match-runs`, {}), 404);
    problem(await call(mentor, 'GET', `/programs/${programId}/health`), 404);
    // A member edits their own profile but not what is the coordinator's to set.
    const self = problem(await call(mentor, 'PATCH', `/program-members/${mentorId}`, { cohortId, phone: '+49 30 1234' }), 400);
    expect(self.errors).toEqual([{ path: 'cohortId', message: 'Only a coordinator can change this' }]);
    const mine = await ok<MemberResponse>(mentor, 'PATCH', `/program-members/${mentorId}`, { phone: '+49 30 1234', languages: ['en', 'de'] });
    expect(mine).toMatchObject({ phone: '+49 30 1234', languages: ['en', 'de'] });
    problem(await call(outsider, 'GET', `/program-members/${mentorId}`), 404);
    const last = problem(await call(coord, 'DELETE', `/program-members/${(await ok<ProgramResponse>(coord, 'GET', `/programs/${programId}`)).myMemberships[0]!.id}`), 409);
    expect(last.code).toBe('last_coordinator');
  });
});

/** A teen program: coordinator, a screened and an unscreened mentor, a minor mentee with consent and guardian. */
async function teenProgram() {
  const { programId, cohortId } = await programOf(t, coord, { minors: true });
  const screenedUser = await person(t, 'Sam Screened');
  const unscreenedUser = await person(t, 'Uma Unscreened');
  const teenUser = await person(t, 'Tia Teen');
  const guardianUser = await person(t, 'Gus Guardian');
  const screened = await joinAs(t, coord, programId, screenedUser, 'mentor');
  const unscreened = await joinAs(t, coord, programId, unscreenedUser, 'mentor');
  const teen = await joinAs(t, coord, programId, teenUser, 'mentee', { cohortId });
  const guardian = await joinAs(t, coord, programId, guardianUser, 'guardian');
  const sApp = await ok<ApplicationResponse>(screenedUser, 'PUT', `/programs/${programId}/application`, application({ skills: ['robotics'] }));
  // The unscreened mentor is the better fit on paper: every growth area, same industry.
  const uApp = await ok<ApplicationResponse>(unscreenedUser, 'PUT', `/programs/${programId}/application`, application({ skills: ['coding', 'design'], industries: ['games'] }));
  await ok(teenUser, 'PATCH', `/program-members/${teen}`, { phone: '+1 555 0100', growthAreas: ['Coding', 'design'], preferredIndustries: ['games'], languages: ['en'] });
  return { programId, cohortId, screenedUser, unscreenedUser, teenUser, guardianUser, screened, unscreened, teen, guardian, sApp, uApp };
}

describe('screening, consent and privacy', () => {
  it('counts a mentor as screened only when cleared, trained and with an ok reference', async () => {
    const p = await teenProgram();
    expect(p.sApp.screened).toBe(false);
    const partial = await ok<ApplicationResponse>(coord, 'PUT', `/mentor-applications/${p.sApp.id}/screening`, { ...SCREENED, references: [{ name: 'Ref', contacted: true, ok: false }] });
    expect(partial.screened).toBe(false);
    expect(partial.screeningMissing).toEqual(['at least one reference who vouched (ok)']);
    const done = await ok<ApplicationResponse>(coord, 'PUT', `/mentor-applications/${p.sApp.id}/screening`, SCREENED);
    expect(done.screened).toBe(true);
    // Mentors do not screen themselves, and no one else sees the screening.
    problem(await call(p.screenedUser, 'PUT', `/mentor-applications/${p.sApp.id}/screening`, SCREENED), 404);
    problem(await call(p.unscreenedUser, 'GET', `/mentor-applications/${p.sApp.id}`), 404);
    expect((await ok<ApplicationResponse>(p.screenedUser, 'GET', `/mentor-applications/${p.sApp.id}`)).screened).toBe(true);
    const bad = problem(await call(coord, 'PUT', `/mentor-applications/${p.sApp.id}/screening`, { backgroundCheck: 'maybe', trainingCompletedOn: 'yesterday', references: [{ name: '' }] }), 400);
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['backgroundCheck', 'references.0.name', 'trainingCompletedOn']);
    const badApp = problem(await call(p.screenedUser, 'PUT', `/programs/${p.programId}/application`, application({ capacity: 0, motivation: '' })), 400);
    expect(badApp.errors?.map((e) => e.path).sort()).toEqual(['capacity', 'motivation']);
    problem(await call(p.teenUser, 'PUT', `/programs/${p.programId}/application`, application()), 404);
  });

  it("never returns a minor's e-mail or phone to an unscreened mentor, even one matched with them", async () => {
    const p = await teenProgram();
    await ok(coord, 'PUT', `/program-members/${p.teen}/guardian-consent`, { guardianMemberId: p.guardian, consentGivenOn: '2026-11-20' });
    // Coordinators see the minor's details.
    const seen = await ok<MemberResponse>(coord, 'GET', `/program-members/${p.teen}`);
    expect(seen).toMatchObject({ email: p.teenUser.email, phone: '+1 555 0100', contactHidden: false });
    // Screen the mentor, match and publish, then screening lapses (failed re-check).
    await ok(coord, 'PUT', `/mentor-applications/${p.uApp.id}/screening`, SCREENED);
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${p.cohortId}/match-runs`, {}, 201);
    expect(run.pairs.map((x) => [x.mentee.memberId, x.mentor.memberId])).toEqual([[p.teen, p.unscreened]]);
    await ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: 1 });
    const whileScreened = await ok<MemberResponse>(p.unscreenedUser, 'GET', `/program-members/${p.teen}`);
    expect(whileScreened.email).toBe(p.teenUser.email);
    await ok(coord, 'PUT', `/mentor-applications/${p.uApp.id}/screening`, { ...SCREENED, backgroundCheck: 'pending' });

    const asMentor = await ok<MemberResponse>(p.unscreenedUser, 'GET', `/program-members/${p.teen}`);
    expect(asMentor).toMatchObject({ email: null, phone: null, contactHidden: true, name: 'Tia Teen' });
    const list = await ok<{ items: MemberResponse[] }>(p.unscreenedUser, 'GET', `/programs/${p.programId}/members`);
    const teenRow = list.items.find((m) => m.id === p.teen)!;
    expect(teenRow.email).toBeNull();
    expect(teenRow.phone).toBeNull();
    const page = await ok<ProgramResponse>(p.unscreenedUser, 'GET', `/programs/${p.programId}`);
    expect(page.myMatches[0]!.partner).toMatchObject({ name: 'Tia Teen', email: null, phone: null });
    // The raw response body carries neither.
    const raw = (await call(p.unscreenedUser, 'GET', `/programs/${p.programId}/members`)).body;
    expect(raw).not.toContain(p.teenUser.email);
    expect(raw).not.toContain('555 0100');

    // The guardian sees them, and whom they are matched with; a mentor not matched with the minor does not see the minor at all.
    expect((await ok<MemberResponse>(p.guardianUser, 'GET', `/program-members/${p.teen}`)).email).toBe(p.teenUser.email);
    const guardianPage = await ok<ProgramResponse>(p.guardianUser, 'GET', `/programs/${p.programId}`);
    expect(guardianPage.wards).toEqual([{ memberId: p.teen, name: 'Tia Teen', mentor: { memberId: p.unscreened, name: 'Uma Unscreened', email: p.unscreenedUser.email } }]);
    problem(await call(p.screenedUser, 'GET', `/program-members/${p.teen}`), 404);
    expect((await ok<{ items: MemberResponse[] }>(p.screenedUser, 'GET', `/programs/${p.programId}/members`)).items.map((m) => m.id)).not.toContain(p.teen);
  });

  it('keeps minors without guardian consent out of the run; validates consent input', async () => {
    const p = await teenProgram();
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${p.cohortId}/match-runs`, {}, 201);
    expect(run.pairs).toEqual([]);
    expect(run.unmatched).toEqual([{ mentee: expect.objectContaining({ memberId: p.teen }), reason: 'Waiting for guardian consent.' }]);
    const bad = problem(await call(coord, 'PUT', `/program-members/${p.teen}/guardian-consent`, { consentGivenOn: '2026-13-01' }), 400);
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['consentGivenOn', 'guardianName']);
    const notGuardian = problem(await call(coord, 'PUT', `/program-members/${p.teen}/guardian-consent`, { guardianMemberId: p.screened, consentGivenOn: '2026-11-01' }), 400);
    expect(notGuardian.errors?.[0]?.path).toBe('guardianMemberId');
    problem(await call(p.guardianUser, 'PUT', `/program-members/${p.teen}/guardian-consent`, { guardianName: 'Me', consentGivenOn: '2026-11-01' }), 404);
    const recorded = await ok<MemberResponse>(coord, 'PUT', `/program-members/${p.teen}/guardian-consent`, { guardianName: 'Gloria Teen', guardianEmail: 'gloria@example.test', consentGivenOn: '2026-11-01' });
    expect(recorded.guardianConsent).toMatchObject({ guardianName: 'Gloria Teen', consentGivenOn: '2026-11-01' });
  });
});

describe('matching runs', () => {
  it('matches a minor only with a screened mentor, even when an unscreened one scores higher', async () => {
    const p = await teenProgram();
    await ok(coord, 'PUT', `/program-members/${p.teen}/guardian-consent`, { guardianName: 'Gloria Teen', consentGivenOn: '2026-11-01' });
    await ok(coord, 'PUT', `/mentor-applications/${p.sApp.id}/screening`, SCREENED);
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${p.cohortId}/match-runs`, {}, 201);
    expect(run.pairs).toHaveLength(1);
    expect(run.pairs[0]!.mentor).toMatchObject({ memberId: p.screened, screened: true });
    // Pinning the minor to the unscreened mentor is refused.
    const pin = problem(await call(coord, 'POST', `/cohorts/${p.cohortId}/match-runs`, { pinned: [{ mentee: p.teen, mentor: p.unscreened }] }), 409);
    expect(pin.code).toBe('pin_breaks_rule');
    expect(pin.detail).toContain('minor mentee needs a screened mentor');
    // Screening lapses after the run: publishing that run is refused, nothing is stored.
    const proposal = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${p.cohortId}/match-runs`, {}, 201);
    await ok(coord, 'PUT', `/mentor-applications/${p.sApp.id}/screening`, { ...SCREENED, backgroundCheck: 'pending' });
    expect(problem(await call(coord, 'POST', `/match-runs/${proposal.id}/publish`, { pairCount: 1 }), 409).code).toBe('run_outdated');
    expect((await ok<{ items: unknown[] }>(coord, 'GET', `/cohorts/${p.cohortId}/matches`)).items).toEqual([]);
    // With no screened mentor left, the minor stays unmatched.
    const none = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${p.cohortId}/match-runs`, {}, 201);
    expect(none.pairs).toEqual([]);
    expect(none.unmatched[0]!.reason).toBe('No screened mentor with room passes the hard rules.');
  });

  it('shows breakdowns and explanations, pins, forbids, keeps pairs stable and publishes exactly the shown pairs', async () => {
    const { programId, cohortId } = await programOf(t, coord);
    const people = await Promise.all(['Ana', 'Ben', 'Caro'].map((n) => person(t, `${n} Mentee`)));
    const mentors = await Promise.all(['Dev', 'Eli'].map((n) => person(t, `${n} Mentor`)));
    const menteeIds: string[] = [];
    for (const u of people) menteeIds.push(await joinAs(t, coord, programId, u, 'mentee', { cohortId }));
    const mentorIds: string[] = [];
    for (const u of mentors) mentorIds.push(await joinAs(t, coord, programId, u, 'mentor'));
    await ok(mentors[0]!, 'PUT', `/programs/${programId}/application`, application({ skills: ['leadership', 'finance'], industries: ['banking'], capacity: 1 }));
    await ok(mentors[1]!, 'PUT', `/programs/${programId}/application`, application({ skills: ['leadership'], industries: ['retail'], capacity: 2 }));
    for (const [i, u] of people.entries()) {
      await ok(u, 'PATCH', `/program-members/${menteeIds[i]}`, { growthAreas: ['leadership', 'finance'], preferredIndustries: ['banking'], languages: ['en'], timeZone: 'Europe/Berlin' });
    }
    // Ben's manager is Dev: never paired.
    await ok(coord, 'PATCH', `/program-members/${menteeIds[1]}`, { managerMemberId: mentorIds[0] });

    const first = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}, 201);
    expect(first.pairs).toHaveLength(3);
    const devPair = first.pairs.find((x) => x.mentor.memberId === mentorIds[0])!;
    expect(devPair.mentee.memberId).not.toBe(menteeIds[1]);
    expect(devPair.breakdown).toMatchObject({ growth: 50, industry: 20 });
    const eliPairs = first.pairs.filter((x) => x.mentor.memberId === mentorIds[1]);
    const explained = eliPairs.find((x) => x.mentee.memberId !== menteeIds[1])!;
    expect(explained.betterMentors[0]).toMatchObject({ mentor: { name: 'Dev Mentor' } });
    expect(explained.betterMentors[0]!.reason).toContain('Dev Mentor is full');
    expect(explained.betterMentors[0]!.summary).toBe(
      `Dev Mentor would score ${explained.betterMentors[0]!.score} for ${explained.mentee.name} (${explained.score} now), but every slot at Dev Mentor is taken by ${devPair.mentee.name} (${devPair.score}); moving ${explained.mentee.name} there would lower the total.`,
    );
    expect(explained.betterMentors[0]!.reason).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);

    // Re-run with new weights: stable pairs are kept.
    const again = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { weights: { timeZone: 3 } }, 201);
    expect(again.pairs.map((x) => [x.mentee.memberId, x.mentor.memberId]).sort()).toEqual(first.pairs.map((x) => [x.mentee.memberId, x.mentor.memberId]).sort());
    expect(again.pairs.every((x) => x.kept)).toBe(true);
    expect(again.weights.timeZone).toBe(3);

    // Pin the other non-Ben mentee to Dev, forbid the first Dev pair.
    const other = menteeIds.find((id) => id !== menteeIds[1] && id !== devPair.mentee.memberId)!;
    const adjusted = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: [{ mentee: other, mentor: mentorIds[0] }], forbidden: [{ mentee: devPair.mentee.memberId, mentor: mentorIds[0] }] }, 201);
    expect(adjusted.pairs.find((x) => x.mentee.memberId === other)).toMatchObject({ mentor: { memberId: mentorIds[0] }, pinned: true });
    expect(adjusted.pairs.find((x) => x.mentee.memberId === devPair.mentee.memberId)?.mentor.memberId).toBe(mentorIds[1]);
    const badPin = problem(await call(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: [{ mentee: menteeIds[1], mentor: mentorIds[0] }] }), 409);
    expect(badPin.detail).toContain('management chain');
    const overfull = problem(await call(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: [{ mentee: menteeIds[0], mentor: mentorIds[0] }, { mentee: menteeIds[2], mentor: mentorIds[0] }] }), 409);
    expect(overfull.code).toBe('match_input');
    expect(overfull.detail).toContain('Dev Mentor has no capacity left');
    const badIds = problem(await call(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: [{ mentee: mentorIds[0], mentor: 'x' }], weights: { growth: -1 } }), 400);
    expect(badIds.errors?.map((e) => e.path).sort()).toEqual(['pinned.0.mentor', 'weights.growth']);

    // An older run cannot be published; the newest publishes exactly its pairs.
    expect(problem(await call(coord, 'POST', `/match-runs/${first.id}/publish`, { pairCount: 3 }), 409).code).toBe('stale_run');
    expect(problem(await call(coord, 'POST', `/match-runs/${adjusted.id}/publish`, { pairCount: 2 }), 409).code).toBe('pairs_changed');
    problem(await call(mentors[0]!, 'POST', `/match-runs/${adjusted.id}/publish`, { pairCount: 3 }), 404);
    const published = await ok<MatchRunResponse>(coord, 'POST', `/match-runs/${adjusted.id}/publish`, { pairCount: 3 });
    expect(published.publishedAt).not.toBeNull();
    const stored = await ok<{ items: { mentee: { memberId: string }; mentor: { memberId: string }; score: number }[] }>(coord, 'GET', `/cohorts/${cohortId}/matches`);
    const key = (x: { mentee: { memberId: string }; mentor: { memberId: string }; score: number }) => `${x.mentee.memberId}>${x.mentor.memberId}:${x.score}`;
    expect(stored.items.map(key).sort()).toEqual(adjusted.pairs.map(key).sort());
    expect(problem(await call(coord, 'POST', `/match-runs/${adjusted.id}/publish`, { pairCount: 3 }), 409).code).toBe('already_published');

    // Mentor and mentee see their match on the program page.
    const devPage = await ok<ProgramResponse>(mentors[0]!, 'GET', `/programs/${programId}`);
    expect(devPage.myMatches).toEqual([expect.objectContaining({ as: 'mentor', partner: expect.objectContaining({ memberId: other }) })]);
    const menteePage = await ok<ProgramResponse>(people[menteeIds.indexOf(other)]!, 'GET', `/programs/${programId}`);
    expect(menteePage.myMatches[0]).toMatchObject({ as: 'mentee', partner: { name: 'Dev Mentor', email: mentors[0]!.email } });

    // Moved to another cohort while matched: kept out of that cohort's run, with the reason.
    const autumn = await ok<{ id: string }>(coord, 'POST', `/programs/${programId}/cohorts`, { name: 'Autumn 2027', startsOn: '2027-09-01', endsOn: '2027-12-20' }, 201);
    await ok(coord, 'PATCH', `/program-members/${other}`, { cohortId: autumn.id });
    const autumnRun = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${autumn.id}/match-runs`, {}, 201);
    expect(autumnRun.pairs).toEqual([]);
    expect(autumnRun.unmatched).toEqual([{ mentee: expect.objectContaining({ memberId: other }), reason: 'Still matched in another cohort.' }]);

    const health = await ok<{ activeMatches: number; unmatchedMentees: number }>(coord, 'GET', `/programs/${programId}/health`);
    expect(health).toMatchObject({ activeMatches: 3, unmatchedMentees: 0 });
  });

  // How fast is the matching benchmark's business (tests/bench/matching), not a test's: a timed
  // assertion here failed at load 18.
  it('runs a few hundred participants: everyone matched, no mentor over capacity', async () => {
    const { programId, cohortId } = await programOf(t, coord);
    const { programMembers, mentorApplications, users } = await import('../../db/schema/index');
    const db = t.database.db;
    const skills = ['leadership', 'finance', 'design', 'coding', 'sales', 'writing', 'speaking', 'data'];
    const made = await db
      .insert(users)
      .values(Array.from({ length: 360 }, (_, i) => ({ email: `bulk${i}-${programId}@example.test`, name: `Bulk ${i}`, passwordHash: 'x' })))
      .returning({ id: users.id });
    const mentees = await db
      .insert(programMembers)
      .values(made.slice(0, 300).map((u, i) => ({ programId, userId: u.id, role: 'mentee', cohortId, growthAreas: [skills[i % 8]!, skills[(i * 3) % 8]!], languages: ['en'] })))
      .returning({ id: programMembers.id });
    const mentors = await db.insert(programMembers).values(made.slice(300).map((u) => ({ programId, userId: u.id, role: 'mentor' }))).returning({ id: programMembers.id });
    await db.insert(mentorApplications).values(mentors.map((m, i) => ({ programId, memberId: m.id, motivation: 'm', availability: 'a', capacity: 5, skills: [skills[i % 8]!, skills[(i + 1) % 8]!], languages: ['en'] })));
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}, 201);
    expect(mentees).toHaveLength(300);
    expect(run.pairs).toHaveLength(300);
    expect(run.mentors).toHaveLength(60);
    for (const m of run.mentors) {
      expect(m.assigned).toBeLessThanOrEqual(5);
      expect(m.assigned).toBe(run.pairs.filter((p) => p.mentor.memberId === m.memberId).length);
    }
  });
});
