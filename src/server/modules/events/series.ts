import type { z } from 'zod';
import type { createEventBody } from '../../../domain/events/api';
import { MAX_OCCURRENCES, occurrenceStarts, repeatLabel, ruleText, shiftOccurrence, type Repeat } from '../../../domain/events/recurrence';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../errors';
import * as q from './queries';

/**
 * Recurring events: a series row holds the rule; every occurrence is an ordinary event row (its own
 * RSVPs, capacity, waitlist, check-in and people met). Edits of "this and following" or "all
 * upcoming" are applied occurrence by occurrence, moving each on its own wall clock.
 */
type Repeated = NonNullable<z.output<typeof createEventBody>['repeat']>;

/** Insert the series and all its occurrences (in the caller's transaction); returns the first. */
export async function insertSeriesWithOccurrences(tx: DbOrTx, first: q.NewEvent & { createdBy: string }, repeat: Repeated) {
  const r: Repeat = repeat;
  const starts = occurrenceStarts(first.startsAt, first.timeZone, r);
  if (starts.length > MAX_OCCURRENCES) {
    throw badRequest(`repeat.until: That makes more than ${MAX_OCCURRENCES} occurrences; choose an earlier end date`, [{ path: 'repeat.until', message: `That makes more than ${MAX_OCCURRENCES} occurrences; choose an earlier end date` }]);
  }
  if (starts.length < 2) throw badRequest('repeat.until: That repeats only once; choose a later end date', [{ path: 'repeat.until', message: 'That repeats only once; choose a later end date' }]);
  const series = await q.insertSeries(tx, { programId: first.programId, rule: ruleText(first.startsAt, first.timeZone, r), label: repeatLabel(first.startsAt, first.timeZone, r), timeZone: first.timeZone, createdBy: first.createdBy });
  const length = first.endsAt.getTime() - first.startsAt.getTime();
  const deadlineBefore = first.rsvpDeadline ? first.startsAt.getTime() - first.rsvpDeadline.getTime() : null;
  const rows = await q.insertEvents(
    tx,
    starts.map((s) => ({ ...first, seriesId: series.id, startsAt: s, endsAt: new Date(s.getTime() + length), rsvpDeadline: deadlineBefore === null ? null : new Date(s.getTime() - deadlineBefore) })),
  );
  return rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0]!;
}

/**
 * The other occurrences an edit with this scope also changes: the upcoming, still scheduled ones of
 * the series, from this one's start on (`following`) or all of them (`all`). What the edit does and
 * what the form says beforehand (GET /events/:id/edit-reach) both ask this.
 */
export async function otherOccurrencesReached(db: DbOrTx, e: q.EventRow, scope: 'following' | 'all', now: Date) {
  if (!e.seriesId) return [];
  return (await q.upcomingOccurrences(db, e.seriesId, now, scope === 'following' ? e.startsAt : null)).filter((o) => o.id !== e.id);
}

export async function editReach(db: DbOrTx, e: q.EventRow, now = new Date()) {
  const [following, all] = await Promise.all([otherOccurrencesReached(db, e, 'following', now), otherOccurrencesReached(db, e, 'all', now)]);
  return { following: following.length, all: all.length };
}

const same = (a: Date | null | undefined, b: Date | null | undefined) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** Whether the merged values move the event in time. */
export const timesChanged = (e: q.EventRow, merged: q.EventRow) => !same(e.startsAt, merged.startsAt) || !same(e.endsAt, merged.endsAt) || e.timeZone !== merged.timeZone;

/** Whether an edit changes when or where (what a past event may no longer change). */
export const timeOrPlaceChanged = (e: q.EventRow, merged: q.EventRow) => timesChanged(e, merged) || (e.location ?? null) !== (merged.location ?? null) || (e.onlineUrl ?? null) !== (merged.onlineUrl ?? null);

/**
 * The patch for another occurrence `o` of the edited event `e` (now `merged`): the same fields,
 * except times, which move like the edited one did (days and local time), and the RSVP deadline,
 * which keeps its distance before the start.
 */
export function patchForOccurrence(o: q.EventRow, e: q.EventRow, merged: q.EventRow, patch: Partial<q.NewEvent>): Partial<q.NewEvent> {
  const p: Partial<q.NewEvent> = { ...patch };
  delete p.startsAt;
  delete p.endsAt;
  delete p.rsvpDeadline;
  if (timesChanged(e, merged)) Object.assign(p, shiftOccurrence(o, e, merged));
  const start = p.startsAt ?? o.startsAt;
  if (!same(e.rsvpDeadline, merged.rsvpDeadline)) {
    p.rsvpDeadline = merged.rsvpDeadline ? new Date(start.getTime() - (merged.startsAt.getTime() - merged.rsvpDeadline.getTime())) : null;
  } else if (p.startsAt && o.rsvpDeadline) {
    p.rsvpDeadline = new Date(start.getTime() - (o.startsAt.getTime() - o.rsvpDeadline.getTime()));
  }
  return p;
}
