import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { expiresAt, explainPair, MAX_OPEN_REQUESTS, planRequestMove, REQUEST_EXPIRY_DAYS, selfServiceOpen, type RequestAction, type RequestStatus } from '../../../domain/programs/self-service';
import type { answerBody, coordinatorDecisionBody, createSelfServiceRequestBody, SelfServiceOverview, SelfServiceRequestResponse } from '../../../domain/programs/self-service-api';
import { badRequest, conflict, notFound } from '../../errors';
import { news, notify } from '../inbox/service';
import type { programAccess } from './access';
import { askCoordinatorsToApprove, retractApprovalAsk } from './inbox-news';
import { openMentorshipsForMatches } from './match-mentorships';
import * as q from './queries';
import * as sq from './self-service-queries';
import { programOf } from './self-service-run';
import { assertPairAllowed, poolFor, profileOf, tagSpelling } from './self-service-pool';

/**
 * Self-service matching (docs/programs.md): mentees ask one of the program's mentors, mentors
 * answer, and in minors' programs a coordinator approves. Every match it makes passes the same hard
 * rules and capacity as the coordinator's run, re-checked under row locks when it is made.
 */
type Access = Awaited<ReturnType<typeof programAccess>>;
type MatchRow = q.MatchRow;

/**
 * Called once for every match self-service makes, inside its transaction: the pair gets its
 * mentorship (and My mentees row) exactly as a published match does.
 */
export async function afterSelfServiceMatch(tx: DbOrTx, match: MatchRow, now: Date): Promise<void> {
  await openMentorshipsForMatches(tx, match.programId, [{ menteeMemberId: match.menteeMemberId, mentorMemberId: match.mentorMemberId }], now);
}

const expiryCutoff = (now: Date) => new Date(now.getTime() - REQUEST_EXPIRY_DAYS * 86_400_000);

/**
 * Pending requests past their time expire; the mentee hears it and may ask someone else. Runs
 * when the program's self-service is read or written, and hourly for every program (the sweep),
 * so a mentee who never opens the tab is told too. Idempotent: only still-pending rows change, and
 * the news is stored once per request.
 */
export async function expireStale(db: Db, programId: string, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const gone = await sq.expirePending(tx, programId, expiryCutoff(now), now);
    if (gone.length === 0) return 0;
    const { name } = await programOf(tx, programId);
    const people = new Map((await q.membersByIds(tx, programId, gone.flatMap((r) => [r.menteeMemberId, r.mentorMemberId]))).map((m) => [m.id, m]));
    for (const r of gone) {
      const mentee = people.get(r.menteeMemberId);
      if (mentee) await notify(tx, news.programRequest({ requestId: r.id, programId, programName: name, event: 'expired', recipientUserId: mentee.userId, actorUserId: people.get(r.mentorMemberId)?.userId }));
    }
    return gone.length;
  });
}

/** The `sweep.self-service-expiry` job: every program's overdue requests, one program per transaction. */
export async function expireAllStale(db: Db, now: Date): Promise<number> {
  let expired = 0;
  for (const programId of await sq.programsWithStalePending(db, expiryCutoff(now))) expired += await expireStale(db, programId, now);
  return expired;
}

async function present(db: DbOrTx, programId: string, rows: sq.RequestRow[], now: Date): Promise<SelfServiceRequestResponse[]> {
  if (rows.length === 0) return [];
  const people = new Map((await q.membersByIds(db, programId, [...new Set(rows.flatMap((r) => [r.menteeMemberId, r.mentorMemberId]))])).map((m) => [m.id, m]));
  const pools = new Map<string, Awaited<ReturnType<typeof poolFor>>>();
  for (const c of new Set(rows.map((r) => r.cohortId))) {
    const inCohort = rows.filter((r) => r.cohortId === c);
    pools.set(c, await poolFor(db, programId, c, now, undefined, { mentorIds: [...new Set(inCohort.map((r) => r.mentorMemberId))], menteeIds: [...new Set(inCohort.map((r) => r.menteeMemberId))] }));
  }
  return rows.map((r) => {
    const mentee = people.get(r.menteeMemberId);
    const mentor = pools.get(r.cohortId)!.mentors.find((m) => m.member.id === r.mentorMemberId);
    const scored = mentee && mentor ? explainPair(profileOf(mentee, now), mentor.profile, pools.get(r.cohortId)!.weights, tagSpelling(mentee, mentor)) : { score: 0, reasons: [] };
    return {
      id: r.id,
      programId: r.programId,
      cohortId: r.cohortId,
      status: r.status as RequestStatus,
      mentee: {
        memberId: r.menteeMemberId,
        name: mentee?.name ?? 'Removed member',
        isMinor: mentee?.isMinor ?? false,
        growthAreas: mentee?.growthAreas ?? [],
        languages: mentee?.languages ?? [],
        stage: mentee?.stage ?? null,
        timeZone: mentee?.timeZone ?? null,
      },
      mentor: { memberId: r.mentorMemberId, name: people.get(r.mentorMemberId)?.name ?? 'Removed member' },
      message: r.message,
      response: r.response,
      coordinatorNote: r.coordinatorNote,
      score: scored.score,
      reasons: scored.reasons,
      matchId: r.matchId,
      createdAt: r.createdAt.toISOString(),
      respondedAt: r.respondedAt?.toISOString() ?? null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      expiresAt: r.status === 'pending' ? expiresAt(r.createdAt).toISOString() : null,
    };
  });
}

