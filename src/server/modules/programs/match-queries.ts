import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { cohorts, matchRuns, programMatches, programMembers, programs, type StoredRunResult } from '../../db/schema/index';

/** SQL of matching runs; callers pass a cohort the service has checked the caller coordinates. */
export type MatchRunRow = typeof matchRuns.$inferSelect;

export async function insertRun(
  db: DbOrTx,
  v: { cohortId: string; weights: Record<string, number>; pinned: { mentee: string; mentor: string }[]; forbidden: { mentee: string; mentor: string }[]; result: StoredRunResult; createdBy: string },
) {
  const [row] = await db.insert(matchRuns).values(v).returning();
  return row!;
}

export async function latestRun(db: DbOrTx, cohortId: string, lock = false): Promise<MatchRunRow | null> {
  const base = db.select().from(matchRuns).where(eq(matchRuns.cohortId, cohortId)).orderBy(desc(matchRuns.createdAt), desc(matchRuns.id)).limit(1);
  const rows = lock ? await base.for('update') : await base;
  return rows[0] ?? null;
}

export async function findRun(db: DbOrTx, cohortId: string, id: string): Promise<MatchRunRow | null> {
  const [row] = await db.select().from(matchRuns).where(and(eq(matchRuns.cohortId, cohortId), eq(matchRuns.id, id)));
  return row ?? null;
}

/** The cohort of a run, only when the user holds a role in the run's program. */
export async function cohortOfRun(db: DbOrTx, userId: string, id: string): Promise<string | null> {
  const [row] = await db
    .select({ cohortId: matchRuns.cohortId })
    .from(matchRuns)
    .innerJoin(cohorts, eq(cohorts.id, matchRuns.cohortId))
    .where(and(eq(matchRuns.id, id), sql`exists (select 1 from ${programMembers} m where m.program_id = ${cohorts.programId} and m.user_id = ${userId})`));
  return row?.cohortId ?? null;
}

export async function markPublished(db: DbOrTx, id: string, at: Date) {
  await db.update(matchRuns).set({ publishedAt: at }).where(eq(matchRuns.id, id));
}

/** A program's name, for a program id the caller has already checked. */
export async function programName(db: DbOrTx, programId: string): Promise<string> {
  const [row] = await db.select({ name: programs.name }).from(programs).where(eq(programs.id, programId));
  return row?.name ?? 'your program';
}

/** Records on each pair's `program_matches` row the mentorship it opened or reused, in one statement. */
export async function linkMatchMentorships(db: DbOrTx, programId: string, links: readonly { menteeMemberId: string; mentorMemberId: string; mentorshipId: string; opened: boolean }[]) {
  // One row per pair: a pair given twice keeps its first link (the one that opened the mentorship).
  const once = new Map<string, (typeof links)[number]>();
  for (const l of links) {
    const key = `${l.menteeMemberId}:${l.mentorMemberId}`;
    if (!once.has(key)) once.set(key, l);
  }
  if (once.size === 0) return;
  const rows = sql.join(
    [...once.values()].map((l) => sql`(${l.menteeMemberId}::uuid, ${l.mentorMemberId}::uuid, ${l.mentorshipId}::uuid, ${l.opened}::boolean)`),
    sql`, `,
  );
  await db.execute(sql`
    update ${programMatches} set mentorship_id = v.mentorship_id, mentorship_opened = v.opened
    from (values ${rows}) as v(mentee_member_id, mentor_member_id, mentorship_id, opened)
    where ${programMatches.programId} = ${programId} and ${programMatches.menteeMemberId} = v.mentee_member_id and ${programMatches.mentorMemberId} = v.mentor_member_id`);
}

/** Which of these mentorships a match of the program still stands for. */
export async function mentorshipsStillMatched(db: DbOrTx, programId: string, mentorshipIds: string[]): Promise<Set<string>> {
  if (mentorshipIds.length === 0) return new Set();
  const rows = await db
    .select({ id: programMatches.mentorshipId })
    .from(programMatches)
    .where(and(eq(programMatches.programId, programId), inArray(programMatches.mentorshipId, mentorshipIds)));
  return new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
}
