import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { addDays } from '../../../domain/follow-through/index';
import type { MentorshipResponse, MentorshipSummary } from '../../../domain/mentoring/api';
import type { MenteeSummary } from '../../../domain/mentor-directory/api';
import type { HealthResponse, MatchRunResponse, ProgramResponse } from '../../../domain/programs/api';
import { inboxOf } from '../inbox/test-support';
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
const today = () => new Date().toISOString().slice(0, 10);
const mentorshipsOf = async (s: Session) => (await ok<{ items: MentorshipSummary[] }>(s, 'GET', '/mentorships')).items;
const menteesOf = async (s: Session) => (await ok<{ items: MenteeSummary[] }>(s, 'GET', '/my-mentees')).items;
const health = (programId: string) => ok<HealthResponse>(coord, 'GET', `/programs/${programId}/health`);

/** An adults' program with three mentors of one mentee each and two mentees, matched and published. */
async function published() {
  const { programId, cohortId } = await programOf(t, coord);
  const mentors = [await person(t, 'Mo Mentor'), await person(t, 'Lu Mentor'), await person(t, 'Vi Mentor')];
  const mentorIds: string[] = [];
  for (const m of mentors) {
    mentorIds.push(await joinAs(t, coord, programId, m, 'mentor'));
    await ok(m, 'PUT', `/programs/${programId}/application`, application({ capacity: 1, jobRole: 'Staff engineer', industries: ['Software'] }));
  }
  const ann = await person(t, 'Ann Mentee');
  const bea = await person(t, 'Bea Mentee');
  const annId = await joinAs(t, coord, programId, ann, 'mentee', { cohortId });
  const beaId = await joinAs(t, coord, programId, bea, 'mentee', { cohortId });
  await ok(ann, 'PATCH', `/program-members/${annId}`, { growthAreas: ['Public speaking', 'Negotiation'] });
  const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: [{ mentee: annId, mentor: mentorIds[0] }, { mentee: beaId, mentor: mentorIds[1] }] }, 201);
  await ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: 2 });
  return { programId, cohortId, mentors, mentorIds, ann, bea, annId, beaId };
}

