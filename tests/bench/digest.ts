/**
 * Digest at scale: 100,000 users spread over time zones and digest settings →
 *   1. the enqueue sweep (one INSERT … SELECT; target ≤ 10 s), run twice (the second finds nothing new),
 *      then the hourly catch-up sweep (every user past their hour today), twice;
 *   2. raw mail rate: sendMail to a local smtp-server sink over one pooled SMTP transport (target ≥ 200/s);
 *   3. end to end: digest jobs through the runner (sync + compose + send + bookkeeping).
 * PGlite in memory by default; TEST_DATABASE_URL=postgres://… runs it on a throwaway PostgreSQL database.
 * Prints numbers only. Run: node --import tsx tests/bench/digest.ts
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../helpers/test-db';
import { loadConfig } from '../../src/server/config';
import { catchUpDigests, sweepDigests } from '../../src/server/modules/notifications/digest-service';
import { sendMail } from '../../src/server/mail/send-mail';
import { closeTransports } from '../../src/server/mail/transport';
import { startSmtpSink } from '../../src/server/modules/notifications/test-support';
import { createJobRunner } from '../../src/server/jobs/definitions';

const USERS = Number(process.env.USERS ?? 100_000);
const MAILS = Number(process.env.MAILS ?? 3_000);
const DIGESTS = Number(process.env.DIGESTS ?? 1_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const ZONES = [
  'UTC', 'Europe/London', 'Europe/Berlin', 'Europe/Athens', 'Africa/Lagos', 'Africa/Nairobi', 'Asia/Dubai', 'Asia/Kolkata',
  'Asia/Kathmandu', 'Asia/Shanghai', 'Asia/Tokyo', 'Australia/Sydney', 'Australia/Adelaide', 'Pacific/Auckland',
  'Pacific/Honolulu', 'America/Anchorage', 'America/Los_Angeles', 'America/Denver', 'America/Chicago', 'America/New_York',
  'America/Sao_Paulo', 'America/St_Johns', 'Atlantic/Azores', 'Asia/Singapore',
];
const ms = (t0: number) => performance.now() - t0;
const fmt = (x: number) => x.toFixed(0).padStart(6);

const database = await openTestDatabase();
const db = database.db;
console.log(`Digest benchmark on ${database.kind}: ${USERS.toLocaleString()} users over ${ZONES.length} zones`);

let t0 = performance.now();
const zoneArray = sql.raw(`ARRAY[${ZONES.map((z) => `'${z}'`).join(',')}]`);
await db.execute(sql`
  INSERT INTO users (email, name, password_hash, timezone, created_at)
  SELECT 'bench' || g || '@example.test', 'Bench ' || g, 'x', (${zoneArray})[1 + g % ${ZONES.length}], now() - interval '2 days'
  FROM generate_series(1, ${USERS}) g`);
// 90% have settings (a tenth of those off, a fifth weekly), 10% rely on the defaults.
await db.execute(sql`
  INSERT INTO follow_through_settings (user_id, digest, digest_hour, week_starts_on, unsubscribe_token, updated_at)
  SELECT id,
         CASE WHEN n % 10 = 0 THEN 'off' WHEN n % 5 = 1 THEN 'weekly' ELSE 'daily' END,
         (n * 7) % 24, 1 + n % 7, md5(id::text || 'unsub'), 'epoch'
  FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM users) u
  WHERE n % 10 <> 9`);
console.log(`seed            ${fmt(ms(t0))} ms`);

t0 = performance.now();
const first = await sweepDigests(db);
console.log(`sweep #1        ${fmt(ms(t0))} ms  enqueued ${first} digest jobs (users due this hour)   target ≤ 10000 ms`);
t0 = performance.now();
const second = await sweepDigests(db);
console.log(`sweep #2        ${fmt(ms(t0))} ms  enqueued ${second} (idempotent)`);
t0 = performance.now();
const caught = await catchUpDigests(db);
console.log(`catch-up #1     ${fmt(ms(t0))} ms  enqueued ${caught} more (users whose hour passed earlier today)`);
t0 = performance.now();
const caughtAgain = await catchUpDigests(db);
console.log(`catch-up #2     ${fmt(ms(t0))} ms  enqueued ${caughtAgain} (idempotent; the hourly cost)`);

const sink = await startSmtpSink({ keep: false });
const config = loadConfig({ DATA_DIR: '/tmp/trellis-bench-unused', SMTP_URL: sink.url, PUBLIC_URL: 'https://trellis.example.org' });
// The digest handler has the user's settings row at hand and passes the unsubscribe token along.
const ids = ((await db.execute(sql`
  SELECT u.id, u.email, s.unsubscribe_token AS token FROM users u JOIN follow_through_settings s ON s.user_id = u.id
  ORDER BY u.id LIMIT ${Math.max(MAILS, DIGESTS)}`)) as unknown as { rows: { id: string; email: string; token: string }[] }).rows;

// Warm the SMTP pool so the handshake is not counted.
await sendMail(db, config, { userId: ids[0]!.id, kind: 'bench', to: ids[0]!.email, subject: 'warm-up', text: 'x', idempotencyKey: 'bench:warm' });
t0 = performance.now();
let next = 0;
const workers = Array.from({ length: CONCURRENCY }, async () => {
  while (next < MAILS) {
    const u = ids[next++ % ids.length]!;
    await sendMail(db, config, {
      userId: u.id,
      kind: 'bench',
      to: u.email,
      subject: 'Your Trellis digest: 2 overdue, 1 due today',
      text: 'Overdue (2)\n  - Send Ana the deck\n  - Thank Raj\nToday (1)\n  - Coffee with Mia\n',
      html: '<p><strong>Send Ana the deck</strong></p><p>Thank Raj</p><p>Coffee with Mia</p>',
      idempotencyKey: `bench:${next}`,
      unsubscribeToken: u.token,
    });
  }
});
await Promise.all(workers);
const sendMs = ms(t0);
console.log(`sendMail        ${fmt(sendMs)} ms  ${MAILS} mails, ${CONCURRENCY} in flight, pooled SMTP → ${Math.round(MAILS / (sendMs / 1000))} mails/s   target ≥ 200/s (sink got ${sink.count()})`);

// End to end: digest jobs through the runner, each user with three items.
await db.execute(sql`DELETE FROM jobs`);
await db.execute(sql`
  INSERT INTO follow_ups (user_id, source, dedupe_key, title, prompt, due_date)
  SELECT u.id, 'manual', 'bench:' || u.id || ':' || k, 'Follow up ' || k, 'Say thanks', current_date + (k - 2)
  FROM (SELECT id FROM users ORDER BY id OFFSET ${MAILS} LIMIT ${DIGESTS}) u, generate_series(1, 3) k`);
await db.execute(sql`
  INSERT INTO jobs (name, payload, idempotency_key)
  SELECT 'digest', jsonb_build_object('userId', id, 'localDate', to_char(now(), 'YYYY-MM-DD')), 'digest:' || id || ':bench'
  FROM (SELECT id FROM users ORDER BY id OFFSET ${MAILS} LIMIT ${DIGESTS}) u`);
// Settings are switched on for these users so none is skipped as "off".
await db.execute(sql`UPDATE follow_through_settings SET digest = 'daily' WHERE user_id IN (SELECT id FROM users ORDER BY id OFFSET ${MAILS} LIMIT ${DIGESTS})`);
const before = sink.count();
const jobConcurrency = database.kind === 'pglite' ? 1 : 4;
const runners = Array.from({ length: jobConcurrency }, (_, i) => createJobRunner({ db, config }, { workerId: `bench-${i}`, schedules: [] }));
t0 = performance.now();
await Promise.all(runners.map((r) => r.drain()));
const jobMs = ms(t0);
const sent = sink.count() - before;
console.log(`digest jobs     ${fmt(jobMs)} ms  ${DIGESTS} jobs, ${jobConcurrency} worker(s) → ${Math.round(DIGESTS / (jobMs / 1000))} digests/s end to end (${sent} mails)`);

closeTransports();
await sink.close();
await database.close();
