import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { addCadence, addDays, resolveCadence, todayIn, type Circle } from '../../../domain/follow-through/index';
import type { CompleteFollowUpBody, FollowUpItem, listFollowUpsQuery, snoozeFollowUpBody, UndoAction } from '../../../domain/follow-through/api';
import { badRequest, conflict, notFound } from '../../errors';
import { createInteraction, deleteInteraction } from '../network/interactions-service';
import { decodeCursor, pageOf } from '../network/cursor';
import * as fq from './follow-ups-queries';
import { presentFollowUp } from './present-follow-up';
import { circleDefaults, loadContext } from './settings-service';
import { contactsByIds } from './sync-queries';
import { applyStepDone } from './commitments-service';
import { notifyFollowUpDone } from './room-items-service';

const ORDER = 'due';

const eventOf = (row: fq.FollowUpRow) => ({ source: row.source, sourceId: row.sourceId, dedupeKey: row.dedupeKey, contactId: row.contactId });

/** For rooms that take back a logged interaction: who was already thanked for it (those thank-yous are kept). */
export const thankedFor = (db: DbOrTx, userId: string, interactionId: string) => fq.thankedContactIds(db, userId, interactionId);

export const findFollowUp = (db: DbOrTx, userId: string, id: string) => fq.findFollowUp(db, userId, id);

export async function listFollowUps(db: DbOrTx, userId: string, query: z.output<typeof listFollowUpsQuery>) {
  const after = decodeCursor(query.cursor, ORDER, 'text', false);
  const rows = await fq.listFollowUps(db, userId, { status: query.status, contactId: query.contactId, source: query.source }, after, query.limit + 1);
  const page = pageOf(rows.map((r) => ({ ...r, sortKey: r.dueDate })), query.limit, ORDER);
  return { items: page.items.map(presentFollowUp), nextCursor: page.nextCursor };
}

async function lockOpen(tx: DbOrTx, userId: string, id: string) {
  const row = await fq.findFollowUp(tx, userId, id, true);
  if (!row) throw notFound('follow-up');
  if (row.status !== 'open') throw conflict('follow_up_not_open', `This item is already ${row.status}; reopen it first.`);
  return row;
}

async function reload(tx: DbOrTx, userId: string, id: string): Promise<FollowUpItem> {
  const row = await fq.findFollowUp(tx, userId, id);
  if (!row) throw notFound('follow-up');
  return presentFollowUp(row);
}

/**
 * Done, optionally logging the touch through the network service in the same transaction. A
 * keep-in-touch item always logs one (kind `other` unless told), and is then not closed: the
 * interaction hook has already moved the same row to the next round.
 */
export async function completeFollowUp(db: Db, userId: string, id: string, body: CompleteFollowUpBody, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockOpen(tx, userId, id);
    const log = body.logInteraction ?? (row.source === 'cadence' ? { kind: 'other' as const } : undefined);
    let interactionId: string | null = null;
    if (log) {
      if (!row.contactId) throw badRequest('logInteraction: This item has no contact to log an interaction with', [{ path: 'logInteraction', message: 'This item has no contact' }]);
      const interaction = await createInteraction(tx as unknown as Db, userId, {
        kind: log.kind,
        occurredAt: log.occurredAt ?? now.toISOString(),
        contactIds: [row.contactId],
        summary: log.summary ?? null,
        topics: log.topics ?? [],
      });
      interactionId = interaction.id;
    }
    if (row.source === 'cadence') {
      await fq.updateFollowUp(tx, userId, id, { completedInteractionId: interactionId });
    } else {
      await fq.updateFollowUp(tx, userId, id, { status: 'done', completedAt: now, completedInteractionId: interactionId });
      if (row.source === 'commitment' && row.sourceId) await applyStepDone(tx, userId, row.sourceId, row.dedupeKey, now);
      await notifyFollowUpDone(tx, userId, { ...eventOf(row), done: true, now });
    }
    return reload(tx, userId, id);
  });
}

