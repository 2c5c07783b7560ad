import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import {
  allowedMoves,
  DEFAULT_QUESTION_IDS,
  isEndStage,
  planMove,
  summaryFromNotes,
  type InterviewState,
  type Stage,
} from '../../../domain/interviews/index';
import type {
  askMessageBody,
  createInterviewBody,
  InterviewResponse,
  InterviewSummary,
  listInterviewsQuery,
  moveInterviewBody,
  replaceQuestionsBody,
  StageCounts,
  updateInterviewBody,
} from '../../../domain/interviews/api';
import type { Contact } from '../../../domain/network/api';
import { todayIn } from '../../../domain/follow-through/index';
import { badRequest, conflict, notFound, ProblemError } from '../../errors';
import { getUser } from '../accounts/service';
import { createContact, findContact, getContactsByIds, updateContact } from '../network/contacts-service';
import { createInteraction, deleteInteraction } from '../network/interactions-service';
import { decodeCursor, pageOf } from '../network/cursor';
import { findTemplate, renderForUser } from '../follow-through/templates-service';
import { listFollowUps } from '../follow-through/follow-ups-service';
import * as q from './queries';
import { setStage } from './set-stage';
import { hideAskFollowUpFromToday, showAskFollowUpOnToday } from './interviews-on-today';
import { resolveQuestions } from './questions-service';

const ORDER = 'created';
const REQUEST_TEMPLATE_ID = 'informational-interview-request';

type Clock = { now: Date; today: string };

