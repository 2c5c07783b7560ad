import type { DbOrTx } from '../../db/client';
import { screeningMissing } from '../../../domain/programs/rules';
import { approvalDedupeKey, news, notify, notifyMany, retract, type InboxNews } from '../inbox/service';
import { menteeIdsOfPairs } from '../mentor-directory/mentees-service';
import * as q from './queries';
import * as sq from './self-service-queries';

/**
 * What the programs room tells people in their inbox, called inside the write's transaction.
 * Items name people and the program only: never a minor's contact details, screening notes or
 * references (the privacy rule of present.ts is not needed because nothing private is passed on).
 */

const programName = async (db: DbOrTx, programId: string, memberUserId: string) => (await q.findProgramForUser(db, memberUserId, programId))?.program.name ?? 'your program';

/** Screening saved: once it is complete, the applicant hears they are cleared (once per application). */
export async function tellApplicantIfCleared(db: DbOrTx, programId: string, applicationId: string) {
  const a = await q.findApplication(db, programId, applicationId);
  if (!a || screeningMissing(a).length > 0) return;
  await notify(db, news.applicationCleared({ applicationId: a.id, applicantUserId: a.userId, programId, programName: await programName(db, programId, a.userId) }));
}

/**
 * A published run: each matched mentor and mentee, and a minor's guardian (when a member), hear of
 * their match. The mentee's item opens their mentorship, the mentor's their side of it (My mentees).
 */
export async function tellMatchesPublished(db: DbOrTx, programId: string, runId: string, pairs: { mentee: string; mentor: string; mentorshipId?: string | null }[]) {
  if (pairs.length === 0) return;
  const consents = new Map((await q.consentsFor(db, programId, pairs.map((p) => p.mentee))).map((c) => [c.menteeMemberId, c.guardianMemberId]));
  const ids = [...new Set([...pairs.flatMap((p) => [p.mentee, p.mentor]), ...[...consents.values()].filter((g): g is string => !!g)])];
  const members = new Map((await q.membersByIds(db, programId, ids)).map((m) => [m.id, m]));
  const anyone = members.values().next().value;
  const name = anyone ? await programName(db, programId, anyone.userId) : 'your program';
  // The mentors' own ids for their mentees (My mentees), all in one statement.
  const menteeIds = await menteeIdsOfPairs(
    db,
    pairs.flatMap((p) => {
      const mentor = members.get(p.mentor);
      return p.mentorshipId && mentor ? [{ mentorUserId: mentor.userId, mentorshipId: p.mentorshipId }] : [];
    }),
  );
  const told: InboxNews[] = [];
  for (const p of pairs) {
    const mentee = members.get(p.mentee);
    const mentor = members.get(p.mentor);
    if (!mentee || !mentor) continue;
    const base = { runId, programId, programName: name, menteeMemberId: mentee.id, menteeName: mentee.name, mentorName: mentor.name };
    const menteeId = p.mentorshipId ? menteeIds.get(p.mentorshipId) : undefined;
    const toMentor = news.matchPublished({ ...base, recipientUserId: mentor.userId, as: 'mentor' });
    const toMentee = news.matchPublished({ ...base, recipientUserId: mentee.userId, as: 'mentee' });
    told.push(menteeId ? { ...toMentor, link: `/mentoring/mentees/${menteeId}` } : toMentor);
    told.push(p.mentorshipId ? { ...toMentee, link: `/mentoring/${p.mentorshipId}` } : toMentee);
    const guardian = mentee.isMinor ? members.get(consents.get(mentee.id) ?? '') : undefined;
    if (guardian) told.push(news.matchPublished({ ...base, recipientUserId: guardian.userId, as: 'guardian' }));
  }
  // Everyone told in one statement, in the same order and with the same rules as one by one.
  await notifyMany(db, told);
}

/** An invitation accepted: the coordinator who sent it hears who joined. */
export async function tellInviterAccepted(db: DbOrTx, inv: q.InvitationRow, joinerUserId: string) {
  if (!inv.invitedBy) return;
  await notify(db, news.invitationAccepted({ invitationId: inv.id, inviterUserId: inv.invitedBy, joinerUserId, programId: inv.programId, programName: await programName(db, inv.programId, joinerUserId), role: inv.role }));
}

const coordinatorUserIds = async (db: DbOrTx, programId: string) => (await q.listMembers(db, programId, { role: 'coordinator' }, null, 10_000)).map((m) => m.userId);

/**
 * A mentor's yes in a minors' program waits for a coordinator: every coordinator of the program
 * is asked in the inbox, linking to the Self-service tab's approval queue.
 */
export async function askCoordinatorsToApprove(db: DbOrTx, r: { requestId: string; programId: string; programName: string; menteeName: string; mentorName: string; mentorUserId: string }) {
  for (const userId of await coordinatorUserIds(db, r.programId)) {
    await notify(db, news.matchAwaitingApproval({ requestId: r.requestId, programId: r.programId, programName: r.programName, menteeName: r.menteeName, mentorName: r.mentorName, recipientUserId: userId, actorUserId: r.mentorUserId }));
  }
}

/** Once a waiting yes is decided (or withdrawn), no coordinator is asked about it any longer. */
export async function retractApprovalAsk(db: DbOrTx, programId: string, requestId: string) {
  await retract(db, await coordinatorUserIds(db, programId), approvalDedupeKey(requestId));
}

/**
 * Someone just became a coordinator of the program (joined as one, or took the role on top of
 * another): they are asked about every yes that still waits, the same item with the same key as
 * the coordinators asked at the time, so deciding or withdrawing retracts theirs too. Inside the
 * transaction that gives them the role.
 */
export async function askNewCoordinatorAboutWaiting(db: DbOrTx, programId: string, userId: string) {
  const waiting = await sq.listRequests(db, programId, { statuses: ['accepted_by_mentor'], limit: 10_000 });
  if (waiting.length === 0) return;
  const people = new Map((await q.membersByIds(db, programId, [...new Set(waiting.flatMap((r) => [r.menteeMemberId, r.mentorMemberId]))])).map((m) => [m.id, m]));
  const name = (await sq.matchingModeOf(db, programId))?.name ?? 'your program';
  await notifyMany(
    db,
    // Oldest first, so the newest ask is on top of their inbox as it is for the others.
    waiting.reverse().flatMap((r) => {
      const mentee = people.get(r.menteeMemberId);
      const mentor = people.get(r.mentorMemberId);
      if (!mentee || !mentor) return [];
      return [news.matchAwaitingApproval({ requestId: r.id, programId, programName: name, menteeName: mentee.name, mentorName: mentor.name, recipientUserId: userId, actorUserId: mentor.userId })];
    }),
  );
}

/** A coordinator removed from the program can no longer decide: their asks go (the others keep theirs). */
export async function retractAsksOf(db: DbOrTx, programId: string, userId: string) {
  for (const r of await sq.listRequests(db, programId, { statuses: ['accepted_by_mentor'], limit: 10_000 })) await retract(db, [userId], approvalDedupeKey(r.id));
}
