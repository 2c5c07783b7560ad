import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import {
  buildQuestions,
  defaultLikelyQuestions,
  defaultQuestionsToAsk,
  LIKELY_QUESTION_BANK,
  practiceProgress,
  prepareDueOn,
  QUESTIONS_TO_ASK_BANK,
  withNextSteps,
  type PrepQuestion,
  type PrepQuestionInput,
  type PrepRole,
} from '../../../domain/mentoring/index';
import type { createPrepBody, holdPrepBody, prepCommentBody, PrepResponse, prepSuggestionBody, updatePrepBody } from '../../../domain/mentoring/interview-prep-api';
import { localDateOf, todayIn } from '../../../domain/follow-through/index';
import { badRequest, conflict, notFound, type FieldError } from '../../errors';
import { getUser } from '../accounts/service';
import { getContactsByIds } from '../network/contacts-service';
import { createInteraction, deleteInteraction } from '../network/interactions-service';
import { thankedFor } from '../follow-through/follow-ups-service';
import { closeRoomItem, putRoomItem, removeRoomItem } from '../follow-through/room-items-service';
import * as q from './queries';
import * as dq from './depth-queries';

/**
 * Interview preparation (PRODUCT §4): the mentee prepares for a job interview, may share it with
 * one mentor on Trellis, and marks it held: that logs a job_interview interaction with everyone
 * involved through the network room, and follow-through's interaction hook writes one thank-you
 * per person (with the recap) on Today. A "prepare" step sits on Today the day before; a "tell
 * your mentor how it went" step follows a shared interview.
 */

const newKey = () => randomUUID();
const nameOf = async (db: DbOrTx, userId: string) => (await getUser(db as Db, userId)).name;

