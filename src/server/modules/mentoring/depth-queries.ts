import { and, desc, eq, inArray, isNotNull, lt, max, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import {
  interviewPrepComments,
  interviewPreps,
  mentoringAgreements,
  mentoringGoalPosts,
  mentoringGoalShares,
  mentoringMeetings,
  mentoringThreadPosts,
  mentorships,
  mentorshipReflections,
  shadowRequests,
} from '../../db/schema/mentoring';

/**
 * The SQL of mentorship depth (interview preparation, shadow-a-day, health, closure). Every row
 * belongs to the mentee (user_id); a mentor's reads pass the mentee's id from a mentorship row
 * found for that mentor.
 */
export type PrepRow = typeof interviewPreps.$inferSelect;
export type PrepValues = Omit<typeof interviewPreps.$inferInsert, 'userId' | 'id'>;
export type PrepCommentRow = typeof interviewPrepComments.$inferSelect;
export type ShadowRow = typeof shadowRequests.$inferSelect;
export type ShadowValues = Omit<typeof shadowRequests.$inferInsert, 'userId' | 'id'>;
export type ReflectionRow = typeof mentorshipReflections.$inferSelect;

// Interview preparation

export async function findPrep(db: DbOrTx, userId: string, id: string, lock = false): Promise<PrepRow | null> {
  const base = db.select().from(interviewPreps).where(and(eq(interviewPreps.userId, userId), eq(interviewPreps.id, id))).limit(1);
  const rows = lock ? await base.for('update') : await base;
  return rows[0] ?? null;
}

/** Newest first, keyset on (created_at, id); `sharedWith` narrows to one mentorship's shared preparations. */
export async function listPreps(db: DbOrTx, userId: string, limit: number, after: { at: Date; id: string } | null, sharedWith?: string) {
  const conds = [eq(interviewPreps.userId, userId)];
  if (sharedWith) conds.push(eq(interviewPreps.sharedMentorshipId, sharedWith));
  if (after) conds.push(or(lt(interviewPreps.createdAt, after.at), and(eq(interviewPreps.createdAt, after.at), lt(interviewPreps.id, after.id)))!);
  return db.select().from(interviewPreps).where(and(...conds)).orderBy(desc(interviewPreps.createdAt), desc(interviewPreps.id)).limit(limit + 1);
}

export async function insertPrep(db: DbOrTx, userId: string, v: PrepValues) {
  const [row] = await db.insert(interviewPreps).values({ ...v, userId }).returning();
  return row!;
}

export async function updatePrep(db: DbOrTx, userId: string, id: string, v: Partial<PrepValues>) {
  const [row] = await db.update(interviewPreps).set({ ...v, updatedAt: new Date() }).where(and(eq(interviewPreps.userId, userId), eq(interviewPreps.id, id))).returning();
  return row ?? null;
}

export async function deletePrep(db: DbOrTx, userId: string, id: string) {
  const rows = await db.delete(interviewPreps).where(and(eq(interviewPreps.userId, userId), eq(interviewPreps.id, id))).returning({ id: interviewPreps.id });
  return rows.length > 0;
}

export async function listPrepComments(db: DbOrTx, userId: string, prepIds: string[]) {
  if (prepIds.length === 0) return [];
  return db
    .select()
    .from(interviewPrepComments)
    .where(and(eq(interviewPrepComments.userId, userId), inArray(interviewPrepComments.prepId, prepIds)))
    .orderBy(interviewPrepComments.createdAt, interviewPrepComments.id);
}

export async function insertPrepComment(db: DbOrTx, userId: string, v: { prepId: string; authorUserId: string; body: string }) {
  await db.insert(interviewPrepComments).values({ ...v, userId });
}

// Shadow-a-day

export async function findShadow(db: DbOrTx, userId: string, id: string, lock = false): Promise<ShadowRow | null> {
  const base = db.select().from(shadowRequests).where(and(eq(shadowRequests.userId, userId), eq(shadowRequests.id, id))).limit(1);
  const rows = lock ? await base.for('update') : await base;
  return rows[0] ?? null;
}

export async function listShadows(db: DbOrTx, userId: string, mentorshipIds: string[]) {
  if (mentorshipIds.length === 0) return [];
  return db
    .select()
    .from(shadowRequests)
    .where(and(eq(shadowRequests.userId, userId), inArray(shadowRequests.mentorshipId, mentorshipIds)))
    .orderBy(desc(shadowRequests.createdAt), desc(shadowRequests.id))
    .limit(200);
}

export async function insertShadow(db: DbOrTx, userId: string, v: ShadowValues) {
  const [row] = await db.insert(shadowRequests).values({ ...v, userId }).returning();
  return row!;
}

export async function updateShadow(db: DbOrTx, userId: string, id: string, v: Partial<ShadowValues>) {
  const [row] = await db.update(shadowRequests).set({ ...v, updatedAt: new Date() }).where(and(eq(shadowRequests.userId, userId), eq(shadowRequests.id, id))).returning();
  return row!;
}

/** Per mentorship, how many requests wait for the mentor's answer. */
export async function pendingShadowCounts(db: DbOrTx, mentorshipIds: string[]) {
  if (mentorshipIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ mentorshipId: shadowRequests.mentorshipId, n: sql<number>`count(*)::int` })
    .from(shadowRequests)
    .innerJoin(mentorships, and(eq(mentorships.id, shadowRequests.mentorshipId), eq(mentorships.userId, shadowRequests.userId)))
    .where(and(inArray(shadowRequests.mentorshipId, mentorshipIds), eq(shadowRequests.status, 'requested')))
    .groupBy(shadowRequests.mentorshipId);
  return new Map(rows.map((r) => [r.mentorshipId, r.n]));
}

