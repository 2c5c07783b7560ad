/**
 * A mentee's "Choose a mentor" list at scale: one program with 2,000 mentors (applications in a
 * spread of time zones, skills and languages) and one mentee in a cohort → `mentorChoice`, the
 * service behind GET /programs/:id/self-service/mentors, timed RUNS times (the first includes warm-up),
 * wall time and this process's CPU time (PGlite runs in-process, so its work is counted too).
 * PGlite in memory by default; TEST_DATABASE_URL=postgres://… runs it on a throwaway PostgreSQL database.
 * Prints numbers only. Run: node --import tsx tests/bench/programs/self-service-list.ts
 */
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { openTestDatabase } from '../../helpers/test-db';
import { cohorts, mentorApplications, organizations, programMembers, programs, users } from '../../../src/server/db/schema/index';
import { programAccess } from '../../../src/server/modules/programs/access';
import { mentorChoice } from '../../../src/server/modules/programs/self-service-service';

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
const menteeUser = randomUUID();
await db.insert(users).values({ id: menteeUser, email: `mentee-${menteeUser}@bench.test`, name: 'Bench Mentee', passwordHash: 'x', timezone: 'Europe/London' });
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
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const list = await mentorChoice(db, access, program!.id, now);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // CPU time too: on a shared, loaded machine wall time mostly measures the neighbours.
  console.log(`run ${i + 1}: ${ms.toFixed(0)} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)} ms) for ${list.mentors.length} mentors${list.blocked ? ` (blocked: ${list.blocked.code})` : ''}`);
}
await database.close();
