/**
 * GET /api/v1/today for a heavy user: 10,000 contacts, 50,000 follow-ups (~12,500 open, the rest
 * done or skipped history), 3,000 interactions and two habits, on in-memory PGlite through
 * app.inject. Rows are inserted in bulk with SQL; the first requests run the one-time full sync.
 * Prints p50/p95/p99 wall and CPU time of ~300 requests, before and after the hourly maintenance
 * vacuum a running embedded Trellis does; nothing asserts speed.
 * Run: node --import tsx tests/bench/today.ts
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { openMemoryDatabase } from '../../src/server/db/client';
import { vacuumChurnedTables } from '../../src/server/jobs/vacuum';

const CONTACTS = 10_000;
const FOLLOW_UPS = 50_000;
const REQUESTS = Number(process.env.REQUESTS ?? 300);

const database = await openMemoryDatabase();
await database.migrate();
const app = await buildApp({ db: database.db, database, config: loadConfig({ DATA_DIR: '/tmp/trellis-bench-unused' }) });
await app.ready();
const signup = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/signup',
  payload: { email: 'bench@example.test', password: 'correct horse battery', name: 'Bench', timezone: 'America/New_York' },
});
const cookie = `trellis_session=${signup.cookies.find((c) => c.name === 'trellis_session')!.value}`;
const userId = signup.json().user.id as string;
const db = database.db;

let t0 = performance.now();
await db.execute(sql`
  insert into contacts (user_id, display_name, company, circle, starred, birthday, last_interaction_at, search_text)
  select ${userId}, 'Contact ' || g, 'Company ' || (g % 500),
    (array['mentor','colleague','customer','vendor','management','former_colleague','industry_peer','friend_family','other'])[1 + g % 9],
    g % 50 = 0,
    case when g % 10 = 0 then '--' || lpad((1 + g % 12)::text, 2, '0') || '-' || lpad((1 + g % 28)::text, 2, '0') end,
    case when g % 5 = 0 then null else now() - (g % 365) * interval '1 day' end,
    'contact ' || g
  from generate_series(1, ${CONTACTS}) g`);
await db.execute(sql`
  insert into interactions (user_id, kind, occurred_at)
  select ${userId}, (array['coffee','lunch','call','meeting'])[1 + g % 4], now() - (g % 400) * interval '1 day' - g * interval '1 minute'
  from generate_series(1, 3000) g`);
await db.execute(sql`
  insert into interaction_contacts (interaction_id, contact_id)
  select i.id, c.id from
    (select id, row_number() over (order by occurred_at) rn from interactions where user_id = ${userId}) i
    join (select id, row_number() over (order by id) rn from contacts where user_id = ${userId}) c on c.rn = 1 + (i.rn * 7) % ${CONTACTS}`);
// One cadence row per contact is left to the sync; the rest are other sources with history.
await db.execute(sql`
  insert into follow_ups (user_id, contact_id, source, dedupe_key, title, prompt, due_date, status, completed_at)
  select ${userId}, c.id, (array['thank_you','commitment','occasion','reach_out'])[1 + g % 4], 'bench:' || g,
    'Follow up ' || g, 'Recap what stood out', current_date + ((g % 240) - 120),
    case when g % 4 = 0 then 'open' when g % 17 = 0 then 'skipped' else 'done' end,
    case when g % 4 = 0 then null else now() end
  from generate_series(1, ${FOLLOW_UPS - CONTACTS}) g
  join (select id, row_number() over (order by id) rn from contacts where user_id = ${userId}) c on c.rn = 1 + g % ${CONTACTS}`);
await db.execute(sql`
  insert into habits (user_id, name, kind, target, filter) values
    (${userId}, 'Lunch with a colleague', 'distinct_people', 1, '{"kinds":["lunch"]}'),
    (${userId}, 'One new person a week', 'new_people', 1, '{}')`);
await db.execute(sql`analyze`);
console.log(`seeded ${CONTACTS} contacts, ${FOLLOW_UPS - CONTACTS} follow-ups + 3,000 interactions in ${(performance.now() - t0).toFixed(0)} ms`);

const get = () => app.inject({ method: 'GET', url: '/api/v1/today', headers: { cookie } });
t0 = performance.now();
const first = await get();
const body = first.json();
console.log(
  `first request (full sync of ${CONTACTS} cadences + occasions): ${(performance.now() - t0).toFixed(0)} ms, status ${first.statusCode}, ` +
    `overdue ${body.counts.overdue}, today ${body.counts.dueToday}, upcoming ${body.counts.upcoming}, items returned ${body.overdue.length + body.dueToday.length + body.upcoming.length}`,
);
const total = await db.execute(sql`select count(*)::int as n from follow_ups where user_id = ${userId}`);
console.log(`follow_ups rows after sync: ${(total as unknown as { rows: { n: number }[] }).rows[0]!.n}`);
for (let i = 0; i < 20; i++) await get();

// Wall time swings with other processes on a shared machine; the process's CPU time per request
// (main thread, where PGlite runs, plus GC helpers) is the steadier number to compare.
async function measure(label: string) {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const c = process.cpuUsage();
    const s = performance.now();
    const r = await get();
    times.push(performance.now() - s);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
    if (r.statusCode !== 200) throw new Error(`status ${r.statusCode}: ${r.body}`);
  }
  const pct = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!.toFixed(1);
  const line = (xs: number[]) => `p50 ${pct(xs, 50)} ms | p95 ${pct(xs, 95)} ms | p99 ${pct(xs, 99)} ms | max ${pct(xs, 100)} ms`;
  console.log(`GET /api/v1/today x${REQUESTS} ${label} wall: ${line(times)} (target p99 <= 25 ms)`);
  console.log(`GET /api/v1/today x${REQUESTS} ${label} cpu:  ${line(cpu)}`);
}
await measure('right after the full sync');
// What the embedded database's hourly maintenance job does (PGlite has no autovacuum).
t0 = performance.now();
await vacuumChurnedTables(db);
console.log(`hourly maintenance vacuum: ${(performance.now() - t0).toFixed(0)} ms`);
for (let i = 0; i < 20; i++) await get();
await measure('after the hourly vacuum');
await app.close();
await database.close();
