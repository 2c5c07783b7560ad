import type { DbOrTx } from '../../db/client';
import type { HealthResponse } from '../../../domain/programs/api';
import { isScreened } from '../../../domain/programs/rules';
import { cohortEnded, cohortOutcomes } from '../../../domain/programs/outcomes';
import { matchActivityFigures } from '../../../domain/programs/match-activity';
import { outcomeInputs } from './outcomes-service';
import * as q from './queries';

/** Program health for coordinators: matches and how their mentorships are doing, who is still waiting, and the screening pipeline. */
export async function programHealth(db: DbOrTx, programId: string, userId: string, now: Date): Promise<HealthResponse> {
  const [mentees, mentors, applications, consents, matches, cohorts, inputs] = await Promise.all([
    q.listMembers(db, programId, { role: 'mentee' }, null, 100_000),
    q.listMembers(db, programId, { role: 'mentor' }, null, 100_000),
    q.allApplications(db, programId),
    q.consentsFor(db, programId),
    q.matchesOfProgram(db, programId),
    q.listCohorts(db, programId),
    outcomeInputs(db, userId, programId, now),
  ]);
  // A cohort that has ended is over: its matches are history (outcomes below), not active ones, and
  // an alumna moved into a later cohort is unmatched there until she has a match of her own.
  const ended = new Set(cohorts.filter((c) => cohortEnded(c, inputs.today)).map((c) => c.id));
  const active = matches.filter((m) => !ended.has(m.cohortId));
  const cohortOf = new Map(mentees.map((m) => [m.id, m.cohortId]));
  const matched = new Set(matches.filter((m) => !ended.has(m.cohortId) || m.cohortId === cohortOf.get(m.menteeMemberId)).map((m) => m.menteeMemberId));
  const consented = new Set(consents.map((c) => c.menteeMemberId));
  const count = (s: string) => applications.filter((a) => a.backgroundCheck === s).length;
  const perCohort = cohortOutcomes(inputs);
  const sum = (k: 'adultAlumni' | 'alumniInvited' | 'alumniMentors' | 'mentorsReturned' | 'menteesWhoApplied') => perCohort.reduce((s, c) => s + c[k], 0);
  // Retention counts cohorts that have a later one to return to.
  const withLater = perCohort.filter((c) => perCohort.some((o) => o.startsOn > c.startsOn));
  const nameOf = new Map(inputs.members.map((m) => [m.id, m.name]));
  const activity = matchActivityFigures(
    inputs.matches.map((m) => ({ matchId: m.id, cohortId: m.cohortId, menteeName: nameOf.get(m.menteeMemberId) ?? 'Removed member', mentorName: nameOf.get(m.mentorMemberId) ?? 'Removed member', activity: m.activity })),
    inputs.cohorts,
  );
  return {
    activeMatches: active.length,
    mentees: mentees.length,
    unmatchedMentees: mentees.filter((m) => !matched.has(m.id)).length,
    mentors: mentors.length,
    minorsWithoutConsent: mentees.filter((m) => m.isMinor && !consented.has(m.id)).length,
    screening: {
      notApplied: mentors.length - applications.length,
      notStarted: count('not_started'),
      pending: count('pending'),
      cleared: count('cleared'),
      failed: count('failed'),
      screened: applications.filter(isScreened).length,
    },
    byCohort: cohorts.map((c) => {
      const inCohort = mentees.filter((m) => m.cohortId === c.id);
      return { cohortId: c.id, name: c.name, mentees: inCohort.length, matched: inCohort.filter((m) => matched.has(m.id)).length };
    }),
    outcomes: {
      cohorts: perCohort,
      alumni: { adults: sum('adultAlumni'), invited: sum('alumniInvited'), becameMentors: sum('alumniMentors') },
      mentorRetention: { mentors: withLater.reduce((s, c) => s + c.mentorsMatched, 0), returned: withLater.reduce((s, c) => s + c.mentorsReturned, 0) },
      jobBoard: {
        listings: inputs.jobBoard.listings,
        pendingListings: inputs.jobBoard.pendingListings,
        saves: inputs.jobBoard.saves,
        applications: inputs.jobBoard.applications,
        menteesWhoApplied: sum('menteesWhoApplied'),
      },
    },
    matchActivity: activity,
  };
}