function encodeCursor(r: dq.PrepRow) {
  return Buffer.from(`${r.createdAt.toISOString()}|${r.id}`).toString('base64url');
}
function decodeCursor(cursor: string | undefined) {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const d = new Date(at ?? '');
  if (!id || Number.isNaN(d.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw badRequest('cursor: Not a valid cursor', [{ path: 'cursor', message: 'Not a valid cursor' }]);
  return { at: d, id };
}

async function present(db: DbOrTx, viewerUserId: string, rows: dq.PrepRow[]): Promise<PrepResponse[]> {
  if (rows.length === 0) return [];
  const menteeUserId = rows[0]!.userId;
  const contacts = new Map((await getContactsByIds(db, menteeUserId, [...new Set(rows.flatMap((r) => r.people.map((p) => p.contactId)))])).map((c) => [c.id, c.displayName]));
  const mentorshipIds = [...new Set(rows.flatMap((r) => (r.sharedMentorshipId ? [r.sharedMentorshipId] : [])))];
  const mentorships = await q.findMentorshipsByIds(db, menteeUserId, mentorshipIds);
  const mentorNames = new Map((await getContactsByIds(db, menteeUserId, mentorships.map((m) => m.contactId))).map((c) => [c.id, c.displayName]));
  const comments = await dq.listPrepComments(db, menteeUserId, rows.map((r) => r.id));
  const authors = new Map<string, string>();
  for (const id of new Set(comments.map((c) => c.authorUserId))) authors.set(id, await nameOf(db, id));
  return rows.map((r) => {
    const m = mentorships.find((x) => x.id === r.sharedMentorshipId);
    return {
      id: r.id,
      company: r.company,
      role: r.role,
      scheduledAt: r.scheduledAt?.toISOString() ?? null,
      location: r.location,
      // A contact deleted from the network drops off the list (and off the thank-you list).
      people: r.people.flatMap((p) => (contacts.has(p.contactId) ? [{ contactId: p.contactId, displayName: contacts.get(p.contactId)!, role: p.role }] : [])),
      likelyQuestions: r.likelyQuestions,
      questionsToAsk: r.questionsToAsk,
      researchNotes: r.researchNotes,
      sharedWith: m ? { mentorshipId: m.id, mentorName: mentorNames.get(m.contactId) ?? 'Your mentor' } : null,
      status: r.status as PrepResponse['status'],
      heldAt: r.heldAt?.toISOString() ?? null,
      interactionId: r.interactionId,
      practice: practiceProgress(r.likelyQuestions),
      comments: comments
        .filter((c) => c.prepId === r.id)
        .map((c) => ({ id: c.id, body: c.body, authorName: authors.get(c.authorUserId) ?? 'Someone', mine: c.authorUserId === viewerUserId, createdAt: c.createdAt.toISOString() })),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

export const findPrep = (db: DbOrTx, userId: string, id: string) => dq.findPrep(db, userId, id);

export async function getPrep(db: DbOrTx, viewerUserId: string, row: dq.PrepRow) {
  return (await present(db, viewerUserId, [row]))[0]!;
}

export async function listPreps(db: DbOrTx, userId: string, query: { limit: number; cursor?: string }) {
  const rows = await dq.listPreps(db, userId, query.limit, decodeCursor(query.cursor));
  const page = rows.slice(0, query.limit);
  return { items: await present(db, userId, page), nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!) : null };
}

export const questionBank = () => ({ likely: [...LIKELY_QUESTION_BANK], toAsk: [...QUESTIONS_TO_ASK_BANK] });

type Body = z.output<typeof updatePrepBody>;

async function checkPeople(tx: DbOrTx, userId: string, people: NonNullable<Body['people']>) {
  const live = new Set((await getContactsByIds(tx, userId, people.map((p) => p.contactId))).map((c) => c.id));
  const errors: FieldError[] = people.flatMap((p, i) => (live.has(p.contactId) ? [] : [{ path: `people.${i}.contactId`, message: 'No such contact' }]));
  const seen = new Set<string>();
  people.forEach((p, i) => {
    if (seen.has(p.contactId)) errors.push({ path: `people.${i}.contactId`, message: 'This person is already on the list' });
    seen.add(p.contactId);
  });
  return errors;
}

async function checkShare(tx: DbOrTx, userId: string, mentorshipId: string): Promise<FieldError[]> {
  const m = await q.findMentorship(tx, userId, mentorshipId);
  if (!m) return [{ path: 'sharedMentorshipId', message: 'No such mentor' }];
  if (!m.mentorUserId) return [{ path: 'sharedMentorshipId', message: 'This mentor is not on Trellis; share it with them by e-mail instead' }];
  if (m.status === 'closed') return [{ path: 'sharedMentorshipId', message: 'This mentorship is closed' }];
  return [];
}

function questions(bank: typeof LIKELY_QUESTION_BANK, path: string, input: PrepQuestionInput[], existing: PrepQuestion[], errors: FieldError[]) {
  const built = buildQuestions(bank, input, existing, newKey);
  for (const e of built.errors) errors.push({ path: `${path}.${e.index}`, message: e.message });
  return built.questions;
}

/** Validates and turns a body into column values; every field error at once. */
async function valuesOf(tx: DbOrTx, userId: string, body: Body, existing: dq.PrepRow | null) {
  const errors: FieldError[] = [];
  const v: Partial<dq.PrepValues> = {};
  if (body.company !== undefined) v.company = body.company;
  if (body.role !== undefined) v.role = body.role;
  if (body.scheduledAt !== undefined) v.scheduledAt = body.scheduledAt ? new Date(body.scheduledAt) : null;
  if (body.location !== undefined) v.location = body.location;
  if (body.researchNotes !== undefined) v.researchNotes = body.researchNotes;
  if (body.people !== undefined) {
    errors.push(...(await checkPeople(tx, userId, body.people)));
    v.people = body.people.map((p) => ({ contactId: p.contactId, role: p.role as PrepRole }));
  }
  if (body.sharedMentorshipId !== undefined) {
    if (body.sharedMentorshipId) errors.push(...(await checkShare(tx, userId, body.sharedMentorshipId)));
    v.sharedMentorshipId = body.sharedMentorshipId;
  }
  if (body.likelyQuestions !== undefined) v.likelyQuestions = questions(LIKELY_QUESTION_BANK, 'likelyQuestions', body.likelyQuestions, existing?.likelyQuestions ?? [], errors);
  else if (!existing) v.likelyQuestions = defaultLikelyQuestions(newKey);
  if (body.questionsToAsk !== undefined) v.questionsToAsk = withNextSteps(questions(QUESTIONS_TO_ASK_BANK, 'questionsToAsk', body.questionsToAsk, existing?.questionsToAsk ?? [], errors), newKey);
  else if (!existing) v.questionsToAsk = defaultQuestionsToAsk(newKey);
  if (errors.length > 0) throw badRequest(errors.length === 1 ? `${errors[0]!.path}: ${errors[0]!.message}` : `${errors.length} fields are invalid.`, errors);
  return v;
}

/** The "prepare" step on Today the day before (while preparing and dated); gone otherwise. */
async function syncToday(tx: DbOrTx, row: dq.PrepRow, now: Date, reopen = false) {
  const user = await getUser(tx as Db, row.userId);
  if (row.status !== 'preparing' || !row.scheduledAt) return removeRoomItem(tx, row.userId, 'interview_prep', row.id, 'prepare');
  const today = todayIn(user.timezone, now);
  const day = localDateOf(row.scheduledAt, user.timezone);
  if (day < today) return removeRoomItem(tx, row.userId, 'interview_prep', row.id, 'prepare');
  const { answered, total } = practiceProgress(row.likelyQuestions);
  await putRoomItem(tx, row.userId, 'interview_prep', {
    sourceId: row.id,
    step: 'prepare',
    title: `Prepare for your interview at ${row.company} (${row.role})`,
    prompt: `You have practice answers for ${answered} of ${total} likely questions. Read your research notes once more, and keep the question about next steps for the end.`,
    dueDate: prepareDueOn(day, today),
    contactId: null,
  }, reopen);
}

export async function createPrep(db: Db, userId: string, body: z.output<typeof createPrepBody>, now: Date) {
  return db.transaction(async (tx) => {
    const v = await valuesOf(tx, userId, body, null);
    const row = await dq.insertPrep(tx, userId, { ...v, company: body.company, role: body.role } as dq.PrepValues);
    await syncToday(tx, row, now);
    return getPrep(tx, userId, row);
  });
}

async function lockOwn(tx: DbOrTx, userId: string, id: string) {
  const row = await dq.findPrep(tx, userId, id, true);
  if (!row) throw notFound('interview preparation');
  return row;
}

export async function updatePrep(db: Db, userId: string, id: string, body: Body, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockOwn(tx, userId, id);
    if (row.status === 'held' && (body.people !== undefined || body.scheduledAt !== undefined))
      throw conflict('interview_held', 'This interview was held: its people and time are in your network log now. Edit the interaction there.');
    const updated = await dq.updatePrep(tx, userId, id, await valuesOf(tx, userId, body, row));
    await syncToday(tx, updated!, now);
    return getPrep(tx, userId, updated!);
  });
}

export async function deletePrep(db: Db, userId: string, id: string) {
  await db.transaction(async (tx) => {
    if (!(await dq.deletePrep(tx, userId, id))) throw notFound('interview preparation');
    await removeRoomItem(tx, userId, 'interview_prep', id, 'prepare');
    await removeRoomItem(tx, userId, 'interview_prep', id, 'tell_mentor');
  });
}

/**
 * Held: logs the job interview with everyone involved (their roles make the thank-you prompts:
 * the interviewer for the conversation, the recruiter, HR and whoever arranged it for arranging
 * it), which puts one thank-you per person on Today; then, when shared, "tell your mentor".
 */
export async function holdPrep(db: Db, userId: string, id: string, body: z.output<typeof holdPrepBody>, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockOwn(tx, userId, id);
    if (row.status !== 'preparing') throw conflict('interview_held', 'This interview is already marked held.');
    const heldAt = body.heldAt ? new Date(body.heldAt) : now;
    if (heldAt.getTime() > now.getTime() + 5 * 60_000) throw badRequest('heldAt: An interview is held once it has happened', [{ path: 'heldAt', message: 'An interview is held once it has happened; choose a time in the past' }]);
    const live = new Set((await getContactsByIds(tx, userId, row.people.map((p) => p.contactId))).map((c) => c.id));
    const people = row.people.filter((p) => live.has(p.contactId));
    if (people.length === 0) throw conflict('no_people', 'Add the people involved first (the interviewer, recruiter, HR, who arranged it): each gets a thank-you.');
    const interaction = await createInteraction(tx as unknown as Db, userId, {
      kind: 'job_interview',
      occurredAt: heldAt.toISOString(),
      participants: people.map((p) => ({ contactId: p.contactId, role: p.role })),
      summary: body.summary ?? `Job interview for ${row.role} at ${row.company}.`,
      topics: body.topics,
    });
    const updated = (await dq.updatePrep(tx, userId, id, { status: 'held', heldAt, interactionId: interaction.id }))!;
    await closeRoomItem(tx, userId, 'interview_prep', id, now, 'prepare');
    const m = row.sharedMentorshipId ? await q.findMentorship(tx, userId, row.sharedMentorshipId) : null;
    if (m && m.status !== 'closed') {
      const [mentor] = await getContactsByIds(tx, userId, [m.contactId]);
      const name = mentor?.displayName ?? 'your mentor';
      await putRoomItem(tx, userId, 'interview_prep', {
        sourceId: id,
        step: 'tell_mentor',
        title: `Tell ${name} how your interview at ${row.company} went`,
        prompt: `${name} helped you prepare. Close the loop: which questions came up, what you would answer differently, and the next steps you were told.`,
        dueDate: todayIn((await getUser(tx as Db, userId)).timezone, now),
        contactId: m.contactId,
      });
    }
    return getPrep(tx, userId, updated);
  });
}

/**
 * Undo "held" (marked by mistake, or too early): the logged job_interview leaves the network log
 * and its thank-yous not yet done leave Today, through the network room (as deleting it there
 * would); the preparation is back to preparing, with its "prepare" step if still ahead. Refused
 * when someone was already thanked for it: that thank-you happened and is never taken back.
 */
export async function reopenPrep(db: Db, userId: string, id: string, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockOwn(tx, userId, id);
    if (row.status !== 'held') throw conflict('interview_not_held', 'This interview is not marked held; there is nothing to undo.');
    if (row.interactionId) {
      const thanked = await thankedFor(tx, userId, row.interactionId);
      if (thanked.length > 0) {
        const names = (await getContactsByIds(tx, userId, thanked)).map((c) => c.displayName);
        // Says where the logged interview can still be corrected: there is no "network log" page, it is on each person's timeline.
        const who = names.join(', ') || 'someone';
        throw conflict('thank_you_done', `You already thanked ${who} for this interview, so it stays held. To correct when it was or what was said, edit the job interview on ${names.length === 1 ? `${who}’s` : 'their'} timeline in your network.`);
      }
      await deleteInteraction(tx as unknown as Db, userId, row.interactionId);
    }
    const updated = (await dq.updatePrep(tx, userId, id, { status: 'preparing', heldAt: null, interactionId: null }))!;
    await removeRoomItem(tx, userId, 'interview_prep', id, 'tell_mentor');
    await syncToday(tx, updated, now, true);
    return getPrep(tx, userId, updated);
  });
}

