import type { Db, DbOrTx } from '../../db/client';
import { todayIn } from '../../../domain/follow-through/local-time';
import { isScreened } from '../../../domain/programs/rules';
import { matchesCsv, summaryCsv, type OutcomeInputs } from '../../../domain/programs/outcomes';
import { getUser } from '../accounts/service';
import { programActivity } from '../job-board/service';
import { programMentorshipSummaries } from '../mentoring/program-summary-service';
import * as q from './queries';

/**
 * Everything the outcomes need, gathered once for a program the gate has checked (coordinators):
 * cohorts, members (names; e-mails only to recognise invited alumni, never exported), published
 * matches, mentor invitations, screening, the job board's marks (through its service) and each
 * match's mentorship activity (counts only, through the mentoring room's program summary).
 */
export async function outcomeInputs(db: DbOrTx, userId: string, programId: string, now: Date): Promise<OutcomeInputs & { jobBoard: Awaited<ReturnType<typeof programActivity>> }> {
  const [cohorts, members, matches, invitations, applications, jobBoard, user] = await Promise.all([
    q.listCohorts(db, programId),
    q.listMembers(db, programId, {}, null, 100_000),
    q.matchesOfProgram(db, programId),
    q.listInvitations(db, programId, 100_000),
    q.allApplications(db, programId),
    programActivity(db, programId),
    getUser(db as Db, userId),
  ]);
  const userOf = new Map(members.map((m) => [m.id, m.userId]));
  const pairs = matches.flatMap((m) => {
    const menteeUserId = userOf.get(m.menteeMemberId);
    const mentorUserId = userOf.get(m.mentorMemberId);
    return m.mentorshipId && menteeUserId && mentorUserId ? [{ mentorshipId: m.mentorshipId, menteeUserId, mentorUserId }] : [];
  });
  const activity = await programMentorshipSummaries(db, pairs, now);
  return {
    today: todayIn(user.timezone, now),
    cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, startsOn: c.startsOn, endsOn: c.endsOn })),
    members: members.map((m) => ({ id: m.id, userId: m.userId, name: m.name, email: m.email, role: m.role, cohortId: m.cohortId, isMinor: m.isMinor })),
    matches: matches.map((m) => ({
      id: m.id,
      cohortId: m.cohortId,
      menteeMemberId: m.menteeMemberId,
      mentorMemberId: m.mentorMemberId,
      score: m.score,
      publishedAt: m.publishedAt.toISOString(),
      activity: (m.mentorshipId && activity.get(m.mentorshipId)) || null,
    })),
    mentorInvitationEmails: invitations.filter((i) => i.role === 'mentor' && i.status !== 'revoked').map((i) => i.email),
    screenedMentorIds: new Set(applications.filter(isScreened).map((a) => a.memberId)),
    savesByUser: jobBoard.savesByUser,
    applicationsByUser: jobBoard.applicationsByUser,
    jobBoard,
  };
}

export async function outcomesCsv(db: DbOrTx, userId: string, programId: string, kind: 'matches' | 'summary', now: Date) {
  const inputs = await outcomeInputs(db, userId, programId, now);
  return kind === 'matches' ? matchesCsv(inputs) : summaryCsv(inputs);
}
