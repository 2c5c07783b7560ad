import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { normaliseProposedDates, planShadowMove, shadowSteps, type ShadowActor, type ShadowMove, type ShadowStatus } from '../../../domain/mentoring/index';
import type { answerShadowBody, createShadowBody, ShadowResponse } from '../../../domain/mentoring/shadow-api';
import { badRequest, conflict, notFound, ProblemError } from '../../errors';
import { getContactsByIds } from '../network/contacts-service';
import { putRoomItem, removeRoomItem } from '../follow-through/room-items-service';
import { todayFor } from './clock';
import * as q from './queries';
import * as dq from './depth-queries';

/**
 * Shadow-a-day requests (seed 002). The mentee asks; a mentor on Trellis answers on their side
 * (accepting needs a day and the confirmation that clients and colleagues approved), and for an
 * external mentor the mentee records the answer. An accepted day puts two steps on the mentee's
 * Today: prepare the day before, thank them the day after. Rules in domain/mentoring/shadow.ts.
 */

function present(r: dq.ShadowRow, mentorOnTrellis: boolean): ShadowResponse {
  return {
    id: r.id,
    mentorshipId: r.mentorshipId,
    proposedDates: r.proposedDates,
    hopes: r.hopes,
    note: r.note,
    status: r.status as ShadowStatus,
    chosenDate: r.chosenDate,
    approvalConfirmed: r.approvalConfirmed,
    mentorNote: r.mentorNote,
    declineMessage: r.declineMessage,
    answeredBy: (r.answeredBy as 'mentor' | 'mentee' | null) ?? null,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    answeredOnTrellis: mentorOnTrellis,
    createdAt: r.createdAt.toISOString(),
  };
}

export async function listForMentee(db: DbOrTx, userId: string, m: q.MentorshipRow) {
  return { items: (await dq.listShadows(db, userId, [m.id])).map((r) => present(r, m.mentorUserId !== null)), nextCursor: null };
}

export async function createShadow(db: Db, userId: string, mentorshipId: string, body: z.output<typeof createShadowBody>, now: Date) {
  return db.transaction(async (tx) => {
    const m = await q.findMentorship(tx, userId, mentorshipId, true);
    if (!m) throw notFound('mentorship');
    if (m.status !== 'active') throw conflict('mentorship_not_active', `This mentorship is ${m.status}; resume it before asking for a shadow day.`);
    const today = await todayFor(tx, userId, now);
    const errors = body.proposedDates.flatMap((d, i) => (d < today ? [{ path: `proposedDates.${i}`, message: 'Propose a day that has not passed' }] : []));
    if (errors.length > 0) throw badRequest(`${errors[0]!.path}: ${errors[0]!.message}`, errors);
    const row = await dq.insertShadow(tx, userId, { mentorshipId: m.id, proposedDates: normaliseProposedDates(body.proposedDates), hopes: body.hopes, note: body.note ?? null });
    return present(row, m.mentorUserId !== null);
  });
}

function moveOf(body: z.output<typeof answerShadowBody>): ShadowMove {
  return body.decision === 'accept'
    ? { kind: 'accept', date: body.date, approvalConfirmed: body.approvalConfirmed, note: body.note ?? null }
    : { kind: 'decline', message: body.message ?? null };
}

async function showOnToday(tx: DbOrTx, m: q.MentorshipRow, row: dq.ShadowRow, now: Date) {
  if (row.status !== 'accepted' || !row.chosenDate) {
    await removeRoomItem(tx, m.userId, 'shadow', row.id, 'prepare');
    await removeRoomItem(tx, m.userId, 'shadow', row.id, 'thank');
    return;
  }
  const [contact] = await getContactsByIds(tx, m.userId, [m.contactId]);
  const name = contact?.displayName ?? 'your mentor';
  const steps = shadowSteps(row.chosenDate, await todayFor(tx, m.userId, now));
  await putRoomItem(tx, m.userId, 'shadow', {
    sourceId: row.id,
    step: 'prepare',
    title: `Prepare for your shadow day with ${name}`,
    prompt: `${row.mentorNote ? `${name} wrote: “${row.mentorNote}”. ` : ''}Read up on what you will see, write down two questions, and plan to arrive early. You hoped to see: ${row.hopes}`,
    dueDate: steps.prepareOn,
    contactId: m.contactId,
  });
  await putRoomItem(tx, m.userId, 'shadow', {
    sourceId: row.id,
    step: 'thank',
    title: `Thank ${name} for the shadow day`,
    prompt: `${name} got their clients and colleagues to agree so you could be there. Thank them, and recap one thing you saw that you will use.`,
    dueDate: steps.thankOn,
    contactId: m.contactId,
  });
}

