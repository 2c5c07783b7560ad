import type { DbOrTx } from '../../db/client';
import { seatsToPromote } from '../../../domain/events/rules';
import * as q from './queries';

/** Call with the event row locked: hands free seats to the waitlist in the order people joined it. */
export async function promoteFromWaitlist(tx: DbOrTx, e: q.EventRow): Promise<q.RsvpRow[]> {
  if (e.status === 'cancelled') return [];
  const going = await q.countGoing(tx, e.id);
  const room = e.capacity === null ? 1000 : seatsToPromote(e.capacity, going, 1000);
  const next = await q.firstWaitlisted(tx, e.id, room);
  await q.promote(tx, next.map((r) => r.id));
  return next;
}

