import type { DbOrTx } from '../../db/client';
import { getContactsByIds } from '../network/contacts-service';
import { onFollowUpDone, putRoomItem, removeRoomItem } from '../follow-through/room-items-service';
import * as q from './queries';
import { setStage } from './set-stage';

/**
 * An asked interview with a "follow up if no answer" date is a step on Today; it leaves Today
 * when the interview moves on (scheduled, declined…) or is deleted. Done on Today clears the date.
 */
/** Done on Today clears the date, so a date that is here again is a new step: reopen it. */
const REOPEN = true;

export async function showAskFollowUpOnToday(db: DbOrTx, userId: string, interviewId: string) {
  const row = await q.findInterview(db, userId, interviewId);
  if (!row || row.stage !== 'asked' || !row.followUpOn) return removeRoomItem(db, userId, 'interview', interviewId);
  const [contact] = await getContactsByIds(db, userId, [row.contactId]);
  const name = contact?.displayName ?? 'them';
  await putRoomItem(db, userId, 'interview', {
    sourceId: row.id,
    title: `Follow up with ${name}: no answer yet to your interview request`,
    prompt: `A short, friendly nudge: restate the 5–10 minutes you asked for${row.topic ? ` about ${row.topic}` : ''} and offer two times.`,
    dueDate: row.followUpOn,
    contactId: row.contactId,
  }, REOPEN);
}

export const hideAskFollowUpFromToday = (db: DbOrTx, userId: string, interviewId: string) => removeRoomItem(db, userId, 'interview', interviewId);

onFollowUpDone('interview', async (tx, userId, event) => {
  if (event.done && event.sourceId) await q.updateInterview(tx, userId, event.sourceId, { followUpOn: null });
});

/** Thanking the person on Today is the `thanked` stage of a held interview. */
onFollowUpDone('thank_you', async (tx, userId, event) => {
  if (!event.done || !event.sourceId) return;
  const row = await q.findHeldByInteraction(tx, userId, event.sourceId);
  if (row) await setStage(tx, userId, row, 'thanked', event.now);
});