export async function snoozeFollowUp(db: Db, userId: string, id: string, body: z.output<typeof snoozeFollowUpBody>, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockOpen(tx, userId, id);
    const { timeZone } = await loadContext(tx, userId);
    const today = todayIn(timeZone, now);
    const until = 'days' in body ? addDays(today, body.days) : body.until;
    if (until <= today) throw badRequest('until: Snooze until a day after today', [{ path: 'until', message: 'Snooze until a day after today' }]);
    // The due date moves with the snooze: the item comes back as due that day, not as overdue.
    // The date it was due first is kept (across repeated snoozes) so the snooze can be undone.
    await fq.updateFollowUp(tx, userId, id, { snoozedUntil: until, dueDate: until, dueDateBeforeSnooze: row.dueDateBeforeSnooze ?? row.dueDate });
    return reload(tx, userId, id);
  });
}

/** Skipping a keep-in-touch item skips one round: it comes back a cadence from today. */
export async function skipFollowUp(db: Db, userId: string, id: string, reason: string, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockOpen(tx, userId, id);
    let comeBack: string | null = null;
    if (row.source === 'cadence' && row.contactId) {
      const ctx = await loadContext(tx, userId);
      const [c] = await contactsByIds(tx, userId, [row.contactId]);
      const resolved = c && resolveCadence({ circle: c.circle as Circle | null, starred: c.starred, cadence: c.cadence }, circleDefaults(ctx.settings));
      if (resolved) comeBack = addCadence(todayIn(ctx.timeZone, now), resolved.cadence);
    }
    await fq.updateFollowUp(tx, userId, id, { status: 'skipped', skipReason: reason, completedAt: now, snoozedUntil: comeBack });
    return reload(tx, userId, id);
  });
}

export async function reopenFollowUp(db: Db, userId: string, id: string) {
  return db.transaction(async (tx) => {
    const row = await fq.findFollowUp(tx, userId, id, true);
    if (!row) throw notFound('follow-up');
    if (row.status === 'open') throw conflict('follow_up_open', 'This item is already open.');
    await fq.updateFollowUp(tx, userId, id, { status: 'open', completedAt: null, skipReason: null, snoozedUntil: null, dueDateBeforeSnooze: null, completedInteractionId: null });
    if (row.status === 'done') await notifyFollowUpDone(tx, userId, { ...eventOf(row), done: false, now: new Date() });
    return reload(tx, userId, id);
  });
}

const nothingToUndo = (what: string) => conflict('nothing_to_undo', `There is no ${what} to undo on this item.`);

/**
 * Takes back the last done, snooze or skip (the app's Undo right after the click). Unlike reopen,
 * undoing "done" also removes the interaction that the click logged, through the network service,
 * so a keep-in-touch round moves back to where it was.
 */
export async function undoFollowUp(db: Db, userId: string, id: string, action: UndoAction) {
  return db.transaction(async (tx) => {
    const row = await fq.findFollowUp(tx, userId, id, true);
    if (!row) throw notFound('follow-up');
    if (action === 'snooze') {
      if (row.status !== 'open' || row.snoozedUntil === null) throw nothingToUndo('snooze');
      await fq.updateFollowUp(tx, userId, id, { snoozedUntil: null, dueDate: row.dueDateBeforeSnooze ?? row.dueDate, dueDateBeforeSnooze: null });
    } else if (action === 'skip') {
      if (row.status !== 'skipped') throw nothingToUndo('skip');
      await fq.updateFollowUp(tx, userId, id, { status: 'open', completedAt: null, skipReason: null, snoozedUntil: null, dueDateBeforeSnooze: null });
    } else {
      // A keep-in-touch item stays open when done (it moved to the next round); the logged touch is the trace.
      const done = row.source === 'cadence' ? row.status === 'open' && row.completedInteractionId !== null : row.status === 'done';
      if (!done) throw nothingToUndo('done');
      if (row.source === 'commitment') throw conflict('undo_on_promise', 'This step moved its promise on; change the promise on the Promises page instead.');
      if (row.source !== 'cadence') {
        await fq.updateFollowUp(tx, userId, id, { status: 'open', completedAt: null, completedInteractionId: null });
        await notifyFollowUpDone(tx, userId, { ...eventOf(row), done: false, now: new Date() });
      }
      if (row.completedInteractionId) {
        // Interactions are soft-deleted, so the link is not cleared by the foreign key: clear it here.
        if (row.source === 'cadence') await fq.updateFollowUp(tx, userId, id, { completedInteractionId: null });
        await deleteInteraction(tx as unknown as Db, userId, row.completedInteractionId);
      }
    }
    return reload(tx, userId, id);
  });
}
