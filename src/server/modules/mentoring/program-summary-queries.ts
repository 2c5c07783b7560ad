import { and, count, desc, eq, inArray, lte, ne, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { mentoringAgreements, mentoringGoals, mentoringGoalShares, mentoringMeetings, mentorships } from '../../db/schema/mentoring';
import type { MentorshipRow, MentorshipValues } from './queries';

/**
 * SQL behind the programs room's view of the mentorships its matches opened. Every query takes
 * (mentee user, mentor user, mentorship) triples the caller holds as published matches, and a row
 * counts only when the mentorship really is that mentee's with that mentor linked: an id that is
 * someone else's mentorship finds nothing. Only counts and dates leave: never titles or notes.
 * Publishing also opens its matches' mentorships here, all in one statement per concern.
 */
export type MentorshipPair = { mentorshipId: string; menteeUserId: string; mentorUserId: string };

const pairCondition = (pairs: MentorshipPair[]) =>
  or(...pairs.map((p) => and(eq(mentorships.id, p.mentorshipId), eq(mentorships.userId, p.menteeUserId), eq(mentorships.mentorUserId, p.mentorUserId))))!;

export async function mentorshipsOfPairs(db: DbOrTx, pairs: MentorshipPair[]): Promise<MentorshipRow[]> {
  if (pairs.length === 0) return [];
  return db.select().from(mentorships).where(pairCondition(pairs));
}

export const mentorPairKey = (menteeUserId: string, mentorUserId: string) => `${menteeUserId}:${mentorUserId}`;

/**
 * Per (mentee, mentor) pair, keyed by `mentorPairKey`: the mentee's newest open (not closed)
 * mentorship with that mentor linked. A pair with none is left out.
 */
export async function openLinkedMentorships(db: DbOrTx, pairs: readonly { menteeUserId: string; mentorUserId: string }[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (pairs.length === 0) return out;
  const wanted = new Set(pairs.map((p) => mentorPairKey(p.menteeUserId, p.mentorUserId)));
  const rows = await db
    .select({ id: mentorships.id, userId: mentorships.userId, mentorUserId: mentorships.mentorUserId })
    .from(mentorships)
    .where(and(inArray(mentorships.userId, [...new Set(pairs.map((p) => p.menteeUserId))]), inArray(mentorships.mentorUserId, [...new Set(pairs.map((p) => p.mentorUserId))]), ne(mentorships.status, 'closed')))
    .orderBy(desc(mentorships.createdAt));
  for (const r of rows) {
    const key = mentorPairKey(r.userId, r.mentorUserId!);
    if (wanted.has(key) && !out.has(key)) out.set(key, r.id);
  }
  return out;
}

/** Many mentees' new mentorships in one statement; ids come back in the order given. */
export async function insertMentorships(db: DbOrTx, list: readonly (MentorshipValues & { userId: string })[]): Promise<string[]> {
  if (list.length === 0) return [];
  const rows = await db.insert(mentorships).values([...list]).returning({ id: mentorships.id, contactId: mentorships.contactId });
  // Each new mentorship has a contact of its own: match on it rather than trust RETURNING's order.
  const byContact = new Map(rows.map((r) => [r.contactId, r.id]));
  return list.map((v) => byContact.get(v.contactId)!);
}

/** Per mentorship: meetings held on or after each given day (up to today), and the last one's date. */
export async function meetingCounts(db: DbOrTx, rows: MentorshipRow[], since30: Map<string, string>, since90: Map<string, string>, today: Map<string, string>) {
  const out = new Map<string, { last30: number; last90: number; lastOn: string | null }>();
  for (const r of rows) out.set(r.id, { last30: 0, last90: 0, lastOn: null });
  if (rows.length === 0) return out;
  const found = await db
    .select({ mentorshipId: mentoringMeetings.mentorshipId, userId: mentoringMeetings.userId, heldOn: mentoringMeetings.heldOn })
    .from(mentoringMeetings)
    .where(or(...rows.map((r) => and(eq(mentoringMeetings.userId, r.userId), eq(mentoringMeetings.mentorshipId, r.id), lte(mentoringMeetings.heldOn, today.get(r.id)!)))));
  for (const m of found) {
    const o = out.get(m.mentorshipId)!;
    if (m.heldOn >= since30.get(m.mentorshipId)!) o.last30++;
    if (m.heldOn >= since90.get(m.mentorshipId)!) o.last90++;
    if (o.lastOn === null || m.heldOn > o.lastOn) o.lastOn = m.heldOn;
  }
  return out;
}

/** Per mentorship: goals the mentee shared with it, and how many are achieved. */
export async function sharedGoalCounts(db: DbOrTx, rows: MentorshipRow[]) {
  const out = new Map<string, { total: number; achieved: number }>();
  for (const r of rows) out.set(r.id, { total: 0, achieved: 0 });
  if (rows.length === 0) return out;
  const found = await db
    .select({ mentorshipId: mentoringGoalShares.mentorshipId, achieved: mentoringGoals.achieved, n: count() })
    .from(mentoringGoalShares)
    .innerJoin(mentoringGoals, eq(mentoringGoals.id, mentoringGoalShares.goalId))
    .where(or(...rows.map((r) => and(eq(mentoringGoals.userId, r.userId), eq(mentoringGoalShares.mentorshipId, r.id)))))
    .groupBy(mentoringGoalShares.mentorshipId, mentoringGoals.achieved);
  for (const g of found) {
    const o = out.get(g.mentorshipId)!;
    o.total += g.n;
    if (g.achieved) o.achieved += g.n;
  }
  return out;
}

/** Per mentorship: the acceptances of its current agreement version (none: no agreement written). */
export async function currentAcceptances(db: DbOrTx, rows: MentorshipRow[]) {
  if (rows.length === 0) return [];
  return db
    .selectDistinctOn([mentoringAgreements.mentorshipId], {
      mentorshipId: mentoringAgreements.mentorshipId,
      menteeAcceptedAt: mentoringAgreements.menteeAcceptedAt,
      mentorAcceptedAt: mentoringAgreements.mentorAcceptedAt,
      mentorAgreedOn: mentoringAgreements.mentorAgreedOn,
    })
    .from(mentoringAgreements)
    .where(or(...rows.map((r) => and(eq(mentoringAgreements.userId, r.userId), eq(mentoringAgreements.mentorshipId, r.id)))))
    .orderBy(mentoringAgreements.mentorshipId, desc(mentoringAgreements.version));
}
