import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../../../tests/helpers/test-db';
import { loadConfig } from '../config';
import type { Database } from '../db/client';
import { jobs } from '../db/schema/index';
import { backoffSeconds, enqueue, findJobByKey, listJobs, requeueStale, rowsOf } from './queue';
import { jobHandlers, schedules } from './definitions';
import { JobRunner, PermanentJobError, type JobHandlers } from './runner';

let database: Database;
const config = loadConfig({ DATA_DIR: '/tmp/trellis-jobs-test-unused' });
const db = () => database.db;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await db().delete(jobs);
});

const runner = (handlers: JobHandlers, workerId = 'w1') => new JobRunner({ db: db(), config, handlers, workerId, pollMs: 20 });
const dueNow = () => db().update(jobs).set({ runAt: sql`now()` }).where(eq(jobs.status, 'queued'));

describe('enqueue', () => {
  it('is idempotent by key and reports whether the job was new', async () => {
    expect(await enqueue(db(), { name: 'x', idempotencyKey: 'k1', payload: { a: 1 } })).toBe(true);
    expect(await enqueue(db(), { name: 'x', idempotencyKey: 'k1', payload: { a: 2 } })).toBe(false);
    expect(await enqueue(db(), { name: 'x' })).toBe(true);
    expect(await enqueue(db(), { name: 'x' })).toBe(true);
    expect((await listJobs(db())).length).toBe(3);
    expect((await findJobByKey(db(), 'k1'))?.payload).toEqual({ a: 1 });
  });

  it('does not run a job before its run_at', async () => {
    const seen: string[] = [];
    await enqueue(db(), { name: 'later', runAt: new Date(Date.now() + 60_000) });
    expect(await runner({ later: async () => void seen.push('later') }).drain()).toBe(0);
    expect(seen).toEqual([]);
  });
});

