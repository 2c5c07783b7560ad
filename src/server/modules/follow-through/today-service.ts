import type { DbOrTx } from '../../db/client';
import { addDays, todayIn, UPCOMING_WINDOW_DAYS } from '../../../domain/follow-through/index';
import type { FollowUpItem, TodayResponse } from '../../../domain/follow-through/api';
import * as tq from './today-queries';
import { presentFollowUp } from './present-follow-up';
import { syncFollowUps } from './sync-service';
import { habitsProgress } from './habits-service';
import type { FollowThroughContext } from './settings-service';

export type Buckets = { overdue: FollowUpItem[]; today: FollowUpItem[]; upcoming: FollowUpItem[]; counts: Record<tq.Bucket, number> };

/** Open items bucketed in the user's zone; assumes the caller synced first. */
export async function dueBuckets(db: DbOrTx, ctx: FollowThroughContext, now: Date, limit: number): Promise<Buckets> {
  const today = todayIn(ctx.timeZone, now);
  const { rows, counts } = await tq.listDueBuckets(db, ctx.userId, today, addDays(today, UPCOMING_WINDOW_DAYS), limit);
  const out: Buckets = { overdue: [], today: [], upcoming: [], counts };
  for (const r of rows) out[r.bucket].push(presentFollowUp(r));
  return out;
}

export async function getToday(db: DbOrTx, userId: string, now: Date, limit = 50): Promise<TodayResponse> {
  const ctx = await syncFollowUps(db, userId, now);
  const [buckets, habits] = await Promise.all([dueBuckets(db, ctx, now, limit), habitsProgress(db, ctx, now)]);
  return {
    today: todayIn(ctx.timeZone, now),
    timeZone: ctx.timeZone,
    overdue: buckets.overdue,
    dueToday: buckets.today,
    upcoming: buckets.upcoming,
    counts: { overdue: buckets.counts.overdue, dueToday: buckets.counts.today, upcoming: buckets.counts.upcoming },
    habits: habits.map((h) => ({ id: h.id, name: h.name, kind: h.kind, target: h.target, count: h.count, met: h.met, streak: h.streak, weekStart: h.weekStart, weekEnd: h.weekEnd })),
  };
}
