import type { DbOrTx } from '../../db/client';
import { programsOf } from '../programs/service';
import { eventDescription } from './invite-ics';
import * as q from './queries';

/**
 * What other rooms may ask the events room. The calendar feed (notifications) shows the events
 * the user is going to as VEVENTs with the same UID and SEQUENCE as the invite mailed to them.
 */
export type FeedEvent = { id: string; title: string; startsAt: Date; endsAt: Date; timeZone: string; location: string | null; description: string; sequence: number; url: string };

export async function listGoingEventsForFeed(db: DbOrTx, userId: string, appUrl: string, now: Date): Promise<FeedEvent[]> {
  const programs = await programsOf(db, userId);
  const names = new Map(programs.map((p) => [p.id, p.name]));
  // Events that ended up to 30 days ago stay in the feed, so a calendar does not drop what just happened.
  const rows = await q.eventsUserIsGoingTo(db, userId, [...names.keys()], new Date(now.getTime() - 30 * 86_400_000), ['going']);
  return rows.map((e) => {
    const url = `${appUrl}/events/${e.id}`;
    return { id: e.id, title: e.title, startsAt: e.startsAt, endsAt: e.endsAt, timeZone: e.timeZone, location: e.location ?? e.onlineUrl, description: eventDescription(e, names.get(e.programId) ?? '', url), sequence: e.sequence, url };
  });
}
