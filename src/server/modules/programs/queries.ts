import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import {
  cohorts,
  guardianConsents,
  mentorApplications,
  organizationCoordinators,
  organizations,
  programInvitations,
  programMatches,
  programMembers,
  programs,
  users,
} from '../../db/schema/index';

/**
 * SQL of the programs room (organisations, programs, cohorts, members, invitations, applications).
 * Every read is scoped: by the caller's user id, or by a program id the service has already
 * checked the caller belongs to. Users are joined only for name and e-mail.
 */
export type ProgramRow = typeof programs.$inferSelect;
export type CohortRow = typeof cohorts.$inferSelect;
export type MemberRow = typeof programMembers.$inferSelect;
export type MemberWithUser = MemberRow & { name: string; email: string; sortKey: string };
export type InvitationRow = typeof programInvitations.$inferSelect;
export type ApplicationRow = typeof mentorApplications.$inferSelect;
export type ConsentRow = typeof guardianConsents.$inferSelect;
export type MatchRow = typeof programMatches.$inferSelect;
type Position = { key: string | null; id: string } | null;

const createdKey = (col: typeof programMembers.createdAt) => sql<string>`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export async function insertOrganization(db: DbOrTx, userId: string, name: string) {
  const [org] = await db.insert(organizations).values({ name, createdBy: userId }).returning();
  await db.insert(organizationCoordinators).values({ organizationId: org!.id, userId });
  return org!;
}

/** Organisations the user coordinates, oldest first, keyset on (created_at, id). */
export async function listMyOrganizations(db: DbOrTx, userId: string, after: Position = null, limit = 1000) {
  const rows = await db
    .select({ org: organizations, sortKey: createdKey(organizations.createdAt as unknown as typeof programMembers.createdAt) })
    .from(organizations)
    .innerJoin(organizationCoordinators, eq(organizationCoordinators.organizationId, organizations.id))
    .where(and(eq(organizationCoordinators.userId, userId), after?.key ? sql`(${organizations.createdAt}, ${organizations.id}) > (${after.key}::timestamptz, ${after.id}::uuid)` : undefined))
    .orderBy(asc(organizations.createdAt), asc(organizations.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.org, sortKey: r.sortKey }));
}

export async function findCoordinatedOrganization(db: DbOrTx, userId: string, orgId: string) {
  const [row] = await db
    .select({ org: organizations })
    .from(organizations)
    .innerJoin(organizationCoordinators, eq(organizationCoordinators.organizationId, organizations.id))
    .where(and(eq(organizationCoordinators.userId, userId), eq(organizations.id, orgId)));
  return row?.org ?? null;
}

export async function insertProgram(db: DbOrTx, orgId: string, v: { name: string; description: string | null; participantsAreMinors: boolean }) {
  const [row] = await db.insert(programs).values({ ...v, organizationId: orgId }).returning();
  return row!;
}

export async function updateProgram(db: DbOrTx, id: string, v: Partial<Pick<ProgramRow, 'name' | 'description' | 'participantsAreMinors'>>) {
  const [row] = await db.update(programs).set({ ...v, updatedAt: new Date() }).where(eq(programs.id, id)).returning();
  return row ?? null;
}

/** A program with its organisation, only when the user holds a role in it. */
export async function findProgramForUser(db: DbOrTx, userId: string, programId: string) {
  const [row] = await db
    .select({ program: programs, org: organizations })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .where(and(eq(programs.id, programId), sql`exists (select 1 from ${programMembers} m where m.program_id = ${programs.id} and m.user_id = ${userId})`));
  return row ?? null;
}

/** Programs where the user holds any role, with the roles; newest first, keyset on (created_at desc, id desc). */
export async function listProgramsForUser(db: DbOrTx, userId: string, after: Position = null, limit = 100_000) {
  return db
    .select({
      program: programs,
      org: organizations,
      roles: sql<string[]>`array_agg(distinct ${programMembers.role})`,
      sortKey: createdKey(programs.createdAt as unknown as typeof programMembers.createdAt),
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .innerJoin(programMembers, and(eq(programMembers.programId, programs.id), eq(programMembers.userId, userId)))
    .where(after?.key ? sql`(${programs.createdAt}, ${programs.id}) < (${after.key}::timestamptz, ${after.id}::uuid)` : undefined)
    .groupBy(programs.id, organizations.id)
    .orderBy(desc(programs.createdAt), desc(programs.id))
    .limit(limit);
}

export async function myMemberships(db: DbOrTx, userId: string, programId: string) {
  return db.select().from(programMembers).where(and(eq(programMembers.programId, programId), eq(programMembers.userId, userId)));
}

export async function insertMember(db: DbOrTx, v: { programId: string; userId: string; role: string; cohortId?: string | null; isMinor?: boolean }) {
  const [row] = await db.insert(programMembers).values(v).onConflictDoNothing().returning();
  return row ?? null;
}

export async function insertCohort(db: DbOrTx, programId: string, v: { name: string; startsOn: string; endsOn: string }) {
  const [row] = await db.insert(cohorts).values({ ...v, programId }).returning();
  return row!;
}

export async function listCohorts(db: DbOrTx, programId: string) {
  return db.select().from(cohorts).where(eq(cohorts.programId, programId)).orderBy(asc(cohorts.startsOn), asc(cohorts.id));
}

/** A cohort, with its program, only when the user holds a role in that program. */
export async function findCohortForUser(db: DbOrTx, userId: string, cohortId: string) {
  const [row] = await db
    .select({ cohort: cohorts })
    .from(cohorts)
    .where(and(eq(cohorts.id, cohortId), sql`exists (select 1 from ${programMembers} m where m.program_id = ${cohorts.programId} and m.user_id = ${userId})`));
  return row?.cohort ?? null;
}

const memberColumns = { member: programMembers, name: users.name, email: users.email, sortKey: createdKey(programMembers.createdAt) };
const withUser = (r: { member: MemberRow; name: string; email: string; sortKey: string }): MemberWithUser => ({ ...r.member, name: r.name, email: r.email, sortKey: r.sortKey });

/** Members of a program, oldest first, keyset on (created_at, id); `onlyIds` narrows to what the viewer may see. */
export async function listMembers(db: DbOrTx, programId: string, f: { role?: string; onlyIds?: string[] }, after: Position, limit: number) {
  if (f.onlyIds && f.onlyIds.length === 0) return [];
  const conds: (SQL | undefined)[] = [eq(programMembers.programId, programId)];
  if (f.role) conds.push(eq(programMembers.role, f.role));
  if (f.onlyIds) conds.push(inArray(programMembers.id, f.onlyIds));
  if (after?.key) conds.push(sql`(${programMembers.createdAt}, ${programMembers.id}) > (${after.key}::timestamptz, ${after.id}::uuid)`);
  const rows = await db
    .select(memberColumns)
    .from(programMembers)
    .innerJoin(users, eq(users.id, programMembers.userId))
    .where(and(...conds))
    .orderBy(asc(programMembers.createdAt), asc(programMembers.id))
    .limit(limit);
  return rows.map(withUser);
}

/**
 * Members of a program found by name (case-insensitive substring) and/or narrowed to some users,
 * ordered by name then id with a keyset, so the events door list never loads the whole program.
 */
export async function searchMembers(db: DbOrTx, programId: string, f: { search?: string; userIds?: string[] }, after: { name: string; id: string } | null, limit: number) {
  if (f.userIds && f.userIds.length === 0) return [];
  const conds: (SQL | undefined)[] = [eq(programMembers.programId, programId)];
  if (f.search) conds.push(sql`${users.name} ilike ${`%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (f.userIds) conds.push(inArray(programMembers.userId, f.userIds));
  if (after) conds.push(sql`(${users.name}, ${programMembers.id}) > (${after.name}, ${after.id}::uuid)`);
  const rows = await db
    .select(memberColumns)
    .from(programMembers)
    .innerJoin(users, eq(users.id, programMembers.userId))
    .where(and(...conds))
    .orderBy(asc(users.name), asc(programMembers.id))
    .limit(limit);
  return rows.map(withUser);
}

export async function findMember(db: DbOrTx, programId: string, memberId: string, lock = false): Promise<MemberWithUser | null> {
  const base = db
    .select(memberColumns)
    .from(programMembers)
    .innerJoin(users, eq(users.id, programMembers.userId))
    .where(and(eq(programMembers.programId, programId), eq(programMembers.id, memberId)));
  const rows = lock ? await base.for('update', { of: programMembers }) : await base;
  return rows[0] ? withUser(rows[0]) : null;
}

/** The program of a member id, only when the user holds a role in that program. */
export async function programOfMember(db: DbOrTx, userId: string, memberId: string) {
  const [row] = await db
    .select({ programId: programMembers.programId })
    .from(programMembers)
    .where(and(eq(programMembers.id, memberId), sql`exists (select 1 from ${programMembers} m where m.program_id = ${programMembers.programId} and m.user_id = ${userId})`));
  return row?.programId ?? null;
}

export async function membersByIds(db: DbOrTx, programId: string, ids: string[]): Promise<MemberWithUser[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(memberColumns)
    .from(programMembers)
    .innerJoin(users, eq(users.id, programMembers.userId))
    .where(and(eq(programMembers.programId, programId), inArray(programMembers.id, ids)));
  return rows.map(withUser);
}

export async function updateMember(db: DbOrTx, programId: string, memberId: string, v: Partial<Omit<MemberRow, 'id' | 'programId' | 'userId' | 'role' | 'createdAt'>>) {
  await db
    .update(programMembers)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(programMembers.programId, programId), eq(programMembers.id, memberId)));
}

export async function deleteMember(db: DbOrTx, programId: string, memberId: string) {
  const rows = await db.delete(programMembers).where(and(eq(programMembers.programId, programId), eq(programMembers.id, memberId))).returning({ id: programMembers.id });
  return rows.length > 0;
}

/** Locks the program's coordinator rows, so two removals at once cannot both see "another one is left". */
export async function lockCoordinators(db: DbOrTx, programId: string) {
  const rows = await db
    .select({ id: programMembers.id })
    .from(programMembers)
    .where(and(eq(programMembers.programId, programId), eq(programMembers.role, 'coordinator')))
    .orderBy(asc(programMembers.id))
    .for('update');
  return rows.map((r) => r.id);
}

export async function countCoordinators(db: DbOrTx, programId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(programMembers)
    .where(and(eq(programMembers.programId, programId), eq(programMembers.role, 'coordinator')));
  return row?.n ?? 0;
}

export async function consentsFor(db: DbOrTx, programId: string, menteeIds?: string[]) {
  if (menteeIds && menteeIds.length === 0) return [];
  const rows = await db
    .select({ consent: guardianConsents })
    .from(guardianConsents)
    .innerJoin(programMembers, eq(programMembers.id, guardianConsents.menteeMemberId))
    .where(and(eq(programMembers.programId, programId), menteeIds ? inArray(guardianConsents.menteeMemberId, menteeIds) : undefined));
  return rows.map((r) => r.consent);
}

export async function upsertConsent(db: DbOrTx, v: Omit<ConsentRow, 'updatedAt'>) {
  await db
    .insert(guardianConsents)
    .values(v)
    .onConflictDoUpdate({ target: guardianConsents.menteeMemberId, set: { ...v, updatedAt: new Date() } });
}

export async function deleteConsent(db: DbOrTx, menteeMemberId: string) {
  await db.delete(guardianConsents).where(eq(guardianConsents.menteeMemberId, menteeMemberId));
}

export async function insertInvitation(db: DbOrTx, v: typeof programInvitations.$inferInsert) {
  const [row] = await db.insert(programInvitations).values(v).returning();
  return row!;
}

export async function setInvitationMail(db: DbOrTx, id: string, mailId: string) {
  await db.update(programInvitations).set({ mailId }).where(eq(programInvitations.id, id));
}

export async function listInvitations(db: DbOrTx, programId: string, limit: number) {
  return db.select().from(programInvitations).where(eq(programInvitations.programId, programId)).orderBy(desc(programInvitations.createdAt), desc(programInvitations.id)).limit(limit);
}

export async function findInvitation(db: DbOrTx, programId: string, id: string) {
  const [row] = await db.select().from(programInvitations).where(and(eq(programInvitations.programId, programId), eq(programInvitations.id, id)));
  return row ?? null;
}

export async function programOfInvitation(db: DbOrTx, userId: string, invitationId: string) {
  const [row] = await db
    .select({ programId: programInvitations.programId })
    .from(programInvitations)
    .where(and(eq(programInvitations.id, invitationId), sql`exists (select 1 from ${programMembers} m where m.program_id = ${programInvitations.programId} and m.user_id = ${userId})`));
  return row?.programId ?? null;
}

/** The token is the credential: found by its hash, pending and unexpired only. */
export async function findPendingInvitationByHash(db: DbOrTx, tokenHash: string, lock = false) {
  const base = db
    .select({ inv: programInvitations, program: programs, org: organizations })
    .from(programInvitations)
    .innerJoin(programs, eq(programs.id, programInvitations.programId))
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .where(and(eq(programInvitations.tokenHash, tokenHash), eq(programInvitations.status, 'pending'), sql`${programInvitations.expiresAt} > now()`));
  const rows = lock ? await base.for('update', { of: programInvitations }) : await base;
  return rows[0] ?? null;
}

export async function setInvitationStatus(db: DbOrTx, id: string, v: { status: string; acceptedBy?: string; acceptedAt?: Date }) {
  await db.update(programInvitations).set(v).where(eq(programInvitations.id, id));
}

export async function upsertApplication(db: DbOrTx, programId: string, memberId: string, v: Omit<typeof mentorApplications.$inferInsert, 'id' | 'programId' | 'memberId'>) {
  const [row] = await db
    .insert(mentorApplications)
    .values({ ...v, programId, memberId })
    .onConflictDoUpdate({ target: mentorApplications.memberId, set: { ...v, updatedAt: new Date() } })
    .returning();
  return row!;
}

export async function updateScreening(db: DbOrTx, programId: string, id: string, v: Pick<ApplicationRow, 'backgroundCheck' | 'trainingCompletedOn' | 'references' | 'screeningNotes'>) {
  const [row] = await db
    .update(mentorApplications)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(mentorApplications.programId, programId), eq(mentorApplications.id, id)))
    .returning();
  return row ?? null;
}

export async function listApplications(db: DbOrTx, programId: string, after: Position, limit: number) {
  const conds: (SQL | undefined)[] = [eq(mentorApplications.programId, programId)];
  if (after?.key) conds.push(sql`(${mentorApplications.createdAt}, ${mentorApplications.id}) > (${after.key}::timestamptz, ${after.id}::uuid)`);
  const rows = await db
    .select({ app: mentorApplications, name: users.name, sortKey: createdKey(mentorApplications.createdAt as unknown as typeof programMembers.createdAt) })
    .from(mentorApplications)
    .innerJoin(programMembers, eq(programMembers.id, mentorApplications.memberId))
    .innerJoin(users, eq(users.id, programMembers.userId))
    .where(and(...conds))
    .orderBy(asc(mentorApplications.createdAt), asc(mentorApplications.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.app, mentorName: r.name, sortKey: r.sortKey }));
}

export async function allApplications(db: DbOrTx, programId: string) {
  return db.select().from(mentorApplications).where(eq(mentorApplications.programId, programId));
}

export async function findApplication(db: DbOrTx, programId: string, id: string) {
  const [row] = await db
    .select({ app: mentorApplications, name: users.name, userId: programMembers.userId })
    .from(mentorApplications)
    .innerJoin(programMembers, eq(programMembers.id, mentorApplications.memberId))
    .innerJoin(users, eq(users.id, programMembers.userId))
    .where(and(eq(mentorApplications.programId, programId), eq(mentorApplications.id, id)));
  return row ? { ...row.app, mentorName: row.name, userId: row.userId } : null;
}

export async function applicationOfMember(db: DbOrTx, memberId: string) {
  const [row] = await db.select().from(mentorApplications).where(eq(mentorApplications.memberId, memberId));
  return row ?? null;
}

export async function programOfApplication(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .select({ programId: mentorApplications.programId })
    .from(mentorApplications)
    .where(and(eq(mentorApplications.id, id), sql`exists (select 1 from ${programMembers} m where m.program_id = ${mentorApplications.programId} and m.user_id = ${userId})`));
  return row?.programId ?? null;
}

/**
 * Which matches still hold, seen from one cohort on a given day: every match of that cohort, and
 * those of other cohorts that have not ended (their end date on or after `today`, the UTC date, so
 * a coordinator's run and a mentee's choice agree on a mentor's places). An ended cohort's
 * matches no longer take a mentor's places or keep its mentees from a later cohort's run.
 */
export type CurrentFor = { cohortId: string; today: string };

export function currentMatch(current: CurrentFor): SQL {
  return sql`(${programMatches.cohortId} = ${current.cohortId} or exists (select 1 from ${cohorts} where ${cohorts.id} = ${programMatches.cohortId} and ${cohorts.endsOn} >= ${current.today}))`;
}

export async function matchesOfProgram(db: DbOrTx, programId: string, f: { cohortId?: string; memberIds?: string[]; current?: CurrentFor } = {}) {
  const conds: (SQL | undefined)[] = [eq(programMatches.programId, programId)];
  if (f.cohortId) conds.push(eq(programMatches.cohortId, f.cohortId));
  if (f.current) conds.push(currentMatch(f.current));
  if (f.memberIds) {
    if (f.memberIds.length === 0) return [];
    conds.push(sql`(${inArray(programMatches.menteeMemberId, f.memberIds)} or ${inArray(programMatches.mentorMemberId, f.memberIds)})`);
  }
  return db.select().from(programMatches).where(and(...conds)).orderBy(asc(programMatches.publishedAt), asc(programMatches.id));
}

export async function replaceCohortMatches(
  db: DbOrTx,
  programId: string,
  cohortId: string,
  runId: string,
  pairs: { mentee: string; mentor: string; score: number; breakdown: Record<string, number>; mentorshipId?: string | null; mentorshipOpened?: boolean }[],
  at: Date,
) {
  await db.delete(programMatches).where(and(eq(programMatches.programId, programId), eq(programMatches.cohortId, cohortId)));
  if (pairs.length === 0) return;
  await db.insert(programMatches).values(
    pairs.map((p) => ({ programId, cohortId, runId, menteeMemberId: p.mentee, mentorMemberId: p.mentor, score: p.score, breakdown: p.breakdown, publishedAt: at, mentorshipId: p.mentorshipId ?? null, mentorshipOpened: p.mentorshipOpened ?? false })),
  );
}
