import { and, count, desc, eq, inArray, lte, ne } from 'drizzle-orm';
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

/**
 * The mentorships asked about and their owners. Queries filter by `inArray` on both (one index scan
 * each, however many matches a program has) and keep only rows whose owner is the mentorship's own
 * mentee: the same rows a per-mentorship (mentee, id) condition finds, without a 400-branch OR.
 */
const scopeOf = (rows: readonly MentorshipRow[]) => {
  const owner = new Map(rows.map((r) => [r.id, r.userId]));
  return { ids: [...owner.keys()], owners: [...new Set(owner.values())], mine: (id: string, userId: string) => owner.get(id) === userId };
};

export async function mentorshipsOfPairs(db: DbOrTx, pairs: MentorshipPair[]): Promise<MentorshipRow[]> {
  if (pairs.length === 0) return [];
  const wanted = new Set(pairs.map((p) => `${p.mentorshipId}:${p.menteeUserId}:${p.mentorUserId}`));
  const found = await db
    .select()
    .from(mentorships)
    .where(and(inArray(mentorships.id, [...new Set(pairs.map((p) => p.mentorshipId))]), inArray(mentorships.userId, [...new Set(pairs.map((p) => p.menteeUserId))])));
  return found.filter((r) => wanted.has(`${r.id}:${r.userId}:${r.mentorUserId}`));
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
  const scope = scopeOf(rows);
  const latest = [...today.values()].sort().at(-1)!;
  const found = await db
    .select({ mentorshipId: mentoringMeetings.mentorshipId, userId: mentoringMeetings.userId, heldOn: mentoringMeetings.heldOn })
    .from(mentoringMeetings)
    .where(and(inArray(mentoringMeetings.userId, scope.owners), inArray(mentoringMeetings.mentorshipId, scope.ids), lte(mentoringMeetings.heldOn, latest)));
  for (const m of found) {
    if (!scope.mine(m.mentorshipId, m.userId) || m.heldOn > today.get(m.mentorshipId)!) continue;
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
  const scope = scopeOf(rows);
  const found = await db
    .select({ mentorshipId: mentoringGoalShares.mentorshipId, userId: mentoringGoals.userId, achieved: mentoringGoals.achieved, n: count() })
    .from(mentoringGoalShares)
    .innerJoin(mentoringGoals, eq(mentoringGoals.id, mentoringGoalShares.goalId))
    .where(and(inArray(mentoringGoals.userId, scope.owners), inArray(mentoringGoalShares.mentorshipId, scope.ids)))
    .groupBy(mentoringGoalShares.mentorshipId, mentoringGoals.userId, mentoringGoals.achieved);
  for (const g of found) {
    if (!scope.mine(g.mentorshipId, g.userId)) continue;
    const o = out.get(g.mentorshipId)!;
    o.total += g.n;
    if (g.achieved) o.achieved += g.n;
  }
  return out;
}

/** Per mentorship: the acceptances of its current agreement version (none: no agreement written). */
export async function currentAcceptances(db: DbOrTx, rows: MentorshipRow[]) {
  if (rows.length === 0) return [];
  const scope = scopeOf(rows);
  const found = await db
    .selectDistinctOn([mentoringAgreements.mentorshipId, mentoringAgreements.userId], {
      mentorshipId: mentoringAgreements.mentorshipId,
      userId: mentoringAgreements.userId,
      menteeAcceptedAt: mentoringAgreements.menteeAcceptedAt,
      mentorAcceptedAt: mentoringAgreements.mentorAcceptedAt,
      mentorAgreedOn: mentoringAgreements.mentorAgreedOn,
    })
    .from(mentoringAgreements)
    .where(and(inArray(mentoringAgreements.userId, scope.owners), inArray(mentoringAgreements.mentorshipId, scope.ids)))
    .orderBy(mentoringAgreements.mentorshipId, mentoringAgreements.userId, desc(mentoringAgreements.version));
  return found.filter((a) => scope.mine(a.mentorshipId, a.userId));
}