/** Applies a move (answer, withdraw, cancel) by the mentee or the mentor; the domain decides if it is legal. */
async function move(tx: DbOrTx, m: q.MentorshipRow, row: dq.ShadowRow, actor: ShadowActor, mv: ShadowMove, now: Date) {
  if (m.status === 'closed') throw conflict('mentorship_closed', 'This mentorship is closed.');
  const result = planShadowMove({ status: row.status as ShadowStatus, mentorOnTrellis: m.mentorUserId !== null, proposedDates: row.proposedDates }, actor, mv, await todayFor(tx, m.userId, now));
  if (!result.ok) {
    const e = result.error;
    throw e.status === 400 ? badRequest(`${e.path}: ${e.message}`, [{ path: e.path!, message: e.message }]) : new ProblemError(409, e.code, 'Conflict', e.message);
  }
  const answering = mv.kind === 'accept' || mv.kind === 'decline';
  const updated = await dq.updateShadow(tx, m.userId, row.id, { ...result.plan, ...(answering ? { answeredBy: actor, answeredAt: now } : {}) });
  await showOnToday(tx, m, updated, now);
  return present(updated, m.mentorUserId !== null);
}

export async function moveAsMentee(db: Db, userId: string, id: string, actorMove: ShadowMove, now: Date) {
  return db.transaction(async (tx) => {
    const row = await dq.findShadow(tx, userId, id, true);
    if (!row) throw notFound('shadow request');
    const m = (await q.findMentorship(tx, userId, row.mentorshipId))!;
    return move(tx, m, row, 'mentee', actorMove, now);
  });
}

export const answerAsMentee = (db: Db, userId: string, id: string, body: z.output<typeof answerShadowBody>, now: Date) => moveAsMentee(db, userId, id, moveOf(body), now);

export const findShadowForMentee = (db: DbOrTx, userId: string, id: string) => dq.findShadow(db, userId, id);

// The mentor's side

export async function listForMentor(db: DbOrTx, mentorUserId: string, mentorshipId: string) {
  const m = await q.findMentorshipForMentor(db, mentorUserId, mentorshipId);
  if (!m) throw notFound('mentee');
  return { items: (await dq.listShadows(db, m.userId, [m.id])).map((r) => present(r, true)), nextCursor: null };
}

export async function moveAsMentor(db: Db, mentorUserId: string, mentorshipId: string, id: string, mv: ShadowMove | z.output<typeof answerShadowBody>, now: Date) {
  return db.transaction(async (tx) => {
    const m = await q.findMentorshipForMentor(tx, mentorUserId, mentorshipId, true);
    if (!m) throw notFound('mentee');
    const row = await dq.findShadow(tx, m.userId, id, true);
    if (!row || row.mentorshipId !== m.id) throw notFound('shadow request');
    return move(tx, m, row, 'mentor', 'decision' in mv ? moveOf(mv) : mv, now);
  });
}

/** Ending a mentorship ends its open requests (withdrawn, or an accepted day cancelled) and takes them off Today. */
export async function endShadows(tx: DbOrTx, userId: string, mentorshipId: string) {
  for (const r of await dq.listShadows(tx, userId, [mentorshipId])) {
    if (r.status === 'requested') await dq.updateShadow(tx, userId, r.id, { status: 'withdrawn' });
    if (r.status === 'accepted') await dq.updateShadow(tx, userId, r.id, { status: 'cancelled' });
    await removeRoomItem(tx, userId, 'shadow', r.id, 'prepare');
    await removeRoomItem(tx, userId, 'shadow', r.id, 'thank');
  }
}

export const pendingShadowCounts = dq.pendingShadowCounts;
