import { describe, expect, it } from 'vitest';
import { matchActivityFigures, matchState, median, type MatchActivity } from './match-activity';

const act = (over: Partial<MatchActivity> = {}): MatchActivity => ({
  status: 'active',
  meetingsLast30Days: 0,
  meetingsLast90Days: 0,
  lastMeetingOn: null,
  lastActivityOn: '2026-11-01',
  daysSinceActivity: 30,
  quiet: false,
  quietWeeks: 4,
  sharedGoals: 0,
  sharedGoalsAchieved: 0,
  agreementAccepted: false,
  ...over,
});

describe('match activity', () => {
  it('says what a match is doing: ended before quiet, quiet before a recent meeting', () => {
    expect(matchState(null)).toBe('no_mentorship');
    expect(matchState(act({ status: 'closed', quiet: true }))).toBe('ended');
    expect(matchState(act({ quiet: true, meetingsLast30Days: 1 }))).toBe('quiet');
    expect(matchState(act({ meetingsLast30Days: 1 }))).toBe('met_this_month');
    expect(matchState(act())).toBe('no_recent_meeting');
  });
  it('takes the median of an even count as the middle two’s mean', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 0])).toBe(1.5);
  });
  it('counts monthly meeting, quiet matches (longest quiet first), goals and the distribution over open mentorships', () => {
    const f = matchActivityFigures(
      [
        { matchId: 'a', cohortId: 'c1', menteeName: 'Ann', mentorName: 'Mo', activity: act({ meetingsLast30Days: 2, meetingsLast90Days: 5, sharedGoals: 3, sharedGoalsAchieved: 1, agreementAccepted: true }) },
        { matchId: 'b', cohortId: 'c1', menteeName: 'Bea', mentorName: 'Mo', activity: act({ quiet: true, quietWeeks: 9, daysSinceActivity: 65 }) },
        { matchId: 'c', cohortId: 'c2', menteeName: 'Cy', mentorName: 'Lu', activity: act({ quiet: true, quietWeeks: 12, daysSinceActivity: 86, meetingsLast90Days: 1 }) },
        { matchId: 'd', cohortId: 'c2', menteeName: 'Di', mentorName: 'Lu', activity: act({ status: 'closed', meetingsLast90Days: 7, sharedGoals: 1, sharedGoalsAchieved: 1 }) },
        { matchId: 'e', cohortId: 'c2', menteeName: 'Ed', mentorName: 'Lu', activity: null },
      ],
      [
        { id: 'c1', name: 'Spring' },
        { id: 'c2', name: 'Autumn' },
        { id: 'c3', name: 'Empty' },
      ],
    );
    expect(f).toMatchObject({ matches: 5, withMentorship: 4, meetingMonthly: 1, quiet: 2, ended: 1, medianMeetings90: 1, goals: { shared: 4, achieved: 2 }, agreementsAccepted: 1 });
    expect(f.meetingsDistribution).toEqual([
      { meetings: '0', matches: 1 },
      { meetings: '1', matches: 1 },
      { meetings: '2', matches: 0 },
      { meetings: '3', matches: 0 },
      { meetings: '4+', matches: 1 },
    ]);
    expect(f.quietMatches.map((q) => [q.menteeName, q.cohortName, q.quietWeeks])).toEqual([
      ['Cy', 'Autumn', 12],
      ['Bea', 'Spring', 9],
    ]);
    expect(f.byCohort).toEqual([
      { cohortId: 'c1', name: 'Spring', metThisMonth: 1, noRecentMeeting: 0, quiet: 1, ended: 0, noMentorship: 0 },
      { cohortId: 'c2', name: 'Autumn', metThisMonth: 0, noRecentMeeting: 0, quiet: 1, ended: 1, noMentorship: 1 },
    ]);
  });
});