const memberOf = (access: Access, role: string) => access.memberships.find((m) => m.role === role) ?? null;

export async function overview(db: Db, access: Access, programId: string, now: Date): Promise<SelfServiceOverview> {
  await expireStale(db, programId, now);
  const p = await programOf(db, programId);
  const mentee = memberOf(access, 'mentee');
  const mentor = memberOf(access, 'mentor');
  const coordinator = access.roles.includes('coordinator');
  // One after another: a transaction handle is also a `Db`, and it is one connection.
  const sent = mentee ? await sq.listRequests(db, programId, { menteeIds: [mentee.id], limit: 50 }) : [];
  const received = mentor ? await sq.listRequests(db, programId, { mentorIds: [mentor.id], limit: 50 }) : [];
  const approvals = coordinator ? await sq.listRequests(db, programId, { statuses: ['accepted_by_mentor'], limit: 200 }) : [];
  return {
    mode: p.mode as SelfServiceOverview['mode'],
    participantsAreMinors: p.minors,
    maxOpenRequests: MAX_OPEN_REQUESTS,
    requestExpiryDays: REQUEST_EXPIRY_DAYS,
    sent: await present(db, programId, sent, now),
    received: await present(db, programId, received, now),
    approvals: await present(db, programId, approvals, now),
    counts: coordinator ? await sq.countsOf(db, programId) : null,
  };
}

export async function setMode(db: Db, access: Access, programId: string, mode: string, now: Date) {
  await sq.setMatchingMode(db, programId, mode);
  return overview(db, access, programId, now);
}

async function lockedMentee(tx: DbOrTx, programId: string, menteeMemberId: string) {
  const m = await q.findMember(tx, programId, menteeMemberId, true);
  if (!m) throw notFound('program member');
  return m;
}

export async function createRequest(db: Db, access: Access, programId: string, body: z.output<typeof createSelfServiceRequestBody>, now: Date) {
  await expireStale(db, programId, now);
  return db.transaction(async (tx) => {
    const p = await programOf(tx, programId);
    if (!selfServiceOpen(p.mode)) throw conflict('self_service_off', 'Choosing a mentor yourself is not offered in this program; your coordinators match mentees.');
    const own = memberOf(access, 'mentee')!;
    const mentee = await lockedMentee(tx, programId, own.id);
    if (!mentee.cohortId) throw conflict('no_cohort', 'You are not in a cohort yet; your coordinator will add you to one.');
    const pool = await poolFor(tx, programId, mentee.cohortId, now, undefined, { mentorIds: [body.mentorMemberId], menteeIds: [mentee.id] });
    if (!pool.mentors.some((m) => m.member.id === body.mentorMemberId)) {
      throw badRequest('mentorMemberId: No such mentor in this program', [{ path: 'mentorMemberId', message: 'No such mentor in this program' }]);
    }
    const open = await sq.openRequestsOfMentee(tx, mentee.id);
    if (open.some((r) => r.status === 'accepted_by_mentor')) throw conflict('awaiting_approval', 'A mentor already said yes to you; a coordinator will confirm the match soon.');
    const mentor = assertPairAllowed(pool, mentee, body.mentorMemberId, mentee.cohortId, now);
    if (open.some((r) => r.mentorMemberId === mentor.member.id)) throw conflict('already_requested', `You already asked ${mentor.member.name}; wait for their answer or withdraw it first.`);
    if (open.length >= MAX_OPEN_REQUESTS) throw conflict('too_many_open_requests', `You have ${open.length} requests waiting, the most at once. Withdraw one or wait for an answer before asking another mentor.`);
    const row = await sq.insertRequest(tx, { programId, cohortId: mentee.cohortId, menteeMemberId: mentee.id, mentorMemberId: mentor.member.id, message: body.message });
    if (!row) throw conflict('already_requested', `You already asked ${mentor.member.name}; wait for their answer or withdraw it first.`);
    await notify(tx, news.programRequest({ requestId: row.id, programId, programName: p.name, event: 'asked', recipientUserId: mentor.member.userId, actorUserId: mentee.userId, message: body.message }));
    return (await present(tx, programId, [row], now))[0]!;
  });
}

