import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import type { createListingBody, ListingResponse, matchedQuery, MatchedListing, programListingsQuery, updateListingBody } from '../../../domain/job-board/api';
import { canSeeListing, compareRanked, isOpen, matchListing, needsApproval, type InterestState, type ListingKind } from '../../../domain/job-board/rules';
import { addDays } from '../../../domain/follow-through/calendar-date';
import { todayIn } from '../../../domain/follow-through/local-time';
import { conflict, notFound } from '../../errors';
import { getUser } from '../accounts/service';
import { putRoomItem, removeRoomItem } from '../follow-through/room-items-service';
import { openGoalAreas } from '../mentoring/goals-service';
import { decodeCursor, pageOf } from '../network/cursor';
import { memberNames, menteeGoalTerms, myPrograms, programContext, type ProgramContext } from '../programs/service';
import { decodeRanked, encodeRanked } from './cursor';
import * as q from './queries';

/** Use cases of the job board room. Routes authorise with `canJobListing`; these apply visibility. */
const ORDER = 'job-listings-newest';
export const FOLLOW_UP_DAYS = 7;

export async function todayOf(db: DbOrTx, userId: string, now: Date) {
  return todayIn((await getUser(db as Db, userId)).timezone, now);
}

export const contextOf = (db: DbOrTx, userId: string, programId: string) => programContext(db, userId, programId);

const isCoordinator = (ctx: ProgramContext) => ctx.roles.includes('coordinator');
const postedByMe = (ctx: ProgramContext, l: q.ListingRow) => ctx.memberships.some((m) => m.id === l.posterMemberId);
const facts = (ctx: ProgramContext, l: q.ListingRow) => ({ status: l.status as 'open' | 'closed', closesOn: l.closesOn, approved: l.approvedAt !== null, postedByMe: postedByMe(ctx, l) });

async function present(db: DbOrTx, userId: string, ctx: ProgramContext, rows: q.ListingRow[], today: string): Promise<ListingResponse[]> {
  const names = await memberNames(db, ctx.programId, rows.map((r) => r.posterMemberId));
  const marks = await q.interestsOf(db, userId, rows.map((r) => r.id));
  const coordinator = isCoordinator(ctx);
  return rows.map((l) => {
    const poster = names.get(l.posterMemberId);
    const mine = postedByMe(ctx, l);
    const mark = marks.get(l.id);
    return {
      id: l.id,
      programId: l.programId,
      programName: ctx.programName,
      title: l.title,
      organization: l.organization,
      kind: l.kind as ListingKind,
      location: l.location,
      remote: l.remote,
      link: l.link,
      description: l.description,
      tags: l.tags,
      closesOn: l.closesOn,
      status: l.status as 'open' | 'closed',
      isOpen: isOpen({ status: l.status as 'open' | 'closed', closesOn: l.closesOn }, today),
      approval: l.approvedAt ? 'approved' : 'pending',
      postedBy: { name: poster?.name ?? 'A former member', role: poster?.role === 'coordinator' ? 'coordinator' : 'mentor' },
      postedByMe: mine,
      canEdit: mine || coordinator,
      canApprove: coordinator && !l.approvedAt,
      myInterest: (mark?.state as InterestState | undefined) ?? null,
      appliedAt: mark?.appliedAt?.toISOString() ?? null,
      createdAt: l.createdAt.toISOString(),
      updatedAt: l.updatedAt.toISOString(),
    };
  });
}

/** A listing and the caller's program context, or 404 when the caller holds no role in its program or may not see it. */
export async function findVisible(db: DbOrTx, userId: string, listingId: string, today: string, lock = false) {
  const programId = await q.programOfListing(db, listingId);
  const ctx = programId ? await programContext(db, userId, programId) : null;
  const listing = ctx ? await q.findListing(db, ctx.programId, listingId, lock) : null;
  if (!ctx || !listing || !canSeeListing({ isCoordinator: isCoordinator(ctx) }, facts(ctx, listing), today)) return null;
  return { ctx, listing, postedByMe: postedByMe(ctx, listing) };
}

export async function getListing(db: DbOrTx, userId: string, found: NonNullable<Awaited<ReturnType<typeof findVisible>>>, today: string) {
  return (await present(db, userId, found.ctx, [found.listing], today))[0]!;
}