async function clockFor(db: DbOrTx, userId: string, now: Date): Promise<Clock> {
  const user = await getUser(db as Db, userId);
  return { now, today: todayIn(user.timezone, now) };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const stateOf = (r: q.InterviewRow): InterviewState => ({
  stage: r.stage as Stage,
  scheduledAt: r.scheduledAt,
  heldAt: r.heldAt,
  previousStage: (r.previousStage as Stage | null) ?? null,
});

function presentSummary(r: q.InterviewRow, contact: Contact | undefined, counts: { questions: number; notes: number } | undefined, clock: Clock): InterviewSummary {
  return {
    id: r.id,
    stage: r.stage as Stage,
    contactId: r.contactId,
    contact: contact
      ? { id: contact.id, displayName: contact.displayName, company: contact.company, title: contact.title, email: contact.emails[0]?.value ?? null, starred: contact.starred }
      : null,
    topic: r.topic,
    notes: r.notes,
    location: r.location,
    scheduledAt: iso(r.scheduledAt),
    followUpOn: r.followUpOn,
    followUpDue: r.stage === 'asked' && r.followUpOn !== null && r.followUpOn <= clock.today,
    heldAt: iso(r.heldAt),
    interactionId: r.interactionId,
    flowRating: r.flowRating,
    learned: r.learned,
    theyCareAbout: r.theyCareAbout,
    starred: r.starred,
    closedReason: r.closedReason,
    questionCount: counts?.questions ?? 0,
    notesCount: counts?.notes ?? 0,
    allowedMoves: allowedMoves(stateOf(r)),
    stageChangedAt: r.stageChangedAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

async function presentMany(db: DbOrTx, userId: string, rows: q.InterviewRow[], clock: Clock) {
  const contacts = new Map((await getContactsByIds(db, userId, [...new Set(rows.map((r) => r.contactId))])).map((c) => [c.id, c]));
  const counts = await q.pickCounts(db, userId, rows.map((r) => r.id));
  return rows.map((r) => presentSummary(r, contacts.get(r.contactId), counts.get(r.id), clock));
}

async function detail(db: DbOrTx, userId: string, id: string, clock: Clock): Promise<InterviewResponse> {
  const row = await q.findInterview(db, userId, id);
  if (!row) throw notFound('interview');
  const [summary] = await presentMany(db, userId, [row], clock);
  const picks = await q.listPicks(db, userId, id);
  const events = await q.listStageEvents(db, userId, id);
  return {
    thankYou: await thankYouOf(db, userId, row),
    ...summary!,
    questions: picks.map((p) => ({ questionId: p.questionId, text: p.text, builtIn: p.questionId.startsWith('builtin:'), notes: p.notes })),
    history: events.map((e) => ({ from: (e.fromStage as Stage | null) ?? null, to: e.toStage as Stage, at: e.at.toISOString(), reason: e.reason })),
  };
}

/** Follow-through's thank-you for the interaction logged when it was held (found through its service). */
async function thankYouOf(db: DbOrTx, userId: string, row: q.InterviewRow) {
  if (!row.interactionId) return null;
  const { items } = await listFollowUps(db, userId, { source: 'thank_you', contactId: row.contactId, limit: 200 });
  const item = items.find((i) => i.sourceId === row.interactionId);
  return item ? { id: item.id, status: item.status, dueDate: item.dueDate } : null;
}

async function lockOwn(tx: DbOrTx, userId: string, id: string) {
  const row = await q.findInterview(tx, userId, id, true);
  if (!row) throw notFound('interview');
  return row;
}

export const findInterview = (db: DbOrTx, userId: string, id: string) => q.findInterview(db, userId, id);

export async function listInterviews(db: DbOrTx, userId: string, query: z.output<typeof listInterviewsQuery>, now: Date) {
  const clock = await clockFor(db, userId, now);
  const after = decodeCursor(query.cursor, ORDER, 'instant', false);
  const rows = await q.listInterviews(db, userId, { stages: query.stage, contactId: query.contactId }, after, query.limit + 1);
  const page = pageOf(rows, query.limit, ORDER);
  return { items: await presentMany(db, userId, page.items, clock), nextCursor: page.nextCursor };
}

const RANK_ORDER = 'flowed';
const RANK_KEY = /^([1-5]?)\|(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)$/;

/** "Which conversations flowed best?", a page at a time. */
export async function rankInterviews(db: DbOrTx, userId: string, query: { limit: number; cursor?: string }, now: Date) {
  const clock = await clockFor(db, userId, now);
  const pos = decodeCursor(query.cursor, RANK_ORDER, 'text', false);
  let after: q.RankPosition = null;
  if (pos) {
    const m = RANK_KEY.exec(pos.key ?? '');
    if (!m || Number.isNaN(Date.parse(m[2]!))) throw badRequest('This cursor is malformed; start again from the first page.', [{ path: 'querystring.cursor', message: 'This cursor is malformed; start again from the first page.' }]);
    after = { rating: m[1] ? Number(m[1]) : null, heldAt: m[2]!, id: pos.id };
  }
  const page = pageOf(await q.listHeld(db, userId, after, query.limit + 1), query.limit, RANK_ORDER);
  return { items: await presentMany(db, userId, page.items, clock), nextCursor: page.nextCursor };
}

export async function stageCounts(db: DbOrTx, userId: string): Promise<StageCounts> {
  const rows = await q.countByStage(db, userId);
  const byStage = Object.fromEntries(rows.map((r) => [r.stage, r.n])) as StageCounts['byStage'];
  return { total: rows.reduce((n, r) => n + r.n, 0), byStage };
}

export async function getInterview(db: DbOrTx, userId: string, id: string, now: Date) {
  return detail(db, userId, id, await clockFor(db, userId, now));
}

async function replacePicks(tx: DbOrTx, userId: string, interviewId: string, items: z.output<typeof replaceQuestionsBody>['items'], path = 'items') {
  const existing = await q.listPicks(tx, userId, interviewId);
  const texts = await resolveQuestions(tx, userId, items.map((i) => i.questionId), existing, path);
  await q.replacePicks(
    tx,
    interviewId,
    items.map((item, position) => ({ questionId: item.questionId, position, text: texts.get(item.questionId)!, notes: item.notes ?? null })),
  );
}

export async function createInterview(db: Db, userId: string, body: z.output<typeof createInterviewBody>, now: Date) {
  return db.transaction(async (tx) => {
    let contactId = body.contactId;
    if (contactId) {
      const [c] = await getContactsByIds(tx, userId, [contactId]);
      if (!c) throw badRequest('contactId: No such contact', [{ path: 'contactId', message: 'No such contact' }]);
    } else {
      contactId = (await createContact(tx, userId, body.newContact!)).id;
    }
    const row = await q.insertInterview(tx, userId, { contactId, stage: 'prospect', topic: body.topic ?? null, notes: body.notes ?? null, stageChangedAt: now });
    await q.insertStageEvent(tx, userId, { interviewId: row.id, fromStage: null, toStage: 'prospect', reason: null, at: now });
    const ids = body.questionIds ?? [...DEFAULT_QUESTION_IDS];
    await replacePicks(tx, userId, row.id, ids.map((questionId) => ({ questionId, notes: null })), 'questionIds');
    return detail(tx, userId, row.id, await clockFor(tx, userId, now));
  });
}

const notHeldYet = () => conflict('not_held_yet', 'Reflect on a conversation (and star it) once it has been held.');

export async function updateInterview(db: Db, userId: string, id: string, patch: z.output<typeof updateInterviewBody>, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockOwn(tx, userId, id);
    const reflecting = patch.flowRating !== undefined || patch.learned !== undefined || patch.theyCareAbout !== undefined;
    if (reflecting && !row.heldAt) throw notHeldYet();
    if (patch.scheduledAt === null && row.stage === 'scheduled') {
      throw badRequest('scheduledAt: A scheduled interview needs a time; move it back to asked instead', [{ path: 'scheduledAt', message: 'A scheduled interview needs a time' }]);
    }
    const values: Partial<q.InterviewValues> = {};
    for (const key of ['topic', 'notes', 'location', 'followUpOn', 'flowRating', 'learned', 'theyCareAbout'] as const) {
      if (patch[key] !== undefined) (values as Record<string, unknown>)[key] = patch[key];
    }
    if (patch.scheduledAt !== undefined) values.scheduledAt = patch.scheduledAt === null ? null : new Date(patch.scheduledAt);
    await q.updateInterview(tx, userId, id, values);
    if (patch.followUpOn !== undefined) await showAskFollowUpOnToday(tx, userId, id);
    return detail(tx, userId, id, await clockFor(tx, userId, now));
  });
}

export async function replaceQuestions(db: Db, userId: string, id: string, body: z.output<typeof replaceQuestionsBody>, now: Date) {
  return db.transaction(async (tx) => {
    await lockOwn(tx, userId, id);
    await replacePicks(tx, userId, id, body.items);
    await q.updateInterview(tx, userId, id, {});
    return detail(tx, userId, id, await clockFor(tx, userId, now));
  });
}

async function liveContactRow(tx: DbOrTx, userId: string, contactId: string) {
  const contact = await findContact(tx, userId, contactId);
  if (!contact) throw conflict('contact_deleted', 'The person of this interview was deleted from your network; restore them first.');
  return contact;
}


/**
 * One stage move, in one transaction. Holding the interview also saves the notes sent with it
 * and logs the conversation in the network (an `informational_interview` interaction), whose
 * hook in follow-through puts the thank-you and the reach-out-again reminder on Today.
 */
export async function moveInterview(db: Db, userId: string, id: string, body: z.output<typeof moveInterviewBody>, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockOwn(tx, userId, id);
    const result = planMove(
      stateOf(row),
      {
        to: body.to,
        scheduledAt: body.scheduledAt ? new Date(body.scheduledAt) : null,
        heldAt: body.heldAt ? new Date(body.heldAt) : null,
        followUpOn: body.followUpOn,
        reason: body.reason,
      },
      now,
    );
    if (!result.ok) {
      const e = result.error;
      throw e.status === 400 ? badRequest(`${e.errors?.[0]?.path ?? 'to'}: ${e.message}`, e.errors) : new ProblemError(409, e.code, 'Conflict', e.message);
    }
    const plan = result.plan;
    const values: Partial<q.InterviewValues> = { scheduledAt: plan.scheduledAt, heldAt: plan.heldAt };
    if (plan.followUpOn !== undefined) values.followUpOn = plan.followUpOn;
    if (body.location !== undefined) values.location = body.location;
    values.closedReason = isEndStage(plan.to) ? plan.closedReason : null;
    if (body.questions) await replacePicks(tx, userId, id, body.questions, 'questions');
    if (plan.logsInteraction) {
      await liveContactRow(tx, userId, row.contactId);
      const picks = await q.listPicks(tx, userId, id);
      const interaction = await createInteraction(tx as unknown as Db, userId, {
        kind: 'informational_interview',
        occurredAt: plan.heldAt!.toISOString(),
        contactIds: [row.contactId],
        summary: body.summary ?? summaryFromNotes(picks) ?? (row.topic ? `Informational interview about ${row.topic}.` : null),
        topics: body.topics ?? [],
      });
      values.interactionId = interaction.id;
    }
    if (plan.to === 'potential_mentor') {
      values.starredContact = await starContactFor(tx, userId, row);
      values.starred = true;
    }
    await setStage(tx, userId, row, plan.to, now, values, isEndStage(plan.to) ? plan.closedReason : null);
    await showAskFollowUpOnToday(tx, userId, id);
    return detail(tx, userId, id, await clockFor(tx, userId, now));
  });
}

