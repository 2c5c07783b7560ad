import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinatorAndOutsider } from '../../../../tests/helpers/program-test-app';
import type { Session, TestContext } from '../../../../tests/helpers/test-app';
import type { HealthResponse } from '../../../domain/programs/api';
import { MATCHES_CSV_HEADER, SUMMARY_CSV_HEADER } from '../../../domain/programs/outcomes';
import { programMatches } from '../../db/schema/index';
import { findMailByKey } from '../../mail/queries';
import { application, joinAs, okJson, person, programOf, tokenFromOutbox, type Call } from './test-support';

let t: TestContext;
let call: Call;
let coord: Session;
let outsider: Session;
beforeAll(async () => {
  ({ t, call, coord, outsider } = await coordinatorAndOutsider());
});
afterAll(async () => t?.close());

const ok = <T>(s: Session, method: Parameters<Call>[1], url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);
const status = async (s: Session, method: Parameters<Call>[1], url: string, payload?: object) => (await call(s, method, url, payload)).statusCode;

/**
 * An adults' program: an ended cohort (an adult and a minor mentee, both matched with one
 * mentor) and a later cohort where the same mentor is matched again.
 */
async function story() {
  const { programId, cohortId: later } = await programOf(t, coord);
  const ended = (await ok<{ id: string }>(coord, 'POST', `/programs/${programId}/cohorts`, { name: 'Autumn 2025', startsOn: '2025-09-01', endsOn: '2026-01-31' }, 201)).id;
  const mentor = await person(t, '=HYPERLINK("x") Mentor');
  const adult = await person(t, 'Ada Alumna');
  const minor = await person(t, 'Milo Minor');
  const fresh = await person(t, 'Finn Fresh');
  const mentorId = await joinAs(t, coord, programId, mentor, 'mentor');
  await ok(mentor, 'PUT', `/programs/${programId}/application`, application());
  const adultId = await joinAs(t, coord, programId, adult, 'mentee', { cohortId: ended, isMinor: false });
  const minorId = await joinAs(t, coord, programId, minor, 'mentee', { cohortId: ended, isMinor: true });
  const freshId = await joinAs(t, coord, programId, fresh, 'mentee', { cohortId: later, isMinor: false });
  const at = new Date('2025-09-15T10:00:00Z');
  await t.database.db.insert(programMatches).values([
    { programId, cohortId: ended, menteeMemberId: adultId, mentorMemberId: mentorId, score: 80, breakdown: {}, publishedAt: at },
    { programId, cohortId: ended, menteeMemberId: minorId, mentorMemberId: mentorId, score: 70, breakdown: {}, publishedAt: at },
    { programId, cohortId: later, menteeMemberId: freshId, mentorMemberId: mentorId, score: 90, breakdown: {}, publishedAt: new Date() },
  ]);
  return { programId, ended, later, mentor, adult, minor, fresh, mentorId };
}

describe('alumni → mentors', () => {
  it('invites an ended cohort’s adult alumni in one action, never minors, and counts who became mentors', async () => {
    const s = await story();
    let h = await ok<HealthResponse>(coord, 'GET', `/programs/${s.programId}/health`);
    expect(h.outcomes.alumni).toEqual({ adults: 1, invited: 0, becameMentors: 0 });

    expect(await status(coord, 'POST', `/cohorts/${s.later}/alumni-invitations`)).toBe(409);
    expect(await status(s.mentor, 'POST', `/cohorts/${s.ended}/alumni-invitations`)).toBe(404);
    expect(await status(outsider, 'POST', `/cohorts/${s.ended}/alumni-invitations`)).toBe(404);
    const first = await ok<{ invited: number; skipped: Record<string, number> }>(coord, 'POST', `/cohorts/${s.ended}/alumni-invitations`);
    expect(first).toEqual({ invited: 1, skipped: { minors: 1, alreadyMentors: 0, alreadyInvited: 0 } });
    const again = await ok<{ invited: number; skipped: Record<string, number> }>(coord, 'POST', `/cohorts/${s.ended}/alumni-invitations`);
    expect(again).toEqual({ invited: 0, skipped: { minors: 1, alreadyMentors: 0, alreadyInvited: 1 } });

    const invitations = await ok<{ items: { id: string; email: string; role: string }[] }>(coord, 'GET', `/programs/${s.programId}/invitations`);
    const toAdult = invitations.items.filter((i) => i.role === 'mentor' && i.email === s.adult.email);
    expect(toAdult).toHaveLength(1);
    expect(invitations.items.some((i) => i.role === 'mentor' && i.email === s.minor.email)).toBe(false);
    h = await ok<HealthResponse>(coord, 'GET', `/programs/${s.programId}/health`);
    expect(h.outcomes.alumni).toEqual({ adults: 1, invited: 1, becameMentors: 0 });

    const mail = await findMailByKey(t.database.db, `program_invite:${toAdult[0]!.id}`);
    await ok(s.adult, 'POST', `/invitations/${tokenFromOutbox(t.dataDir, mail!.outboxFile!)}/accept`);
    h = await ok<HealthResponse>(coord, 'GET', `/programs/${s.programId}/health`);
    expect(h.outcomes.alumni).toEqual({ adults: 1, invited: 1, becameMentors: 1 });
    expect((await ok<{ skipped: Record<string, number> }>(coord, 'POST', `/cohorts/${s.ended}/alumni-invitations`)).skipped.alreadyMentors).toBe(1);
  });
});

