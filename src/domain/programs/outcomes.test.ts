import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cohortOutcomes, matchesCsv, summaryCsv, type OutcomeInputs } from './outcomes';

const member = (id: string, role: string, cohortId: string | null, over: Partial<OutcomeInputs['members'][number]> = {}) => ({ id, userId: `u-${id}`, name: id, email: `${id}@x.test`, role, cohortId, isMinor: false, ...over });

const BO_ACTIVITY = {
  status: 'active' as const,
  meetingsLast30Days: 1,
  meetingsLast90Days: 3,
  lastMeetingOn: '2026-11-20',
  lastActivityOn: '2026-11-25',
  daysSinceActivity: 6,
  quiet: false,
  quietWeeks: 0,
  sharedGoals: 2,
  sharedGoalsAchieved: 1,
  agreementAccepted: true,
};

function inputs(over: Partial<OutcomeInputs> = {}): OutcomeInputs {
  return {
    today: '2026-12-01',
    cohorts: [
      { id: 'a', name: 'A', startsOn: '2025-01-01', endsOn: '2025-06-30' },
      { id: 'b', name: 'B', startsOn: '2026-01-01', endsOn: '2026-12-01' },
    ],
    members: [
      member('m1', 'mentor', null),
      member('m2', 'mentor', null),
      member('ada', 'mentee', 'a'),
      member('kim', 'mentee', 'a', { isMinor: true }),
      member('bo', 'mentee', 'b'),
      // Ada mentors now: the same user with a mentor role.
      { ...member('ada-mentor', 'mentor', null), userId: 'u-ada' },
    ],
    matches: [
      { id: 'x1', cohortId: 'a', menteeMemberId: 'ada', mentorMemberId: 'm1', score: 80, publishedAt: '2025-01-10T10:00:00.000Z', activity: null },
      { id: 'x2', cohortId: 'a', menteeMemberId: 'kim', mentorMemberId: 'm2', score: 60, publishedAt: '2025-01-10T10:00:00.000Z', activity: null },
      { id: 'x3', cohortId: 'b', menteeMemberId: 'bo', mentorMemberId: 'm1', score: 70, publishedAt: '2026-01-10T10:00:00.000Z', activity: BO_ACTIVITY },
    ],
    mentorInvitationEmails: [],
    screenedMentorIds: new Set(['m1']),
    savesByUser: new Map([['u-bo', 2]]),
    applicationsByUser: new Map([['u-bo', 1]]),
    ...over,
  };
}

describe('cohortOutcomes', () => {
  it('counts returning mentors, adult alumni and alumni who mentor; a cohort ending today has not ended', () => {
    const [a, b] = cohortOutcomes(inputs());
    expect(a).toMatchObject({ ended: true, mentees: 2, matched: 2, mentorsMatched: 2, mentorsReturned: 1, adultAlumni: 1, alumniMentors: 1, alumniInvited: 1 });
    expect(b).toMatchObject({ ended: false, mentorsReturned: 0, adultAlumni: 0, menteesWhoApplied: 1 });
  });
  it('counts an invited alumnus once, whatever the case of the address', () => {
    const i = inputs({ members: inputs().members.filter((m) => m.id !== 'ada-mentor'), mentorInvitationEmails: ['ADA@x.test'] });
    expect(cohortOutcomes(i)[0]).toMatchObject({ alumniInvited: 1, alumniMentors: 0 });
  });
});

describe('CSV exports', () => {
  it('has a row per match with no e-mail, and a summary with totals', () => {
    const csv = matchesCsv(inputs());
    expect(csv).not.toContain('@');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows.map((r) => [r['Mentee'], r['Mentor returned for a later cohort'], r['Mentee now mentors'], r['Mentor screened']])).toEqual([
      ['ada', 'yes', 'yes', 'yes'],
      ['kim', 'no', 'no', 'no'],
      ['bo', 'no', 'no', 'yes'],
    ]);
    const sum = Papa.parse<Record<string, string>>(summaryCsv(inputs()), { header: true }).data;
    expect(sum.map((r) => [r['Cohort'], r['Mentor retention']])).toEqual([
      ['A', '50%'],
      ['B', ''],
      ['All cohorts', '50%'],
    ]);
  });
  it('adds the mentorship activity columns, blank for a match without a mentorship', () => {
    const rows = Papa.parse<Record<string, string>>(matchesCsv(inputs()), { header: true }).data;
    const cols = ['Mentorship', 'Meetings in the last 30 days', 'Meetings in the last 90 days', 'Last meeting', 'Days since last activity', 'Quiet', 'Goals shared with the mentor', 'Shared goals achieved', 'Agreement accepted by both'];
    expect(cols.map((c) => rows[2]![c])).toEqual(['active', '1', '3', '2026-11-20', '6', 'no', '2', '1', 'yes']);
    expect(cols.map((c) => rows[0]![c])).toEqual(['none', '', '', '', '', '', '', '', '']);
  });
});