/**
 * Stars the interview's contact unless it already is starred; true when this interview is why
 * the contact is starred (so unstarring the interview may unstar the contact again).
 */
async function starContactFor(tx: DbOrTx, userId: string, row: q.InterviewRow): Promise<boolean> {
  const contact = await liveContactRow(tx, userId, row.contactId);
  if (row.starredContact && contact.starred) return true;
  if (contact.starred) return false;
  await updateContact(tx, contact, { starred: true });
  return true;
}

/**
 * Takes back the contact's star only when this interview put it there. A contact starred by
 * hand, or before this interview starred it, stays starred; when another starred interview with
 * the same person exists, that one keeps the star (and becomes why it is on).
 */
async function unstarContactFor(tx: DbOrTx, userId: string, row: q.InterviewRow) {
  if (!row.starredContact) return;
  const other = await q.otherStarredInterview(tx, userId, row.contactId, row.id);
  if (other) {
    await q.updateInterview(tx, userId, other.id, { starredContact: true });
    return;
  }
  const contact = await findContact(tx, userId, row.contactId);
  if (contact?.starred) await updateContact(tx, contact, { starred: false });
}

/**
 * The mental star from the seed: the contact becomes a potential mentor (starred in the network)
 * and the interview moves to that stage. Unstarring takes both back (to keeping in touch), the
 * contact's star only if this interview is why it is on.
 */