/** Coordinators post as coordinators (approved at once); a mentor's listing in a minors' program waits for approval. */
export async function createListing(db: Db, userId: string, ctx: ProgramContext, body: z.output<typeof createListingBody>, now: Date) {
  const today = await todayOf(db, userId, now);
  const poster = ctx.memberships.find((m) => m.role === 'coordinator') ?? ctx.memberships.find((m) => m.role === 'mentor')!;
  const approved = !needsApproval(ctx, poster.role === 'coordinator');
  const row = await q.insertListing(db, {
    programId: ctx.programId,
    posterMemberId: poster.id,
    title: body.title,
    organization: body.organization,
    kind: body.kind,
    location: body.location ?? null,
    remote: body.remote,
    link: body.link ?? null,
    description: body.description ?? null,
    tags: body.tags,
    closesOn: body.closesOn ?? null,
    approvedAt: approved ? now : null,
    approvedBy: approved ? userId : null,
  });
  return (await present(db, userId, ctx, [row], today))[0]!;
}

export async function listProgramListings(db: DbOrTx, userId: string, ctx: ProgramContext, query: z.output<typeof programListingsQuery>, now: Date) {
  const today = await todayOf(db, userId, now);
  const after = decodeCursor(query.cursor, `${ORDER}:${query.view}`, 'instant', false);
  const rows = await q.listProgramListings(
    db,
    { programId: ctx.programId, view: query.view, today, posterMemberIds: ctx.memberships.map((m) => m.id), coordinator: isCoordinator(ctx) },
    after,
    query.limit + 1,
  );
  const page = pageOf(rows, query.limit, `${ORDER}:${query.view}`);
  return { items: await present(db, userId, ctx, page.items, today), nextCursor: page.nextCursor };
}

/**
 * Open, approved listings of every program the caller belongs to, best match with their goals
 * first: their mentee profile in that program plus the areas of their open mentoring goals.
 */
export async function matchedListings(db: DbOrTx, userId: string, query: z.output<typeof matchedQuery>, now: Date) {
  const today = await todayOf(db, userId, now);
  let programs = await myPrograms(db, userId);
  if (query.programId) {
    programs = programs.filter((p) => p.programId === query.programId);
    if (programs.length === 0) throw notFound('program');
  }
  const goalAreas = await openGoalAreas(db, userId);
  const contexts = new Map<string, { ctx: ProgramContext; terms: string[] }>();
  for (const p of programs) {
    const ctx = await programContext(db, userId, p.programId);
    if (ctx) contexts.set(p.programId, { ctx, terms: [...(await menteeGoalTerms(db, userId, p.programId)), ...goalAreas] });
  }
  let rows = await q.openApprovedListings(db, [...contexts.keys()], today);
  const marks = await q.interestsOf(db, userId, rows.map((r) => r.id));
  if (query.saved) rows = rows.filter((r) => marks.has(r.id));
  const ranked = rows
    .map((l) => {
      const m = matchListing({ title: l.title, organization: l.organization, description: l.description, tags: l.tags, kind: l.kind as ListingKind }, contexts.get(l.programId)!.terms);
      return { row: l, score: m.score, why: m.why, closesOn: l.closesOn, createdAt: l.createdAt.toISOString(), id: l.id };
    })
    .sort(compareRanked);
  const after = decodeRanked(query.cursor);
  const rest = after ? ranked.filter((r) => compareRanked(r, after) > 0) : ranked;
  const pageRows = rest.slice(0, query.limit);
  // Presented a program at a time (names and marks in one query each), then put back in rank order.
  const presented = new Map<string, ListingResponse>();
  for (const programId of new Set(pageRows.map((r) => r.row.programId))) {
    const rowsHere = pageRows.filter((r) => r.row.programId === programId).map((r) => r.row);
    for (const l of await present(db, userId, contexts.get(programId)!.ctx, rowsHere, today)) presented.set(l.id, l);
  }
  const items: MatchedListing[] = pageRows.map((r) => ({ ...presented.get(r.id)!, score: r.score, whyMatches: r.why }));
  const last = pageRows[pageRows.length - 1];
  const terms = [...new Set([...contexts.values()].flatMap((c) => c.terms).map((t) => t.trim()).filter(Boolean))];
  return { items, nextCursor: rest.length > query.limit && last ? encodeRanked(last) : null, goalTerms: terms };
}

const CONTENT = ['title', 'organization', 'kind', 'location', 'remote', 'link', 'description', 'tags', 'closesOn'] as const;

/**
 * The poster or a coordinator edits or closes. A mentor's change to what mentees would read, in a
 * minors' program, sends the listing back for approval: an approval is for the text approved.
 */