describe('a published match becomes a mentorship', () => {
  it('opens the mentee’s mentorship with the mentor linked and puts the mentee on the mentor’s My mentees', async () => {
    const s = await published();
    const [annM] = await mentorshipsOf(s.ann);
    expect(await mentorshipsOf(s.ann)).toHaveLength(1);
    expect(annM).toMatchObject({ kind: 'shepherd', areas: ['Public speaking', 'Negotiation'], status: 'active', mentorOnTrellis: true, contact: { displayName: 'Mo Mentor', email: s.mentors[0]!.email, title: 'Staff engineer' } });
    const contact = await ok<{ howWeMet: string; circle: string }>(s.ann, 'GET', `/contacts/${annM!.contactId}`);
    expect(contact).toMatchObject({ howWeMet: 'Matched in Young professionals', circle: 'mentor' });
    const moMentees = await menteesOf(s.mentors[0]!);
    expect(moMentees.map((m) => [m.name, m.status])).toEqual([['Ann Mentee', 'active']]);
    expect((await menteesOf(s.mentors[1]!)).map((m) => m.name)).toEqual(['Bea Mentee']);
    expect(await menteesOf(s.mentors[2]!)).toEqual([]);
    // The mentor reads it as their own mentee, and both sides' program page opens it.
    await ok(s.mentors[0]!, 'GET', `/my-mentees/${moMentees[0]!.id}`);
    const annPage = await ok<ProgramResponse>(s.ann, 'GET', `/programs/${s.programId}`);
    expect(annPage.myMatches.map((m) => m.mentorshipLink)).toEqual([`/mentoring/${annM!.id}`]);
    const moPage = await ok<ProgramResponse>(s.mentors[0]!, 'GET', `/programs/${s.programId}`);
    expect(moPage.myMatches.map((m) => m.mentorshipLink)).toEqual([`/mentoring/mentees/${moMentees[0]!.id}`]);
    // The inbox's "matched" item opens the mentorship.
    expect((await inboxOf(t, s.ann)).find((i) => i.kind === 'match_published')?.link).toBe(`/mentoring/${annM!.id}`);
    expect((await inboxOf(t, s.mentors[0]!)).find((i) => i.kind === 'match_published')?.link).toBe(`/mentoring/mentees/${moMentees[0]!.id}`);
    // The questions thread works: it is a real, linked mentorship.
    await ok(s.mentors[0]!, 'POST', `/my-mentees/${moMentees[0]!.id}/thread`, { body: 'Welcome! When suits you for a first chat?' }, 201);
    expect((await ok<MentorshipResponse>(s.ann, 'GET', `/mentorships/${annM!.id}`)).thread.map((p) => p.body)).toEqual(['Welcome! When suits you for a first chat?']);
  });

  it('keeps a kept pair’s mentorship on re-publish and ends the one a removed pair had opened, keeping what the mentee wrote', async () => {
    const s = await published();
    const [annFirst] = await mentorshipsOf(s.ann);
    const [beaFirst] = await mentorshipsOf(s.bea);
    await ok(s.ann, 'POST', `/mentorships/${annFirst!.id}/meetings`, { heldOn: today(), agenda: 'First chat', notes: 'Mine to keep' }, 201);
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${s.cohortId}/match-runs`, { forbidden: [{ mentee: s.annId, mentor: s.mentorIds[0] }] }, 201);
    expect(run.pairs.map((p) => [p.mentee.name, p.mentor.name])).toEqual([
      ['Ann Mentee', 'Vi Mentor'],
      ['Bea Mentee', 'Lu Mentor'],
    ]);
    await ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: 2 });

    const bea = await mentorshipsOf(s.bea);
    expect(bea.map((m) => [m.id, m.status])).toEqual([[beaFirst!.id, 'active']]);
    const ann = await mentorshipsOf(s.ann);
    expect(ann.map((m) => [m.contact?.displayName, m.status])).toEqual([
      ['Mo Mentor', 'closed'],
      ['Vi Mentor', 'active'],
    ]);
    const ended = await ok<MentorshipResponse>(s.ann, 'GET', `/mentorships/${annFirst!.id}`);
    expect(ended.reflection).toBe('Rematched by Young professionals');
    expect(ended.meetings.map((m) => [m.agenda, m.notes])).toEqual([['First chat', 'Mine to keep']]);
    // Mo still sees the ended mentorship as ended; Vi now has Ann.
    expect((await menteesOf(s.mentors[0]!)).map((m) => [m.name, m.status])).toEqual([['Ann Mentee', 'closed']]);
    expect((await menteesOf(s.mentors[2]!)).map((m) => m.name)).toEqual(['Ann Mentee']);
    // Publishing the same pairs again changes nothing.
    const again = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${s.cohortId}/match-runs`, { forbidden: [{ mentee: s.annId, mentor: s.mentorIds[0] }] }, 201);
    await ok(coord, 'POST', `/match-runs/${again.id}/publish`, { pairCount: 2 });
    expect((await mentorshipsOf(s.ann)).map((m) => m.id)).toEqual(ann.map((m) => m.id));
    // The kept pair's mentorship is still the program's own: moving Bea later ends it.
    const third = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${s.cohortId}/match-runs`, { forbidden: [{ mentee: s.annId, mentor: s.mentorIds[0] }, { mentee: s.beaId, mentor: s.mentorIds[1] }] }, 201);
    expect(third.pairs.map((p) => p.mentor.name)).toEqual(['Vi Mentor', 'Mo Mentor']);
    await ok(coord, 'POST', `/match-runs/${third.id}/publish`, { pairCount: 2 });
    expect((await mentorshipsOf(s.bea)).map((m) => [m.id === beaFirst!.id, m.contact?.displayName, m.status])).toEqual([
      [true, 'Lu Mentor', 'closed'],
      [false, 'Mo Mentor', 'active'],
    ]);
  });

  it('reuses an open mentorship the mentee already has with that mentor, and never ends it on a rematch', async () => {
    const { programId, cohortId } = await programOf(t, coord);
    const mentor = await person(t, 'Dee Directory');
    const other = await person(t, 'Oz Other');
    const mentee = await person(t, 'Gus Mentee');
    const profile = await ok<{ id: string }>(mentor, 'PUT', '/mentor-profile', { listed: true, skills: ['Leadership'] });
    const req = await ok<{ id: string }>(mentee, 'POST', '/mentor-requests', { mentorProfileId: profile.id, message: 'Would you mentor me?' }, 201);
    await ok(mentor, 'POST', `/mentor-requests/${req.id}/accept`, { message: 'Gladly.' });
    const [before] = await mentorshipsOf(mentee);
    const mentorId = await joinAs(t, coord, programId, mentor, 'mentor');
    const otherId = await joinAs(t, coord, programId, other, 'mentor');
    for (const m of [mentor, other]) await ok(m, 'PUT', `/programs/${programId}/application`, application());
    const menteeId = await joinAs(t, coord, programId, mentee, 'mentee', { cohortId });
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: [{ mentee: menteeId, mentor: mentorId }] }, 201);
    await ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: 1 });
    expect((await mentorshipsOf(mentee)).map((m) => m.id)).toEqual([before!.id]);
    expect((await menteesOf(mentor)).map((m) => m.name)).toEqual(['Gus Mentee']);
    const moved = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: [{ mentee: menteeId, mentor: otherId }] }, 201);
    await ok(coord, 'POST', `/match-runs/${moved.id}/publish`, { pairCount: 1 });
    expect((await mentorshipsOf(mentee)).map((m) => [m.id === before!.id, m.status])).toEqual([
      [true, 'active'],
      [false, 'active'],
    ]);
  });

  it('shows a minor’s mentor nothing of the minor’s e-mail or phone on My mentees', async () => {
    const { programId, cohortId } = await programOf(t, coord, { minors: true });
    const mentor = await person(t, 'Sam Screened');
    const teen = await person(t, 'Tia Teen');
    const guardian = await person(t, 'Gail Guardian');
    const mentorId = await joinAs(t, coord, programId, mentor, 'mentor');
    const app = await ok<{ id: string }>(mentor, 'PUT', `/programs/${programId}/application`, application());
    await ok(coord, 'PUT', `/mentor-applications/${app.id}/screening`, SCREENED);
    const teenId = await joinAs(t, coord, programId, teen, 'mentee', { cohortId, isMinor: true });
    const guardianId = await joinAs(t, coord, programId, guardian, 'guardian');
    await ok(teen, 'PATCH', `/program-members/${teenId}`, { phone: '+1 555 0199' });
    await ok(coord, 'PUT', `/program-members/${teenId}/guardian-consent`, { guardianMemberId: guardianId, consentGivenOn: '2026-11-20' });
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned: [{ mentee: teenId, mentor: mentorId }] }, 201);
    await ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: 1 });
    const list = await call(mentor, 'GET', '/my-mentees');
    const id = (list.json() as { items: MenteeSummary[] }).items[0]!.id;
    const detail = await call(mentor, 'GET', `/my-mentees/${id}`);
    for (const body of [list.body, detail.body]) {
      expect(body).toContain('Tia Teen');
      expect(body).not.toContain(teen.email);
      expect(body).not.toContain('555 0199');
    }
  });
});

describe('program health per match', () => {
  it('counts meetings, shared goals and the agreement, and never returns what the mentee wrote', async () => {
    const s = await published();
    const [annM] = await mentorshipsOf(s.ann);
    const secret = 'zq-SECRET-7f3a';
    await ok(s.ann, 'PATCH', `/mentorships/${annM!.id}`, { notes: `private note ${secret}` });
    await ok(s.ann, 'POST', `/mentorships/${annM!.id}/meetings`, { heldOn: today(), agenda: `agenda ${secret}`, notes: `notes ${secret}`, actionItems: [{ text: `item ${secret}` }] }, 201);
    await ok(s.ann, 'POST', `/mentorships/${annM!.id}/meetings`, { heldOn: addDays(today(), -40), agenda: 'Earlier' }, 201);
    await ok(s.ann, 'POST', `/mentorships/${annM!.id}/meetings`, { heldOn: addDays(today(), -120) }, 201);
    await ok(s.ann, 'POST', '/mentoring-goals', { horizon: 'one_year', title: `private goal ${secret}` }, 201);
    const shared = await ok<{ id: string }>(s.ann, 'POST', '/mentoring-goals', { horizon: 'one_year', title: `shared goal ${secret}`, sharedWith: [annM!.id] }, 201);
    await ok(s.ann, 'POST', '/mentoring-goals', { horizon: 'two_year', title: 'Second shared goal', sharedWith: [annM!.id] }, 201);
    await ok(s.ann, 'PATCH', `/mentoring-goals/${shared.id}`, { achieved: true });
    await ok(s.ann, 'POST', `/mentoring-goals/${shared.id}/posts`, { kind: 'progress', body: `progress ${secret}` }, 201);

    const res = await call(coord, 'GET', `/programs/${s.programId}/health`);
    expect(res.body).not.toContain(secret);
    const h = res.json() as HealthResponse;
    expect(h.matchActivity).toMatchObject({ matches: 2, withMentorship: 2, meetingMonthly: 1, quiet: 0, medianMeetings90: 1, goals: { shared: 2, achieved: 1 }, agreementsAccepted: 0 });
    expect(h.matchActivity.meetingsDistribution.map((d) => d.matches)).toEqual([1, 0, 1, 0, 0]);

    const csv = await call(coord, 'GET', `/programs/${s.programId}/outcomes.csv?kind=matches`);
    expect(csv.body).not.toContain(secret);
    const rows = Papa.parse<Record<string, string>>(csv.body, { header: true }).data;
    expect(rows.map((r) => [r['Mentee'], r['Mentorship'], r['Meetings in the last 30 days'], r['Meetings in the last 90 days'], r['Last meeting'], r['Goals shared with the mentor'], r['Shared goals achieved'], r['Quiet']])).toEqual([
      ['Ann Mentee', 'active', '1', '2', today(), '2', '1', 'no'],
      ['Bea Mentee', 'active', '0', '0', '', '0', '0', 'no'],
    ]);
    // Nobody but coordinators reads it.
    expect((await call(s.ann, 'GET', `/programs/${s.programId}/health`)).statusCode).toBe(404);
  });

  it('flags a match quiet by the mentoring room’s rule, names the pair, and clears it when they meet', async () => {
    const s = await published();
    const [beaM] = await mentorshipsOf(s.bea);
    await ok(s.bea, 'PATCH', `/mentorships/${beaM!.id}`, { startedOn: addDays(today(), -100) });
    let h = await health(s.programId);
    expect(h.matchActivity.quiet).toBe(1);
    expect(h.matchActivity.quietMatches).toEqual([expect.objectContaining({ menteeName: 'Bea Mentee', mentorName: 'Lu Mentor', cohortName: 'Spring 2027', quietWeeks: 14, lastMeetingOn: null })]);
    // An agreed cadence moves the threshold: every 4 months is quiet only after 180 days.
    await ok(s.bea, 'POST', `/mentorships/${beaM!.id}/agreement`, { cadence: 'every 4 months' });
    expect((await health(s.programId)).matchActivity.quiet).toBe(0);
    await ok(s.bea, 'POST', `/mentorships/${beaM!.id}/agreement`, { cadence: 'monthly' });
    expect((await health(s.programId)).matchActivity.quiet).toBe(1);
    await ok(s.bea, 'POST', `/mentorships/${beaM!.id}/meetings`, { heldOn: today() }, 201);
    h = await health(s.programId);
    expect(h.matchActivity).toMatchObject({ quiet: 0, quietMatches: [], meetingMonthly: 1 });
  });
});