/** Who the request's two people are (user ids), for the policy; null when the caller may not see the request at all. */
export async function requestParties(db: DbOrTx, userId: string, id: string) {
  const r = await sq.requestForUser(db, userId, id);
  if (!r) return null;
  const people = new Map((await q.membersByIds(db, r.programId, [r.menteeMemberId, r.mentorMemberId])).map((m) => [m.id, m]));
  return { request: r, menteeUserId: people.get(r.menteeMemberId)?.userId ?? '', mentorUserId: people.get(r.mentorMemberId)?.userId ?? '' };
}

function move(row: sq.RequestRow, action: RequestAction, minors: boolean): RequestStatus {
  const plan = planRequestMove(row.status, action, minors);
  if ('refusal' in plan) throw conflict(plan.refusal.code, plan.refusal.detail);
  return plan.to;
}

/** Locks mentor and mentee (id order), then the request: the order every writer of a mentee's requests takes. */
async function lockForMatch(tx: DbOrTx, r: sq.RequestRow) {
  await sq.lockMembers(tx, r.programId, [r.menteeMemberId, r.mentorMemberId]);
  const row = await sq.lockRequest(tx, r.id);
  if (!row) throw notFound('request');
  return row;
}

/** Re-checks everything, makes the match, closes the mentee's other open requests (their mentors are told). */
async function makeMatch(tx: DbOrTx, row: sq.RequestRow, name: string, now: Date) {
  const mentee = (await q.findMember(tx, row.programId, row.menteeMemberId))!;
  const pool = await poolFor(tx, row.programId, row.cohortId, now, row.id, { mentorIds: [row.mentorMemberId], menteeIds: [row.menteeMemberId] });
  const mentor = assertPairAllowed(pool, mentee, row.mentorMemberId, row.cohortId, now);
  const { score, breakdown } = explainPair(profileOf(mentee, now), mentor.profile, pool.weights);
  const match = await sq.insertMatch(tx, { programId: row.programId, cohortId: row.cohortId, menteeMemberId: mentee.id, mentorMemberId: mentor.member.id, score, breakdown, publishedAt: now });
  await closeOthers(tx, row, mentee, name, now);
  return { match, mentee, mentor };
}

async function closeOthers(tx: DbOrTx, row: sq.RequestRow, mentee: q.MemberWithUser, name: string, now: Date) {
  const others = await sq.openRequestsOfMentee(tx, row.menteeMemberId, row.id);
  const mentors = new Map((await q.membersByIds(tx, row.programId, others.map((o) => o.mentorMemberId))).map((m) => [m.id, m]));
  for (const o of others) {
    await sq.setRequest(tx, o.id, { status: 'withdrawn', respondedAt: now }, now);
    const m = mentors.get(o.mentorMemberId);
    if (m) await notify(tx, news.programRequest({ requestId: o.id, programId: row.programId, programName: name, event: 'matched_elsewhere', recipientUserId: m.userId, actorUserId: mentee.userId }));
  }
}

/**
 * A published run matched these mentees: the requests they still had open are closed and their
 * mentors told (as when a mentee is matched by self-service), so a mentor never answers a request
 * that can only fail `already_matched`. Inside publishRun's transaction.
 */
export async function closeRequestsOfMatched(tx: DbOrTx, programId: string, menteeMemberIds: string[], now: Date) {
  if (menteeMemberIds.length === 0) return;
  const open = await sq.listRequests(tx, programId, { menteeIds: menteeMemberIds, statuses: ['pending', 'accepted_by_mentor'], limit: 100_000 });
  await closeOpenRequests(tx, programId, open, 'matched_elsewhere', now);
}

