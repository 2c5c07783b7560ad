import type { z } from 'zod';
import type { Config } from '../../config';
import type { Db, DbOrTx } from '../../db/client';
import type { createEventBody, EditScope, EventList, EventResponse, listEventsQuery, updateEventBody } from '../../../domain/events/api';
import { eventFieldErrors } from '../../../domain/events/rules';
import { badRequest, conflict, notFound, type FieldError } from '../../errors';
import { decodeCursor, pageOf } from '../network/cursor';
import { cohortIdsOf, programsOf } from '../programs/service';
import { eventContext, invitedTo, programViewer, type EventContext, type ProgramViewer } from './context';
import { notifyUpdated } from './event-mail';
import { presentEvents } from './present';
import { promoteFromWaitlist } from './waitlist';
import { insertSeriesWithOccurrences, otherOccurrencesReached, patchForOccurrence, timeOrPlaceChanged } from './series';
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
  const row = body.repeat ? await db.transaction((tx) => insertSeriesWithOccurrences(tx, values, body.repeat!)) : await q.insertEvent(db, values);
  return (await presentEvents(db, v, [row], now))[0]!;
}

export async function getEvent(db: DbOrTx, ctx: EventContext, now = new Date()): Promise<EventResponse> {
  return (await presentEvents(db, ctx, [ctx.event], now))[0]!;
}

function patchOf(body: UpdateInput): Partial<q.NewEvent> {
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
  return patch;
}

const PAST_LOCKED = 'This event is over, so its time and place can no longer change (that would e-mail an update to everyone who went). Title, description and attendance can still be corrected.';

/**
 * An edit bumps SEQUENCE; people going get the updated invite; a larger capacity moves the waitlist
 * up. In a series, `following` and `all` apply the same change to this and the later (or all)
 * upcoming occurrences, each moved on its own wall clock. Once an event is over its time and place
 * are fixed (409), and other corrections mail nobody.
 */
export async function updateEvent(db: Db, config: Config, userId: string, eventId: string, body: UpdateInput, scope: EditScope = 'this', now = new Date()): Promise<EventResponse> {
  const { ctx, changed } = await db.transaction(async (tx) => {
    const ctx = await eventContext(tx, userId, eventId, true);
    if (!ctx) throw notFound('event');
    const e = ctx.event;
    if (e.status === 'cancelled') throw conflict('event_cancelled', 'This event was cancelled; it can no longer be edited.');
    const patch = patchOf(body);
    const merged = { ...e, ...patch } as q.EventRow;
    const over = e.endsAt.getTime() <= now.getTime();
    if (over && timeOrPlaceChanged(e, merged)) throw conflict('event_over', PAST_LOCKED);
    const errors = eventFieldErrors(merged);
    if (errors.length) throw invalid(errors);
    await checkCohort(tx, e.programId, patch.audienceCohortId);
    const row = (await q.updateEvent(tx, e.id, patch))!;
    const changed = [{ row, promoted: await promoteFromWaitlist(tx, row), mail: !over }];
    if (scope !== 'this' && e.seriesId) {
      const others = await otherOccurrencesReached(tx, e, scope, now);
      for (const o of others) {
        const p = patchForOccurrence(o, e, merged, patch);
        const oErrors = eventFieldErrors({ ...o, ...p } as q.EventRow);
        if (oErrors.length) throw invalid(oErrors.map((x) => ({ ...x, message: `${x.message} (the occurrence on ${o.startsAt.toISOString().slice(0, 10)})` })));
        const oRow = (await q.updateEvent(tx, o.id, p))!;
        changed.push({ row: oRow, promoted: await promoteFromWaitlist(tx, oRow), mail: true });
      }
    }
    return { ctx: { ...ctx, event: row }, changed };
  });
  for (const c of changed) if (c.mail) await notifyUpdated(db, config, c.row, ctx.programName, c.promoted, now);
  return getEvent(db, { ...ctx, invited: invitedTo(ctx.event, ctx) }, now);
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
