import type { CancelPreview } from '../../../domain/events/reach';
import type { EventResponse } from '../../../domain/events/api';
import type { Config } from '../../config';
import type { Db, DbOrTx } from '../../db/client';
import { conflict, notFound } from '../../errors';
import { eventContext, type EventContext } from './context';
import { notifyCancelled } from './event-mail';
import { getEvent } from './events-service';
import * as q from './queries';

/**
 * Cancelling an event, or this and the later occurrences of its series, and saying beforehand
 * exactly what that will do. Both ask `toCancel`, so the confirmation counts what the cancel does.
 */
export type CancelScope = 'this' | 'series';

/** The rows a cancel touches, in start order: the event, and for `series` every later upcoming occurrence still scheduled. */
async function toCancel(db: DbOrTx, e: q.EventRow, scope: CancelScope, now: Date): Promise<q.EventRow[]> {
  if (e.status === 'cancelled') throw conflict('already_cancelled', 'This event is already cancelled.');
  if (e.endsAt.getTime() <= now.getTime()) throw conflict('event_over', 'This event is over; there is nothing to cancel.');
  if (scope !== 'series' || !e.seriesId) return [e];
  const later = (await q.upcomingOccurrences(db, e.seriesId, now, e.startsAt)).filter((o) => o.id !== e.id);
  return [e, ...later];
}

const told = (r: q.RsvpRow) => r.status === 'going' || r.status === 'waitlisted';

/** What `cancelEvent` with this scope would cancel, and how many people it would tell. */
export async function cancelPreview(db: DbOrTx, ctx: EventContext, scope: CancelScope, now = new Date()): Promise<CancelPreview> {
  const rows = await toCancel(db, ctx.event, scope, now);
  const answers = (await q.rsvpsOf(db, rows.map((r) => r.id))).filter(told);
  return {
    scope,
    occurrences: rows.length,
    people: new Set(answers.map((r) => r.userId)).size,
    going: answers.filter((r) => r.status === 'going').length,
    waitlisted: answers.filter((r) => r.status === 'waitlisted').length,
    firstStartsAt: rows[0]!.startsAt.toISOString(),
    lastStartsAt: rows.at(-1)!.startsAt.toISOString(),
  };
}

/**
 * Cancelled events stay listed (marked), and everyone going or waitlisted is told, with a
 * METHOD:CANCEL invite. `series` cancels this and every later upcoming occurrence of its series.
 */
export async function cancelEvent(db: Db, config: Config, userId: string, eventId: string, scope: CancelScope = 'this', now = new Date()): Promise<EventResponse> {
  const { ctx, rows } = await db.transaction(async (tx) => {
    const c = await eventContext(tx, userId, eventId, true);
    if (!c) throw notFound('event');
    const rows: q.EventRow[] = [];
    for (const o of await toCancel(tx, c.event, scope, now)) rows.push((await q.updateEvent(tx, o.id, { status: 'cancelled', cancelledAt: now }))!);
    return { ctx: { ...c, event: rows[0]! }, rows };
  });
  for (const r of rows) await notifyCancelled(db, config, r, ctx.programName, now);
  return getEvent(db, ctx, now);
}
