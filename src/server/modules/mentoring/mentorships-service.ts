import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { boardCoverage, mentorWarnings, normaliseAreas, reviewDue, type MentorKind, type MentorshipStatus } from '../../../domain/mentoring/index';
import type { createMentorshipBody, MentorshipResponse, MentorshipSummary, updateMentorshipBody } from '../../../domain/mentoring/api';
import type { Contact } from '../../../domain/network/api';
import { badRequest, notFound } from '../../errors';
import { todayFor } from './clock';
import { syncQuietNudges } from './health-service';
import { createContact, getContactsByIds } from '../network/contacts-service';
import * as q from './queries';
import { clearFromToday } from './closure-service';
import { hideActionItemsFromToday } from './action-items-on-today';
import { agreementOf } from './agreements-service';
import { meetingsOf } from './meetings-service';
import { threadForMentee } from './mentor-side-service';

export const PAY_IT_FORWARD =
  'Someone helped you grow. Pass it on: offer an hour a month to a person a few steps behind you, as a guardian angel, shepherd or board member of their own.';

function present(r: q.MentorshipRow, contact: Contact | undefined, agreementReviewDue: boolean): MentorshipSummary {
  return {
    id: r.id,
    contactId: r.contactId,
    contact: contact
      ? { id: contact.id, displayName: contact.displayName, company: contact.company, title: contact.title, email: contact.emails[0]?.value ?? null, circle: contact.circle }
      : null,
    kind: r.kind as MentorKind,
    employer: contact?.employer ?? null,
    isManager: r.isManager,
    warnings: mentorWarnings({ isManager: r.isManager, circle: contact?.circle ?? null }),
    areas: r.areas,
    status: r.status as MentorshipStatus,
    startedOn: r.startedOn,
    closedOn: r.closedOn,
    reflection: r.reflection,
    payItForward: r.status === 'closed' ? PAY_IT_FORWARD : null,
    agreementReviewDue: r.status !== 'closed' && agreementReviewDue,
    mentorOnTrellis: r.mentorUserId !== null,
    notes: r.notes,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function presentMentorships(db: DbOrTx, userId: string, rows: q.MentorshipRow[], now = new Date()) {
  const contacts = new Map((await getContactsByIds(db, userId, [...new Set(rows.map((r) => r.contactId))])).map((c) => [c.id, c]));
  const reviews = await q.latestReviewDates(db, userId, rows.map((r) => r.id));
  const today = rows.length ? await todayFor(db, userId, now) : '';
  return rows.map((r) => present(r, contacts.get(r.contactId), reviewDue(reviews.get(r.id) ?? null, today)));
}

export const findMentorship = (db: DbOrTx, userId: string, id: string) => q.findMentorship(db, userId, id);

export async function listMentorships(db: DbOrTx, userId: string, status: MentorshipStatus | undefined, now: Date) {
  return { items: await presentMentorships(db, userId, await q.listMentorships(db, userId, status), now), nextCursor: null };
}

export async function getMentorship(db: DbOrTx, userId: string, id: string, now: Date): Promise<MentorshipResponse> {
  const row = await q.findMentorship(db, userId, id);
  if (!row) throw notFound('mentorship');
  const [summary] = await presentMentorships(db, userId, [row], now);
  const today = await todayFor(db, userId, now);
  const shares = await q.listShares(db, userId, { mentorshipId: id });
  const goals = new Map((await q.listGoals(db, userId)).map((g) => [g.id, g]));
  return {
    ...summary!,
    meetings: await meetingsOf(db, userId, id, today),
    agreement: await agreementOf(db, userId, id, today),
    sharedGoals: shares.flatMap((s) => {
      const g = goals.get(s.goalId);
      return g ? [{ id: g.id, title: g.title, horizon: g.horizon as 'one_year' }] : [];
    }),
    thread: row.mentorUserId ? await threadForMentee(db, userId, id) : [],
  };
}

export async function createMentorship(db: Db, userId: string, body: z.output<typeof createMentorshipBody>, now: Date) {
  return db.transaction(async (tx) => {
    let contactId = body.contactId;
    if (contactId) {
      const [c] = await getContactsByIds(tx, userId, [contactId]);
      if (!c) throw badRequest('contactId: No such contact', [{ path: 'contactId', message: 'No such contact' }]);
    } else {
      contactId = (await createContact(tx, userId, body.newContact!)).id;
    }
    const row = await q.insertMentorship(tx, userId, {
      contactId,
      kind: body.kind,
      isManager: body.isManager,
      areas: normaliseAreas(body.areas),
      startedOn: body.startedOn ?? (await todayFor(tx, userId, now)),
      notes: body.notes ?? null,
    });
    return getMentorship(tx, userId, row.id, now);
  });
}

export async function updateMentorship(db: Db, userId: string, id: string, patch: z.output<typeof updateMentorshipBody>, now: Date) {
  return db.transaction(async (tx) => {
    const row = await q.findMentorship(tx, userId, id, true);
    if (!row) throw notFound('mentorship');
    const values: Partial<q.MentorshipValues> = {};
    if (patch.kind !== undefined) values.kind = patch.kind;
    if (patch.isManager !== undefined) values.isManager = patch.isManager;
    if (patch.areas !== undefined) values.areas = normaliseAreas(patch.areas);
    if (patch.startedOn !== undefined) values.startedOn = patch.startedOn;
    if (patch.notes !== undefined) values.notes = patch.notes;
    if (patch.reflection !== undefined) values.reflection = patch.reflection;
    if (patch.status !== undefined && patch.status !== row.status) {
      values.status = patch.status;
      values.closedOn = patch.status === 'closed' ? await todayFor(tx, userId, now) : null;
      if (patch.status === 'closed') values.quietNudgedFor = null;
    }
    await q.updateMentorship(tx, userId, id, values);
    // Closing by PATCH ends the same way as `POST …/close`: nothing of it stays on Today.
    if (values.status === 'closed') await clearFromToday(tx, userId, id);
    // Reopening, pausing or moving the start changes quietness; the nudge follows at once.
    else if (values.status !== undefined || values.startedOn !== undefined) await syncQuietNudges(tx, userId, now, [id]);
    return getMentorship(tx, userId, id, now);
  });
}

export async function deleteMentorship(db: Db, userId: string, id: string) {
  await db.transaction(async (tx) => {
    const meetings = await q.listMeetings(tx, userId, id);
    const items = await q.listActionItems(tx, userId, meetings.map((m) => m.id));
    if (!(await q.deleteMentorship(tx, userId, id))) throw notFound('mentorship');
    await hideActionItemsFromToday(tx, userId, items.map((i) => i.id));
  });
}

/** Who covers which growth area; areas wanted in goals or the wish list that nobody covers. */
export async function board(db: DbOrTx, userId: string) {
  const rows = await q.listMentorships(db, userId);
  const presented = await presentMentorships(db, userId, rows);
  const goals = await q.listGoals(db, userId);
  const wanted = goals.filter((g) => !g.achieved).flatMap((g) => g.areas);
  return boardCoverage(
    presented.map((m) => ({ id: m.id, name: m.contact?.displayName ?? 'Deleted contact', kind: m.kind, status: m.status, areas: m.areas })),
    wanted,
  );
}