/**
 * A coordinator moved a mentee to another cohort (or out of every cohort): a request belongs to
 * its cohort, so the ones still open in the old cohort are closed and their mentors told. A yes
 * left open there could never be approved (`no_cohort`) and sat in the approval queue until a
 * coordinator declined it. Inside updateMember's transaction.
 */
export async function closeRequestsOfMoved(tx: DbOrTx, programId: string, menteeMemberId: string, cohortId: string | null, now: Date) {
  const open = await sq.listRequests(tx, programId, { menteeIds: [menteeMemberId], statuses: ['pending', 'accepted_by_mentor'], limit: 100_000 });
  await closeOpenRequests(tx, programId, open.filter((o) => o.cohortId !== cohortId), 'moved_cohort', now);
}

async function closeOpenRequests(tx: DbOrTx, programId: string, open: sq.RequestRow[], event: 'matched_elsewhere' | 'moved_cohort', now: Date) {
  if (open.length === 0) return;
  const { name } = await programOf(tx, programId);
  const people = new Map((await q.membersByIds(tx, programId, [...new Set(open.flatMap((o) => [o.menteeMemberId, o.mentorMemberId]))])).map((m) => [m.id, m]));
  for (const o of open) {
    await sq.setRequest(tx, o.id, { status: 'withdrawn', respondedAt: now }, now);
    if (o.status === 'accepted_by_mentor') await retractApprovalAsk(tx, programId, o.id);
    const m = people.get(o.mentorMemberId);
    if (m) await notify(tx, news.programRequest({ requestId: o.id, programId, programName: name, event, recipientUserId: m.userId, actorUserId: people.get(o.menteeMemberId)?.userId }));
  }
}

/**
 * The mentor says yes, in one transaction under row locks on the mentor's and mentee's member
 * rows, so two accepts at once cannot overfill the mentor or match the mentee twice. In a minors'
 * program the yes holds the place and waits for a coordinator; elsewhere it is the match.
 */
export async function acceptRequest(db: Db, r: sq.RequestRow, body: z.output<typeof answerBody>, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockForMatch(tx, r);
    const p = await programOf(tx, row.programId);
    const to = move(row, 'accept', p.minors);
    if (!selfServiceOpen(p.mode)) throw conflict('self_service_off', 'Self-service matching was turned off in this program; the coordinators match the remaining mentees.');
    const people = new Map((await q.membersByIds(tx, row.programId, [row.menteeMemberId, row.mentorMemberId])).map((m) => [m.id, m]));
    const mentee = people.get(row.menteeMemberId)!;
    const mentorUserId = people.get(row.mentorMemberId)!.userId;
    const mentorName = people.get(row.mentorMemberId)!.name;
    if (to === 'accepted_by_mentor') {
      const pool = await poolFor(tx, row.programId, row.cohortId, now, row.id, { mentorIds: [row.mentorMemberId], menteeIds: [row.menteeMemberId] });
      assertPairAllowed(pool, mentee, row.mentorMemberId, row.cohortId, now);
      await closeOthers(tx, row, mentee, p.name, now);
      const saved = await sq.setRequest(tx, row.id, { status: to, response: body.message, respondedAt: now }, now);
      await notify(tx, news.programRequest({ requestId: row.id, programId: row.programId, programName: p.name, event: 'awaiting_approval', recipientUserId: mentee.userId, actorUserId: mentorUserId, message: body.message }));
      await askCoordinatorsToApprove(tx, { requestId: row.id, programId: row.programId, programName: p.name, menteeName: mentee.name, mentorName, mentorUserId });
      return (await present(tx, row.programId, [saved], now))[0]!;
    }
    const { match } = await makeMatch(tx, row, p.name, now);
    const saved = await sq.setRequest(tx, row.id, { status: to, response: body.message, respondedAt: now, matchId: match.id }, now);
    await notify(tx, news.programRequest({ requestId: row.id, programId: row.programId, programName: p.name, event: 'accepted', recipientUserId: mentee.userId, actorUserId: mentorUserId, message: body.message }));
    await afterSelfServiceMatch(tx, match, now);
    return (await present(tx, row.programId, [saved], now))[0]!;
  });
}

