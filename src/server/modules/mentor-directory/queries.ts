import { and, asc, count, desc, eq, inArray, ne, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { mentorMentees, mentorProfiles, mentorRequests } from '../../db/schema/mentor-directory';

/**
 * The only SQL of the mentor directory room. Profiles are read by their owner, or by anyone signed
 * in once listed; requests by their mentee or their mentor; the mentor's side rows by the mentor.
 */
export type ProfileRow = typeof mentorProfiles.$inferSelect;
export type ProfileValues = Omit<typeof mentorProfiles.$inferInsert, 'userId' | 'id' | 'createdAt'>;
export type RequestRow = typeof mentorRequests.$inferSelect;
export type MenteeRow = typeof mentorMentees.$inferSelect;
export type Keyset = { at: Date; id: string };

// Profiles

export async function findProfileByUser(db: DbOrTx, userId: string): Promise<ProfileRow | null> {
  const rows = await db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, userId)).limit(1);
  return rows[0] ?? null;
}

/** Any profile by id; the policy decides whether the caller may see it (own, or listed). */
export async function findProfile(db: DbOrTx, id: string): Promise<ProfileRow | null> {
  const rows = await db.select().from(mentorProfiles).where(eq(mentorProfiles.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function upsertProfile(db: DbOrTx, userId: string, v: ProfileValues) {
  const [row] = await db
    .insert(mentorProfiles)
    .values({ ...v, userId })
    .onConflictDoUpdate({ target: mentorProfiles.userId, set: { ...v, updatedAt: new Date() } })
    .returning();
  return row!;
}

export async function deleteProfile(db: DbOrTx, userId: string) {
  const rows = await db.delete(mentorProfiles).where(eq(mentorProfiles.userId, userId)).returning({ id: mentorProfiles.id });
  return rows.length > 0;
}

const hasTag = (column: AnyColumn, value: string) =>
  sql`exists (select 1 from jsonb_array_elements_text(${column}) as t(v) where lower(t.v) = lower(${value}))`;
const hasAnyTag = (column: AnyColumn, values: string[]) =>
  sql`exists (select 1 from jsonb_array_elements_text(${column}) as t(v) where lower(t.v) in (${sql.join(values.map((v) => sql`${v.toLowerCase()}`), sql`, `)}))`;

export type DirectoryFilters = {
  words: string[];
  skill?: string;
  challenge?: string;
  industry?: string;
  role?: string;
  language?: string;
  region?: string;
  availability?: string;
  openToTeens?: boolean;
};

/** Listed profiles, newest listed first, keyset on (listed_at, id); fetch limit + 1 to know a next page exists. */
export async function listDirectory(db: DbOrTx, f: DirectoryFilters, limit: number, after: Keyset | null) {
  const conds: SQL[] = [eq(mentorProfiles.listed, true)];
  for (const w of f.words) conds.push(sql`${mentorProfiles.searchText} like ${`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (f.skill) conds.push(hasTag(mentorProfiles.skills, f.skill));
  if (f.challenge) conds.push(hasTag(mentorProfiles.challenges, f.challenge));
  if (f.language) conds.push(hasTag(mentorProfiles.languages, f.language));
  if (f.industry) conds.push(sql`lower(${mentorProfiles.industry}) = lower(${f.industry})`);
  if (f.region) conds.push(sql`lower(${mentorProfiles.region}) = lower(${f.region})`);
  if (f.role) conds.push(sql`lower(${mentorProfiles.role}) like ${`%${f.role.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (f.availability) conds.push(eq(mentorProfiles.availability, f.availability));
  if (f.openToTeens !== undefined) conds.push(eq(mentorProfiles.openToTeens, f.openToTeens));
  if (after) conds.push(sql`(${mentorProfiles.listedAt}, ${mentorProfiles.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`);
  return db
    .select()
    .from(mentorProfiles)
    .where(and(...conds))
    .orderBy(desc(mentorProfiles.listedAt), desc(mentorProfiles.id))
    .limit(limit + 1);
}

/** What the filters offer: the values of listed profiles (capped; the directory is people, not a catalogue). */
export async function listFacetSources(db: DbOrTx) {
  return db
    .select({ skills: mentorProfiles.skills, challenges: mentorProfiles.challenges, languages: mentorProfiles.languages, industry: mentorProfiles.industry, role: mentorProfiles.role, region: mentorProfiles.region })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.listed, true))
    .limit(5000);
}

/** Listed mentors, other than the caller, taking mentees, with at least one of these skills. */
export async function listSkillCandidates(db: DbOrTx, callerUserId: string, skills: string[]) {
  if (skills.length === 0) return [];
  return db
    .select()
    .from(mentorProfiles)
    .where(and(eq(mentorProfiles.listed, true), ne(mentorProfiles.userId, callerUserId), ne(mentorProfiles.availability, 'closed'), hasAnyTag(mentorProfiles.skills, skills)))
    .orderBy(desc(mentorProfiles.listedAt), desc(mentorProfiles.id))
    .limit(200);
}

export async function findProfilesByUsers(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db.select().from(mentorProfiles).where(inArray(mentorProfiles.userId, userIds));
}

// Requests

/** null when a request between the two is already pending (the partial unique index). */
export async function insertRequest(db: DbOrTx, v: Omit<typeof mentorRequests.$inferInsert, 'id'>) {
  const [row] = await db.insert(mentorRequests).values(v).onConflictDoNothing().returning();
  return row ?? null;
}

/** A request the caller is part of, as mentee or mentor. */
export async function findRequestFor(db: DbOrTx, userId: string, id: string, lock = false): Promise<RequestRow | null> {
  const base = db
    .select()
    .from(mentorRequests)
    .where(and(eq(mentorRequests.id, id), or(eq(mentorRequests.menteeUserId, userId), eq(mentorRequests.mentorUserId, userId))))
    .limit(1);
  const rows = lock ? await base.for('update') : await base;
  return rows[0] ?? null;
}

export async function listRequests(db: DbOrTx, userId: string, box: 'incoming' | 'outgoing', status: string | undefined, limit: number, after: Keyset | null) {
  const conds: SQL[] = [box === 'incoming' ? eq(mentorRequests.mentorUserId, userId) : eq(mentorRequests.menteeUserId, userId)];
  if (status) conds.push(eq(mentorRequests.status, status));
  if (after) conds.push(sql`(${mentorRequests.createdAt}, ${mentorRequests.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`);
  return db
    .select()
    .from(mentorRequests)
    .where(and(...conds))
    .orderBy(desc(mentorRequests.createdAt), desc(mentorRequests.id))
    .limit(limit + 1);
}

export async function countPending(db: DbOrTx, userId: string) {
  const [incoming] = await db.select({ n: count() }).from(mentorRequests).where(and(eq(mentorRequests.mentorUserId, userId), eq(mentorRequests.status, 'pending')));
  const [outgoing] = await db.select({ n: count() }).from(mentorRequests).where(and(eq(mentorRequests.menteeUserId, userId), eq(mentorRequests.status, 'pending')));
  return { incomingPending: incoming?.n ?? 0, outgoingPending: outgoing?.n ?? 0 };
}

/** The caller's latest request to each of these mentors. */
export async function latestRequestsTo(db: DbOrTx, menteeUserId: string, mentorUserIds: string[]) {
  if (mentorUserIds.length === 0) return new Map<string, RequestRow>();
  const rows = await db
    .selectDistinctOn([mentorRequests.mentorUserId])
    .from(mentorRequests)
    .where(and(eq(mentorRequests.menteeUserId, menteeUserId), inArray(mentorRequests.mentorUserId, mentorUserIds)))
    .orderBy(mentorRequests.mentorUserId, desc(mentorRequests.createdAt));
  return new Map(rows.map((r) => [r.mentorUserId, r]));
}

export async function setRequestOutcome(db: DbOrTx, id: string, v: Pick<Partial<RequestRow>, 'status' | 'response' | 'respondedAt' | 'mentorshipId'>) {
  const [row] = await db
    .update(mentorRequests)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(mentorRequests.id, id), eq(mentorRequests.status, 'pending')))
    .returning();
  return row ?? null;
}

// The mentor's side

export async function insertMentee(db: DbOrTx, v: Omit<typeof mentorMentees.$inferInsert, 'id'>) {
  const [row] = await db.insert(mentorMentees).values(v).returning();
  return row!;
}

/** Many mentors' My mentees rows in one statement; each comes back with its (unique) mentorship. */
export async function insertMentees(db: DbOrTx, list: readonly Omit<typeof mentorMentees.$inferInsert, 'id'>[]) {
  if (list.length === 0) return [];
  return db.insert(mentorMentees).values([...list]).returning();
}

export async function findMentee(db: DbOrTx, mentorUserId: string, id: string): Promise<MenteeRow | null> {
  const rows = await db.select().from(mentorMentees).where(and(eq(mentorMentees.userId, mentorUserId), eq(mentorMentees.id, id))).limit(1);
  return rows[0] ?? null;
}

export async function findMenteeByPair(db: DbOrTx, mentorUserId: string, menteeUserId: string) {
  const rows = await db.select().from(mentorMentees).where(and(eq(mentorMentees.userId, mentorUserId), eq(mentorMentees.menteeUserId, menteeUserId))).limit(1);
  return rows[0] ?? null;
}

export async function findMenteesByMentorships(db: DbOrTx, mentorUserId: string, mentorshipIds: string[]) {
  if (mentorshipIds.length === 0) return [];
  return db.select().from(mentorMentees).where(and(eq(mentorMentees.userId, mentorUserId), inArray(mentorMentees.mentorshipId, mentorshipIds)));
}

/** For many mentors at once: each (mentor, mentorship) pair's My mentees row; other mentors' rows are left out. */
export async function findMenteesOfPairs(db: DbOrTx, pairs: readonly { mentorUserId: string; mentorshipId: string }[]) {
  if (pairs.length === 0) return [];
  const wanted = new Set(pairs.map((p) => `${p.mentorUserId}:${p.mentorshipId}`));
  const rows = await db
    .select()
    .from(mentorMentees)
    .where(and(inArray(mentorMentees.userId, [...new Set(pairs.map((p) => p.mentorUserId))]), inArray(mentorMentees.mentorshipId, [...new Set(pairs.map((p) => p.mentorshipId))])));
  return rows.filter((r) => wanted.has(`${r.userId}:${r.mentorshipId}`));
}

export async function listMentees(db: DbOrTx, mentorUserId: string, limit: number, after: Keyset | null) {
  const conds: SQL[] = [eq(mentorMentees.userId, mentorUserId)];
  if (after) conds.push(sql`(${mentorMentees.createdAt}, ${mentorMentees.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`);
  return db
    .select()
    .from(mentorMentees)
    .where(and(...conds))
    .orderBy(desc(mentorMentees.createdAt), desc(mentorMentees.id), asc(mentorMentees.mentorshipId))
    .limit(limit + 1);
}
