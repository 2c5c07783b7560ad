/**
 * A program's publish and Health tab at scale: one cohort with N mentees and N mentors (capacity
 * one each, screened, mentees in three time zones), a coordinator's run, then
 *   - POST /match-runs/:id/publish (opens N mentorships through the mentoring room), and
 *   - GET /programs/:id/health (each match's meetings, goals and quiet flag),
 * both through app.inject, timed and with the number of SQL statements each sends (counted on
 * Drizzle's prepared queries, inside transactions too: BEGIN/COMMIT are not counted, the request's
 * own session lookup and gate are).
 * About a third of the mentorships get a recent meeting after publishing, so some are quiet and
 * some are not. PGlite in memory by default; TEST_DATABASE_URL=postgres://… runs it on a
 * throwaway PostgreSQL database. Prints numbers only.
 * Run: node --import tsx tests/bench/programs/health-and-publish.ts   (SIZES=100,400 RUNS=3)
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { PglitePreparedQuery } from 'drizzle-orm/pglite';
import { NodePgPreparedQuery } from 'drizzle-orm/node-postgres';
import { buildApp } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import { openTestDatabase } from '../../helpers/test-db';

const SIZES = (process.env.SIZES ?? '100,400').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 3);
const HEALTH_RUNS = Number(process.env.HEALTH_RUNS ?? 5);

// Every statement Drizzle sends goes through a prepared query's execute() or all(), on the pool
// and on a transaction's session alike.
let statements = 0;
for (const proto of [PglitePreparedQuery.prototype, NodePgPreparedQuery.prototype] as unknown as Record<string, (...a: unknown[]) => unknown>[]) {
  for (const name of ['execute', 'all']) {
    const original = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      statements += 1;
      return original.apply(this, args);
    };
  }
}

const database = await openTestDatabase();
const db = database.db;
const app = await buildApp({ db, database, config: loadConfig({ DATA_DIR: '/tmp/trellis-bench-unused' }) });
await app.ready();
const signup = await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email: 'coord@bench.test', password: 'correct horse battery', name: 'Bench Coordinator', timezone: 'UTC' } });
const headers = { cookie: `trellis_session=${signup.cookies.find((c) => c.name === 'trellis_session')!.value}`, 'x-csrf-token': signup.json().csrfToken as string };
const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
  const r = await app.inject({ method, url: `/api/v1${url}`, headers, payload });
  if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body.slice(0, 500)}`);
  return r.json();
};
const org = await call('POST', '/organizations', { name: 'Bench org' });

let programs = 0;
/** A fresh program with n mentees and n mentors in one cohort and its (unpublished) run. */
async function seedProgram(n: number) {
  programs += 1;
  const p = `b${programs}`;
  const programId = (await call('POST', `/organizations/${org.id}/programs`, { name: `Bench program ${p}`, participantsAreMinors: false })).id as string;
  const cohortId = (await call('POST', `/programs/${programId}/cohorts`, { name: 'Spring', startsOn: '2027-02-01', endsOn: '2027-06-30' })).id as string;
  const zones = sql`(array['UTC','America/Los_Angeles','Asia/Tokyo'])[1 + g % 3]`;
  await db.execute(sql`insert into users (email, name, password_hash, timezone) select ${p} || '-mentee' || g || '@bench.test', 'Mentee ' || g, 'x', ${zones} from generate_series(1, ${n}) g`);
  await db.execute(sql`insert into users (email, name, password_hash, timezone) select ${p} || '-mentor' || g || '@bench.test', 'Mentor ' || g, 'x', ${zones} from generate_series(1, ${n}) g`);
  // Mentee g prefers mentor g's industry, so every mentee has a best mentor of their own.
  await db.execute(sql`insert into program_members (program_id, user_id, role, cohort_id, growth_areas, preferred_industries)
    select ${programId}, id, 'mentee', ${cohortId}, array['Public speaking', 'Negotiation'], array['industry ' || split_part(split_part(email, '-mentee', 2), '@', 1)]
    from users where email like ${p + '-mentee%'}`);
  await db.execute(sql`insert into program_members (program_id, user_id, role) select ${programId}, id, 'mentor' from users where email like ${p + '-mentor%'}`);
  await db.execute(sql`insert into mentor_applications (program_id, member_id, motivation, skills, industries, job_role, languages, availability, capacity, background_check, training_completed_on, "references")
    select ${programId}, pm.id, 'Give back', array['public speaking'], array['industry ' || split_part(split_part(u.email, '-mentor', 2), '@', 1)], 'engineer', array['en'], 'Evenings', 1, 'cleared', '2026-11-01', '[{"name":"Ref","contacted":true,"ok":true}]'::jsonb
    from program_members pm join users u on u.id = pm.user_id where pm.program_id = ${programId} and pm.role = 'mentor'`);
  const run = await call('POST', `/cohorts/${cohortId}/match-runs`, {});
  return { programId, runId: run.id as string, pairs: (run.pairs as unknown[]).length };
}

async function measure<T>(fn: () => Promise<T>) {
  statements = 0;
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, statements, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;

for (const n of SIZES) {
  const publishMs: number[] = [];
  let publishStatements = 0;
  let last: Awaited<ReturnType<typeof seedProgram>> | undefined;
  for (let r = 0; r < RUNS; r++) {
    last = await seedProgram(n);
    const run = last;
    const m = await measure(() => call('POST', `/match-runs/${run.runId}/publish`, { pairCount: run.pairs }));
    publishMs.push(m.ms);
    publishStatements = m.statements;
  }
  const programId = last!.programId;
  // Started two months ago, with a recent meeting on about a third: those are not quiet, the rest are.
  await db.execute(sql`update mentorships set started_on = current_date - 60 where id in (select mentorship_id from program_matches where program_id = ${programId})`);
  await db.execute(sql`insert into mentoring_meetings (user_id, mentorship_id, held_on)
    select m.user_id, m.id, current_date - 3 from mentorships m join program_matches pm on pm.mentorship_id = m.id
    where pm.program_id = ${programId} and pm.id::text < '5'`);
  const healthMs: number[] = [];
  let healthStatements = 0;
  let quiet = 0;
  for (let r = 0; r < HEALTH_RUNS; r++) {
    const m = await measure(() => call('GET', `/programs/${programId}/health`));
    healthMs.push(m.ms);
    healthStatements = m.statements;
    quiet = (m.value as { matchActivity: { quiet: number } }).matchActivity.quiet;
  }
  console.log(`${n} matches (${last!.pairs} pairs): publish ${fmt(publishMs)} over ${RUNS} runs, ${publishStatements} SQL statements`);
  console.log(`${n} matches: GET health ${fmt(healthMs)} over ${HEALTH_RUNS} runs, ${healthStatements} SQL statements (${quiet} quiet)`);
}
await app.close();
await database.close();
