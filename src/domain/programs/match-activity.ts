/**
 * How a program's published matches are doing (PRODUCT §5: meeting frequency, goal progress,
 * quiet matches), from the aggregates the mentoring room gives per match's mentorship. Pure.
 * A coordinator sees counts, dates and names of the pair, never what was said or written.
 */
export type MatchActivity = {
  status: 'active' | 'paused' | 'closed';
  meetingsLast30Days: number;
  meetingsLast90Days: number;
  lastMeetingOn: string | null;
  lastActivityOn: string | null;
  daysSinceActivity: number;
  quiet: boolean;
  quietWeeks: number;
  sharedGoals: number;
  sharedGoalsAchieved: number;
  agreementAccepted: boolean;
};

export type ActivityMatch = { matchId: string; cohortId: string; menteeName: string; mentorName: string; activity: MatchActivity | null };

/** What one match is doing now: the Health tab's colours and the CSV's "Mentorship" column. */
export type MatchState = 'met_this_month' | 'no_recent_meeting' | 'quiet' | 'ended' | 'no_mentorship';

export function matchState(a: MatchActivity | null): MatchState {
  if (!a) return 'no_mentorship';
  if (a.status === 'closed') return 'ended';
  if (a.quiet) return 'quiet';
  return a.meetingsLast30Days > 0 ? 'met_this_month' : 'no_recent_meeting';
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const MEETING_BUCKETS = ['0', '1', '2', '3', '4+'] as const;
const bucketOf = (n: number) => MEETING_BUCKETS[Math.min(n, 4)]!;

export function matchActivityFigures(matches: readonly ActivityMatch[], cohorts: readonly { id: string; name: string }[]) {
  const linked = matches.filter((m): m is ActivityMatch & { activity: MatchActivity } => m.activity !== null);
  const open = linked.filter((m) => m.activity.status !== 'closed');
  const count = (list: readonly ActivityMatch[], s: MatchState) => list.filter((m) => matchState(m.activity) === s).length;
  const cohortName = new Map(cohorts.map((c) => [c.id, c.name]));
  return {
    matches: matches.length,
    withMentorship: linked.length,
    /** Open matches with a meeting in the last 30 days. */
    meetingMonthly: count(matches, 'met_this_month'),
    quiet: count(matches, 'quiet'),
    ended: count(matches, 'ended'),
    /** Median meetings in the last 90 days over the matches' open mentorships. */
    medianMeetings90: median(open.map((m) => m.activity.meetingsLast90Days)),
    goals: { shared: linked.reduce((s, m) => s + m.activity.sharedGoals, 0), achieved: linked.reduce((s, m) => s + m.activity.sharedGoalsAchieved, 0) },
    agreementsAccepted: linked.filter((m) => m.activity.agreementAccepted).length,
    meetingsDistribution: MEETING_BUCKETS.map((b) => ({ meetings: b, matches: open.filter((m) => bucketOf(m.activity.meetingsLast90Days) === b).length })),
    byCohort: cohorts
      .map((c) => {
        const mine = matches.filter((m) => m.cohortId === c.id);
        return { cohortId: c.id, name: c.name, metThisMonth: count(mine, 'met_this_month'), noRecentMeeting: count(mine, 'no_recent_meeting'), quiet: count(mine, 'quiet'), ended: count(mine, 'ended'), noMentorship: count(mine, 'no_mentorship') };
      })
      .filter((c) => c.metThisMonth + c.noRecentMeeting + c.quiet + c.ended + c.noMentorship > 0),
    quietMatches: linked
      .filter((m) => matchState(m.activity) === 'quiet')
      .sort((a, b) => b.activity.daysSinceActivity - a.activity.daysSinceActivity || a.menteeName.localeCompare(b.menteeName))
      .map((m) => ({
        matchId: m.matchId,
        cohortName: cohortName.get(m.cohortId) ?? '',
        menteeName: m.menteeName,
        mentorName: m.mentorName,
        quietWeeks: m.activity.quietWeeks,
        lastActivityOn: m.activity.lastActivityOn,
        lastMeetingOn: m.activity.lastMeetingOn,
      })),
  };
}
export type MatchActivityFigures = ReturnType<typeof matchActivityFigures>;
