import { and, asc, desc, eq, inArray, isNull, max, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import {
  mentoringActionItems,
  mentoringAgreements,
  mentoringGoalPosts,
  mentoringGoals,
  mentoringGoalShares,
  mentoringMeetings,
  mentoringThreadPosts,
  mentorships,
  mentorWishLists,
} from '../../db/schema/mentoring';

/** The only SQL of the mentoring room; every query is scoped to its caller's user id. */
export type MentorshipRow = typeof mentorships.$inferSelect;
export type MentorshipValues = Omit<typeof mentorships.$inferInsert, 'userId' | 'id'>;
export type GoalRow = typeof mentoringGoals.$inferSelect;
export type GoalValues = Omit<typeof mentoringGoals.$inferInsert, 'userId' | 'id'>;
export type GoalPostRow = typeof mentoringGoalPosts.$inferSelect;
export type MeetingRow = typeof mentoringMeetings.$inferSelect;
export type MeetingValues = Omit<typeof mentoringMeetings.$inferInsert, 'userId' | 'id'>;
export type ActionItemRow = typeof mentoringActionItems.$inferSelect;
export type ActionItemValues = Omit<typeof mentoringActionItems.$inferInsert, 'userId' | 'id'>;
export type AgreementRow = typeof mentoringAgreements.$inferSelect;
export type AgreementValues = Omit<typeof mentoringAgreements.$inferInsert, 'userId' | 'id'>;
export type WishListRow = typeof mentorWishLists.$inferSelect;

// Mentorships

export async function findMentorship(db: DbOrTx, userId: string, id: string, lock = false): Promise<MentorshipRow | null> {
  const base = db.select().from(mentorships).where(and(eq(mentorships.userId, userId), eq(mentorships.id, id))).limit(1);
  const rows = lock ? await base.for('update') : await base;
  return rows[0] ?? null;
}

export async function listMentorships(db: DbOrTx, userId: string, status?: string) {
  const conds = [eq(mentorships.userId, userId)];
  if (status) conds.push(eq(mentorships.status, status));
  return db.select().from(mentorships).where(and(...conds)).orderBy(asc(mentorships.createdAt), asc(mentorships.id)).limit(500);
}

export async function findMentorshipsByIds(db: DbOrTx, userId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(mentorships).where(and(eq(mentorships.userId, userId), inArray(mentorships.id, ids)));
}

export async function insertMentorship(db: DbOrTx, userId: string, v: MentorshipValues) {
  const [row] = await db.insert(mentorships).values({ ...v, userId }).returning();
  return row!;
}

export async function updateMentorship(db: DbOrTx, userId: string, id: string, v: Partial<MentorshipValues>) {
  const [row] = await db
    .update(mentorships)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(mentorships.userId, userId), eq(mentorships.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteMentorship(db: DbOrTx, userId: string, id: string) {
  const rows = await db.delete(mentorships).where(and(eq(mentorships.userId, userId), eq(mentorships.id, id))).returning({ id: mentorships.id });
  return rows.length > 0;
}

// Goals

export async function findGoal(db: DbOrTx, userId: string, id: string): Promise<GoalRow | null> {
  const rows = await db.select().from(mentoringGoals).where(and(eq(mentoringGoals.userId, userId), eq(mentoringGoals.id, id))).limit(1);
  return rows[0] ?? null;
}

export async function listGoals(db: DbOrTx, userId: string) {
  return db.select().from(mentoringGoals).where(eq(mentoringGoals.userId, userId)).orderBy(asc(mentoringGoals.createdAt), asc(mentoringGoals.id)).limit(500);
}

export async function insertGoal(db: DbOrTx, userId: string, v: GoalValues) {
  const [row] = await db.insert(mentoringGoals).values({ ...v, userId }).returning();
  return row!;
}

export async function updateGoal(db: DbOrTx, userId: string, id: string, v: Partial<GoalValues>) {
  await db
    .update(mentoringGoals)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(mentoringGoals.userId, userId), eq(mentoringGoals.id, id)));
}

export async function deleteGoal(db: DbOrTx, userId: string, id: string) {
  const rows = await db.delete(mentoringGoals).where(and(eq(mentoringGoals.userId, userId), eq(mentoringGoals.id, id))).returning({ id: mentoringGoals.id });
  return rows.length > 0;
}

export async function listGoalPosts(db: DbOrTx, userId: string, goalIds: string[]) {
  if (goalIds.length === 0) return [];
  return db
    .select()
    .from(mentoringGoalPosts)
    .where(and(eq(mentoringGoalPosts.userId, userId), inArray(mentoringGoalPosts.goalId, goalIds)))
    .orderBy(asc(mentoringGoalPosts.postedOn), asc(mentoringGoalPosts.createdAt));
}

export async function insertGoalPost(db: DbOrTx, userId: string, v: { goalId: string; kind: string; body: string; postedOn: string; authorUserId?: string | null }) {
  await db.insert(mentoringGoalPosts).values({ ...v, userId });
}

/** Shares of the caller's goals (joined through the goal so another user's rows never show). */
export async function listShares(db: DbOrTx, userId: string, by: { goalIds?: string[]; mentorshipId?: string }) {
  const conds = [eq(mentoringGoals.userId, userId)];
  if (by.goalIds) {
    if (by.goalIds.length === 0) return [];
    conds.push(inArray(mentoringGoalShares.goalId, by.goalIds));
  }
  if (by.mentorshipId) conds.push(eq(mentoringGoalShares.mentorshipId, by.mentorshipId));
  return db
    .select({ goalId: mentoringGoalShares.goalId, mentorshipId: mentoringGoalShares.mentorshipId })
    .from(mentoringGoalShares)
    .innerJoin(mentoringGoals, eq(mentoringGoals.id, mentoringGoalShares.goalId))
    .where(and(...conds));
}

/** Call only for a goal the caller owns, with mentorships the caller owns. */
export async function replaceShares(db: DbOrTx, goalId: string, mentorshipIds: string[]) {
  await db.delete(mentoringGoalShares).where(eq(mentoringGoalShares.goalId, goalId));
  if (mentorshipIds.length > 0) await db.insert(mentoringGoalShares).values(mentorshipIds.map((mentorshipId) => ({ goalId, mentorshipId })));
}

// Meetings and action items

export async function findMeeting(db: DbOrTx, userId: string, id: string): Promise<MeetingRow | null> {
  const rows = await db.select().from(mentoringMeetings).where(and(eq(mentoringMeetings.userId, userId), eq(mentoringMeetings.id, id))).limit(1);
  return rows[0] ?? null;
}

export async function listMeetings(db: DbOrTx, userId: string, mentorshipId: string) {
  return db
    .select()
    .from(mentoringMeetings)
    .where(and(eq(mentoringMeetings.userId, userId), eq(mentoringMeetings.mentorshipId, mentorshipId)))
    .orderBy(desc(mentoringMeetings.heldOn), desc(mentoringMeetings.createdAt));
}

export async function insertMeeting(db: DbOrTx, userId: string, v: MeetingValues) {
  const [row] = await db.insert(mentoringMeetings).values({ ...v, userId }).returning();
  return row!;
}

export async function updateMeeting(db: DbOrTx, userId: string, id: string, v: Partial<MeetingValues>) {
  await db
    .update(mentoringMeetings)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(mentoringMeetings.userId, userId), eq(mentoringMeetings.id, id)));
}