export async function commentAsMentee(db: Db, userId: string, id: string, body: z.output<typeof prepCommentBody>) {
  return db.transaction(async (tx) => {
    const row = await lockOwn(tx, userId, id);
    await dq.insertPrepComment(tx, userId, { prepId: id, authorUserId: userId, body: body.body });
    return getPrep(tx, userId, row);
  });
}

// The mentor's side: preparations the mentee shared with this mentorship

async function sharedPrep(tx: DbOrTx, mentorUserId: string, mentorshipId: string, prepId: string, lock = false) {
  const m = await q.findMentorshipForMentor(tx, mentorUserId, mentorshipId);
  if (!m) throw notFound('mentee');
  const row = await dq.findPrep(tx, m.userId, prepId, lock);
  if (!row || row.sharedMentorshipId !== m.id) throw notFound('interview preparation');
  return { m, row };
}

export async function listSharedPreps(db: DbOrTx, mentorUserId: string, mentorshipId: string) {
  const m = await q.findMentorshipForMentor(db, mentorUserId, mentorshipId);
  if (!m) throw notFound('mentee');
  const rows = await dq.listPreps(db, m.userId, 50, null, m.id);
  return { items: await present(db, mentorUserId, rows.slice(0, 50)), nextCursor: null };
}

export async function suggestAsMentor(db: Db, mentorUserId: string, mentorshipId: string, prepId: string, body: z.output<typeof prepSuggestionBody>) {
  return db.transaction(async (tx) => {
    const { m, row } = await sharedPrep(tx, mentorUserId, mentorshipId, prepId, true);
    if (m.status === 'closed') throw conflict('mentorship_closed', 'This mentorship is closed.');
    if (row.status !== 'preparing') throw conflict('interview_held', 'This interview was already held.');
    const list = body.list === 'likely' ? row.likelyQuestions : row.questionsToAsk;
    if (list.some((x) => x.text.toLowerCase() === body.text.toLowerCase())) throw conflict('already_on_list', 'That question is already on the list.');
    const added: PrepQuestion = { key: newKey(), text: body.text, bankKey: null, answer: null, suggestedBy: await nameOf(tx, mentorUserId) };
    const updated = await dq.updatePrep(tx, m.userId, row.id, body.list === 'likely' ? { likelyQuestions: [...list, added] } : { questionsToAsk: [...list, added] });
    return getPrep(tx, mentorUserId, updated!);
  });
}

export async function commentAsMentor(db: Db, mentorUserId: string, mentorshipId: string, prepId: string, body: z.output<typeof prepCommentBody>) {
  return db.transaction(async (tx) => {
    const { m, row } = await sharedPrep(tx, mentorUserId, mentorshipId, prepId);
    if (m.status === 'closed') throw conflict('mentorship_closed', 'This mentorship is closed.');
    await dq.insertPrepComment(tx, m.userId, { prepId: row.id, authorUserId: mentorUserId, body: body.body });
    return getPrep(tx, mentorUserId, row);
  });
}
