import { and, asc, desc, eq, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { mentorApplications, programMatches, programMembers, programs, selfServiceRequests, users } from '../../db/schema/index';
import { MATCHED_STATUSES, OPEN_STATUSES } from '../../../domain/programs/self-service';
import { currentMatch, type CurrentFor } from './queries';

/**
 * SQL of self-service matching. Callers pass a program the service has checked the caller belongs
 * to; `requestForUser` is the only lookup by bare id, and it is scoped to the caller's programs.
 */
export type RequestRow = typeof selfServiceRequests.$inferSelect;

export async function matchingModeOf(db: DbOrTx, programId: string) {
  const [row] = await db.select({ mode: programs.matchingMode, minors: programs.participantsAreMinors, name: programs.name }).from(programs).where(eq(programs.id, programId));
  return row ?? null;
}

export async function setMatchingMode(db: DbOrTx, programId: string, mode: string) {
  await db.update(programs).set({ matchingMode: mode, updatedAt: new Date() }).where(eq(programs.id, programId));
}

/** Pending requests older than `before` become expired; returns them so their people can be told. */
export async function expirePending(db: DbOrTx, programId: string, before: Date, now: Date) {
  return db
    .update(selfServiceRequests)
    .set({ status: 'expired', respondedAt: now, updatedAt: now })
    .where(and(eq(selfServiceRequests.programId, programId), eq(selfServiceRequests.status, 'pending'), lt(selfServiceRequests.createdAt, before)))
    .returning();
}

/** Programs holding a pending request older than `before`: the expiry sweep's work list (a job, no caller). */
export async function programsWithStalePending(db: DbOrTx, before: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ programId: selfServiceRequests.programId })
    .from(selfServiceRequests)
    .where(and(eq(selfServiceRequests.status, 'pending'), lt(selfServiceRequests.createdAt, before)));
  return rows.map((r) => r.programId);
}

export async function insertRequest(db: DbOrTx, v: { programId: string; cohortId: string; menteeMemberId: string; mentorMemberId: string; message: string }) {
  const [row] = await db.insert(selfServiceRequests).values(v).onConflictDoNothing().returning();
  return row ?? null;
}

/** A request, only when the user holds a role in its program. */
export async function requestForUser(db: DbOrTx, userId: string, id: string): Promise<RequestRow | null> {
  const [row] = await db
    .select()
    .from(selfServiceRequests)
    .where(and(eq(selfServiceRequests.id, id), sql`exists (select 1 from ${programMembers} m where m.program_id = ${selfServiceRequests.programId} and m.user_id = ${userId})`));
  return row ?? null;
}

export async function lockRequest(db: DbOrTx, id: string): Promise<RequestRow | null> {
  const [row] = await db.select().from(selfServiceRequests).where(eq(selfServiceRequests.id, id)).for('update');
  return row ?? null;
}

/** Locks member rows in id order, so two transactions locking overlapping pairs cannot deadlock. */
export async function lockMembers(db: DbOrTx, programId: string, ids: string[]) {
  await db
    .select({ id: programMembers.id })
    .from(programMembers)
    .where(and(eq(programMembers.programId, programId), inArray(programMembers.id, [...new Set(ids)])))
    .orderBy(asc(programMembers.id))
    .for('update');
}

export async function setRequest(db: DbOrTx, id: string, v: Partial<Omit<RequestRow, 'id' | 'programId' | 'cohortId' | 'menteeMemberId' | 'mentorMemberId' | 'createdAt'>>, now: Date) {
  const [row] = await db.update(selfServiceRequests).set({ ...v, updatedAt: now }).where(eq(selfServiceRequests.id, id)).returning();
  return row!;
}

