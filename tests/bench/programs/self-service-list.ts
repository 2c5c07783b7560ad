/**
 * A mentee's "Choose a mentor" list at scale: one program with 2,000 mentors (applications in a
 * spread of time zones, skills and languages) and one mentee in a cohort → `mentorChoice`, the
 * service behind GET /programs/:id/self-service/mentors, timed RUNS times (the first includes warm-up),
 * wall time and this process's CPU time (PGlite runs in-process, so its work is counted too).
 * Each run asks for the first page (20), the page after it (its cursor) and a search's first page,
 * and prints the size of the first page's JSON; then the same first page and search through HTTP
 * (app.inject: route, validation, response schema and serialisation included), as the browser asks.
 * PGlite in memory by default; TEST_DATABASE_URL=postgres://… runs it on a throwaway PostgreSQL database.
 * Prints numbers only. Run: node --import tsx tests/bench/programs/self-service-list.ts
 */
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { openTestDatabase } from '../../helpers/test-db';
import { buildApp } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import { cohorts, mentorApplications, organizations, programMembers, programs, users } from '../../../src/server/db/schema/index';
import { programAccess } from '../../../src/server/modules/programs/access';
import { mentorChoice } from '../../../src/server/modules/programs/self-service-choice';

const MENTORS = Number(process.env.MENTORS ?? 2000);
const RUNS = Number(process.env.RUNS ?? 3);
const ZONES = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney', 'America/Sao_Paulo', 'Africa/Lagos', 'Europe/Helsinki'];
const SKILLS = ['public speaking', 'negotiation', 'data analysis', 'leadership', 'product management', 'design', 'writing', 'sales'];
const INDUSTRIES = ['software', 'finance', 'health', 'education', 'retail'];

const database = await openTestDatabase();
const db = database.db;
const now = new Date();
const t0 = performance.now();
const [org] = await db.insert(organizations).values({ name: 'Bench org' }).returning();
const [program] = await db.insert(programs).values({ organizationId: org!.id, name: 'Bench program', matchingMode: 'self_service' }).returning();
const [cohort] = await db.insert(cohorts).values({ programId: program!.id, name: 'Bench cohort', startsOn: '2026-01-01', endsOn: '2026-12-31' }).returning();
const app = await buildApp({ db, database, config: loadConfig({ DATA_DIR: '/tmp/trellis-bench-unused', PASSWORD_HASH_COST: 'test' }) });
await app.ready();
const signup = await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email: `mentee-${randomUUID()}@bench.test`, password: 'correct horse battery', name: 'Bench Mentee', timezone: 'Europe/London' } });
const menteeUser = (signup.json() as { user: { id: string } }).user.id;
const headers = { cookie: `trellis_session=${signup.cookies.find((c) => c.name === 'trellis_session')!.value}` };
await db.insert(programMembers).values({ programId: program!.id, userId: menteeUser, role: 'mentee', cohortId: cohort!.id, growthAreas: ['Public speaking', 'Negotiation'], preferredIndustries: ['software'], languages: ['en'], timeZone: 'Europe/London' });
const CHUNK = 500;
for (let start = 0; start < MENTORS; start += CHUNK) {
  const n = Math.min(CHUNK, MENTORS - start);
  const ids = Array.from({ length: n }, () => randomUUID());
  await db.insert(users).values(ids.map((id, i) => ({ id, email: `mentor-${id}@bench.test`, name: `Mentor ${start + i}`, passwordHash: 'x', timezone: 'UTC' })));
  const members = await db
    .insert(programMembers)
    .values(ids.map((id) => ({ programId: program!.id, userId: id, role: 'mentor' })))
    .returning({ id: programMembers.id });
  await db.insert(mentorApplications).values(
    members.map((m, i) => {
      const k = start + i;
      return {
        programId: program!.id,
        memberId: m.id,
        motivation: 'I like helping.',
        skills: [SKILLS[k % SKILLS.length]!, SKILLS[(k * 3 + 1) % SKILLS.length]!],
        industries: [INDUSTRIES[k % INDUSTRIES.length]!],
        languages: k % 4 === 0 ? ['en', 'fr'] : ['en'],
        availability: 'Evenings',
        timeZone: ZONES[k % ZONES.length]!,
        capacity: 1 + (k % 3),
        backgroundCheck: 'cleared',
      };
    }),
  );
}
console.log(`seeded ${MENTORS} mentors in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const access = await programAccess(db, menteeUser, program!.id);
const timed = async (label: string, query: Parameters<typeof mentorChoice>[4]) => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const list = await mentorChoice(db, access, program!.id, now, query);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // CPU time too: on a shared, loaded machine wall time mostly measures the neighbours.
  return { list, line: `${label} ${ms.toFixed(0)} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)} ms, ${list.items.length} of ${list.total}${list.blocked ? `, blocked: ${list.blocked.code}` : ''})` };
};
for (let i = 0; i < RUNS; i++) {
  const first = await timed('first page', { limit: 20 });
  const next = await timed('next page', { limit: 20, cursor: first.list.nextCursor ?? undefined });
  const search = await timed('search "negotiation en"', { limit: 20, q: 'negotiation en' });
  console.log(`run ${i + 1}: ${first.line}; ${next.line}; ${search.line}; first page ${JSON.stringify(first.list).length} bytes of JSON`);
}
for (let i = 0; i < RUNS; i++) {
  const http = async (query: string) => {
    const started = performance.now();
    const r = await app.inject({ method: 'GET', url: `/api/v1/programs/${program!.id}/self-service/mentors${query}`, headers });
    if (r.statusCode !== 200) throw new Error(`${r.statusCode} ${r.body}`);
    return `${(performance.now() - started).toFixed(0)} ms, ${r.body.length} bytes`;
  };
  console.log(`http ${i + 1}: first page ${await http('?limit=20')}; search "negotiation en" ${await http('?limit=20&q=negotiation%20en')}`);
}
await app.close();
await database.close();