export async function deleteMeeting(db: DbOrTx, userId: string, id: string) {
  const rows = await db.delete(mentoringMeetings).where(and(eq(mentoringMeetings.userId, userId), eq(mentoringMeetings.id, id))).returning({ id: mentoringMeetings.id });
  return rows.length > 0;
}

export async function listActionItems(db: DbOrTx, userId: string, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select()
    .from(mentoringActionItems)
    .where(and(eq(mentoringActionItems.userId, userId), inArray(mentoringActionItems.meetingId, meetingIds)))
    .orderBy(asc(mentoringActionItems.createdAt), asc(mentoringActionItems.position), asc(mentoringActionItems.id));
}

export async function findActionItem(db: DbOrTx, userId: string, id: string): Promise<ActionItemRow | null> {
  const rows = await db.select().from(mentoringActionItems).where(and(eq(mentoringActionItems.userId, userId), eq(mentoringActionItems.id, id))).limit(1);
  return rows[0] ?? null;
}

export async function insertActionItems(db: DbOrTx, userId: string, items: ActionItemValues[]) {
  if (items.length === 0) return [];
  return db
    .insert(mentoringActionItems)
    .values(items.map((i) => ({ ...i, userId })))
    .returning();
}

export async function updateActionItem(db: DbOrTx, userId: string, id: string, v: Partial<ActionItemValues>) {
  const [row] = await db
    .update(mentoringActionItems)
    .set(v)
    .where(and(eq(mentoringActionItems.userId, userId), eq(mentoringActionItems.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteActionItem(db: DbOrTx, userId: string, id: string) {
  const rows = await db.delete(mentoringActionItems).where(and(eq(mentoringActionItems.userId, userId), eq(mentoringActionItems.id, id))).returning({ id: mentoringActionItems.id });
  return rows.length > 0;
}

/** Open action items of the caller, with their meeting and mentorship, soonest due first (undated last). */
export async function listOpenActionItems(db: DbOrTx, userId: string) {
  return db
    .select({ item: mentoringActionItems, heldOn: mentoringMeetings.heldOn, mentorshipId: mentoringMeetings.mentorshipId, contactId: mentorships.contactId })
    .from(mentoringActionItems)
    .innerJoin(mentoringMeetings, eq(mentoringMeetings.id, mentoringActionItems.meetingId))
    .innerJoin(mentorships, eq(mentorships.id, mentoringMeetings.mentorshipId))
    .where(and(eq(mentoringActionItems.userId, userId), isNull(mentoringActionItems.doneAt)))
    .orderBy(asc(mentoringActionItems.dueOn), asc(mentoringActionItems.createdAt), asc(mentoringActionItems.position))
    .limit(500);
}

// Agreements

/** The current (highest) version of each mentorship's agreement, for many mentees' mentorships at once. */
export async function latestAgreements(db: DbOrTx, rows: readonly { id: string; userId: string }[]) {
  if (rows.length === 0) return new Map<string, AgreementRow>();
  const owner = new Map(rows.map((r) => [r.id, r.userId]));
  const found = await db
    .selectDistinctOn([mentoringAgreements.mentorshipId])
    .from(mentoringAgreements)
    .where(and(inArray(mentoringAgreements.userId, [...new Set(owner.values())]), inArray(mentoringAgreements.mentorshipId, [...owner.keys()])))
    .orderBy(mentoringAgreements.mentorshipId, desc(mentoringAgreements.version));
  return new Map(found.filter((a) => owner.get(a.mentorshipId) === a.userId).map((a) => [a.mentorshipId, a]));
}

export async function listAgreements(db: DbOrTx, userId: string, mentorshipId: string) {
  return db
    .select()
    .from(mentoringAgreements)
    .where(and(eq(mentoringAgreements.userId, userId), eq(mentoringAgreements.mentorshipId, mentorshipId)))
    .orderBy(desc(mentoringAgreements.version));
}

export async function latestVersion(db: DbOrTx, userId: string, mentorshipId: string) {
  const [row] = await db
    .select({ v: max(mentoringAgreements.version) })
    .from(mentoringAgreements)
    .where(and(eq(mentoringAgreements.userId, userId), eq(mentoringAgreements.mentorshipId, mentorshipId)));
  return row?.v ?? null;
}

/** Per mentorship, the review date of its latest agreement version (mentorships without one are absent). */
export async function latestReviewDates(db: DbOrTx, userId: string, mentorshipIds: string[]) {
  if (mentorshipIds.length === 0) return new Map<string, string | null>();
  const rows = await db
    .selectDistinctOn([mentoringAgreements.mentorshipId], { mentorshipId: mentoringAgreements.mentorshipId, reviewOn: mentoringAgreements.reviewOn })
    .from(mentoringAgreements)
    .where(and(eq(mentoringAgreements.userId, userId), inArray(mentoringAgreements.mentorshipId, mentorshipIds)))
    .orderBy(mentoringAgreements.mentorshipId, desc(mentoringAgreements.version));
  return new Map(rows.map((r) => [r.mentorshipId, r.reviewOn]));
}

export async function insertAgreement(db: DbOrTx, userId: string, v: AgreementValues) {
  const [row] = await db.insert(mentoringAgreements).values({ ...v, userId }).returning();
  return row!;
}

export async function setAcceptance(db: DbOrTx, userId: string, id: string, v: Pick<Partial<AgreementValues>, 'menteeAcceptedAt' | 'mentorAcceptedAt' | 'mentorAgreedOn'>) {
  await db
    .update(mentoringAgreements)
    .set(v)
    .where(and(eq(mentoringAgreements.userId, userId), eq(mentoringAgreements.id, id)));
}

// Wish list

export async function findWishList(db: DbOrTx, userId: string): Promise<WishListRow | null> {
  const rows = await db.select().from(mentorWishLists).where(eq(mentorWishLists.userId, userId)).limit(1);
  return rows[0] ?? null;
}

export async function findWishListByToken(db: DbOrTx, token: string): Promise<WishListRow | null> {
  const rows = await db.select().from(mentorWishLists).where(eq(mentorWishLists.shareToken, token)).limit(1);
  return rows[0] ?? null;
}

export async function upsertWishList(db: DbOrTx, userId: string, v: Omit<typeof mentorWishLists.$inferInsert, 'userId' | 'shareToken' | 'updatedAt'>, newToken: string) {
  const [row] = await db
    .insert(mentorWishLists)
    .values({ ...v, userId, shareToken: newToken })
    .onConflictDoUpdate({ target: mentorWishLists.userId, set: { ...v, updatedAt: new Date() } })
    .returning();
  return row!;
}

export async function setShareToken(db: DbOrTx, userId: string, token: string) {
  const [row] = await db.update(mentorWishLists).set({ shareToken: token }).where(eq(mentorWishLists.userId, userId)).returning();
  return row ?? null;
}

// The mentor's side: a mentor with an account reads a mentorship through mentor_user_id, and only
// what the mentee shared with that mentorship. The mentee's user id used below always comes from a
// mentorship row found for the calling mentor.

export async function findMentorshipForMentor(db: DbOrTx, mentorUserId: string, id: string, lock = false): Promise<MentorshipRow | null> {
  const base = db.select().from(mentorships).where(and(eq(mentorships.mentorUserId, mentorUserId), eq(mentorships.id, id))).limit(1);
  const rows = lock ? await base.for('update') : await base;
  return rows[0] ?? null;
}

/** Whether the mentee has a mentorship (not closed) with this mentor on Trellis. */
export async function hasOpenMentorshipWith(db: DbOrTx, menteeUserId: string, mentorUserId: string) {
  const rows = await db
    .select({ id: mentorships.id })
    .from(mentorships)
    .where(and(eq(mentorships.userId, menteeUserId), eq(mentorships.mentorUserId, mentorUserId), sql`${mentorships.status} <> 'closed'`))
    .limit(1);
  return rows.length > 0;
}

export async function listMentorshipsForMentor(db: DbOrTx, mentorUserId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(mentorships).where(and(eq(mentorships.mentorUserId, mentorUserId), inArray(mentorships.id, ids)));
}

/** The goals shared with these mentorships (each the mentee's, found for the calling mentor). */
export async function listSharedGoals(db: DbOrTx, mentorUserId: string, mentorshipIds: string[]) {
  if (mentorshipIds.length === 0) return [];
  return db
    .select({ mentorshipId: mentoringGoalShares.mentorshipId, goal: mentoringGoals })
    .from(mentoringGoalShares)
    .innerJoin(mentoringGoals, eq(mentoringGoals.id, mentoringGoalShares.goalId))
    .innerJoin(mentorships, and(eq(mentorships.id, mentoringGoalShares.mentorshipId), eq(mentorships.userId, mentoringGoals.userId)))
    .where(and(eq(mentorships.mentorUserId, mentorUserId), inArray(mentoringGoalShares.mentorshipId, mentorshipIds)))
    .orderBy(asc(mentoringGoals.createdAt), asc(mentoringGoals.id));
}

/** The mentee's own posts on these goals and the calling mentor's comments; other mentors' comments stay out. */
export async function listGoalPostsForMentor(db: DbOrTx, menteeUserId: string, mentorUserId: string, goalIds: string[]) {
  if (goalIds.length === 0) return [];
  return db
    .select()
    .from(mentoringGoalPosts)
    .where(
      and(
        eq(mentoringGoalPosts.userId, menteeUserId),
        inArray(mentoringGoalPosts.goalId, goalIds),
        or(isNull(mentoringGoalPosts.authorUserId), eq(mentoringGoalPosts.authorUserId, mentorUserId)),
      ),
    )
    .orderBy(asc(mentoringGoalPosts.postedOn), asc(mentoringGoalPosts.createdAt));
}

export async function listOpenActionItemCounts(db: DbOrTx, menteeUserIdsByMentorship: Map<string, string>) {
  const ids = [...menteeUserIdsByMentorship.keys()];
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ mentorshipId: mentoringMeetings.mentorshipId, userId: mentoringActionItems.userId })
    .from(mentoringActionItems)
    .innerJoin(mentoringMeetings, eq(mentoringMeetings.id, mentoringActionItems.meetingId))
    .where(and(inArray(mentoringMeetings.mentorshipId, ids), isNull(mentoringActionItems.doneAt)));
  const counts = new Map<string, number>();
  for (const r of rows) if (menteeUserIdsByMentorship.get(r.mentorshipId) === r.userId) counts.set(r.mentorshipId, (counts.get(r.mentorshipId) ?? 0) + 1);
  return counts;
}

// Questions between meetings

export type ThreadPostRow = typeof mentoringThreadPosts.$inferSelect;

export async function listThread(db: DbOrTx, menteeUserId: string, mentorshipId: string) {
  return db
    .select()
    .from(mentoringThreadPosts)
    .where(and(eq(mentoringThreadPosts.userId, menteeUserId), eq(mentoringThreadPosts.mentorshipId, mentorshipId)))
    .orderBy(asc(mentoringThreadPosts.createdAt), asc(mentoringThreadPosts.id))
    .limit(500);
}

export async function insertThreadPost(db: DbOrTx, menteeUserId: string, v: Omit<typeof mentoringThreadPosts.$inferInsert, 'userId' | 'id'>) {
  const [row] = await db.insert(mentoringThreadPosts).values({ ...v, userId: menteeUserId }).returning();
  return row!;
}
