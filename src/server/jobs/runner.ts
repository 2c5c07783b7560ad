import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { claimNext, enqueue, markDone, markFailedAttempt, type ClaimedJob } from './queue';

export type JobLog = {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug?(obj: object, msg?: string): void;
};

export type JobContext = { db: Db; config: Config; log: JobLog; workerId: string };
export type JobHandler = (job: ClaimedJob, ctx: JobContext) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

/** A recurring job: every runner enqueues `name` once per time slot; the slot key makes that once in the cluster. */
export type Schedule = { name: string; everySeconds: number; payload?: Record<string, unknown> };

/** Thrown by a handler when retrying cannot help (bad payload, deleted user): the job fails at once. */
export class PermanentJobError extends Error {}

export type RunnerOptions = {
  db: Db;
  config: Config;
  handlers: JobHandlers;
  schedules?: Schedule[];
  log?: JobLog;
  workerId?: string;
  /** How long to sleep when the queue is empty. */
  pollMs?: number;
  /** Jobs run side by side in this process; 1 keeps PGlite's single connection uncontended. */
  concurrency?: number;
};

const silent: JobLog = { info: () => {}, warn: () => {}, error: () => {} };

export class JobRunner {
  readonly workerId: string;
  private readonly ctx: JobContext;
  private readonly pollMs: number;
  private stopping = false;
  private loops: Promise<void>[] = [];
  private sleepers = new Set<() => void>();
  private lastSlot = new Map<string, number>();

  constructor(private readonly opts: RunnerOptions) {
    this.workerId = opts.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.pollMs = opts.pollMs ?? 1000;
    this.ctx = { db: opts.db, config: opts.config, log: opts.log ?? silent, workerId: this.workerId };
  }

  start(): void {
    if (this.loops.length > 0) return;
    this.stopping = false;
    const n = Math.max(1, this.opts.concurrency ?? 1);
    for (let i = 0; i < n; i++) this.loops.push(this.loop(i === 0));
  }

  /** Stops claiming new jobs and waits for the ones in progress to finish. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const wake of this.sleepers) wake();
    await Promise.all(this.loops);
    this.loops = [];
  }

  /** Enqueues the schedules' current slots (idempotent across instances), then claims and runs one job. */
  async runNext(now = new Date()): Promise<boolean> {
    await this.enqueueSchedules(now);
    const job = await claimNext(this.opts.db, this.workerId);
    if (!job) return false;
    await this.execute(job);
    return true;
  }

  /** Runs jobs until none is due; for tests, the CLI and benchmarks. */
  async drain(max = Number.POSITIVE_INFINITY): Promise<number> {
    let ran = 0;
    while (ran < max && (await this.runNext())) ran++;
    return ran;
  }

  async enqueueSchedules(now: Date): Promise<void> {
    for (const s of this.opts.schedules ?? []) {
      const slot = Math.floor(now.getTime() / (s.everySeconds * 1000)) * s.everySeconds * 1000;
      if (this.lastSlot.get(s.name) === slot) continue;
      await enqueue(this.opts.db, {
        name: s.name,
        payload: { ...s.payload, slot: new Date(slot).toISOString() },
        idempotencyKey: `${s.name}@${new Date(slot).toISOString()}`,
        runAt: new Date(slot),
        // A missed sweep is made good by the next slot; retrying an old one only adds noise.
        maxAttempts: 1,
      });
      this.lastSlot.set(s.name, slot);
    }
  }

  private async execute(job: ClaimedJob): Promise<void> {
    const handler = this.opts.handlers[job.name];
    const started = performance.now();
    try {
      if (!handler) throw new Error(`no handler registered for job "${job.name}"`);
      await handler(job, this.ctx);
      await markDone(this.opts.db, job.id, this.workerId);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const permanent = err instanceof PermanentJobError;
      const outcome = await markFailedAttempt(
        this.opts.db,
        permanent ? { ...job, attempts: job.maxAttempts } : job,
        this.workerId,
        message.slice(0, 2000),
      );
      const log = outcome === 'failed' ? this.ctx.log.error : this.ctx.log.warn;
      log.call(this.ctx.log, { job: job.name, jobId: job.id, attempts: job.attempts, err: message }, `job ${outcome === 'failed' ? 'failed' : 'will retry'}`);
      return;
    }
    // Sweeps finish every minute on every cluster; success is only worth a debug line.
    this.ctx.log.debug?.({ job: job.name, jobId: job.id, ms: Math.round(performance.now() - started) }, 'job done');
  }

  private async loop(runsSchedules: boolean): Promise<void> {
    while (!this.stopping) {
      let ran = false;
      try {
        if (runsSchedules) await this.enqueueSchedules(new Date());
        const job = await claimNext(this.opts.db, this.workerId);
        if (job) {
          await this.execute(job);
          ran = true;
        }
      } catch (err) {
        // The database may be briefly unreachable; keep polling rather than die.
        this.ctx.log.error({ err: err instanceof Error ? err.message : String(err) }, 'job runner poll failed');
      }
      if (!ran && !this.stopping) await this.sleep(this.pollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }
}
