/**
 * A mentor's "My mentees" at scale: one mentor with 200 mentees (each with a shared goal, an
 * agreement, a meeting with an open action item and a shadow request) → the first page (limit 200)
 * of listMentees, timed and with the number of SQL statements it sends (counted on the Drizzle
 * handle: every select/insert/update/delete/execute builder).
 * PGlite in memory by default; TEST_DATABASE_URL=postgres://… runs it on a throwaway PostgreSQL database.
 * Prints numbers only. Run: node --import tsx tests/bench/my-mentees.ts
 */
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { openTestDatabase } from '../helpers/test-db';
import { users } from '../../src/server/db/schema/index';
import { linkMentor } from '../../src/server/modules/mentoring/mentor-side-service';
import { insertMentee } from '../../src/server/modules/mentor-directory/queries';
import { listMentees } from '../../src/server/modules/mentor-directory/mentees-service';
import { createGoal } from '../../src/server/modules/mentoring/goals-service';
import { createMeeting } from '../../src/server/modules/mentoring/meetings-service';
import { reviseAgreement } from '../../src/server/modules/mentoring/agreements-service';
import { createShadow } from '../../src/server/modules/mentoring/shadow-service';
import { counting } from '../helpers/statement-counter';

const MENTEES = Number(process.env.MENTEES ?? 200);
const RUNS = Number(process.env.RUNS ?? 5);

const database = await openTestDatabase();
const db = database.db;
const now = new Date();
const iso = (d: number) => new Date(now.getTime() + d * 86_400_000).toISOString().slice(0, 10);
const mentorId = randomUUID();
await db.insert(users).values({ id: mentorId, email: `mentor-${mentorId}@bench.test`, name: 'Bench Mentor', passwordHash: 'x', timezone: 'Europe/Berlin' });
const t0 = performance.now();
for (let i = 0; i < MENTEES; i++) {
  const menteeId = randomUUID();
  await db.insert(users).values({ id: menteeId, email: `mentee-${menteeId}@bench.test`, name: `Mentee ${i}`, passwordHash: 'x', timezone: i % 2 ? 'America/New_York' : 'Asia/Tokyo' });
  const mentorshipId = await db.transaction((tx) => linkMentor(tx, menteeId, { mentorUserId: mentorId, kind: 'shepherd', areas: ['Leadership'], role: null, industry: null, now }));
  await insertMentee(db, { userId: mentorId, menteeUserId: menteeId, mentorshipId, requestId: null });
  await createGoal(db, menteeId, { horizon: 'one_year', title: `Goal ${i}`, areas: ['Leadership'], sharedWith: [mentorshipId] } as never);
  await createMeeting(db, menteeId, mentorshipId, { heldOn: iso(-(i % 90)), actionItems: [{ text: 'Read the book', owner: 'me', dueOn: iso(3) }] } as never, now);
  await reviseAgreement(db, menteeId, mentorshipId, { cadence: 'Every two weeks' } as never, iso(0), now);
  if (i % 3 === 0) await createShadow(db, menteeId, mentorshipId, { proposedDates: [iso(10)], hopes: 'A day at work' } as never, now);
}
console.log(`seeded ${MENTEES} mentees in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const { db: countedDb, counter } = counting(db);
for (const limit of [50, 200]) {
  const times: number[] = [];
  let items = 0;
  let statements = 0;
  for (let r = 0; r < RUNS; r++) {
    counter.n = 0;
    const t = performance.now();
    const page = await listMentees(countedDb, mentorId, limit, undefined, new Date());
    times.push(performance.now() - t);
    items = page.items.length;
    statements = counter.n;
  }
  times.sort((a, b) => a - b);
  console.log(`listMentees(limit ${limit}): ${items} mentees, ${statements} SQL statements, median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[times.length - 1]!.toFixed(0)}) over ${RUNS} runs`);
}
await database.close();
