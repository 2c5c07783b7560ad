import type { DbOrTx } from '../../db/client';
import { addDays, todayIn } from '../../../domain/follow-through/index';
import { acceptedByBoth, type MentorshipStatus } from '../../../domain/mentoring/index';
import type { MatchActivity } from '../../../domain/programs/match-activity';
import { namesAndZonesOf } from '../accounts/service';
import { healthOfMany } from './health-service';
import * as sq from './program-summary-queries';

/**
 * What a program may know of the mentorships its published matches opened (PRODUCT §5: meeting
 * frequency, goal progress, quiet matches), read-only. Only counts, dates and flags: never a
 * meeting's agenda or notes, a goal's title, the mentorship's private notes, or any goal the mentee
 * did not share with this mentor. Quiet is the mentoring room's own rule (`mentorshipHealth`).
 */
export type MentorshipPair = sq.MentorshipPair;
/** The programs room's per-match figures (`MatchActivity`), for one mentorship. */
export type ProgramMentorshipSummary = MatchActivity & { mentorshipId: string };

/** Summaries of the given pairs' mentorships; a pair whose mentorship is gone or not theirs is left out. */
export async function programMentorshipSummaries(db: DbOrTx, pairs: MentorshipPair[], now: Date): Promise<Map<string, ProgramMentorshipSummary>> {
  const out = new Map<string, ProgramMentorshipSummary>();
  const rows = await sq.mentorshipsOfPairs(db, pairs);
  if (rows.length === 0) return out;
  // Days are the mentee's local days, as on their own Mentoring page: every mentee's zone in one statement.
  const zones = new Map([...(await namesAndZonesOf(db, rows.map((r) => r.userId)))].map(([id, u]) => [id, u.timezone]));
  const today = new Map(rows.map((r) => [r.id, todayIn(zones.get(r.userId) ?? 'UTC', now)]));
  const since = (days: number) => new Map(rows.map((r) => [r.id, addDays(today.get(r.id)!, -(days - 1))]));
  // One after another: `db` may be the caller's transaction, which runs one statement at a time.
  const meetings = await sq.meetingCounts(db, rows, since(30), since(90), today);
  const goals = await sq.sharedGoalCounts(db, rows);
  const accepted = new Map((await sq.currentAcceptances(db, rows)).map((a) => [a.mentorshipId, acceptedByBoth(a)]));
  // The mentoring room's quiet rule for all of them at once (the same rule `healthOf` applies per mentee).
  const health = await healthOfMany(db, rows, zones, now);
  for (const r of rows) {
    const h = health.get(r.id)!;
    const m = meetings.get(r.id)!;
    const g = goals.get(r.id)!;
    out.set(r.id, {
      mentorshipId: r.id,
      status: r.status as MentorshipStatus,
      meetingsLast30Days: m.last30,
      meetingsLast90Days: m.last90,
      lastMeetingOn: m.lastOn,
      lastActivityOn: h.lastActivityOn,
      daysSinceActivity: h.quietDays,
      quiet: h.quiet,
      quietWeeks: h.quietWeeks,
      sharedGoals: g.total,
      sharedGoalsAchieved: g.achieved,
      agreementAccepted: accepted.get(r.id) ?? false,
    });
  }
  return out;
}

