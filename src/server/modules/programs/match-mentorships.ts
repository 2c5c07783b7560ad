import type { Db, DbOrTx } from '../../db/client';
import { openMentorshipsForProgram } from '../mentoring/mentor-side-service';
import { findMentorship, updateMentorship } from '../mentoring/mentorships-service';
import * as mq from './match-queries';
import * as q from './queries';

/**
 * A published match is a real mentorship (PRODUCT §5 → §4): the mentee gets a mentorship with the
 * mentor linked (agreement, goals, meetings, the questions thread), the mentor gets the mentee on
 * My mentees, exactly as an accepted directory request does. Called inside the caller's
 * transaction by publishing and by self-service matching, after the match rows are written.
 */
export type MatchPair = { menteeMemberId: string; mentorMemberId: string };
export type MatchLink = MatchPair & { mentorshipId: string; opened: boolean };

/**
 * Opens (or finds) the mentorship of each pair and records it on the pair's `program_matches` row.
 * A mentee who already has an open mentorship with that mentor keeps it (not `opened`); otherwise a
 * new one is linked: kind shepherd (a guide through the program's stage), the mentee's program
 * growth areas, the mentor's role and main industry from their application, met through the program.
 */
export async function openMentorshipsForMatches(tx: DbOrTx, programId: string, pairs: MatchPair[], now: Date): Promise<MatchLink[]> {
  if (pairs.length === 0) return [];
  const members = new Map((await q.membersByIds(tx, programId, [...new Set(pairs.flatMap((p) => [p.menteeMemberId, p.mentorMemberId]))])).map((m) => [m.id, m]));
  const applications = new Map((await q.allApplications(tx, programId)).map((a) => [a.memberId, a]));
  const programName = await mq.programName(tx, programId);
  const valid = pairs.flatMap((pair) => {
    const mentee = members.get(pair.menteeMemberId);
    const mentor = members.get(pair.mentorMemberId);
    // A person cannot be their own mentor, whatever roles they hold.
    return mentee && mentor && mentee.userId !== mentor.userId ? [{ pair, mentee, mentor }] : [];
  });
  // One call for the whole publish: the mentoring room opens (or reuses) them all at once.
  const links = await openMentorshipsForProgram(
    tx,
    valid.map(({ mentee, mentor }) => {
      const app = applications.get(mentor.id);
      return { menteeUserId: mentee.userId, mentorUserId: mentor.userId, areas: mentee.growthAreas, role: app?.jobRole ?? null, industry: app?.industries[0] ?? null };
    }),
    `Matched in ${programName}`,
    now,
  );
  const out: MatchLink[] = valid.map(({ pair }, i) => ({ ...pair, ...links[i]! }));
  await mq.linkMatchMentorships(tx, programId, out);
  return out;
}

/**
 * Ends the mentorships that removed matches had opened, through the mentoring room's own closure
 * (status closed, off the mentee's Today); nothing the mentee wrote is deleted, and a reflection
 * they already wrote stays. A mentorship the match only reused, or one another match of the
 * program still stands for, stays open.
 */
export async function endMentorshipsForMatches(
  tx: DbOrTx,
  programId: string,
  removed: (MatchPair & { mentorshipId: string | null; mentorshipOpened: boolean })[],
  now: Date,
  reason?: string,
) {
  const candidates = removed.filter((r): r is typeof r & { mentorshipId: string } => r.mentorshipOpened && r.mentorshipId !== null);
  if (candidates.length === 0) return 0;
  const still = await mq.mentorshipsStillMatched(tx, programId, candidates.map((c) => c.mentorshipId));
  const members = new Map((await q.membersByIds(tx, programId, candidates.map((c) => c.menteeMemberId))).map((m) => [m.id, m]));
  const why = reason ?? `Rematched by ${await mq.programName(tx, programId)}`;
  let ended = 0;
  for (const c of candidates) {
    const mentee = members.get(c.menteeMemberId);
    if (!mentee || still.has(c.mentorshipId)) continue;
    const m = await findMentorship(tx, mentee.userId, c.mentorshipId);
    if (!m || m.status === 'closed') continue;
    await updateMentorship(tx as Db, mentee.userId, m.id, { status: 'closed', reflection: m.reflection ?? why, notes: undefined }, now);
    ended++;
  }
  return ended;
}
