import { describe, expect, it } from 'vitest';
import { cadenceDays, mentorshipHealth, payItForwardDraft, quietAfterDays, quietLabel } from './health';

describe('meeting cadence from the agreement text', () => {
  it.each([
    ['Weekly', 7],
    ['every week', 7],
    ['Bi-weekly calls', 14],
    ['every two weeks, 30 minutes', 14],
    ['Every 3 weeks', 21],
    ['every other week', 14],
    ['Monthly, 45 minutes over coffee', 30],
    ['once a month', 30],
    ['twice a month', 15],
    ['every 2 months', 60],
    ['Quarterly', 91],
    ['3 times a week', 2],
  ])('%s → %i days', (text, days) => expect(cadenceDays(text)).toBe(days));

  it('no cadence it can read → null, and 8 weeks until quiet', () => {
    expect(cadenceDays('when we both can')).toBeNull();
    expect(cadenceDays(null)).toBeNull();
    expect(quietAfterDays('whenever')).toBe(56);
    expect(quietAfterDays('monthly')).toBe(45);
  });
});

describe('a quiet mentorship', () => {
  const base = { status: 'active' as const, startedOn: '2026-01-01', cadence: null, today: '2026-12-01' };

  it('is quiet when the latest thing is older than the threshold', () => {
    const h = mentorshipHealth({ ...base, activity: ['2026-09-01', null, '2026-10-01'] });
    expect(h).toEqual({ quiet: true, lastActivityOn: '2026-10-01', quietDays: 61, quietWeeks: 8, thresholdDays: 56 });
    expect(quietLabel(h.quietWeeks)).toBe('Quiet for 8 weeks');
  });

  it('is not quiet on the threshold day itself, nor when paused or closed', () => {
    expect(mentorshipHealth({ ...base, activity: ['2026-10-06'] }).quiet).toBe(false);
    expect(mentorshipHealth({ ...base, activity: ['2026-10-05'] }).quiet).toBe(true);
    expect(mentorshipHealth({ ...base, status: 'paused', activity: ['2026-01-05'] }).quiet).toBe(false);
  });

  it('uses the cadence × 1.5, and the start date when nothing was logged; future dates do not count', () => {
    expect(mentorshipHealth({ ...base, cadence: 'every two weeks', activity: ['2026-11-09'] })).toMatchObject({ quiet: true, thresholdDays: 21 });
    expect(mentorshipHealth({ ...base, startedOn: '2026-11-20', activity: [] })).toMatchObject({ quiet: false, lastActivityOn: '2026-11-20' });
    expect(mentorshipHealth({ ...base, activity: ['2027-01-01'] })).toMatchObject({ quiet: true, lastActivityOn: '2026-01-01' });
  });
});

describe('paying it forward', () => {
  it('skills from the areas grown in, after the ones already on the profile, without duplicates', () => {
    const d = payItForwardDraft({ areas: ['Negotiation', ' negotiation '], goalAreas: ['Leadership'], learned: 'Ask early.', existingSkills: ['SQL'] });
    expect(d.skills).toEqual(['SQL', 'Negotiation', 'Leadership']);
    expect(d.bio).toContain('Ask early.');
  });
});
