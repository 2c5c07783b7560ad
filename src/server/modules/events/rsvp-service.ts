import type { z } from 'zod';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { EventResponse, rsvpBody } from '../../../domain/events/api';
import { inAudience, placeFor, rsvpClosedReason, type RsvpStatus } from '../../../domain/events/rules';
import { badRequest, conflict, notFound } from '../../errors';
import { searchProgramPeople } from '../programs/service';
import { eventContext, type EventContext } from './context';
import { notifyRsvp, type RsvpNotice } from './event-mail';
import { getEvent } from './events-service';
import * as q from './queries';
import { promoteFromWaitlist } from './waitlist';

/**
 * Answering an event. The event row is locked for the whole transaction, so concurrent answers
 * count the seats one after another and capacity always holds; whoever gives a seat back hands it
 * to the first person on the waitlist in the same transaction.
 */
export async function rsvp(db: Db, config: Config, userId: string, eventId: string, body: z.output<typeof rsvpBody>, now = new Date()): Promise<EventResponse> {
  const done = await db.transaction(async (tx) => {
    const ctx = await eventContext(tx, userId, eventId, true);
    if (!ctx || !ctx.invited) throw notFound('event');
    const e = ctx.event;
    let target = { userId, memberships: ctx.memberships };
    if (body.forMemberId) {
      const ward = ctx.wards.find((w) => w.id === body.forMemberId);
      if (!ward) throw badRequest('forMemberId: Choose one of the minors you are the guardian of', [{ path: 'forMemberId', message: 'Choose one of the minors you are the guardian of' }]);
      target = { userId: ward.userId, memberships: await searchProgramPeople(tx, e.programId, { userIds: [ward.userId] }, null, 8) };
    }
    if (!inAudience(e, target.memberships)) {
      throw conflict('not_invited', body.forMemberId ? 'Your ward is not in this event’s audience.' : 'This event is for another part of the program; you are not in its audience.');
    }
    const closed = rsvpClosedReason(e, now);
    if (closed) throw conflict('rsvp_closed', `${closed} No new RSVPs are taken.`);
    const prev = await q.findRsvp(tx, e.id, target.userId);
    const isMinor = target.memberships.some((m) => m.isMinor);
    let status: RsvpStatus = 'not_going';
    if (body.status === 'going') status = prev?.status === 'going' ? 'going' : prev?.status === 'waitlisted' ? 'waitlisted' : placeFor(e.capacity, await q.countGoing(tx, e.id));
    const row = await q.upsertRsvp(tx, {
      eventId: e.id,
      userId: target.userId,
      status,
      // Minors are never listed to other attendees, so their opt-in is not even stored.
      listed: isMinor ? false : (body.listed ?? prev?.listed ?? false),
      respondedBy: userId,
      waitlistedAt: status === 'waitlisted' ? (prev?.waitlistedAt ?? now) : null,
    });
    const promoted = prev?.status === 'going' && status !== 'going' ? await promoteFromWaitlist(tx, e) : [];
    const notices: RsvpNotice[] = [];
    if (status !== prev?.status && status !== 'not_going') notices.push({ userId: target.userId, status, reason: 'answered', key: `${row.id}:${row.updatedAt.getTime()}`, guardianUserId: target.userId === userId ? null : userId });
    if (status === 'not_going' && prev?.status === 'going') notices.push({ userId: target.userId, status, reason: 'answered', key: `${row.id}:${row.updatedAt.getTime()}`, guardianUserId: target.userId === userId ? null : userId });
    for (const p of promoted) notices.push({ userId: p.userId, status: 'going', reason: 'promoted', key: `${p.id}:promoted:${now.getTime()}`, guardianUserId: null });
    return { ctx, notices };
  });
  await notifyRsvp(db, config, done.ctx.event, done.ctx.programName, done.notices, now);
  const fresh = await eventContext(db, userId, eventId);
  if (!fresh) throw notFound('event');
  return getEvent(db, fresh, now);
}

/**
 * Agreeing (or no longer agreeing) to be listed under "people you met" is allowed at any time,
 * also after the event, to anyone who answered or walked in; minors are never listed.
 */
export async function setListing(db: Db, ctx: EventContext, listed: boolean, now = new Date()): Promise<EventResponse> {
  if (ctx.memberships.some((m) => m.isMinor)) throw conflict('minor_not_listed', 'Minors are never listed to other attendees.');
  const done = (await q.setListed(db, ctx.event.id, ctx.userId, listed)) || (await q.setWalkInListed(db, ctx.event.id, ctx.userId, listed));
  if (!done) throw conflict('no_rsvp', 'Only people who answered the RSVP or were checked in can be listed.');
  return getEvent(db, ctx, now);
}
