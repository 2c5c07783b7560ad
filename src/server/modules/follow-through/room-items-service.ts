import type { DbOrTx } from '../../db/client';
import * as fq from './follow-ups-queries';

/**
 * How other rooms put their own next steps on Today (a mentoring action item, an interview
 * request that needs a nudge) without touching follow-through's tables. Each room owns one
 * source; an item is keyed by `<source>:<sourceId>`, so putting it again moves it instead of
 * adding a second one.
 */
export type RoomSource = 'action_item' | 'interview' | 'interview_prep' | 'shadow' | 'mentorship' | 'job_listing';

export type RoomItem = {
  sourceId: string;
  title: string;
  prompt?: string | null;
  /** The local date it is due, 'YYYY-MM-DD'. */
  dueDate: string;
  contactId?: string | null;
  /** When one source row has several steps on Today (prepare, then thank): `<source>:<id>:<step>`. */
  step?: string;
};

const keyOf = (source: RoomSource, sourceId: string, step?: string) => `${source}:${sourceId}${step ? `:${step}` : ''}`;

/**
 * Creates or moves the room's item. An open item takes the new text and date (a snooze is kept
 * only when the date did not change); one already done or skipped is left alone unless `reopen`.
 */
export async function putRoomItem(db: DbOrTx, userId: string, source: RoomSource, item: RoomItem, reopen = false) {
  const key = keyOf(source, item.sourceId, item.step);
  const [existing] = await fq.findByKeys(db, userId, [key]);
  const row = { source, sourceId: item.sourceId, dedupeKey: key, title: item.title, prompt: item.prompt ?? null, dueDate: item.dueDate, contactId: item.contactId ?? null };
  if (!existing) return fq.insertFollowUpsIfAbsent(db, userId, [row]);
  if (existing.status !== 'open' && !reopen) return;
  const keepSnooze = existing.status === 'open' && existing.dueDateBeforeSnooze === item.dueDate;
  await fq.updateFollowUp(db, userId, existing.id, {
    title: row.title,
    prompt: row.prompt,
    contactId: row.contactId,
    ...(keepSnooze ? {} : { dueDate: item.dueDate, snoozedUntil: null, dueDateBeforeSnooze: null }),
    ...(existing.status !== 'open' ? { status: 'open', completedAt: null, skipReason: null } : {}),
  });
}

/** Marks the room's item done (the step was closed in its own room), if it is still open. */
export async function closeRoomItem(db: DbOrTx, userId: string, source: RoomSource, sourceId: string, now: Date, step?: string) {
  const [existing] = await fq.findByKeys(db, userId, [keyOf(source, sourceId, step)]);
  if (existing && existing.status === 'open') await fq.updateFollowUp(db, userId, existing.id, { status: 'done', completedAt: now });
}

/** Takes the room's open item off Today (its source was deleted or no longer needs a step). */
export const removeRoomItem = (db: DbOrTx, userId: string, source: RoomSource, sourceId: string, step?: string) => fq.deleteOpenByKeys(db, userId, [keyOf(source, sourceId, step)]);

/**
 * Rooms that want to hear when their item (or another follow-up they care about, like an
 * interview's thank-you) is done or undone on Today register here when their module loads.
 * Handlers run inside the transaction that changed the follow-up.
 */
export type FollowUpDoneEvent = { source: string; sourceId: string | null; dedupeKey: string; contactId: string | null; done: boolean; now: Date };
type DoneHandler = (tx: DbOrTx, userId: string, event: FollowUpDoneEvent) => Promise<void>;
const handlers = new Map<string, DoneHandler[]>();

export function onFollowUpDone(source: string, handler: DoneHandler) {
  handlers.set(source, [...(handlers.get(source) ?? []), handler]);
}

export async function notifyFollowUpDone(tx: DbOrTx, userId: string, event: FollowUpDoneEvent) {
  for (const handler of handlers.get(event.source) ?? []) await handler(tx, userId, event);
}
