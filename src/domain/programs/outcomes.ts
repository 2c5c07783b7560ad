import Papa from 'papaparse';
import { cohortEnded } from './cohorts';
import { matchState, type MatchActivity, type MatchState } from './match-activity';

/**
 * Program outcomes (PRODUCT.md §5): retention across cohorts, alumni who became mentors, job-board
 * activity, and the CSV exports of them. Pure: the service gathers rows, these rules count.
 * No contact details of anyone (minors or not) take part: names only.
 */
export type OutcomeCohort = { id: string; name: string; startsOn: string; endsOn: string };
export type OutcomeMember = { id: string; userId: string; name: string; email: string; role: string; cohortId: string | null; isMinor: boolean };
export type OutcomeMatch = {
  id: string;
  cohortId: string;
  menteeMemberId: string;
  mentorMemberId: string;
  score: number;
  publishedAt: string;
  /** The match's mentorship, as counts (null: none, e.g. the mentee deleted it). */
  activity: MatchActivity | null;
};
export type OutcomeInputs = {
  today: string;
  cohorts: OutcomeCohort[];
  members: OutcomeMember[];
  matches: OutcomeMatch[];
  /** Mentor invitations not revoked: their e-mail (any case). */
  mentorInvitationEmails: string[];
  screenedMentorIds: Set<string>;
  /** Job-board marks of the program's listings, by user. */
  savesByUser: Map<string, number>;
  applicationsByUser: Map<string, number>;
};

export { cohortEnded };

/** A mentee alumnus: a mentee of a cohort that has ended. Only adults may be asked to mentor. */
export function alumniOf(cohortId: string, members: OutcomeMember[]) {
  return members.filter((m) => m.role === 'mentee' && m.cohortId === cohortId);
}

export type CohortOutcome = {
  cohortId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  ended: boolean;
  mentees: number;
  matched: number;
  mentorsMatched: number;
  /** Mentors matched in this cohort who are matched again in a cohort that starts later. */
  mentorsReturned: number;
  /** Adult mentees of this cohort, once it ended. */
  adultAlumni: number;
  alumniInvited: number;
  alumniMentors: number;
  menteesWhoApplied: number;
};

export function cohortOutcomes(i: OutcomeInputs): CohortOutcome[] {
  const mentorUsers = new Set(i.members.filter((m) => m.role === 'mentor').map((m) => m.userId));
  const invited = new Set(i.mentorInvitationEmails.map((e) => e.toLowerCase()));
  return i.cohorts.map((c) => {
    const ended = cohortEnded(c, i.today);
    const mentees = alumniOf(c.id, i.members);
    const matches = i.matches.filter((m) => m.cohortId === c.id);
    const mentors = new Set(matches.map((m) => m.mentorMemberId));
    const later = new Set(i.cohorts.filter((o) => o.startsOn > c.startsOn).map((o) => o.id));
    const laterMentors = new Set(i.matches.filter((m) => later.has(m.cohortId)).map((m) => m.mentorMemberId));
    const adults = ended ? mentees.filter((m) => !m.isMinor) : [];
    return {
      cohortId: c.id,
      name: c.name,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      ended,
      mentees: mentees.length,
      matched: new Set(matches.map((m) => m.menteeMemberId)).size,
      mentorsMatched: mentors.size,
      mentorsReturned: [...mentors].filter((id) => laterMentors.has(id)).length,
      adultAlumni: adults.length,
      alumniInvited: adults.filter((m) => invited.has(m.email.toLowerCase()) || mentorUsers.has(m.userId)).length,
      alumniMentors: adults.filter((m) => mentorUsers.has(m.userId)).length,
      menteesWhoApplied: mentees.filter((m) => (i.applicationsByUser.get(m.userId) ?? 0) > 0).length,
    };
  });
}

const yes = (b: boolean) => (b ? 'yes' : 'no');
const pct = (n: number, of: number) => (of === 0 ? '' : `${Math.round((n / of) * 100)}%`);
/** Spreadsheet formulas in names (CSV injection) are neutralised by papaparse. */
const unparse = (fields: string[], data: (string | number)[][]) => Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: true });

export const MATCHES_CSV_HEADER = [
  'Cohort',
  'Cohort starts',
  'Cohort ends',
  'Cohort status',
  'Mentee',
  'Mentee is a minor',
  'Mentor',
  'Mentor screened',
  'Match score',
  'Published on',
  'Mentor returned for a later cohort',
  'Mentee now mentors',
  'Listings the mentee saved',
  'Listings the mentee applied to',
  'Mentorship',
  'Meetings in the last 30 days',
  'Meetings in the last 90 days',
  'Last meeting',
  'Days since last activity',
  'Quiet',
  'Goals shared with the mentor',
  'Shared goals achieved',
  'Agreement accepted by both',
];

const STATE_LABELS: Record<MatchState, string> = { met_this_month: 'active', no_recent_meeting: 'active', quiet: 'quiet', ended: 'ended', no_mentorship: 'none' };

