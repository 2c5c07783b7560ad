import type { DbOrTx } from '../../db/client';
import type { MenteeDetail, MenteeSummary } from '../../../domain/mentor-directory/api';
import { mentorSummaries, mentorView } from '../mentoring/mentor-side-service';
import { decodeKeyset, pageOf } from './cursor';
import * as q from './queries';

/** The mentor's "My mentees": their side of each accepted request, read through the mentoring room. */
export const findMentee = (db: DbOrTx, mentorUserId: string, id: string) => q.findMentee(db, mentorUserId, id);

export async function listMentees(db: DbOrTx, mentorUserId: string, limit: number, cursor: string | undefined, now: Date) {
  const rows = await q.listMentees(db, mentorUserId, limit, decodeKeyset(cursor));
  const page = pageOf(rows, limit, (r) => ({ at: r.createdAt, id: r.id }));
  const summaries = await mentorSummaries(db, mentorUserId, page.items.map((r) => r.mentorshipId), now);
  const items: MenteeSummary[] = page.items.flatMap((r) => {
    const s = summaries.get(r.mentorshipId);
    return s ? [{ ...s, id: r.id }] : [];
  });
  return { items, nextCursor: page.nextCursor };
}

export async function menteeDetail(db: DbOrTx, mentorUserId: string, row: q.MenteeRow, now: Date): Promise<MenteeDetail> {
  return { id: row.id, ...(await mentorView(db, mentorUserId, row.mentorshipId, now)) };
}

/**
 * Another room (programs) linked a mentorship to this mentor: put the mentee on their My mentees,
 * once per mentorship, as an accepted request does. Returns the mentor's own id for the mentee.
 */
export async function addMenteeForMentor(tx: DbOrTx, v: { mentorUserId: string; menteeUserId: string; mentorshipId: string }) {
  const [found] = await q.findMenteesByMentorships(tx, v.mentorUserId, [v.mentorshipId]);
  return found?.id ?? (await q.insertMentee(tx, { userId: v.mentorUserId, menteeUserId: v.menteeUserId, mentorshipId: v.mentorshipId, requestId: null })).id;
}

/**
 * `addMenteeForMentor` for many at once (a program's publish): one lookup and one multi-row insert
 * of the rows still missing. Answers each one's My mentees id in the order given; a mentorship
 * given twice for the same mentor gets one row, as one call after another would.
 */
export async function addMenteesForMentors(tx: DbOrTx, list: readonly { mentorUserId: string; menteeUserId: string; mentorshipId: string }[]): Promise<string[]> {
  if (list.length === 0) return [];
  const pairKey = (v: { mentorUserId: string; mentorshipId: string }) => `${v.mentorUserId}:${v.mentorshipId}`;
  const ids = new Map((await q.findMenteesOfPairs(tx, list)).map((r) => [pairKey({ mentorUserId: r.userId, mentorshipId: r.mentorshipId }), r.id]));
  const missing = new Map<string, (typeof list)[number]>();
  for (const v of list) if (!ids.has(pairKey(v)) && !missing.has(pairKey(v))) missing.set(pairKey(v), v);
  const inserted = await q.insertMentees(tx, [...missing.values()].map((v) => ({ userId: v.mentorUserId, menteeUserId: v.menteeUserId, mentorshipId: v.mentorshipId, requestId: null })));
  for (const r of inserted) ids.set(pairKey({ mentorUserId: r.userId, mentorshipId: r.mentorshipId }), r.id);
  return list.map((v) => ids.get(pairKey(v))!);
}

/** The mentor's own ids (My mentees) for these mentorships of theirs. */
export async function menteeIdsByMentorship(db: DbOrTx, mentorUserId: string, mentorshipIds: string[]) {
  return new Map((await q.findMenteesByMentorships(db, mentorUserId, mentorshipIds)).map((m) => [m.mentorshipId, m.id]));
}

/** `menteeIdsByMentorship` for many mentors in one statement: keyed by mentorship, each only for its own mentor. */
export async function menteeIdsOfPairs(db: DbOrTx, pairs: readonly { mentorUserId: string; mentorshipId: string }[]) {
  return new Map((await q.findMenteesOfPairs(db, pairs)).map((m) => [m.mentorshipId, m.id]));
}
