import type { DbOrTx } from '../../db/client';
import type { HealthResponse } from '../../../domain/programs/api';
import { isScreened } from '../../../domain/programs/rules';
import * as q from './queries';

/** Program health for coordinators: matches, who is still waiting, and the screening pipeline. */
export async function programHealth(db: DbOrTx, programId: string): Promise<HealthResponse> {
  const [mentees, mentors, applications, consents, matches, cohorts] = await Promise.all([
    q.listMembers(db, programId, { role: 'mentee' }, null, 100_000),
    q.listMembers(db, programId, { role: 'mentor' }, null, 100_000),
    q.allApplications(db, programId),
    q.consentsFor(db, programId),
    q.matchesOfProgram(db, programId),
    q.listCohorts(db, programId),
  ]);
  const matched = new Set(matches.map((m) => m.menteeMemberId));
  const consented = new Set(consents.map((c) => c.menteeMemberId));
  const count = (s: string) => applications.filter((a) => a.backgroundCheck === s).length;
  return {
    activeMatches: matches.length,
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
  };
}
