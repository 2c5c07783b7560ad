import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { jobs } from '../db/schema/index';

export type JobRow = typeof jobs.$inferSelect;
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export type NewJob = {
  name: string;
  payload?: Record<string, unknown>;
  runAt?: Date;
  /** Enqueueing again with the same key is a no-op, forever (until the row is purged). */
  idempotencyKey?: string;
  maxAttempts?: number;
};

/** Returns true when the job was new, false when its idempotency key was already taken. */
export async function enqueue(db: DbOrTx, job: NewJob): Promise<boolean> {
  const rows = await db
    .insert(jobs)
    .values({
      name: job.name,
      payload: job.payload ?? {},
      idempotencyKey: job.idempotencyKey ?? null,
      ...(job.runAt ? { runAt: job.runAt } : {}),
      ...(job.maxAttempts ? { maxAttempts: job.maxAttempts } : {}),
    })
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * Takes the oldest due job and marks it running in one statement. The sub-select's
 * FOR UPDATE SKIP LOCKED lets concurrent workers pass over each other's rows instead of waiting,
 * and the statement is its own short transaction, so the handler runs with no lock held (on
 * PGlite's single connection a handler's own queries would otherwise wait behind the claim).
 * Attempts count at claim time so a job that kills its worker still runs out of attempts.
 */
export async function claimNext(db: DbOrTx, workerId: string): Promise<ClaimedJob | null> {
  const rows = rowsOf<{ id: string; name: string; payload: unknown; attempts: number; max_attempts: number }>(
    await db.execute(sql`
      UPDATE jobs SET status = 'running', locked_at = now(), locked_by = ${workerId}, attempts = attempts + 1
      WHERE id = (
        SELECT id FROM jobs WHERE status = 'queued' AND run_at <= now()
        ORDER BY run_at FOR UPDATE SKIP LOCKED LIMIT 1
      )
      RETURNING id, name, payload, attempts, max_attempts`),
  );
  const r = rows[0];
  if (!r) return null;
  const payload = typeof r.payload === 'string' ? (JSON.parse(r.payload) as unknown) : r.payload;
  return { id: r.id, name: r.name, payload: (payload ?? {}) as Record<string, unknown>, attempts: r.attempts, maxAttempts: r.max_attempts };
}

export type ClaimedJob = { id: string; name: string; payload: Record<string, unknown>; attempts: number; maxAttempts: number };

/** Raw results differ by driver: node-postgres and PGlite both expose `rows`. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Only the worker holding the lock may finish a job: a stale run that was re-queued must not clobber the new one. */
export async function markDone(db: DbOrTx, id: string, workerId: string) {
  await db
    .update(jobs)
    .set({ status: 'done', finishedAt: sql`now()`, lockedAt: null, lastError: null })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')));
}

export const BACKOFF_BASE_SECONDS = 30;
export const BACKOFF_CAP_SECONDS = 6 * 3600;

/** 30 s, 60 s, 120 s, … capped at 6 h: after the n-th failed attempt. */
export function backoffSeconds(attempts: number): number {
  return Math.min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2 ** Math.max(0, attempts - 1));
}

export async function markFailedAttempt(db: DbOrTx, job: ClaimedJob, workerId: string, error: string) {
  const final = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set(
      final
        ? { status: 'failed', finishedAt: sql`now()`, lockedAt: null, lastError: error }
        : {
            status: 'queued',
            lockedAt: null,
            lockedBy: null,
            lastError: error,
            runAt: sql`now() + make_interval(secs => ${backoffSeconds(job.attempts)})`,
          },
    )
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')));
  return final ? 'failed' : 'retry';
}

/**
 * Jobs left running by a worker that died (crash, kill -9, lost machine) go back to the queue,
 * or to failed when they already used their attempts.
 */
export async function requeueStale(db: DbOrTx, staleAfterSeconds: number): Promise<number> {
  const result = await db.execute(sql`
    UPDATE jobs SET
      status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
      finished_at = CASE WHEN attempts >= max_attempts THEN now() ELSE NULL END,
      last_error = 'worker ' || coalesce(locked_by, '?') || ' stopped while running this job',
      locked_at = NULL, locked_by = NULL, run_at = now()
    WHERE status = 'running' AND locked_at < now() - make_interval(secs => ${staleAfterSeconds})
    RETURNING id`);
  return rowsOf(result).length;
}

/** Done jobs are only kept as idempotency guards for a while; failed ones stay for an admin to read. */
export async function purgeFinished(db: DbOrTx, olderThanDays: number): Promise<number> {
  const result = await db.execute(sql`
    DELETE FROM jobs WHERE status = 'done' AND finished_at < now() - make_interval(days => ${olderThanDays})
    RETURNING id`);
  return rowsOf(result).length;
}

export async function listJobs(db: DbOrTx, opts: { status?: JobStatus; limit?: number } = {}) {
  const q = db.select().from(jobs);
  const filtered = opts.status ? q.where(eq(jobs.status, opts.status)) : q;
  return filtered.orderBy(desc(jobs.runAt)).limit(opts.limit ?? 100);
}

export async function findJobByKey(db: DbOrTx, key: string) {
  const [row] = await db.select().from(jobs).where(eq(jobs.idempotencyKey, key));
  return row ?? null;
}

export const countQueuedBefore = async (db: DbOrTx, before: Date) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(jobs).where(and(eq(jobs.status, 'queued'), lt(jobs.runAt, before))))[0]?.n ?? 0;