describe('outcomes', () => {
  it('shows mentor retention across cohorts and job-board activity', async () => {
    const s = await story();
    const l = await ok<{ id: string }>(s.mentor, 'POST', `/programs/${s.programId}/job-listings`, { title: 'Intern', organization: 'Acme', kind: 'internship', remote: true }, 201);
    await ok(s.fresh, 'PUT', `/job-listings/${l.id}/interest`, { state: 'applied' });
    await ok(s.adult, 'PUT', `/job-listings/${l.id}/interest`, { state: 'saved' });
    const h = await ok<HealthResponse>(coord, 'GET', `/programs/${s.programId}/health`);
    expect(h.outcomes.mentorRetention).toEqual({ mentors: 1, returned: 1 });
    expect(h.outcomes.jobBoard).toEqual({ listings: 1, pendingListings: 0, saves: 2, applications: 1, menteesWhoApplied: 1 });
    const autumn = h.outcomes.cohorts.find((c) => c.cohortId === s.ended)!;
    expect(autumn).toMatchObject({ ended: true, mentees: 2, matched: 2, mentorsMatched: 1, mentorsReturned: 1, adultAlumni: 1 });
    expect(h.outcomes.cohorts.find((c) => c.cohortId === s.later)).toMatchObject({ ended: false, mentorsReturned: 0, menteesWhoApplied: 1 });
    expect(await status(s.mentor, 'GET', `/programs/${s.programId}/health`)).toBe(404);
  });

  it('exports one row per match and a summary, names only, parsed back', async () => {
    const s = await story();
    const r = await call(coord, 'GET', `/programs/${s.programId}/outcomes.csv?kind=matches`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    expect(r.headers['content-disposition']).toContain('attachment');
    expect(r.body).not.toContain('@');
    const parsed = Papa.parse<Record<string, string>>(r.body, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(MATCHES_CSV_HEADER);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data.map((d) => d['Cohort'])).toEqual(['Autumn 2025', 'Autumn 2025', 'Spring 2027']);
    const minorRow = parsed.data.find((d) => d['Mentee'] === 'Milo Minor')!;
    expect(minorRow).toMatchObject({ 'Mentee is a minor': 'yes', 'Cohort status': 'ended', 'Match score': '70', 'Published on': '2025-09-15', 'Mentor returned for a later cohort': 'yes', 'Mentor screened': 'no' });
    // A name that a spreadsheet would run as a formula is neutralised.
    expect(minorRow['Mentor']).toBe(`'=HYPERLINK("x") Mentor`);

    const sum = await call(coord, 'GET', `/programs/${s.programId}/outcomes.csv?kind=summary`);
    const rows = Papa.parse<Record<string, string>>(sum.body, { header: true, skipEmptyLines: true });
    expect(rows.meta.fields).toEqual(SUMMARY_CSV_HEADER);
    expect(rows.data.map((d) => d['Cohort'])).toEqual(['Autumn 2025', 'Spring 2027', 'All cohorts']);
    expect(rows.data[0]).toMatchObject({ Status: 'ended', Mentees: '2', Matched: '2', Unmatched: '0', 'Mentors who returned': '1', 'Mentor retention': '100%', 'Adult alumni': '1' });
    expect(rows.data[2]).toMatchObject({ Mentees: '3', Matched: '3' });

    expect(await status(s.mentor, 'GET', `/programs/${s.programId}/outcomes.csv`)).toBe(404);
    expect(await status(outsider, 'GET', `/programs/${s.programId}/outcomes.csv`)).toBe(404);
    const bad = await call(coord, 'GET', `/programs/${s.programId}/outcomes.csv?kind=everything`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toBe('Choose matches or summary');
  });
});