export async function declineRequest(db: Db, r: sq.RequestRow, body: z.output<typeof answerBody>, now: Date) {
  return db.transaction(async (tx) => {
    const row = (await sq.lockRequest(tx, r.id))!;
    const p = await programOf(tx, row.programId);
    const to = move(row, 'decline', p.minors);
    const saved = await sq.setRequest(tx, row.id, { status: to, response: body.message, respondedAt: now }, now);
    const people = new Map((await q.membersByIds(tx, row.programId, [row.menteeMemberId, row.mentorMemberId])).map((m) => [m.id, m]));
    await notify(tx, news.programRequest({ requestId: row.id, programId: row.programId, programName: p.name, event: 'declined', recipientUserId: people.get(row.menteeMemberId)!.userId, actorUserId: people.get(row.mentorMemberId)?.userId, message: body.message }));
    return (await present(tx, row.programId, [saved], now))[0]!;
  });
}

export async function withdrawRequest(db: Db, r: sq.RequestRow, now: Date) {
  return db.transaction(async (tx) => {
    const row = (await sq.lockRequest(tx, r.id))!;
    const p = await programOf(tx, row.programId);
    const to = move(row, 'withdraw', p.minors);
    const saved = await sq.setRequest(tx, row.id, { status: to, respondedAt: now }, now);
    if (row.status === 'accepted_by_mentor') await retractApprovalAsk(tx, row.programId, row.id);
    const people = new Map((await q.membersByIds(tx, row.programId, [row.menteeMemberId, row.mentorMemberId])).map((m) => [m.id, m]));
    const mentor = people.get(row.mentorMemberId);
    if (mentor) await notify(tx, news.programRequest({ requestId: row.id, programId: row.programId, programName: p.name, event: 'withdrawn', recipientUserId: mentor.userId, actorUserId: people.get(row.menteeMemberId)?.userId }));
    return (await present(tx, row.programId, [saved], now))[0]!;
  });
}

/** A coordinator approves a mentor's yes in a minors' program: every rule is checked again and the match is made. */
export async function approveRequest(db: Db, userId: string, r: sq.RequestRow, body: z.output<typeof coordinatorDecisionBody>, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockForMatch(tx, r);
    const p = await programOf(tx, row.programId);
    const to = move(row, 'approve', p.minors);
    const { match, mentee, mentor } = await makeMatch(tx, row, p.name, now);
    const saved = await sq.setRequest(tx, row.id, { status: to, matchId: match.id, coordinatorNote: body.note ?? null, decidedAt: now, decidedBy: userId }, now);
    await retractApprovalAsk(tx, row.programId, row.id);
    const base = { runId: `self-service-${row.id}`, programId: row.programId, programName: p.name, menteeMemberId: mentee.id, menteeName: mentee.name, mentorName: mentor.member.name };
    await notify(tx, news.matchPublished({ ...base, recipientUserId: mentee.userId, as: 'mentee' }));
    await notify(tx, news.matchPublished({ ...base, recipientUserId: mentor.member.userId, as: 'mentor' }));
    const guardianId = (await q.consentsFor(tx, row.programId, [mentee.id]))[0]?.guardianMemberId;
    const guardian = guardianId ? await q.findMember(tx, row.programId, guardianId) : null;
    if (guardian) await notify(tx, news.matchPublished({ ...base, recipientUserId: guardian.userId, as: 'guardian' }));
    await afterSelfServiceMatch(tx, match, now);
    return (await present(tx, row.programId, [saved], now))[0]!;
  });
}

export async function rejectRequest(db: Db, userId: string, r: sq.RequestRow, body: z.output<typeof coordinatorDecisionBody>, now: Date) {
  return db.transaction(async (tx) => {
    const row = (await sq.lockRequest(tx, r.id))!;
    const p = await programOf(tx, row.programId);
    const to = move(row, 'reject', p.minors);
    const saved = await sq.setRequest(tx, row.id, { status: to, coordinatorNote: body.note ?? null, decidedAt: now, decidedBy: userId }, now);
    await retractApprovalAsk(tx, row.programId, row.id);
    const people = await q.membersByIds(tx, row.programId, [row.menteeMemberId, row.mentorMemberId]);
    for (const m of people) await notify(tx, news.programRequest({ requestId: row.id, programId: row.programId, programName: p.name, event: 'not_approved', recipientUserId: m.userId, message: body.note ?? null }));
    return (await present(tx, row.programId, [saved], now))[0]!;
  });
}