export async function starInterview(db: Db, userId: string, id: string, starred: boolean, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockOwn(tx, userId, id);
    if (!row.heldAt) throw notHeldYet();
    if (starred) {
      await q.updateInterview(tx, userId, id, { starred, starredContact: await starContactFor(tx, userId, row) });
    } else {
      await unstarContactFor(tx, userId, row);
      await q.updateInterview(tx, userId, id, { starred, starredContact: false });
    }
    if (starred && ['held', 'thanked', 'keeping_in_touch'].includes(row.stage)) await setStage(tx, userId, row, 'potential_mentor', now);
    if (!starred && row.stage === 'potential_mentor') await setStage(tx, userId, row, 'keeping_in_touch', now);
    return detail(tx, userId, id, await clockFor(tx, userId, now));
  });
}

const nothingToUndo = () => conflict('nothing_to_undo', 'There is no stage move of this interview to undo.');

/**
 * Takes back the interview's latest move, as if it had not happened: its fields are put back as
 * they were, the interaction a "held" move logged is deleted (soft, through the network service,
 * so the thank-yous and keep-in-touch dates follow), the contact's star is taken back only if the
 * move put it there, and the move leaves the history. `stage` is the stage the caller saw it in:
 * if it moved on since, nothing is undone (409).
 */
export async function undoStageMove(db: Db, userId: string, id: string, stage: Stage, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockOwn(tx, userId, id);
    if (row.stage !== stage) throw conflict('stage_changed', `This interview is now ${row.stage.replace(/_/g, ' ')}, not ${stage.replace(/_/g, ' ')}; open it to change its stage.`);
    const event = await q.lastStageEvent(tx, userId, id);
    const before = event?.before;
    if (!event || !before || event.toStage !== row.stage) throw nothingToUndo();
    if (row.interactionId && row.interactionId !== before.interactionId) await deleteInteraction(tx as unknown as Db, userId, row.interactionId);
    if (row.starredContact && !before.starredContact) await unstarContactFor(tx, userId, row);
    // Undoing an unstar stars again (the contact too, unless it is starred for another reason by now).
    const starredContact = before.starred && !row.starred ? await starContactFor(tx, userId, row) : before.starredContact;
    await q.updateInterview(tx, userId, id, {
      stage: before.stage,
      previousStage: before.previousStage,
      scheduledAt: before.scheduledAt ? new Date(before.scheduledAt) : null,
      heldAt: before.heldAt ? new Date(before.heldAt) : null,
      followUpOn: before.followUpOn,
      location: before.location,
      closedReason: before.closedReason,
      interactionId: before.interactionId,
      starred: before.starred,
      starredContact,
      stageChangedAt: new Date(before.stageChangedAt),
    });
    await q.deleteStageEvent(tx, userId, event.id);
    await showAskFollowUpOnToday(tx, userId, id);
    return detail(tx, userId, id, await clockFor(tx, userId, now));
  });
}

/** The interaction logged when it was held stays in the network log: it happened. */
export async function deleteInterview(db: Db, userId: string, id: string) {
  await db.transaction(async (tx) => {
    if (!(await q.deleteInterview(tx, userId, id))) throw notFound('interview');
    await hideAskFollowUpFromToday(tx, userId, id);
  });
}

/** The 5–10 minute request, rendered by follow-through's template service (the user's version of the built-in). */
export async function askMessage(db: Db, userId: string, id: string, body: z.output<typeof askMessageBody>) {
  const row = await q.findInterview(db, userId, id);
  if (!row) throw notFound('interview');
  await liveContactRow(db, userId, row.contactId);
  const template = await findTemplate(db, userId, REQUEST_TEMPLATE_ID);
  if (!template) throw conflict('template_missing', 'The informational-interview request template is missing.');
  const topic = body.topic ?? row.topic ?? undefined;
  return renderForUser(db, userId, template, { contactId: row.contactId, fields: topic ? { topic } : undefined });
}