export async function listRequests(db: DbOrTx, programId: string, f: { menteeIds?: string[]; mentorIds?: string[]; statuses?: string[]; limit?: number }) {
  const conds: (SQL | undefined)[] = [eq(selfServiceRequests.programId, programId)];
  if (f.menteeIds) {
    if (f.menteeIds.length === 0) return [];
    conds.push(inArray(selfServiceRequests.menteeMemberId, f.menteeIds));
  }
  if (f.mentorIds) {
    if (f.mentorIds.length === 0) return [];
    conds.push(inArray(selfServiceRequests.mentorMemberId, f.mentorIds));
  }
  if (f.statuses) conds.push(inArray(selfServiceRequests.status, f.statuses));
  return db
    .select()
    .from(selfServiceRequests)
    .where(and(...conds))
    .orderBy(desc(selfServiceRequests.createdAt), desc(selfServiceRequests.id))
    .limit(f.limit ?? 200);
}

/** Open requests of a mentee (pending or waiting for approval), the one named in `except` left out. */
export async function openRequestsOfMentee(db: DbOrTx, menteeMemberId: string, except?: string) {
  const rows = await db
    .select()
    .from(selfServiceRequests)
    .where(and(eq(selfServiceRequests.menteeMemberId, menteeMemberId), inArray(selfServiceRequests.status, OPEN_STATUSES)))
    .orderBy(asc(selfServiceRequests.id));
  return rows.filter((r) => r.id !== except);
}

/**
 * A mentor's yes that still waits for a coordinator and can still become a match: its mentee is in
 * the cohort the request was made for. A mentee moved to another cohort since cannot be approved
 * (`menteeBlock` answers no_cohort), so that yes holds no place and keeps nobody out of a run.
 */
const liveHold = () =>
  and(
    eq(selfServiceRequests.status, 'accepted_by_mentor'),
    sql`exists (select 1 from ${programMembers} hm where hm.id = ${selfServiceRequests.menteeMemberId} and hm.cohort_id = ${selfServiceRequests.cohortId})`,
  );

