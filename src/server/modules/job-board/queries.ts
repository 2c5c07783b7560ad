import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jobListingInterests, jobListings } from '../../db/schema/index';

/**
 * SQL of the job board. Reads take a program id the service has already checked the caller
 * belongs to (or the caller's own user id for their marks); visibility within the program is
 * applied here for the open view and by `canSeeListing` for single reads.
 */
export type ListingRow = typeof jobListings.$inferSelect;
export type InterestRow = typeof jobListingInterests.$inferSelect;
type Position = { key: string | null; id: string } | null;

const createdKey = sql<string>`to_char(${jobListings.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export async function insertListing(db: DbOrTx, v: typeof jobListings.$inferInsert) {
  const [row] = await db.insert(jobListings).values(v).returning();
  return row!;
}

export async function updateListing(db: DbOrTx, programId: string, id: string, v: Partial<typeof jobListings.$inferInsert>) {
  const [row] = await db
    .update(jobListings)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(jobListings.programId, programId), eq(jobListings.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteListing(db: DbOrTx, programId: string, id: string) {
  const rows = await db.delete(jobListings).where(and(eq(jobListings.programId, programId), eq(jobListings.id, id))).returning({ id: jobListings.id });
  return rows.length > 0;
}

export async function findListing(db: DbOrTx, programId: string, id: string, lock = false) {
  const base = db.select().from(jobListings).where(and(eq(jobListings.programId, programId), eq(jobListings.id, id)));
  const rows = lock ? await base.for('update') : await base;
  return rows[0] ?? null;
}

/** The program of a listing id; the service then checks the caller's membership of it. */
export async function programOfListing(db: DbOrTx, id: string) {
  const [row] = await db.select({ programId: jobListings.programId }).from(jobListings).where(eq(jobListings.id, id));
  return row?.programId ?? null;
}

export type ProgramView = 'open' | 'pending' | 'closed' | 'mine';

/** One program's listings for a view, newest first, keyset on (created_at desc, id desc). */
export async function listProgramListings(
  db: DbOrTx,
  f: { programId: string; view: ProgramView; today: string; posterMemberIds: string[]; coordinator: boolean },
  after: Position,
  limit: number,
) {
  const open = and(eq(jobListings.status, 'open'), or(isNull(jobListings.closesOn), sql`${jobListings.closesOn} >= ${f.today}::date`));
  const mine = f.posterMemberIds.length ? inArray(jobListings.posterMemberId, f.posterMemberIds) : sql`false`;
  const conds: (SQL | undefined)[] = [eq(jobListings.programId, f.programId)];
  if (f.view === 'open') conds.push(open, isNotNull(jobListings.approvedAt));
  if (f.view === 'pending') conds.push(open, isNull(jobListings.approvedAt), f.coordinator ? undefined : mine);
  if (f.view === 'closed') conds.push(sql`not (${open})`, f.coordinator ? undefined : mine);
  if (f.view === 'mine') conds.push(mine);
  if (after?.key) conds.push(sql`(${jobListings.createdAt}, ${jobListings.id}) < (${after.key}::timestamptz, ${after.id}::uuid)`);
  const rows = await db
    .select({ listing: jobListings, sortKey: createdKey })
    .from(jobListings)
    .where(and(...conds))
    .orderBy(desc(jobListings.createdAt), desc(jobListings.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.listing, sortKey: r.sortKey }));
}

/** Every open, approved listing of these programs (the ranked view scores them all; see docs/job-board.md). */
export async function openApprovedListings(db: DbOrTx, programIds: string[], today: string) {
  if (programIds.length === 0) return [];
  return db
    .select()
    .from(jobListings)
    .where(
      and(
        inArray(jobListings.programId, programIds),
        eq(jobListings.status, 'open'),
        isNotNull(jobListings.approvedAt),
        or(isNull(jobListings.closesOn), sql`${jobListings.closesOn} >= ${today}::date`),
      ),
    )
    .orderBy(asc(jobListings.createdAt), asc(jobListings.id))
    .limit(5000);
}

export async function interestsOf(db: DbOrTx, userId: string, listingIds: string[]) {
  if (listingIds.length === 0) return new Map<string, InterestRow>();
  const rows = await db.select().from(jobListingInterests).where(and(eq(jobListingInterests.userId, userId), inArray(jobListingInterests.listingId, listingIds)));
  return new Map(rows.map((r) => [r.listingId, r]));
}

export async function setInterest(db: DbOrTx, userId: string, listingId: string, state: string, appliedAt: Date | null) {
  await db
    .insert(jobListingInterests)
    .values({ listingId, userId, state, appliedAt })
    .onConflictDoUpdate({ target: [jobListingInterests.listingId, jobListingInterests.userId], set: { state, appliedAt, updatedAt: new Date() } });
}

export async function clearInterest(db: DbOrTx, userId: string, listingId: string) {
  await db.delete(jobListingInterests).where(and(eq(jobListingInterests.userId, userId), eq(jobListingInterests.listingId, listingId)));
}

/** Users who marked a listing (to take applied follow-ups off their Today when it is deleted). */
export async function appliedUsersOf(db: DbOrTx, listingId: string) {
  const rows = await db
    .select({ userId: jobListingInterests.userId })
    .from(jobListingInterests)
    .where(and(eq(jobListingInterests.listingId, listingId), eq(jobListingInterests.state, 'applied')));
  return rows.map((r) => r.userId);
}

/** A program's job-board activity, for its outcomes: listings by state, marks, and who applied. */
export async function activityOf(db: DbOrTx, programId: string) {
  const [listings] = await db
    .select({
      total: sql<number>`count(*)`.mapWith(Number),
      approved: sql<number>`count(*) filter (where ${jobListings.approvedAt} is not null)`.mapWith(Number),
      pending: sql<number>`count(*) filter (where ${jobListings.approvedAt} is null and ${jobListings.status} = 'open')`.mapWith(Number),
    })
    .from(jobListings)
    .where(eq(jobListings.programId, programId));
  const marks = await db
    .select({ userId: jobListingInterests.userId, state: jobListingInterests.state })
    .from(jobListingInterests)
    .innerJoin(jobListings, eq(jobListings.id, jobListingInterests.listingId))
    .where(eq(jobListings.programId, programId));
  return { listings: listings ?? { total: 0, approved: 0, pending: 0 }, marks };
}
