import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { createContactBody } from '../../../domain/network/api';
import { normaliseAreas, type GoalHorizon, type MentorKind, type MentorshipStatus } from '../../../domain/mentoring/index';
import type { goalCommentBody, MenteeDetail, MenteeSummary, ThreadPost, threadPostBody } from '../../../domain/mentor-directory/api';
import { badRequest, conflict, notFound } from '../../errors';
import { getUser, namesAndZonesOf, usersByIds } from '../accounts/service';
import { createContact, createContactsForOwners } from '../network/contacts-service';
import * as q from './queries';
import * as sq from './program-summary-queries';
import { todayFor } from './clock';
import { todayIn } from '../../../domain/follow-through/index';
import { agreementOf } from './agreements-service';
import { showActionItemsOnToday } from './action-items-on-today';
import { news, notify } from '../inbox/service';
import { addMenteesForMentors, menteeIdsByMentorship } from '../mentor-directory/mentees-service';
import { mentorDepthOf, syncQuietNudges } from './health-service';

/**
 * The mentoring room's side for a mentor who has an account: linking an accepted request to a new
 * mentorship, and everything the mentor reads and writes on it. A mentor sees only what the mentee
 * shared with that mentorship: shared goals with the mentee's posts and the mentor's own comments,
 * meetings' dates, agendas and action items (never the mentee's meeting notes or private notes on
 * the mentorship), the agreement, and the questions thread.
 */

const nameOf = async (db: DbOrTx, userId: string) => (await getUser(db as Db, userId)).name;

/** Accepting a request: the mentor becomes a contact in the mentee's network and their mentor. */
export async function linkMentor(
  tx: DbOrTx,
  menteeUserId: string,
  v: { mentorUserId: string; kind: MentorKind; areas: string[]; role: string | null; industry: string | null; now: Date },
) {
  const mentor = await getUser(tx as Db, v.mentorUserId);
  const contact = await createContact(
    tx,
    menteeUserId,
    createContactBody.parse({ displayName: mentor.name, emails: [{ label: 'work', value: mentor.email }], title: v.role, industry: v.industry, circle: 'mentor', howWeMet: 'Trellis mentor directory' }),
  );
  const row = await q.insertMentorship(tx, menteeUserId, {
    contactId: contact.id,
    mentorUserId: v.mentorUserId,
    kind: v.kind,
    areas: normaliseAreas(v.areas),
    startedOn: await todayFor(tx, menteeUserId, v.now),
    notes: null,
  });
  return row.id;
}

export type ProgramMentorshipWish = { menteeUserId: string; mentorUserId: string; areas: string[]; role: string | null; industry: string | null };

/**
 * A program's published matches as mentorships, all at once inside the publishing transaction: a
 * mentee who already has an open mentorship with that mentor linked keeps it (`opened` false);
 * otherwise one is linked as `linkMentor` does, kind shepherd, with `howWeMet` (the program) on the
 * mentor's contact. Either way the mentor has the mentee on My mentees. Answers in the order given;
 * a pair given twice opens once. Statements: a fixed few, however many pairs (the network room
 * creates all the contacts at once, mentor-directory all the My mentees rows).
 */
