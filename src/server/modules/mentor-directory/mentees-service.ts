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

/** The mentor's own ids (My mentees) for these mentorships of theirs. */
export async function menteeIdsByMentorship(db: DbOrTx, mentorUserId: string, mentorshipIds: string[]) {
  return new Map((await q.findMenteesByMentorships(db, mentorUserId, mentorshipIds)).map((m) => [m.mentorshipId, m.id]));
}
