import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import type { ActionItemResponse, createActionItemBody, createMeetingBody, MeetingResponse, OpenActionItem, updateActionItemBody, updateMeetingBody } from '../../../domain/mentoring/api';
import { notFound } from '../../errors';
import { getContactsByIds } from '../network/contacts-service';
import * as q from './queries';
import { todayFor } from './clock';
import { hideActionItemsFromToday, showActionItemsOnToday } from './action-items-on-today';
import { syncQuietNudges } from './health-service';

function presentItem(r: q.ActionItemRow, mentorshipId: string, today: string): ActionItemResponse {
  return {
    id: r.id,
    meetingId: r.meetingId,
    mentorshipId,
    text: r.text,
    owner: r.owner as 'me' | 'mentor',
    dueOn: r.dueOn,
    done: r.doneAt !== null,
    doneAt: r.doneAt?.toISOString() ?? null,
    overdue: r.doneAt === null && r.dueOn !== null && r.dueOn < today,
  };
}

function presentMeeting(m: q.MeetingRow, items: q.ActionItemRow[], today: string): MeetingResponse {
  return {
    id: m.id,
    mentorshipId: m.mentorshipId,
    heldOn: m.heldOn,
    agenda: m.agenda,
    notes: m.notes,
    actionItems: items.filter((i) => i.meetingId === m.id).map((i) => presentItem(i, m.mentorshipId, today)),
    createdAt: m.createdAt.toISOString(),
  };
}

/** A mentorship's meetings, newest first, each with its action items. */
export async function meetingsOf(db: DbOrTx, userId: string, mentorshipId: string, today: string) {
  const meetings = await q.listMeetings(db, userId, mentorshipId);
  const items = await q.listActionItems(db, userId, meetings.map((m) => m.id));
  return meetings.map((m) => presentMeeting(m, items, today));
}

async function meetingResponse(db: DbOrTx, userId: string, id: string, today: string) {
  const m = await q.findMeeting(db, userId, id);
  if (!m) throw notFound('meeting');
  return presentMeeting(m, await q.listActionItems(db, userId, [id]), today);
}

export const findMeeting = (db: DbOrTx, userId: string, id: string) => q.findMeeting(db, userId, id);
export const findActionItem = (db: DbOrTx, userId: string, id: string) => q.findActionItem(db, userId, id);

export async function createMeeting(db: Db, userId: string, mentorshipId: string, body: z.output<typeof createMeetingBody>, now: Date) {
  return db.transaction(async (tx) => {
    if (!(await q.findMentorship(tx, userId, mentorshipId, true))) throw notFound('mentorship');
    const m = await q.insertMeeting(tx, userId, { mentorshipId, heldOn: body.heldOn, agenda: body.agenda ?? null, notes: body.notes ?? null });
    const items = await q.insertActionItems(tx, userId, body.actionItems.map((i, position) => ({ meetingId: m.id, text: i.text, owner: i.owner, dueOn: i.dueOn ?? null, position })));
    await showActionItemsOnToday(tx, userId, items);
    await syncQuietNudges(tx, userId, now, [mentorshipId]);
    return meetingResponse(tx, userId, m.id, await todayFor(tx, userId, now));
  });
}

export async function updateMeeting(db: Db, userId: string, id: string, patch: z.output<typeof updateMeetingBody>, now: Date) {
  return db.transaction(async (tx) => {
    const values: Partial<q.MeetingValues> = {};
    if (patch.heldOn !== undefined) values.heldOn = patch.heldOn;
    if (patch.agenda !== undefined) values.agenda = patch.agenda;
    if (patch.notes !== undefined) values.notes = patch.notes;
    await q.updateMeeting(tx, userId, id, values);
    const res = await meetingResponse(tx, userId, id, await todayFor(tx, userId, now));
    if (values.heldOn !== undefined) await syncQuietNudges(tx, userId, now, [res.mentorshipId]);
    return res;
  });
}

export async function deleteMeeting(db: Db, userId: string, id: string, now: Date = new Date()) {
  await db.transaction(async (tx) => {
    const meeting = await q.findMeeting(tx, userId, id);
    const items = await q.listActionItems(tx, userId, [id]);
    if (!meeting || !(await q.deleteMeeting(tx, userId, id))) throw notFound('meeting');
    await hideActionItemsFromToday(tx, userId, items.map((i) => i.id));
    await syncQuietNudges(tx, userId, now, [meeting.mentorshipId]);
  });
}

export async function addActionItem(db: Db, userId: string, meetingId: string, body: z.output<typeof createActionItemBody>, now: Date) {
  return db.transaction(async (tx) => {
    const m = await q.findMeeting(tx, userId, meetingId);
    if (!m) throw notFound('meeting');
    const [row] = await q.insertActionItems(tx, userId, [{ meetingId, text: body.text, owner: body.owner, dueOn: body.dueOn ?? null }]);
    await showActionItemsOnToday(tx, userId, [row!]);
    return presentItem(row!, m.mentorshipId, await todayFor(tx, userId, now));
  });
}

export async function updateActionItem(db: Db, userId: string, id: string, patch: z.output<typeof updateActionItemBody>, now: Date) {
  return db.transaction((tx) => updateActionItemIn(tx, userId, id, patch, now));
}

async function updateActionItemIn(db: DbOrTx, userId: string, id: string, patch: z.output<typeof updateActionItemBody>, now: Date) {
  const current = await q.findActionItem(db, userId, id);
  if (!current) throw notFound('action item');
  const values: Partial<q.ActionItemValues> = {};
  if (patch.text !== undefined) values.text = patch.text;
  if (patch.owner !== undefined) values.owner = patch.owner;
  if (patch.dueOn !== undefined) values.dueOn = patch.dueOn;
  if (patch.done !== undefined) values.doneAt = patch.done ? (current.doneAt ?? now) : null;
  const row = Object.keys(values).length ? await q.updateActionItem(db, userId, id, values) : current;
  await showActionItemsOnToday(db, userId, [row!]);
  const m = await q.findMeeting(db, userId, current.meetingId);
  return presentItem(row!, m!.mentorshipId, await todayFor(db, userId, now));
}

export async function deleteActionItem(db: Db, userId: string, id: string) {
  await db.transaction(async (tx) => {
    if (!(await q.deleteActionItem(tx, userId, id))) throw notFound('action item');
    await hideActionItemsFromToday(tx, userId, [id]);
  });
}

/**
 * The user's open mentoring action items, soonest due first (undated last), each with the
 * mentor's name and the meeting's date. For Today: `dueOn` and `overdue` say when.
 */
export async function listOpenActionItems(db: DbOrTx, userId: string, now: Date = new Date()): Promise<OpenActionItem[]> {
  const today = await todayFor(db, userId, now);
  const rows = await q.listOpenActionItems(db, userId);
  const contacts = new Map((await getContactsByIds(db, userId, [...new Set(rows.map((r) => r.contactId))])).map((c) => [c.id, c]));
  return rows.map((r) => ({
    ...presentItem(r.item, r.mentorshipId, today),
    mentorName: contacts.get(r.contactId)?.displayName ?? 'Deleted contact',
    meetingHeldOn: r.heldOn,
  }));
}