describe('the runner', () => {
  it('runs jobs in run_at order, passes the payload, marks them done', async () => {
    const seen: unknown[] = [];
    await enqueue(db(), { name: 'echo', payload: { n: 2 }, runAt: new Date(Date.now() - 1000) });
    await enqueue(db(), { name: 'echo', payload: { n: 1 }, runAt: new Date(Date.now() - 2000) });
    expect(await runner({ echo: async (job) => void seen.push(job.payload.n) }).drain()).toBe(2);
    expect(seen).toEqual([1, 2]);
    const rows = await listJobs(db());
    expect(rows.every((r) => r.status === 'done' && r.finishedAt !== null && r.attempts === 1)).toBe(true);
  });

  it("lets a handler use the database (no deadlock with the claim on PGlite's single connection)", async () => {
    await enqueue(db(), { name: 'nested', idempotencyKey: 'outer' });
    const r = runner({
      nested: async (_job, ctx) => {
        await ctx.db.transaction(async (tx) => {
          await enqueue(tx, { name: 'child', idempotencyKey: 'inner' });
        });
      },
      child: async () => {},
    });
    expect(await r.drain()).toBe(2);
    expect((await findJobByKey(db(), 'inner'))?.status).toBe('done');
  });

  it('retries with exponential backoff, then fails with the last error', async () => {
    let calls = 0;
    await enqueue(db(), { name: 'flaky', idempotencyKey: 'flaky', maxAttempts: 3 });
    const r = runner({
      flaky: async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
    });
    await r.drain();
    let row = (await findJobByKey(db(), 'flaky'))!;
    expect(row).toMatchObject({ status: 'queued', attempts: 1, lastError: 'boom 1', lockedBy: null });
    const delay1 = (row.runAt.getTime() - Date.now()) / 1000;
    expect(delay1).toBeGreaterThan(25);
    expect(delay1).toBeLessThanOrEqual(31);
    expect(await r.drain()).toBe(0); // not due yet

    await dueNow();
    await r.drain();
    row = (await findJobByKey(db(), 'flaky'))!;
    expect(row).toMatchObject({ status: 'queued', attempts: 2, lastError: 'boom 2' });
    expect((row.runAt.getTime() - Date.now()) / 1000).toBeGreaterThan(55);

    await dueNow();
    await r.drain();
    row = (await findJobByKey(db(), 'flaky'))!;
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'boom 3' });
    expect(row.finishedAt).not.toBeNull();
    expect(calls).toBe(3);
    expect(backoffSeconds(1)).toBe(30);
    expect(backoffSeconds(4)).toBe(240);
    expect(backoffSeconds(50)).toBe(6 * 3600);
  });

  it('fails at once on a PermanentJobError, and on a job nobody handles (after its attempts)', async () => {
    await enqueue(db(), { name: 'bad', idempotencyKey: 'bad', maxAttempts: 5 });
    await enqueue(db(), { name: 'unknown', idempotencyKey: 'unknown', maxAttempts: 1 });
    await runner({ bad: async () => Promise.reject(new PermanentJobError('payload is wrong')) }).drain();
    expect(await findJobByKey(db(), 'bad')).toMatchObject({ status: 'failed', attempts: 1, lastError: 'payload is wrong' });
    expect((await findJobByKey(db(), 'unknown'))?.lastError).toContain('no handler');
  });

  it('re-queues a job left running by a dead worker, and fails it when its attempts are used up', async () => {
    await enqueue(db(), { name: 'crashy', idempotencyKey: 'stale-1', maxAttempts: 3 });
    await enqueue(db(), { name: 'crashy', idempotencyKey: 'stale-2', maxAttempts: 1 });
    await enqueue(db(), { name: 'crashy', idempotencyKey: 'fresh', maxAttempts: 3 });
    // Two workers "claimed" and died 20 minutes ago; one claimed just now and is alive.
    await db().update(jobs).set({ status: 'running', attempts: 1, lockedBy: 'dead', lockedAt: sql`now() - interval '20 minutes'` });
    await db().update(jobs).set({ lockedAt: sql`now()`, lockedBy: 'alive' }).where(eq(jobs.idempotencyKey, 'fresh'));
    expect(await requeueStale(db(), 600)).toBe(2);
    expect(await findJobByKey(db(), 'stale-1')).toMatchObject({ status: 'queued', lockedBy: null });
    expect((await findJobByKey(db(), 'stale-1'))?.lastError).toContain('dead');
    expect(await findJobByKey(db(), 'stale-2')).toMatchObject({ status: 'failed' });
    expect(await findJobByKey(db(), 'fresh')).toMatchObject({ status: 'running', lockedBy: 'alive' });

    // The dead worker's late finish must not overwrite the new state.
    let ran = 0;
    await runner({ crashy: async () => void ran++ }, 'w-new').drain();
    expect(ran).toBe(1);
    expect(await findJobByKey(db(), 'stale-1')).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('two runners on the same database never run the same job twice', async () => {
    const runs = new Map<number, number>();
    for (let i = 0; i < 40; i++) await enqueue(db(), { name: 'count', payload: { i } });
    const handlers: JobHandlers = {
      count: async (job) => {
        const i = job.payload.i as number;
        runs.set(i, (runs.get(i) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 1));
      },
    };
    const a = runner(handlers, 'a');
    const b = runner(handlers, 'b');
    await Promise.all([a.drain(), b.drain()]);
    expect(runs.size).toBe(40);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
  });

  it('schedules enqueue one job per slot, however many runners tick', async () => {
    const schedules = [{ name: 'sweep.test', everySeconds: 60 }];
    let sweeps = 0;
    const handlers: JobHandlers = { 'sweep.test': async () => void sweeps++ };
    const a = new JobRunner({ db: db(), config, handlers, schedules, workerId: 'a' });
    const b = new JobRunner({ db: db(), config, handlers, schedules, workerId: 'b' });
    const now = new Date();
    await a.enqueueSchedules(now);
    await b.enqueueSchedules(now);
    await a.enqueueSchedules(new Date(now.getTime() + 1000));
    await Promise.all([a.drain(), b.drain()]);
    expect(sweeps).toBe(1);
    await b.enqueueSchedules(new Date(now.getTime() + 60_000));
    const rows = await listJobs(db());
    expect(rows.filter((r) => r.name === 'sweep.test')).toHaveLength(2);
  });

  it('start() polls in the background; stop() waits for the job in progress', async () => {
    let finished = false;
    const r = runner({
      slow: async () => {
        await new Promise((res) => setTimeout(res, 150));
        finished = true;
      },
    });
    r.start();
    await enqueue(db(), { name: 'slow', idempotencyKey: 'slow' });
    for (let i = 0; i < 100 && (await findJobByKey(db(), 'slow'))?.status !== 'running'; i++) await new Promise((res) => setTimeout(res, 10));
    await r.stop();
    expect(finished).toBe(true);
    expect((await findJobByKey(db(), 'slow'))?.status).toBe('done');
  });
});

describe('maintenance vacuum (the embedded database has no autovacuum)', () => {
  it('vacuums the churned tables hourly on the embedded database, and leaves PostgreSQL servers to autovacuum', async () => {
    const lastVacuum = async () =>
      rowsOf<{ at: string | null }>(await db().execute(sql`select min(coalesce(last_vacuum::text, '')) as at from pg_stat_user_tables where relname in ('follow_ups', 'contacts')`))[0]?.at || null;
    const before = await lastVacuum();
    const ctx = { db: db(), log: { info() {}, warn() {}, error() {} }, workerId: 'w1' };
    const job = { id: 'x', name: 'sweep.vacuum', payload: {}, attempts: 1, maxAttempts: 1 };
    await jobHandlers['sweep.vacuum']!(job, { ...ctx, config: { ...config, databaseUrl: 'postgres://elsewhere/db' } });
    expect(await lastVacuum()).toBe(before);
    await jobHandlers['sweep.vacuum']!(job, { ...ctx, config });
    await expect.poll(lastVacuum).not.toBe(before);
    expect(schedules).toContainEqual({ name: 'sweep.vacuum', everySeconds: 3600 });
  });
});
