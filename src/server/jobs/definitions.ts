import type { Config } from '../config';
import type { Db } from '../db/client';
import { catchUpDigests, runDigestJob, runNotifyJob, sweepDigests } from '../modules/notifications/digest-service';
import { purgeFinished, requeueStale } from './queue';
import { vacuumChurnedTables } from './vacuum';
import { purgeOldItems } from '../modules/inbox/service';
import { syncAllQuietNudges } from '../modules/mentoring/health-service';
import { expireAllStale } from '../modules/programs/self-service-service';
import { JobRunner, type JobHandlers, type JobLog, type RunnerOptions, type Schedule } from './runner';

/** A job still `running` after this long lost its worker (a digest takes well under a second). */
export const STALE_RUNNING_SECONDS = 10 * 60;
/** Done jobs are kept this long: their idempotency keys guard against re-enqueueing meanwhile. */
export const KEEP_DONE_DAYS = 14;

/** Every job type this binary can run. Other rooms add theirs here. */
export const jobHandlers: JobHandlers = {
  digest: runDigestJob,
  notify: runNotifyJob,
  'sweep.digests': async (_job, ctx) => {
    const n = await sweepDigests(ctx.db);
    if (n > 0) ctx.log.info({ enqueued: n }, 'digests enqueued');
  },
  'sweep.digests.catch-up': async (_job, ctx) => {
    const n = await catchUpDigests(ctx.db);
    if (n > 0) ctx.log.info({ enqueued: n }, 'missed digests enqueued');
  },
  // PostgreSQL servers have autovacuum for this; the embedded database has none.
  'sweep.vacuum': async (_job, ctx) => {
    if (ctx.config.databaseUrl) return;
    await vacuumChurnedTables(ctx.db);
  },
  'sweep.inbox': async (_job, ctx) => {
    const purged = await purgeOldItems(ctx.db);
    if (purged > 0) ctx.log.info({ purged }, 'old inbox items purged');
  },
  'sweep.quiet-mentorships': async (_job, ctx) => {
    const users = await syncAllQuietNudges(ctx.db, new Date());
    if (users > 0) ctx.log.info({ users }, 'quiet mentorships checked');
  },
  // Self-service requests unanswered for 14 days; reads of a program's self-service expire them too.
  'sweep.self-service-expiry': async (_job, ctx) => {
    const expired = await expireAllStale(ctx.db, new Date());
    if (expired > 0) ctx.log.info({ expired }, 'self-service requests expired');
  },
  'sweep.maintenance': async (_job, ctx) => {
    const requeued = await requeueStale(ctx.db, STALE_RUNNING_SECONDS);
    const purged = await purgeFinished(ctx.db, KEEP_DONE_DAYS);
    if (requeued > 0 || purged > 0) ctx.log.info({ requeued, purged }, 'jobs maintenance');
  },
};

export const schedules: Schedule[] = [
  { name: 'sweep.digests', everySeconds: 60 },
  // Its slot is enqueued by the first runner of each hour, so a worker coming back also catches up.
  { name: 'sweep.digests.catch-up', everySeconds: 3600 },
  { name: 'sweep.maintenance', everySeconds: 300 },
  { name: 'sweep.vacuum', everySeconds: 3600 },
  { name: 'sweep.inbox', everySeconds: 3600 },
  { name: 'sweep.quiet-mentorships', everySeconds: 3600 },
  { name: 'sweep.self-service-expiry', everySeconds: 3600 },
];

export function createJobRunner(
  deps: { db: Db; config: Config; log?: JobLog },
  opts: Partial<Omit<RunnerOptions, 'db' | 'config' | 'log'>> = {},
): JobRunner {
  return new JobRunner({ handlers: jobHandlers, schedules, ...opts, db: deps.db, config: deps.config, log: deps.log });
}