/** The activity columns of a match row; blank when the match has no mentorship. */
function activityCells(a: MatchActivity | null): (string | number)[] {
  if (!a) return [STATE_LABELS.no_mentorship, '', '', '', '', '', '', '', ''];
  const state = a.status === 'paused' ? 'paused' : STATE_LABELS[matchState(a)];
  return [state, a.meetingsLast30Days, a.meetingsLast90Days, a.lastMeetingOn ?? '', a.daysSinceActivity, yes(a.quiet), a.sharedGoals, a.sharedGoalsAchieved, yes(a.agreementAccepted)];
}

/** One row per published match, oldest cohort first. Names only: no e-mail or phone of anyone. */
export function matchesCsv(i: OutcomeInputs): string {
  const members = new Map(i.members.map((m) => [m.id, m]));
  const cohorts = new Map(i.cohorts.map((c) => [c.id, c]));
  const mentorUsers = new Set(i.members.filter((m) => m.role === 'mentor').map((m) => m.userId));
  const order = new Map(i.cohorts.map((c, n) => [c.id, n]));
  const rows = [...i.matches]
    .filter((m) => cohorts.has(m.cohortId) && members.has(m.menteeMemberId) && members.has(m.mentorMemberId))
    .sort((a, b) => order.get(a.cohortId)! - order.get(b.cohortId)! || members.get(a.menteeMemberId)!.name.localeCompare(members.get(b.menteeMemberId)!.name))
    .map((m) => {
      const c = cohorts.get(m.cohortId)!;
      const mentee = members.get(m.menteeMemberId)!;
      const mentor = members.get(m.mentorMemberId)!;
      const later = new Set(i.cohorts.filter((o) => o.startsOn > c.startsOn).map((o) => o.id));
      const returned = i.matches.some((o) => o.mentorMemberId === m.mentorMemberId && later.has(o.cohortId));
      return [
        c.name,
        c.startsOn,
        c.endsOn,
        cohortEnded(c, i.today) ? 'ended' : 'active',
        mentee.name,
        yes(mentee.isMinor),
        mentor.name,
        yes(i.screenedMentorIds.has(mentor.id)),
        m.score,
        m.publishedAt.slice(0, 10),
        yes(returned),
        yes(!mentee.isMinor && mentorUsers.has(mentee.userId)),
        i.savesByUser.get(mentee.userId) ?? 0,
        i.applicationsByUser.get(mentee.userId) ?? 0,
        ...activityCells(m.activity),
      ];
    });
  return unparse(MATCHES_CSV_HEADER, rows);
}

export const SUMMARY_CSV_HEADER = [
  'Cohort',
  'Starts',
  'Ends',
  'Status',
  'Mentees',
  'Matched',
  'Unmatched',
  'Mentors matched',
  'Mentors who returned',
  'Mentor retention',
  'Adult alumni',
  'Alumni invited to mentor',
  'Alumni who became mentors',
  'Mentees who applied to a listing',
];

/** One row per cohort and a last "All cohorts" row of the totals; retention is blank for a cohort with no later one. */
export function summaryCsv(i: OutcomeInputs): string {
  const per = cohortOutcomes(i);
  // Retention only means something for a cohort with a later one to come back to.
  const hasLater = (c: CohortOutcome) => per.some((o) => o.startsOn > c.startsOn);
  const returnable = per.filter(hasLater);
  const retention = { matched: returnable.reduce((s, c) => s + c.mentorsMatched, 0), returned: returnable.reduce((s, c) => s + c.mentorsReturned, 0) };
  const row = (name: string, starts: string, ends: string, status: string, o: Omit<CohortOutcome, 'cohortId' | 'name' | 'startsOn' | 'endsOn' | 'ended'>, retained: string) => [
    name,
    starts,
    ends,
    status,
    o.mentees,
    o.matched,
    o.mentees - o.matched,
    o.mentorsMatched,
    o.mentorsReturned,
    retained,
    o.adultAlumni,
    o.alumniInvited,
    o.alumniMentors,
    o.menteesWhoApplied,
  ];
  const sum = (k: keyof CohortOutcome) => per.reduce((s, c) => s + (c[k] as number), 0);
  const totals = {
    mentees: sum('mentees'),
    matched: sum('matched'),
    mentorsMatched: sum('mentorsMatched'),
    mentorsReturned: sum('mentorsReturned'),
    adultAlumni: sum('adultAlumni'),
    alumniInvited: sum('alumniInvited'),
    alumniMentors: sum('alumniMentors'),
    menteesWhoApplied: sum('menteesWhoApplied'),
  };
  const data = per.map((c) => row(c.name, c.startsOn, c.endsOn, c.ended ? 'ended' : 'active', c, hasLater(c) ? pct(c.mentorsReturned, c.mentorsMatched) : ''));
  data.push(row('All cohorts', per[0]?.startsOn ?? '', per[per.length - 1]?.endsOn ?? '', '', totals, pct(retention.returned, retention.matched)));
  return unparse(SUMMARY_CSV_HEADER, data);
}