/** Mentor-accepted requests waiting for a coordinator: they hold a place at the mentor. */
export async function reservedAt(db: DbOrTx, programId: string, mentorIds: string[], except?: string) {
  if (mentorIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ mentor: selfServiceRequests.mentorMemberId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(selfServiceRequests)
    .where(and(eq(selfServiceRequests.programId, programId), liveHold(), inArray(selfServiceRequests.mentorMemberId, mentorIds), except ? sql`${selfServiceRequests.id} <> ${except}` : undefined))
    .groupBy(selfServiceRequests.mentorMemberId);
  return new Map(rows.map((r) => [r.mentor, r.n]));
}

/**
 * Mentors' yeses waiting for a coordinator in the program, in every cohort: a mentor's capacity is
 * one number for the whole program (every cohort's matches count against it), so a yes in another
 * cohort takes a place this cohort's run could otherwise fill. Only live holds (`liveHold`).
 */
export async function awaitingApproval(db: DbOrTx, programId: string) {
  return db
    .select({ id: selfServiceRequests.id, mentee: selfServiceRequests.menteeMemberId, mentor: selfServiceRequests.mentorMemberId, cohortId: selfServiceRequests.cohortId })
    .from(selfServiceRequests)
    .where(and(eq(selfServiceRequests.programId, programId), liveHold()))
    .orderBy(asc(selfServiceRequests.id));
}

export async function insertMatch(db: DbOrTx, v: { programId: string; cohortId: string; menteeMemberId: string; mentorMemberId: string; score: number; breakdown: Record<string, number>; publishedAt: Date }) {
  const [row] = await db.insert(programMatches).values({ ...v, runId: null }).returning();
  return row!;
}

export async function countsOf(db: DbOrTx, programId: string) {
  const rows = await db
    .select({ status: selfServiceRequests.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(selfServiceRequests)
    .where(eq(selfServiceRequests.programId, programId))
    .groupBy(selfServiceRequests.status);
  const n = (s: string[]) => rows.filter((r) => s.includes(r.status)).reduce((a, r) => a + r.n, 0);
  return { pending: n(['pending']), awaitingApproval: n(['accepted_by_mentor']), matched: n(MATCHED_STATUSES) };
}

/** Pairs self-service made in a cohort that are still its current matches. */
export async function selfServicePairs(db: DbOrTx, cohortId: string) {
  return db
    .selectDistinct({ mentee: selfServiceRequests.menteeMemberId, mentor: selfServiceRequests.mentorMemberId })
    .from(selfServiceRequests)
    .innerJoin(
      programMatches,
      and(eq(programMatches.cohortId, selfServiceRequests.cohortId), eq(programMatches.menteeMemberId, selfServiceRequests.menteeMemberId), eq(programMatches.mentorMemberId, selfServiceRequests.mentorMemberId)),
    )
    .where(and(eq(selfServiceRequests.cohortId, cohortId), or(...MATCHED_STATUSES.map((s) => eq(selfServiceRequests.status, s)))))
    .orderBy(asc(selfServiceRequests.menteeMemberId));
}

const likeWord = (w: string) => `%${w.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The "Choose a mentor" candidates: mentors of the program whose application has not failed its
 * background check (as the run's participants), only the columns the list shows and scores, and
 * narrowed here by the search words (each must appear in name, role, skills, industries,
 * languages or availability) and a language. The ranking needs every remaining one scored.
 */
export async function chooserMentors(db: DbOrTx, programId: string, f: { words: string[]; language?: string }) {
  const a = mentorApplications;
  const haystack = sql`lower(${users.name} || ' ' || coalesce(${a.jobRole}, '') || ' ' || array_to_string(${a.skills}, ' ') || ' ' || array_to_string(${a.industries}, ' ') || ' ' || array_to_string(${a.languages}, ' ') || ' ' || ${a.availability})`;
  const conds: (SQL | undefined)[] = [eq(programMembers.programId, programId), eq(programMembers.role, 'mentor'), ne(a.backgroundCheck, 'failed')];
  for (const w of f.words) conds.push(sql`${haystack} like ${likeWord(w)}`);
  if (f.language) conds.push(sql`exists (select 1 from unnest(${a.languages}) as l(tag) where lower(trim(l.tag)) = ${f.language.trim().toLowerCase()})`);
  return db
    .select({
      memberId: programMembers.id,
      userId: programMembers.userId,
      name: users.name,
      skills: a.skills,
      industries: a.industries,
      jobRole: a.jobRole,
      languages: a.languages,
      availability: a.availability,
      timeZone: a.timeZone,
      preferredStages: a.preferredStages,
      capacity: a.capacity,
      backgroundCheck: a.backgroundCheck,
      trainingCompletedOn: a.trainingCompletedOn,
      references: a.references,
    })
    .from(programMembers)
    .innerJoin(users, eq(users.id, programMembers.userId))
    .innerJoin(a, eq(a.memberId, programMembers.id))
    .where(and(...conds))
    .orderBy(asc(programMembers.id));
}
export type ChooserMentorRow = Awaited<ReturnType<typeof chooserMentors>>[number];

/** Every language the program's mentors list, once each (first spelling, any case), sorted. */
export async function mentorLanguages(db: DbOrTx, programId: string): Promise<string[]> {
  const { rows } = (await db.execute(sql`
    select min(trim(l.tag)) as tag from ${mentorApplications} a, unnest(a.languages) as l(tag)
    where a.program_id = ${programId} and a.background_check <> 'failed' and trim(l.tag) <> ''
    group by lower(trim(l.tag)) order by lower(trim(l.tag))`)) as unknown as { rows: { tag: string }[] };
  return rows.map((r) => r.tag);
}

/** Current matches per mentor across the whole program (a mentor's capacity is one per program; see `currentMatch`). */
export async function matchCountsByMentor(db: DbOrTx, programId: string, current: CurrentFor) {
  const rows = await db
    .select({ mentor: programMatches.mentorMemberId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(programMatches)
    .where(and(eq(programMatches.programId, programId), currentMatch(current)))
    .groupBy(programMatches.mentorMemberId);
  return new Map(rows.map((r) => [r.mentor, r.n]));
}

/** `reservedAt` for every mentor of the program at once. */
export async function reservedByMentor(db: DbOrTx, programId: string) {
  const rows = await db
    .select({ mentor: selfServiceRequests.mentorMemberId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(selfServiceRequests)
    .where(and(eq(selfServiceRequests.programId, programId), liveHold()))
    .groupBy(selfServiceRequests.mentorMemberId);
  return new Map(rows.map((r) => [r.mentor, r.n]));
}
