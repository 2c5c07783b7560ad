import type { Db } from '../../db/client';
import type { FollowUpItem } from '../../../domain/follow-through/api';
import * as fq from './follow-ups-queries';
import { presentFollowUp } from './present-follow-up';
import { syncFollowUps } from './sync-service';
import { contactsWithOccasions } from './sync-queries';
import { dueBuckets } from './today-service';

/**
 * What the digest, the calendar feed and notifications read. Each call syncs first, so a digest
 * sent before the user ever opened Today still has their keep-in-touch and occasion items.
 */

/** Same buckets and item shape as Today (up to 200 items per bucket). */
export async function listFollowUpsForDigest(db: Db, userId: string, now: Date): Promise<{ overdue: FollowUpItem[]; today: FollowUpItem[]; upcoming: FollowUpItem[] }> {
  const ctx = await syncFollowUps(db, userId, now);
  const b = await dueBuckets(db, ctx, now, 200);
  return { overdue: b.overdue, today: b.today, upcoming: b.upcoming };
}

/** Every open item (snoozed ones included, with snoozedUntil), soonest first, at most 2000. */
export async function listOpenFollowUpsForFeed(db: Db, userId: string, now: Date = new Date()): Promise<FollowUpItem[]> {
  await syncFollowUps(db, userId, now);
  return (await fq.listOpenFollowUps(db, userId, 2000)).map(presentFollowUp);
}

export type FeedOccasion = { contactId: string; contactName: string; label: string; date: string };

/** Birthdays and important dates as stored: 'YYYY-MM-DD' or yearless '--MM-DD'. */
export async function listOccasionsForFeed(db: Db, userId: string): Promise<FeedOccasion[]> {
  const rows = await contactsWithOccasions(db, userId);
  return rows.flatMap((c) => [
    ...(c.birthday ? [{ contactId: c.id, contactName: c.displayName, label: 'birthday', date: c.birthday }] : []),
    ...(c.importantDates ?? []).map((d) => ({ contactId: c.id, contactName: c.displayName, label: d.label, date: d.date })),
  ]);
}