export async function openMentorshipsForProgram(tx: DbOrTx, wishes: readonly ProgramMentorshipWish[], howWeMet: string, now: Date): Promise<{ mentorshipId: string; opened: boolean }[]> {
  if (wishes.length === 0) return [];
  const found = await sq.openLinkedMentorships(tx, wishes);
  const people = await usersByIds(tx, wishes.flatMap((w) => [w.menteeUserId, w.mentorUserId]));
  // A user gone since the caller read them fails as `linkMentor` would.
  const person = async (id: string) => people.get(id) ?? (await getUser(tx as Db, id));
  const firstOf = new Map<string, number>();
  const values: (q.MentorshipValues & { userId: string })[] = [];
  const contactsToCreate: { userId: string; body: z.output<typeof createContactBody> }[] = [];
  const plan: ({ reuse: string } | { insertAt: number } | { sameAs: number })[] = [];
  for (const [i, w] of wishes.entries()) {
    const key = sq.mentorPairKey(w.menteeUserId, w.mentorUserId);
    const reuse = found.get(key);
    const earlier = firstOf.get(key);
    if (reuse) plan.push({ reuse });
    else if (earlier !== undefined) plan.push({ sameAs: earlier });
    else {
      firstOf.set(key, i);
      const mentor = await person(w.mentorUserId);
      contactsToCreate.push({
        userId: w.menteeUserId,
        body: createContactBody.parse({ displayName: mentor.name, emails: [{ label: 'work', value: mentor.email }], title: w.role, industry: w.industry, circle: 'mentor', howWeMet }),
      });
      plan.push({ insertAt: values.length });
      values.push({ userId: w.menteeUserId, contactId: '', mentorUserId: w.mentorUserId, kind: 'shepherd', areas: normaliseAreas(w.areas), startedOn: todayIn((await person(w.menteeUserId)).timezone, now), notes: null });
    }
  }
  // Every new mentee's contact for their mentor in one statement, then the mentorships in another.
  const contacts = await createContactsForOwners(tx, contactsToCreate);
  values.forEach((v, i) => (v.contactId = contacts[i]!.id));
  const inserted = await sq.insertMentorships(tx, values);
  const out: { mentorshipId: string; opened: boolean }[] = [];
  for (const p of plan) {
    if ('reuse' in p) out.push({ mentorshipId: p.reuse, opened: false });
    else if ('insertAt' in p) out.push({ mentorshipId: inserted[p.insertAt]!, opened: true });
    else out.push({ mentorshipId: out[p.sameAs]!.mentorshipId, opened: false });
  }
  await addMenteesForMentors(tx, wishes.map((w, i) => ({ mentorUserId: w.mentorUserId, menteeUserId: w.menteeUserId, mentorshipId: out[i]!.mentorshipId })));
  return out;
}

/** For the directory: the mentee already has this mentor (a mentorship not closed), however it was linked. */
export const hasOpenMentorshipWith = (db: DbOrTx, menteeUserId: string, mentorUserId: string) => q.hasOpenMentorshipWith(db, menteeUserId, mentorUserId);

export const findMentorshipForMentor = (db: DbOrTx, mentorUserId: string, id: string) => q.findMentorshipForMentor(db, mentorUserId, id);

type Depth = { quietWeeks: number | null; pendingShadowRequests: number };
const NO_DEPTH: Depth = { quietWeeks: null, pendingShadowRequests: 0 };

function summaryOf(m: q.MentorshipRow, name: string, sharedGoals: number, openItems: number, agreementNeedsYou: boolean, since: Date, depth: Depth = NO_DEPTH): MenteeSummary {
  return {
    id: '',
    name,
    since: since.toISOString(),
    status: m.status as MentorshipStatus,
    kind: m.kind as MentorKind,
    areas: m.areas,
    sharedGoals,
    openActionItems: openItems,
    agreementNeedsYou,
    ...depth,
  };
}

/** Per mentorship (found for this mentor), what the "My mentees" list shows; the caller sets `id`. */
export async function mentorSummaries(db: DbOrTx, mentorUserId: string, mentorshipIds: string[], now: Date) {
  const rows = await q.listMentorshipsForMentor(db, mentorUserId, mentorshipIds);
  const goals = await q.listSharedGoals(db, mentorUserId, rows.map((r) => r.id));
  const items = await q.listOpenActionItemCounts(db, new Map(rows.map((r) => [r.id, r.userId])));
  // One statement per concern for the whole page, never one per mentee.
  const people = await namesAndZonesOf(db, rows.map((r) => r.userId));
  const depth = await mentorDepthOf(db, rows, now, new Map([...people].map(([id, u]) => [id, u.timezone])));
  const agreements = await q.latestAgreements(db, rows);
  const out = new Map<string, MenteeSummary>();
  for (const r of rows) {
    const current = agreements.get(r.id);
    const needsYou = current !== undefined && current.mentorAcceptedAt === null;
    out.set(r.id, summaryOf(r, people.get(r.userId)?.name ?? 'Someone', goals.filter((g) => g.mentorshipId === r.id && !g.goal.achieved).length, items.get(r.id) ?? 0, needsYou, r.createdAt, depth.get(r.id)));
  }
  return out;
}