// Health: the latest thing that happened, per mentorship (all rows the mentee's)

export type LastActivity = { meetingOn: string | null; threadAt: Date | null; postOn: string | null; cadence: string | null };

export async function lastActivity(db: DbOrTx, menteeUserId: string, mentorshipIds: string[]) {
  return lastActivityOf(db, mentorshipIds.map((id) => ({ id, userId: menteeUserId })));
}

/**
 * The same for mentorships of many mentees at once (a mentor's list), four statements in all:
 * each row counts only when it belongs to its mentorship's mentee.
 */
export async function lastActivityOf(db: DbOrTx, rows: readonly { id: string; userId: string }[]) {
  const out = new Map<string, LastActivity>();
  if (rows.length === 0) return out;
  const owner = new Map(rows.map((r) => [r.id, r.userId]));
  const mentorshipIds = [...owner.keys()];
  const menteeUserIds = [...new Set(owner.values())];
  for (const id of mentorshipIds) out.set(id, { meetingOn: null, threadAt: null, postOn: null, cadence: null });
  const mine = (id: string, userId: string) => owner.get(id) === userId;
  const meetings = await db
    .select({ id: mentoringMeetings.mentorshipId, userId: mentoringMeetings.userId, v: max(mentoringMeetings.heldOn) })
    .from(mentoringMeetings)
    .where(and(inArray(mentoringMeetings.userId, menteeUserIds), inArray(mentoringMeetings.mentorshipId, mentorshipIds)))
    .groupBy(mentoringMeetings.mentorshipId, mentoringMeetings.userId);
  for (const r of meetings) if (mine(r.id, r.userId)) out.get(r.id)!.meetingOn = r.v;
  const thread = await db
    .select({ id: mentoringThreadPosts.mentorshipId, userId: mentoringThreadPosts.userId, v: max(mentoringThreadPosts.createdAt) })
    .from(mentoringThreadPosts)
    .where(and(inArray(mentoringThreadPosts.userId, menteeUserIds), inArray(mentoringThreadPosts.mentorshipId, mentorshipIds)))
    .groupBy(mentoringThreadPosts.mentorshipId, mentoringThreadPosts.userId);
  for (const r of thread) if (mine(r.id, r.userId)) out.get(r.id)!.threadAt = r.v;
  const posts = await db
    .select({ id: mentoringGoalShares.mentorshipId, userId: mentoringGoalPosts.userId, v: max(mentoringGoalPosts.postedOn) })
    .from(mentoringGoalPosts)
    .innerJoin(mentoringGoalShares, eq(mentoringGoalShares.goalId, mentoringGoalPosts.goalId))
    .where(and(inArray(mentoringGoalPosts.userId, menteeUserIds), inArray(mentoringGoalShares.mentorshipId, mentorshipIds)))
    .groupBy(mentoringGoalShares.mentorshipId, mentoringGoalPosts.userId);
  for (const r of posts) if (mine(r.id, r.userId)) out.get(r.id)!.postOn = r.v;
  const cadences = await db
    .selectDistinctOn([mentoringAgreements.mentorshipId], { id: mentoringAgreements.mentorshipId, userId: mentoringAgreements.userId, cadence: mentoringAgreements.cadence })
    .from(mentoringAgreements)
    .where(and(inArray(mentoringAgreements.userId, menteeUserIds), inArray(mentoringAgreements.mentorshipId, mentorshipIds), isNotNull(mentoringAgreements.cadence)))
    .orderBy(mentoringAgreements.mentorshipId, desc(mentoringAgreements.version));
  for (const r of cadences) if (mine(r.id, r.userId)) out.get(r.id)!.cadence = r.cadence;
  return out;
}

/** Mentees whose nudges may need a change: an open mentorship, or a closed one still carrying a nudge. */
export async function usersWithMentorshipsToWatch(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: mentorships.userId })
    .from(mentorships)
    .where(or(sql`${mentorships.status} <> 'closed'`, isNotNull(mentorships.quietNudgedFor)));
  return rows.map((r) => r.userId);
}

export async function setQuietNudgedFor(db: DbOrTx, userId: string, mentorshipId: string, on: string | null) {
  await db.update(mentorships).set({ quietNudgedFor: on }).where(and(eq(mentorships.userId, userId), eq(mentorships.id, mentorshipId)));
}

// Closure reflections

export async function findReflection(db: DbOrTx, userId: string, mentorshipId: string, authorUserId: string): Promise<ReflectionRow | null> {
  const rows = await db
    .select()
    .from(mentorshipReflections)
    .where(and(eq(mentorshipReflections.userId, userId), eq(mentorshipReflections.mentorshipId, mentorshipId), eq(mentorshipReflections.authorUserId, authorUserId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function upsertReflection(db: DbOrTx, userId: string, v: { mentorshipId: string; authorUserId: string; learned: string | null; worked: string | null; wouldChange: string | null }) {
  await db
    .insert(mentorshipReflections)
    .values({ ...v, userId })
    .onConflictDoUpdate({ target: [mentorshipReflections.mentorshipId, mentorshipReflections.authorUserId], set: { learned: v.learned, worked: v.worked, wouldChange: v.wouldChange } });
}
