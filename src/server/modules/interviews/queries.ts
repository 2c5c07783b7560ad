import { and, asc, count, desc, eq, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { interviewQuestionPicks, interviewQuestions, interviews, interviewStageEvents, type StageSnapshot } from '../../db/schema/interviews';

/** The only SQL of the interviews room; every query is scoped to its caller's user id. */
export type InterviewRow = typeof interviews.$inferSelect;
export type InterviewValues = Omit<typeof interviews.$inferInsert, 'userId' | 'id'>;
export type PickRow = typeof interviewQuestionPicks.$inferSelect;
export type QuestionRow = typeof interviewQuestions.$inferSelect;
type Position = { key: string | null; id: string } | null;

const createdKey = (col: typeof interviews.createdAt | typeof interviewQuestions.createdAt) =>
  sql<string>`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export async function findInterview(db: DbOrTx, userId: string, id: string, lock = false): Promise<InterviewRow | null> {
  const base = db.select().from(interviews).where(and(eq(interviews.userId, userId), eq(interviews.id, id))).limit(1);
  const rows = lock ? await base.for('update') : await base;
  return rows[0] ?? null;
}

/** The held interview (if any) whose conversation is this logged interaction. */
export async function findHeldByInteraction(db: DbOrTx, userId: string, interactionId: string): Promise<InterviewRow | null> {
  const rows = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.userId, userId), eq(interviews.interactionId, interactionId), eq(interviews.stage, 'held')))
    .limit(1);
  return rows[0] ?? null;
}

export type InterviewFilters = { stages?: string[]; contactId?: string };

/** Newest first, keyset on (created_at, id). */
export async function listInterviews(db: DbOrTx, userId: string, f: InterviewFilters, after: Position, limit: number) {
  const conds: (SQL | undefined)[] = [eq(interviews.userId, userId)];
  if (f.stages?.length) conds.push(inArray(interviews.stage, f.stages));
  if (f.contactId) conds.push(eq(interviews.contactId, f.contactId));
  if (after?.key) conds.push(sql`(${interviews.createdAt}, ${interviews.id}) < (${after.key}::timestamptz, ${after.id}::uuid)`);
  const rows = await db
    .select({ row: interviews, sortKey: createdKey(interviews.createdAt) })
    .from(interviews)
    .where(and(...conds))
    .orderBy(desc(interviews.createdAt), desc(interviews.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.row, sortKey: r.sortKey }));
}

export type RankPosition = { rating: number | null; heldAt: string; id: string } | null;

/**
 * Held interviews, best-flowing first (unrated last), then the most recent; keyset on
 * (flow_rating desc nulls last, held_at desc, id desc). The sort key is "<rating>|<held_at>",
 * the rating empty for unrated ones, the time as text with microseconds.
 */
export async function listHeld(db: DbOrTx, userId: string, after: RankPosition, limit: number) {
  const conds: (SQL | undefined)[] = [eq(interviews.userId, userId), isNotNull(interviews.heldAt)];
  if (after) {
    const later = sql`(${interviews.heldAt}, ${interviews.id}) < (${after.heldAt}::timestamptz, ${after.id}::uuid)`;
    conds.push(
      after.rating === null
        ? sql`(${interviews.flowRating} is null and ${later})`
        : sql`(${interviews.flowRating} < ${after.rating} or ${interviews.flowRating} is null or (${interviews.flowRating} = ${after.rating} and ${later}))`,
    );
  }
  const rows = await db
    .select({ row: interviews, heldKey: sql<string>`to_char(${interviews.heldAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` })
    .from(interviews)
    .where(and(...conds))
    .orderBy(sql`${interviews.flowRating} desc nulls last`, desc(interviews.heldAt), desc(interviews.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.row, sortKey: `${r.row.flowRating ?? ''}|${r.heldKey}` }));
}

/** Interviews per stage (the board's column counts). */
export async function countByStage(db: DbOrTx, userId: string) {
  return db.select({ stage: interviews.stage, n: count() }).from(interviews).where(eq(interviews.userId, userId)).groupBy(interviews.stage);
}

export async function insertInterview(db: DbOrTx, userId: string, v: InterviewValues) {
  const [row] = await db.insert(interviews).values({ ...v, userId }).returning();
  return row!;
}

export async function updateInterview(db: DbOrTx, userId: string, id: string, v: Partial<InterviewValues>) {
  const [row] = await db
    .update(interviews)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(interviews.userId, userId), eq(interviews.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteInterview(db: DbOrTx, userId: string, id: string) {
  const rows = await db.delete(interviews).where(and(eq(interviews.userId, userId), eq(interviews.id, id))).returning({ id: interviews.id });
  return rows.length > 0;
}

export async function insertStageEvent(
  db: DbOrTx,
  userId: string,
  v: { interviewId: string; fromStage: string | null; toStage: string; reason: string | null; at: Date; before?: StageSnapshot },
) {
  await db.insert(interviewStageEvents).values({ ...v, userId });
}

/** The interview's latest move (the one an undo takes back). */
export async function lastStageEvent(db: DbOrTx, userId: string, interviewId: string) {
  const rows = await db
    .select()
    .from(interviewStageEvents)
    .where(and(eq(interviewStageEvents.userId, userId), eq(interviewStageEvents.interviewId, interviewId)))
    .orderBy(desc(interviewStageEvents.at), desc(interviewStageEvents.id))
    .limit(1);
  return rows[0] ?? null;
}

export async function deleteStageEvent(db: DbOrTx, userId: string, id: string) {
  await db.delete(interviewStageEvents).where(and(eq(interviewStageEvents.userId, userId), eq(interviewStageEvents.id, id)));
}

/** Another starred interview with the same person, if any (it takes over keeping the contact starred). */
export async function otherStarredInterview(db: DbOrTx, userId: string, contactId: string, exceptId: string): Promise<InterviewRow | null> {
  const rows = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.userId, userId), eq(interviews.contactId, contactId), eq(interviews.starred, true), ne(interviews.id, exceptId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function listStageEvents(db: DbOrTx, userId: string, interviewId: string) {
  return db
    .select()
    .from(interviewStageEvents)
    .where(and(eq(interviewStageEvents.userId, userId), eq(interviewStageEvents.interviewId, interviewId)))
    .orderBy(asc(interviewStageEvents.at), asc(interviewStageEvents.id));
}

/** Picks of the caller's interviews, in order. */
export async function listPicks(db: DbOrTx, userId: string, interviewId: string): Promise<PickRow[]> {
  const rows = await db
    .select({ pick: interviewQuestionPicks })
    .from(interviewQuestionPicks)
    .innerJoin(interviews, eq(interviews.id, interviewQuestionPicks.interviewId))
    .where(and(eq(interviews.userId, userId), eq(interviewQuestionPicks.interviewId, interviewId)))
    .orderBy(asc(interviewQuestionPicks.position));
  return rows.map((r) => r.pick);
}

/** Per interview: how many questions are picked and how many have notes. */
export async function pickCounts(db: DbOrTx, userId: string, interviewIds: string[]) {
  if (interviewIds.length === 0) return new Map<string, { questions: number; notes: number }>();
  const rows = await db
    .select({
      interviewId: interviewQuestionPicks.interviewId,
      questions: count(),
      notes: sql<number>`count(*) filter (where coalesce(trim(${interviewQuestionPicks.notes}), '') <> '')`.mapWith(Number),
    })
    .from(interviewQuestionPicks)
    .innerJoin(interviews, eq(interviews.id, interviewQuestionPicks.interviewId))
    .where(and(eq(interviews.userId, userId), inArray(interviewQuestionPicks.interviewId, interviewIds)))
    .groupBy(interviewQuestionPicks.interviewId);
  return new Map(rows.map((r) => [r.interviewId, { questions: r.questions, notes: r.notes }]));
}

/** Call only for an interview the caller owns (the service has locked it). */
export async function replacePicks(db: DbOrTx, interviewId: string, picks: Omit<PickRow, 'interviewId'>[]) {
  await db.delete(interviewQuestionPicks).where(eq(interviewQuestionPicks.interviewId, interviewId));
  if (picks.length > 0) await db.insert(interviewQuestionPicks).values(picks.map((p) => ({ ...p, interviewId })));
}

export async function listQuestions(db: DbOrTx, userId: string, after: Position, limit: number) {
  const conds: (SQL | undefined)[] = [eq(interviewQuestions.userId, userId)];
  if (after?.key) conds.push(sql`(${interviewQuestions.createdAt}, ${interviewQuestions.id}) > (${after.key}::timestamptz, ${after.id}::uuid)`);
  const rows = await db
    .select({ row: interviewQuestions, sortKey: createdKey(interviewQuestions.createdAt) })
    .from(interviewQuestions)
    .where(and(...conds))
    .orderBy(asc(interviewQuestions.createdAt), asc(interviewQuestions.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.row, sortKey: r.sortKey }));
}

export async function findQuestionsByIds(db: DbOrTx, userId: string, ids: string[]): Promise<QuestionRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(interviewQuestions).where(and(eq(interviewQuestions.userId, userId), inArray(interviewQuestions.id, ids)));
}

export async function insertQuestion(db: DbOrTx, userId: string, text: string) {
  const [row] = await db.insert(interviewQuestions).values({ userId, text }).returning();
  return row!;
}

export async function updateQuestion(db: DbOrTx, userId: string, id: string, text: string) {
  const [row] = await db
    .update(interviewQuestions)
    .set({ text, updatedAt: new Date() })
    .where(and(eq(interviewQuestions.userId, userId), eq(interviewQuestions.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteQuestion(db: DbOrTx, userId: string, id: string) {
  await db.delete(interviewQuestions).where(and(eq(interviewQuestions.userId, userId), eq(interviewQuestions.id, id)));
}
