/**
 * The events door list for a program of 20,000 members, on in-memory PGlite through app.inject:
 * the first page of a name search (a walk-in), the expected list (200 RSVPs), the next page of
 * everyone, and people met — the way it is now (the database searches, limits and pages by
 * name) against the old way (load every program member, filter and sort in memory), which the
 * bench reproduces with programPeople. Prints the median and p95 of each; nothing asserts speed.
 * Run: node --import tsx tests/bench/door-list.ts
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { openMemoryDatabase } from '../../src/server/db/client';
import { programPeople } from '../../src/server/modules/programs/service';

const MEMBERS = Number(process.env.MEMBERS ?? 20_000);
const RUNS = Number(process.env.RUNS ?? 30);

const database = await openMemoryDatabase();
await database.migrate();
const db = database.db;
const app = await buildApp({ db, database, config: loadConfig({ DATA_DIR: '/tmp/trellis-bench-unused' }) });
await app.ready();
const signup = await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email: 'door@example.test', password: 'correct horse battery', name: 'Door Coordinator', timezone: 'UTC' } });
const headers = { cookie: `trellis_session=${signup.cookies.find((c) => c.name === 'trellis_session')!.value}`, 'x-csrf-token': signup.json().csrfToken as string };
const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
  const r = await app.inject({ method, url: `/api/v1${url}`, headers, payload });
  if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
  return r.json();
};
const org = await call('POST', '/organizations', { name: 'Bench org' });
const programId = (await call('POST', `/organizations/${org.id}/programs`, { name: 'Big program', participantsAreMinors: false })).id as string;

let t0 = performance.now();
await db.execute(sql`insert into users (email, name, password_hash) select 'm' || g || '@bench.test', (array['Ada','Ben','Cleo','Dev','Eli','Fay','Gus','Hana'])[1 + g % 8] || ' Member ' || g, 'x' from generate_series(1, ${MEMBERS}) g`);
await db.execute(sql`insert into program_members (program_id, user_id, role) select ${programId}, id, 'mentee' from users where email like '%@bench.test'`);
const start = new Date(Date.now() + 3_600_000);
const event = await call('POST', `/programs/${programId}/events`, { title: 'Big mixer', kind: 'mixer', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString(), timeZone: 'UTC', location: 'Hall' });
await db.execute(sql`insert into event_rsvps (event_id, user_id, status, listed) select ${event.id}, id, 'going', true from users where email like '%@bench.test' order by email limit 200`);
await db.execute(sql`insert into event_check_ins (event_id, user_id) select ${event.id}, id from users where email like '%@bench.test' order by email limit 150`);
await db.execute(sql`insert into event_check_ins (event_id, user_id) select ${event.id}, user_id from program_members where program_id = ${programId} and role = 'coordinator'`);
console.log(`seeded ${MEMBERS} members, 200 RSVPs, 151 check-ins in ${Math.round(performance.now() - t0)} ms`);

async function time(label: string, fn: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${ms[Math.floor(RUNS / 2)]!.toFixed(1).padStart(7)} ms   p95 ${ms[Math.floor(RUNS * 0.95)]!.toFixed(1).padStart(7)} ms`);
}

// Before: what the door list did per request — every member loaded, then filtered in memory.
const oldWay = async (needle: string) => {
  const all = await programPeople(db, programId);
  return all.filter((p) => p.name.toLowerCase().includes(needle)).sort((a, b) => a.name.localeCompare(b.name));
};
await time('before: load all members, filter "fay member 1"', () => oldWay('fay member 1'));
await time('after:  GET attendance?q=fay member 1', () => call('GET', `/events/${event.id}/attendance?q=${encodeURIComponent('fay member 1')}`));
await time('after:  GET attendance (expected, 200 RSVPs)', () => call('GET', `/events/${event.id}/attendance`));
const first = await call('GET', `/events/${event.id}/attendance?show=everyone`);
await time('after:  GET attendance?show=everyone, page 2', () => call('GET', `/events/${event.id}/attendance?show=everyone&cursor=${first.nextCursor}`));
await time('after:  GET people-met (151 checked in)', () => call('GET', `/events/${event.id}/people-met`));
await app.close();
await database.close();
