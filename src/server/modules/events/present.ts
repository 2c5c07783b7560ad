import type { EventResponse } from '../../../domain/events/api';
import { membershipInAudience, rsvpClosedReason, spotsLeft, type EventKind, type RsvpStatus } from '../../../domain/events/rules';
import type { MemberRole } from '../../../domain/programs/rules';
import type { DbOrTx } from '../../db/client';
import { inAudience } from '../../../domain/events/rules';
import type { ProgramViewer } from './context';
import * as q from './queries';

/** Events as the viewer sees them: counts, their own answer and check-in, their wards' answers. */
export async function presentEvents(db: DbOrTx, v: ProgramViewer, rows: q.EventRow[], now: Date): Promise<EventResponse[]> {
  const ids = rows.map((r) => r.id);
  const wardUsers = v.wards.map((w) => w.userId);
  const seriesIds = [...new Set(rows.flatMap((r) => (r.seriesId ? [r.seriesId] : [])))];
  const [counts, rsvps, checkIns, series] = await Promise.all([q.countsFor(db, ids), q.rsvpsOf(db, ids, [v.userId, ...wardUsers]), q.checkInsOf(db, ids, [v.userId]), q.seriesOf(db, seriesIds)]);
  // Places are counted only where the viewer waits: most views need no such query.
  const waiting = rsvps.filter((r) => r.userId === v.userId && r.status === 'waitlisted').map((r) => r.eventId);
  const places = waiting.length ? await q.waitlistPlaces(db, waiting, v.userId) : new Map<string, number>();
  return rows.map((e) => {
    const c = counts.get(e.id) ?? { going: 0, waitlisted: 0 };
    const s = e.seriesId ? series.get(e.seriesId) : undefined;
    const mine = rsvps.find((r) => r.eventId === e.id && r.userId === v.userId);
    return {
      id: e.id,
      programId: e.programId,
      programName: v.programName,
      title: e.title,
      kind: e.kind as EventKind,
      description: e.description,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      timeZone: e.timeZone,
      location: e.location,
      onlineUrl: e.onlineUrl,
      region: e.region,
      capacity: e.capacity,
      rsvpDeadline: e.rsvpDeadline?.toISOString() ?? null,
      audienceRoles: e.audienceRoles as MemberRole[],
      audienceCohortId: e.audienceCohortId,
      status: e.status as EventResponse['status'],
      sequence: e.sequence,
      series: s && e.seriesId ? { id: e.seriesId, label: s.label, position: s.ids.indexOf(e.id) + 1, total: s.ids.length } : null,
      timeAndPlaceLocked: e.endsAt.getTime() <= now.getTime(),
      going: c.going,
      waitlisted: c.waitlisted,
      spotsLeft: spotsLeft(e.capacity, c.going),
      canManage: v.isCoordinator,
      inAudience: inAudience(e, v.memberships),
      myRsvp: mine ? { status: mine.status as RsvpStatus, listed: mine.listed, waitlistPlace: places.get(e.id) ?? null } : null,
      rsvpClosedReason: rsvpClosedReason(e, now),
      checkedIn: checkIns.some((x) => x.eventId === e.id),
      listed: (mine?.listed ?? false) || checkIns.some((x) => x.eventId === e.id && x.walkIn && x.listed),
      canBeListed: !v.memberships.some((m) => m.isMinor),
      wards: v.wards.map((w) => ({
        memberId: w.id,
        name: w.name,
        rsvp: (rsvps.find((r) => r.eventId === e.id && r.userId === w.userId)?.status as RsvpStatus | undefined) ?? null,
        inAudience: membershipInAudience(e, w),
      })),
    };
  });
}
