import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { normaliseTags, requestRefusal } from '../../../domain/mentor-directory/index';
import type { createRequestBody, listRequestsQuery, RequestResponse, respondBody } from '../../../domain/mentor-directory/api';
import type { MentorKind } from '../../../domain/mentoring/index';
import { badRequest, conflict, notFound } from '../../errors';
import { hasOpenMentorshipWith, linkMentor } from '../mentoring/mentor-side-service';
import { news, notify } from '../inbox/service';
import { decodeKeyset, pageOf } from './cursor';
import * as q from './queries';
import { nameOf } from './profile-service';

async function present(db: DbOrTx, viewerUserId: string, rows: q.RequestRow[]): Promise<RequestResponse[]> {
  const profiles = new Map((await q.findProfilesByUsers(db, [...new Set(rows.map((r) => r.mentorUserId))])).map((p) => [p.userId, p]));
  const mentees = new Map(
    (await q.findMenteesByMentorships(db, viewerUserId, rows.flatMap((r) => (r.mentorshipId && r.mentorUserId === viewerUserId ? [r.mentorshipId] : [])))).map((m) => [m.mentorshipId, m.id]),
  );
  const out: RequestResponse[] = [];
  for (const r of rows) {
    const incoming = r.mentorUserId === viewerUserId;
    const profile = profiles.get(r.mentorUserId);
    out.push({
      id: r.id,
      direction: incoming ? 'incoming' : 'outgoing',
      status: r.status as RequestResponse['status'],
      message: r.message,
      kind: r.kind as MentorKind,
      areas: r.areas,
      response: r.response,
      respondedAt: r.respondedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      otherName: await nameOf(db, incoming ? r.menteeUserId : r.mentorUserId),
      mentorProfileId: !incoming && profile?.listed ? profile.id : null,
      mentorshipId: !incoming ? r.mentorshipId : null,
      menteeId: incoming && r.mentorshipId ? (mentees.get(r.mentorshipId) ?? null) : null,
    });
  }
  return out;
}

export const findRequest = (db: DbOrTx, userId: string, id: string) => q.findRequestFor(db, userId, id);

export async function listRequests(db: DbOrTx, userId: string, query: z.output<typeof listRequestsQuery>) {
  const rows = await q.listRequests(db, userId, query.box, query.status, query.limit, decodeKeyset(query.cursor));
  const page = pageOf(rows, query.limit, (r) => ({ at: r.createdAt, id: r.id }));
  return { items: await present(db, userId, page.items), nextCursor: page.nextCursor };
}

export const counts = (db: DbOrTx, userId: string) => q.countPending(db, userId);

async function one(db: DbOrTx, userId: string, id: string) {
  const row = await q.findRequestFor(db, userId, id);
  if (!row) throw notFound('mentoring request');
  return (await present(db, userId, [row]))[0]!;
}

/**
 * Ask a listed mentor. A mentor not taking mentees, one already mentoring me, or a second request
 * while one waits are conflicts (409); a profile I may not see is not found as a field error.
 */
export async function createRequest(db: Db, menteeUserId: string, body: z.output<typeof createRequestBody>) {
  return db.transaction(async (tx) => {
    const profile = await q.findProfile(tx, body.mentorProfileId);
    if (!profile || (!profile.listed && profile.userId !== menteeUserId)) {
      throw badRequest('mentorProfileId: No such mentor in the directory', [{ path: 'mentorProfileId', message: 'No such mentor in the directory' }]);
    }
    const refusal = requestRefusal(profile, profile.userId === menteeUserId);
    if (refusal) throw conflict(refusal.code, refusal.detail);
    if ((await q.findMenteeByPair(tx, profile.userId, menteeUserId)) || (await hasOpenMentorshipWith(tx, menteeUserId, profile.userId))) throw conflict('already_mentoring', 'This mentor is already your mentor; find them under My mentors.');
    const row = await q.insertRequest(tx, { menteeUserId, mentorUserId: profile.userId, message: body.message, kind: body.kind, areas: normaliseTags(body.areas) });
    if (!row) throw conflict('request_pending', 'You already asked this mentor; wait for their answer or withdraw it first.');
    await notify(tx, news.mentorRequested({ requestId: row.id, mentorUserId: profile.userId, menteeUserId, message: body.message }));
    return one(tx, menteeUserId, row.id);
  });
}

async function lockPending(tx: DbOrTx, userId: string, id: string) {
  const row = await q.findRequestFor(tx, userId, id, true);
  if (!row) throw notFound('mentoring request');
  if (row.status !== 'pending') throw conflict('request_not_pending', `This request was already ${row.status}.`);
  return row;
}

/**
 * The mentor says yes, in one transaction: the mentee gets a mentorship with the mentor as a
 * contact in their network (through the mentoring room), the mentor gets the mentee on their side,
 * and the request records the kind message and the mentorship.
 */
export async function acceptRequest(db: Db, mentorUserId: string, id: string, body: z.output<typeof respondBody>, now: Date) {
  return db.transaction(async (tx) => {
    const req = await lockPending(tx, mentorUserId, id);
    const profile = await q.findProfileByUser(tx, mentorUserId);
    const mentorshipId = await linkMentor(tx, req.menteeUserId, {
      mentorUserId,
      kind: req.kind as MentorKind,
      areas: req.areas,
      role: profile?.role ?? null,
      industry: profile?.industry ?? null,
      now,
    });
    await q.insertMentee(tx, { userId: mentorUserId, menteeUserId: req.menteeUserId, mentorshipId, requestId: req.id });
    await q.setRequestOutcome(tx, req.id, { status: 'accepted', response: body.message, respondedAt: now, mentorshipId });
    await notify(tx, news.requestAccepted({ requestId: req.id, menteeUserId: req.menteeUserId, mentorUserId, message: body.message, mentorshipId }));
    return one(tx, mentorUserId, req.id);
  });
}

export async function declineRequest(db: Db, mentorUserId: string, id: string, body: z.output<typeof respondBody>, now: Date) {
  return db.transaction(async (tx) => {
    const req = await lockPending(tx, mentorUserId, id);
    await q.setRequestOutcome(tx, req.id, { status: 'declined', response: body.message, respondedAt: now });
    await notify(tx, news.requestDeclined({ requestId: req.id, menteeUserId: req.menteeUserId, mentorUserId, message: body.message }));
    return one(tx, mentorUserId, req.id);
  });
}

export async function withdrawRequest(db: Db, menteeUserId: string, id: string, now: Date) {
  return db.transaction(async (tx) => {
    const req = await lockPending(tx, menteeUserId, id);
    await q.setRequestOutcome(tx, req.id, { status: 'withdrawn', respondedAt: now });
    await notify(tx, news.requestWithdrawn({ requestId: req.id, menteeUserId, mentorUserId: req.mentorUserId }));
    return one(tx, menteeUserId, req.id);
  });
}
