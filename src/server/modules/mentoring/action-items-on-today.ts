import type { DbOrTx } from '../../db/client';
import { getContactsByIds } from '../network/contacts-service';
import { closeRoomItem, onFollowUpDone, putRoomItem, removeRoomItem } from '../follow-through/room-items-service';
import * as q from './queries';

/**
 * Mentoring action items with a due date live on Today too, through follow-through's room items.
 * The mentee owns every loop (seed 000): an item the mentor took on becomes the mentee's check-in.
 * Ticking one off on Today ticks it off here, and undo there takes it back here.
 */
export async function showActionItemsOnToday(db: DbOrTx, userId: string, items: q.ActionItemRow[]) {
  if (items.length === 0) return;
  const meetings = new Map<string, q.MeetingRow>();
  for (const id of new Set(items.map((i) => i.meetingId))) {
    const m = await q.findMeeting(db, userId, id);
    if (m) meetings.set(id, m);
  }
  const mentorships = new Map((await q.findMentorshipsByIds(db, userId, [...new Set([...meetings.values()].map((m) => m.mentorshipId))])).map((m) => [m.id, m]));
  const names = new Map((await getContactsByIds(db, userId, [...new Set([...mentorships.values()].map((m) => m.contactId))])).map((c) => [c.id, c.displayName]));
  for (const item of items) {
    const meeting = meetings.get(item.meetingId);
    const mentorship = meeting && mentorships.get(meeting.mentorshipId);
    if (item.doneAt) {
      await closeRoomItem(db, userId, 'action_item', item.id, item.doneAt);
      continue;
    }
    if (!item.dueOn || !meeting || !mentorship) {
      await removeRoomItem(db, userId, 'action_item', item.id);
      continue;
    }
    const name = names.get(mentorship.contactId) ?? 'your mentor';
    const mine = item.owner === 'me';
    await putRoomItem(
      db,
      userId,
      'action_item',
      {
        sourceId: item.id,
        title: mine ? `${item.text} (from your meeting with ${name})` : `Check in with ${name}: ${item.text}`,
        prompt: mine
          ? `You took this on at your meeting on ${meeting.heldOn}. Tell ${name} when it is done: it shows the help mattered.`
          : `${name} offered this at your meeting on ${meeting.heldOn}. The loop is yours to close: a short, friendly nudge, then a thank-you.`,
        dueDate: item.dueOn,
        contactId: mentorship.contactId,
      },
      true,
    );
  }
}

export async function hideActionItemsFromToday(db: DbOrTx, userId: string, itemIds: string[]) {
  for (const id of itemIds) await removeRoomItem(db, userId, 'action_item', id);
}

onFollowUpDone('action_item', async (tx, userId, event) => {
  if (!event.sourceId) return;
  const item = await q.findActionItem(tx, userId, event.sourceId);
  if (!item) return;
  if (event.done && !item.doneAt) await q.updateActionItem(tx, userId, item.id, { doneAt: event.now });
  if (!event.done && item.doneAt) await q.updateActionItem(tx, userId, item.id, { doneAt: null });
});