async function presentThread(db: DbOrTx, viewerUserId: string, rows: q.ThreadPostRow[]): Promise<ThreadPost[]> {
  const names = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.authorUserId))) names.set(id, await nameOf(db, id));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as ThreadPost['kind'],
    body: r.body,
    title: r.title,
    url: r.url,
    authorName: names.get(r.authorUserId) ?? 'Someone',
    mine: r.authorUserId === viewerUserId,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Everything the mentor sees of one mentee; the caller sets `id` (the mentor's own id for the mentee). */
export async function mentorView(db: DbOrTx, mentorUserId: string, mentorshipId: string, now: Date): Promise<Omit<MenteeDetail, 'id'>> {
  const m = await q.findMentorshipForMentor(db, mentorUserId, mentorshipId);
  if (!m) throw notFound('mentee');
  const menteeUserId = m.userId;
  const today = await todayFor(db, menteeUserId, now);
  const shared = await q.listSharedGoals(db, mentorUserId, [m.id]);
  const posts = await q.listGoalPostsForMentor(db, menteeUserId, mentorUserId, shared.map((s) => s.goal.id));
  const menteeName = await nameOf(db, menteeUserId);
  const mentorName = await nameOf(db, mentorUserId);
  const meetings = await q.listMeetings(db, menteeUserId, m.id);
  const items = await q.listActionItems(db, menteeUserId, meetings.map((x) => x.id));
  const agreement = await agreementOf(db, menteeUserId, m.id, today);
  const summary = summaryOf(
    m,
    menteeName,
    shared.filter((s) => !s.goal.achieved).length,
    items.filter((i) => i.doneAt === null).length,
    agreement.current !== null && agreement.current.mentorAcceptedAt === null,
    m.createdAt,
    (await mentorDepthOf(db, [m], now)).get(m.id),
  );
  const { id: _id, ...rest } = summary;
  return {
    ...rest,
    goals: shared.map(({ goal: g }) => ({
      id: g.id,
      horizon: g.horizon as GoalHorizon,
      title: g.title,
      description: g.description,
      areas: g.areas,
      achieved: g.achieved,
      posts: posts
        .filter((p) => p.goalId === g.id)
        .map((p) => ({ id: p.id, kind: p.kind as 'progress', body: p.body, postedOn: p.postedOn, authorName: p.authorUserId ? mentorName : menteeName, mine: p.authorUserId === mentorUserId })),
    })),
    meetings: meetings.map((x) => ({
      id: x.id,
      heldOn: x.heldOn,
      agenda: x.agenda,
      actionItems: items.filter((i) => i.meetingId === x.id).map((i) => ({ id: i.id, text: i.text, owner: i.owner as 'me', dueOn: i.dueOn, done: i.doneAt !== null })),
    })),
    agreement,
    thread: await presentThread(db, mentorUserId, await q.listThread(db, menteeUserId, m.id)),
  };
}

/** A mentor's comment on a goal the mentee shared with them (another goal reads as unknown). */
export async function commentOnGoal(db: Db, mentorUserId: string, mentorshipId: string, goalId: string, body: z.output<typeof goalCommentBody>, now: Date) {
  await db.transaction(async (tx) => {
    const m = await q.findMentorshipForMentor(tx, mentorUserId, mentorshipId);
    if (!m) throw notFound('mentee');
    const shared = await q.listSharedGoals(tx, mentorUserId, [m.id]);
    if (!shared.some((s) => s.goal.id === goalId)) throw notFound('goal');
    if (m.status === 'closed') throw conflict('mentorship_closed', 'This mentorship is closed; comments are no longer possible.');
    await q.insertGoalPost(tx, m.userId, { goalId, kind: 'comment', body: body.body, postedOn: await todayFor(tx, mentorUserId, now), authorUserId: mentorUserId });
    await syncQuietNudges(tx, m.userId, now, [m.id]);
    await notify(tx, news.goalComment({ postKey: `${goalId}:${now.toISOString()}`, menteeUserId: m.userId, mentorUserId, goalTitle: shared.find((s) => s.goal.id === goalId)!.goal.title, body: body.body }));
  });
}

/** The mentor accepts the current version of the agreement themselves. */
export async function acceptAgreementAsMentor(db: Db, mentorUserId: string, mentorshipId: string, now: Date) {
  await db.transaction(async (tx) => {
    const m = await q.findMentorshipForMentor(tx, mentorUserId, mentorshipId, true);
    if (!m) throw notFound('mentee');
    const [latest] = await q.listAgreements(tx, m.userId, m.id);
    if (!latest) throw conflict('no_agreement', 'Your mentee has not written the expectations agreement yet.');
    if (latest.mentorAcceptedAt) throw conflict('already_accepted', `You already accepted version ${latest.version}.`);
    await q.setAcceptance(tx, m.userId, latest.id, { mentorAcceptedAt: now });
  });
}

/** The questions thread, as the mentee sees it. */
export async function threadForMentee(db: DbOrTx, menteeUserId: string, mentorshipId: string) {
  return presentThread(db, menteeUserId, await q.listThread(db, menteeUserId, mentorshipId));
}

/**
 * A post in the questions thread, by the mentee (`as: 'mentee'`, mentorship found by its owner)
 * or by the mentor (found through mentor_user_id). Only a mentor shares articles, jobs and events;
 * the thread works only with a mentor who has an account (external mentors are not there to read it).
 */
export async function postInThread(db: Db, authorUserId: string, as: 'mentee' | 'mentor', mentorshipId: string, body: z.output<typeof threadPostBody>, now: Date = new Date()) {
  return db.transaction(async (tx) => {
    const m = as === 'mentee' ? await q.findMentorship(tx, authorUserId, mentorshipId) : await q.findMentorshipForMentor(tx, authorUserId, mentorshipId);
    if (!m) throw notFound(as === 'mentee' ? 'mentorship' : 'mentee');
    if (!m.mentorUserId) throw conflict('external_mentor', 'This mentor is not on Trellis; ask your questions by e-mail or in your next meeting.');
    if (m.status === 'closed') throw conflict('mentorship_closed', 'This mentorship is closed; the thread is read-only.');
    if (as === 'mentee' && body.kind !== 'message') throw badRequest('kind: Only your mentor shares articles, job listings and events', [{ path: 'kind', message: 'Only your mentor shares articles, job listings and events; ask a question instead' }]);
    const post = await q.insertThreadPost(tx, m.userId, {
      mentorshipId: m.id,
      authorUserId,
      kind: body.kind,
      body: body.body ?? null,
      title: body.kind === 'message' ? null : (body.title ?? null),
      url: body.kind === 'message' ? null : (body.url ?? null),
    });
    await syncQuietNudges(tx, m.userId, now, [m.id]);
    // A mentee's question opens that mentee's page on the mentor's side, not the whole list.
    const mentorMenteeId = as === 'mentee' ? ((await menteeIdsByMentorship(tx, m.mentorUserId, [m.id])).get(m.id) ?? null) : null;
    await notify(tx, news.threadPost({ postId: post.id, mentorshipId: m.id, menteeUserId: m.userId, mentorUserId: m.mentorUserId, authorUserId, kind: post.kind, body: post.body, title: post.title, mentorMenteeId }));
    return presentThread(tx, authorUserId, await q.listThread(tx, m.userId, m.id));
  });
}

/**
 * The mentor ticks off (or reopens) an action item they took on in a meeting. The mentee's
 * check-in on Today closes with it; items on the mentee are the mentee's to tick off.
 */
export async function setMentorActionItemDone(db: Db, mentorUserId: string, mentorshipId: string, itemId: string, done: boolean, now: Date) {
  await db.transaction(async (tx) => {
    const m = await q.findMentorshipForMentor(tx, mentorUserId, mentorshipId, true);
    if (!m) throw notFound('mentee');
    const item = await q.findActionItem(tx, m.userId, itemId);
    const meeting = item && (await q.findMeeting(tx, m.userId, item.meetingId));
    if (!item || !meeting || meeting.mentorshipId !== m.id) throw notFound('action item');
    if (item.owner !== 'mentor') throw conflict('not_your_action_item', 'This action item is on your mentee; they tick it off themselves.');
    if (m.status === 'closed') throw conflict('mentorship_closed', 'This mentorship is closed.');
    const row = await q.updateActionItem(tx, m.userId, item.id, { doneAt: done ? (item.doneAt ?? now) : null });
    await showActionItemsOnToday(tx, m.userId, [row!]);
  });
}
