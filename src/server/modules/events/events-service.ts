import type { z } from 'zod';
import type { Config } from '../../config';
import type { Db, DbOrTx } from '../../db/client';
import type { createEventBody, EventList, EventResponse, listEventsQuery, updateEventBody } from '../../../domain/events/api';
import { eventFieldErrors } from '../../../domain/events/rules';
import { badRequest, conflict, notFound, type FieldError } from '../../errors';
import { decodeCursor, pageOf } from '../network/cursor';
import { cohortIdsOf, programsOf } from '../programs/service';
import { eventContext, invitedTo, programViewer, type EventContext, type ProgramViewer } from './context';
import { notifyCancelled, notifyUpdated } from './event-mail';
import { presentEvents } from './present';
import { promoteFromWaitlist } from './waitlist';
import * as q from './queries';

/** Creating, editing, cancelling and listing a program's events (coordinators manage; invited members read). */
type CreateInput = z.output<typeof createEventBody>;
type UpdateInput = z.output<typeof updateEventBody>;

function invalid(errors: FieldError[]) {
  return badRequest(errors.length === 1 ? `${errors[0]!.path}: ${errors[0]!.message}` : `${errors.length} fields are invalid.`, errors);
}

async function checkCohort(db: DbOrTx, programId: string, cohortId: string | null | undefined) {
  if (cohortId && !(await cohortIdsOf(db, programId)).includes(cohortId)) {
    throw invalid([{ path: 'audienceCohortId', message: 'Choose a cohort of this program' }]);
  }
}

export async function createEvent(db: Db, v: ProgramViewer, body: CreateInput, now = new Date()): Promise<EventResponse> {
  const values = {
    programId: v.programId,
    title: body.title,
    kind: body.kind,
    description: body.description ?? null,
    startsAt: new Date(body.startsAt),
    endsAt: new Date(body.endsAt),
    timeZone: body.timeZone,
    location: body.location ?? null,
    onlineUrl: body.onlineUrl ?? null,
    region: body.region ?? null,
    capacity: body.capacity ?? null,
    rsvpDeadline: body.rsvpDeadline ? new Date(body.rsvpDeadline) : null,
    audienceRoles: body.audienceRoles,
    audienceCohortId: body.audienceCohortId ?? null,
    createdBy: v.userId,
  };
  const errors = eventFieldErrors(values);
  if (errors.length) throw invalid(errors);
  await checkCohort(db, v.programId, values.audienceCohortId);
  const row = await q.insertEvent(db, values);
  return (await presentEvents(db, v, [row], now))[0]!;
}

export async function getEvent(db: DbOrTx, ctx: EventContext, now = new Date()): Promise<EventResponse> {
  return (await presentEvents(db, ctx, [ctx.event], now))[0]!;
}

/** An edit bumps SEQUENCE; people going get the updated invite; a larger capacity moves the waitlist up. */
export async function updateEvent(db: Db, config: Config, userId: string, eventId: string, body: UpdateInput, now = new Date()): Promise<EventResponse> {
  const { event, promoted } = await db.transaction(async (tx) => {
    const ctx = await eventContext(tx, userId, eventId, true);
    if (!ctx) throw notFound('event');
    const e = ctx.event;
    if (e.status === 'cancelled') throw conflict('event_cancelled', 'This event was cancelled; it can no longer be edited.');
    const patch: Partial<q.NewEvent> = {};
    if (body.title !== undefined) patch.title = body.title;
    if (body.kind !== undefined) patch.kind = body.kind;
    if (body.description !== undefined) patch.description = body.description;
    if (body.startsAt !== undefined) patch.startsAt = new Date(body.startsAt);
    if (body.endsAt !== undefined) patch.endsAt = new Date(body.endsAt);
    if (body.timeZone !== undefined) patch.timeZone = body.timeZone;
    if (body.location !== undefined) patch.location = body.location;
    if (body.onlineUrl !== undefined) patch.onlineUrl = body.onlineUrl;
    if (body.region !== undefined) patch.region = body.region;
    if (body.capacity !== undefined) patch.capacity = body.capacity;
    if (body.rsvpDeadline !== undefined) patch.rsvpDeadline = body.rsvpDeadline ? new Date(body.rsvpDeadline) : null;
    if (body.audienceRoles !== undefined) patch.audienceRoles = body.audienceRoles;
    if (body.audienceCohortId !== undefined) patch.audienceCohortId = body.audienceCohortId;
    const merged = { ...e, ...patch } as q.EventRow;
    const errors = eventFieldErrors(merged);
    if (errors.length) throw invalid(errors);
    await checkCohort(tx, e.programId, patch.audienceCohortId);
    const row = (await q.updateEvent(tx, e.id, patch))!;
    const promoted = await promoteFromWaitlist(tx, row);
    return { event: { ...ctx, event: row }, promoted };
  });
  await notifyUpdated(db, config, event.event, event.programName, promoted, now);
  return getEvent(db, { ...event, invited: invitedTo(event.event, event) }, now);
}

/** Cancelled events stay listed (marked), and everyone going or waitlisted is told, with a METHOD:CANCEL invite. */
export async function cancelEvent(db: Db, config: Config, userId: string, eventId: string, now = new Date()): Promise<EventResponse> {
  const ctx = await db.transaction(async (tx) => {
    const c = await eventContext(tx, userId, eventId, true);
    if (!c) throw notFound('event');
    if (c.event.status === 'cancelled') throw conflict('already_cancelled', 'This event is already cancelled.');
    if (c.event.endsAt.getTime() <= now.getTime()) throw conflict('event_over', 'This event is over; there is nothing to cancel.');
    const row = (await q.updateEvent(tx, c.event.id, { status: 'cancelled', cancelledAt: now }))!;
    return { ...c, event: row };
  });
  await notifyCancelled(db, config, ctx.event, ctx.programName, now);
  return getEvent(db, ctx, now);
}

export async function listProgramEvents(db: DbOrTx, v: ProgramViewer, query: z.output<typeof listEventsQuery>, now = new Date()): Promise<EventList> {
  const sort = `events:${query.when}`;
  const after = decodeCursor(query.cursor, sort, 'instant', false);
  const rows = await q.listEvents(db, v.programId, query.when, now, after, query.limit + 1);
  const page = pageOf(rows, query.limit, sort);
  // Events for an audience the viewer is not in (nor their ward) are not shown to them.
  const visible = page.items.filter((e) => invitedTo(e, v));
  return { items: await presentEvents(db, v, visible, now), nextCursor: page.nextCursor };
}

/** Upcoming events the user (or their ward) is going to or waitlisted for, across their programs. */
export async function myEvents(db: DbOrTx, userId: string, now = new Date()): Promise<EventList> {
  const programs = await programsOf(db, userId);
  const items: EventResponse[] = [];
  for (const p of programs) {
    const v = await programViewer(db, userId, p.id);
    if (!v) continue;
    const rows = await q.eventsUserIsGoingTo(db, userId, [p.id], now);
    const wardRows = (await Promise.all(v.wards.map((w) => q.eventsUserIsGoingTo(db, w.userId, [p.id], now)))).flat();
    const unique = [...new Map([...rows, ...wardRows].map((r) => [r.id, r])).values()];
    items.push(...(await presentEvents(db, v, unique, now)));
  }
  items.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
  return { items, nextCursor: null };
}
