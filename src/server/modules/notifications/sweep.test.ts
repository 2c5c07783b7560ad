import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { openTestDatabase } from '../../../../tests/helpers/test-db';
import { loadConfig } from '../../config';
import type { Database } from '../../db/client';
import { jobs, users } from '../../db/schema/index';
import { createJobRunner } from '../../jobs/definitions';
import { catchUpDigests, sweepDigests } from './digest-service';
import { setDigest } from './test-support';

let database: Database;
const db = () => database.db;
// The job runner's config wants a data dir; this file writes no mail into it.
const dataDir = mkdtempSync(join(tmpdir(), 'trellis-sweep-'));

beforeAll(async () => {
  database = await openTestDatabase();
  // Keep the whole test inside one wall-clock hour.
  const now = new Date();
  if (now.getUTCMinutes() === 59 && now.getUTCSeconds() > 45) await new Promise((r) => setTimeout(r, 16_000));
});
afterAll(async () => {
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const local = (tz: string) => DateTime.now().setZone(tz);
const hourIn = (tz: string) => local(tz).hour;
const isoDow = (tz: string) => local(tz).weekday;

/** An Etc/GMT zone whose local hour is 7 right now: where users without settings get their digest. */
function zoneAtHour(h: number): string {
  for (let k = -12; k <= 14; k++) {
    const zone = k === 0 ? 'Etc/GMT' : k > 0 ? `Etc/GMT-${k}` : `Etc/GMT+${-k}`;
    if (hourIn(zone) === h) return zone;
  }
  throw new Error('no zone');
}

let n = 0;
async function user(timezone: string, settings?: { digest?: string; digestHour?: number; weekStartsOn?: number }) {
  n++;
  const [row] = await db().insert(users).values({ email: `sweep${n}@example.test`, name: `Sweep ${n}`, passwordHash: 'x', timezone }).returning();
  if (settings) await setDigest(db(), row!.id, settings);
  return row!.id;
}

describe('the digest sweep', () => {
  it('enqueues exactly the users whose local hour matches, digest off or weekly too (their inbox item), once', async () => {
    const berlin = 'Europe/Berlin';
    const tokyo = 'Asia/Tokyo';
    const la = 'America/Los_Angeles';
    const kolkata = 'Asia/Kolkata';
    const due = [
      await user(berlin, { digest: 'daily', digestHour: hourIn(berlin) }),
      await user(tokyo, { digest: 'daily', digestHour: hourIn(tokyo) }),
      await user(kolkata, { digest: 'daily', digestHour: hourIn(kolkata) }),
      await user(tokyo, { digest: 'weekly', digestHour: hourIn(tokyo), weekStartsOn: isoDow(tokyo) }),
      // No settings row yet: the defaults (daily at 07:00) apply.
      await user(zoneAtHour(7)),
      // No mail for these two (sendDigest decides), but the day's inbox item.
      await user(berlin, { digest: 'off', digestHour: hourIn(berlin) }),
      await user(tokyo, { digest: 'weekly', digestHour: hourIn(tokyo), weekStartsOn: (isoDow(tokyo) % 7) + 1 }),
    ];
    const notDue = [
      await user(la, { digest: 'daily', digestHour: (hourIn(la) + 1) % 24 }),
      await user(berlin, { digest: 'daily', digestHour: (hourIn(berlin) + 12) % 24 }),
      await user(zoneAtHour(19)),
    ];

    expect(await sweepDigests(db())).toBe(due.length);
    const rows = await db().select().from(jobs).where(eq(jobs.name, 'digest'));
    expect(new Set(rows.map((r) => (r.payload as { userId: string }).userId))).toEqual(new Set(due));
    for (const r of rows) {
      const p = r.payload as { userId: string; localDate: string };
      const [tz] = await db().select({ tz: users.timezone }).from(users).where(eq(users.id, p.userId));
      expect(p.localDate).toBe(local(tz!.tz).toISODate());
      expect(r.idempotencyKey).toBe(`digest:${p.userId}:${p.localDate}`);
      expect(r.status).toBe('queued');
    }
    expect(notDue.some((id) => rows.some((r) => (r.payload as { userId: string }).userId === id))).toBe(false);

    // Again (the next minute, or another instance): nothing new.
    expect(await sweepDigests(db())).toBe(0);
    expect(await db().$count(jobs, eq(jobs.name, 'digest'))).toBe(due.length);
  });

  it('catches up, later the same day, a digest whose hour passed with no worker running; once', async () => {
    const zone = zoneAtHour(14);
    const yesterday = new Date(Date.now() - 86_400_000);
    const missed = await user(zone, { digest: 'daily', digestHour: 9 });
    const weeklyMissed = await user(zone, { digest: 'weekly', digestHour: 10, weekStartsOn: isoDow(zone) });
    const later = await user(zone, { digest: 'daily', digestHour: 20 });
    const otherDay = await user(zone, { digest: 'weekly', digestHour: 9, weekStartsOn: (isoDow(zone) % 7) + 1 });
    const off = await user(zone, { digest: 'off', digestHour: 9 });
    for (const id of [missed, weeklyMissed, later, otherDay, off]) await db().update(users).set({ createdAt: yesterday }).where(eq(users.id, id));
    // Signed up after today's digest hour: the first digest is tomorrow's, not a surprise now.
    const newcomer = await user(zone, { digest: 'daily', digestHour: 9 });

    expect(await sweepDigests(db())).toBe(0);
    const caught = [missed, weeklyMissed, otherDay, off];
    expect(await catchUpDigests(db())).toBe(caught.length);
    const mine = new Set([missed, weeklyMissed, later, otherDay, off, newcomer]);
    const rows = (await db().select().from(jobs).where(eq(jobs.name, 'digest'))).filter((r) => mine.has((r.payload as { userId: string }).userId));
    expect(new Set(rows.map((r) => (r.payload as { userId: string }).userId))).toEqual(new Set(caught));
    expect(rows.map((r) => r.idempotencyKey).sort()).toEqual(caught.map((id) => `digest:${id}:${local(zone).toISODate()}`).sort());
    // Hourly again, or the minute sweep: the same key, nothing new.
    expect(await catchUpDigests(db())).toBe(0);
    expect(await sweepDigests(db())).toBe(0);
    expect(await db().$count(jobs, eq(jobs.name, 'digest'))).toBe(7 + caught.length);
  });

  it('runs as a scheduled job inside the runner, once per minute across instances', async () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    const a = createJobRunner({ db: db(), config }, { workerId: 'a' });
    const b = createJobRunner({ db: db(), config }, { workerId: 'b' });
    const now = new Date();
    await a.enqueueSchedules(now);
    await b.enqueueSchedules(now);
    const sweeps = await db().select().from(jobs).where(eq(jobs.name, 'sweep.digests'));
    expect(sweeps).toHaveLength(1);
    expect(sweeps[0]!.idempotencyKey).toMatch(/^sweep\.digests@\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    expect(await db().$count(jobs, eq(jobs.name, 'sweep.maintenance'))).toBe(1);
    expect(await db().$count(jobs, eq(jobs.name, 'sweep.digests.catch-up'))).toBe(1);
  });
});