export async function updateListing(db: Db, userId: string, listingId: string, body: z.output<typeof updateListingBody>, now: Date) {
  return db.transaction(async (tx) => {
    const today = await todayOf(tx, userId, now);
    const found = await findVisible(tx, userId, listingId, today, true);
    if (!found) throw notFound('job listing');
    const { ctx, listing } = found;
    const patch: Record<string, unknown> = {};
    for (const key of [...CONTENT, 'status'] as const) if (body[key] !== undefined) patch[key] = body[key];
    const remote = (patch.remote as boolean | undefined) ?? listing.remote;
    const location = patch.location !== undefined ? (patch.location as string | null) : listing.location;
    if (!remote && !location) throw conflict('location_required', 'Give a location, or mark the listing remote.', [{ path: 'location', message: 'Give a location, or mark the listing remote' }]);
    const contentChanged = CONTENT.some((k) => body[k] !== undefined && JSON.stringify(body[k]) !== JSON.stringify(listing[k]));
    if (contentChanged && listing.approvedAt && needsApproval(ctx, isCoordinator(ctx))) Object.assign(patch, { approvedAt: null, approvedBy: null });
    const row = await q.updateListing(tx, ctx.programId, listingId, patch);
    return (await present(tx, userId, ctx, [row!], today))[0]!;
  });
}

export async function approveListing(db: Db, userId: string, listingId: string, now: Date) {
  return db.transaction(async (tx) => {
    const today = await todayOf(tx, userId, now);
    const found = await findVisible(tx, userId, listingId, today, true);
    if (!found) throw notFound('job listing');
    const row = found.listing.approvedAt ? found.listing : await q.updateListing(tx, found.ctx.programId, listingId, { approvedAt: now, approvedBy: userId });
    return (await present(tx, userId, found.ctx, [row!], today))[0]!;
  });
}

/** Deleting takes the open "follow up on your application" items of everyone who applied off their Today. */
export async function deleteListing(db: Db, userId: string, listingId: string, now: Date) {
  await db.transaction(async (tx) => {
    const found = await findVisible(tx, userId, listingId, await todayOf(tx, userId, now), true);
    if (!found) throw notFound('job listing');
    for (const applicant of await q.appliedUsersOf(tx, listingId)) await removeRoomItem(tx, applicant, 'job_listing', listingId);
    await q.deleteListing(tx, found.ctx.programId, listingId);
  });
}

/**
 * Save, mark applied, or clear. Applying puts "follow up on your application" on the caller's
 * Today a week out (through follow-through's room items); taking it back removes it again.
 */
export async function markListing(db: Db, userId: string, listingId: string, state: InterestState | null, now: Date) {
  return db.transaction(async (tx) => {
    const today = await todayOf(tx, userId, now);
    const found = await findVisible(tx, userId, listingId, today);
    if (!found) throw notFound('job listing');
    const { ctx, listing } = found;
    const before = (await q.interestsOf(tx, userId, [listingId])).get(listingId);
    if (state !== null && !isOpen({ status: listing.status as 'open' | 'closed', closesOn: listing.closesOn }, today) && before?.state !== state) {
      throw conflict('listing_closed', 'This listing has closed; it can no longer be saved or marked applied.');
    }
    if (state === null) await q.clearInterest(tx, userId, listingId);
    else await q.setInterest(tx, userId, listingId, state, state === 'applied' ? (before?.appliedAt ?? now) : null);
    if (state === 'applied' && before?.state !== 'applied') {
      await putRoomItem(
        tx,
        userId,
        'job_listing',
        {
          sourceId: listingId,
          title: `Follow up on your application: ${listing.title} (${listing.organization})`,
          prompt: 'A short, friendly note a week after applying shows you are keen. Ask your mentor if they know someone there.',
          dueDate: addDays(today, FOLLOW_UP_DAYS),
        },
        true,
      );
    }
    if (state !== 'applied' && before?.state === 'applied') await removeRoomItem(tx, userId, 'job_listing', listingId);
    return (await present(tx, userId, ctx, [listing], today))[0]!;
  });
}

/** Job-board activity of one program, for its outcomes (programs' health asks here): counts, and marks per user. */
export async function programActivity(db: DbOrTx, programId: string) {
  const { listings, marks } = await q.activityOf(db, programId);
  const savesByUser = new Map<string, number>();
  const applicationsByUser = new Map<string, number>();
  for (const m of marks) {
    savesByUser.set(m.userId, (savesByUser.get(m.userId) ?? 0) + 1);
    if (m.state === 'applied') applicationsByUser.set(m.userId, (applicationsByUser.get(m.userId) ?? 0) + 1);
  }
  return {
    listings: listings.total,
    approvedListings: listings.approved,
    pendingListings: listings.pending,
    saves: marks.length,
    applications: marks.filter((m) => m.state === 'applied').length,
    savesByUser,
    applicationsByUser,
  };
}
