import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { streak, weekStartOf, weeklyProgress, type Habit, type HabitInteraction } from './habits';
import { INTERACTION_KINDS } from './vocabulary';

const NY = 'America/New_York';
const none = new Map<string, Date>();

const lunchWithColleague: Habit = { kind: 'distinct_people', target: 1, filter: { kinds: ['lunch'], circles: ['colleague'] } };
const meetNewPerson: Habit = { kind: 'new_people', target: 1 };

function lunch(at: string, contactId: string, circle = 'colleague', kind: HabitInteraction['kind'] = 'lunch'): HabitInteraction {
  return { occurredAt: new Date(at), kind, participants: [{ contactId, circle }] };
}

describe('weekStartOf', () => {
  it.each([
    ['2026-03-11', 1, '2026-03-09'],
    ['2026-03-09', 1, '2026-03-09'],
    ['2026-03-15', 1, '2026-03-09'],
    ['2026-03-15', 7, '2026-03-15'],
    ['2026-03-14', 7, '2026-03-08'],
    ['2027-01-01', 1, '2026-12-28'],
    ['2021-01-03', 1, '2020-12-28'],
  ] as const)('%s with weeks starting on %i → %s', (date, start, expected) => {
    expect(weekStartOf(date, start)).toBe(expected);
  });
});

describe('weeklyProgress', () => {
  const now = new Date('2026-03-12T17:00:00Z'); // Thursday

  it('counts a lunch with a colleague this week', () => {
    const interactions = [lunch('2026-03-10T16:00:00Z', 'c1')];
    expect(weeklyProgress(lunchWithColleague, interactions, none, NY, now, 1)).toEqual({
      weekStart: '2026-03-09',
      weekEnd: '2026-03-15',
      count: 1,
      target: 1,
      met: true,
    });
  });

  it('ignores other kinds, other circles and interactions after now', () => {
    const interactions = [
      lunch('2026-03-10T16:00:00Z', 'f1', 'friend_family'),
      lunch('2026-03-10T16:00:00Z', 'c1', 'colleague', 'coffee'),
      lunch('2026-03-12T18:00:00Z', 'c2'),
      lunch('2026-03-06T16:00:00Z', 'c3'),
    ];
    expect(weeklyProgress(lunchWithColleague, interactions, none, NY, now, 1)).toMatchObject({ count: 0, met: false });
  });

  it('counts distinct people, not lunches', () => {
    const habit: Habit = { ...lunchWithColleague, target: 2 };
    const twiceSame = [lunch('2026-03-09T16:00:00Z', 'c1'), lunch('2026-03-10T16:00:00Z', 'c1')];
    expect(weeklyProgress(habit, twiceSame, none, NY, now, 1)).toMatchObject({ count: 1, met: false });
    expect(weeklyProgress({ kind: 'interactions', target: 2 }, twiceSame, none, NY, now, 1)).toMatchObject({
      count: 2,
      met: true,
    });
  });

  it('only counts the colleagues at a mixed lunch', () => {
    const mixed: HabitInteraction = {
      occurredAt: new Date('2026-03-10T16:00:00Z'),
      kind: 'lunch',
      participants: [
        { contactId: 'c1', circle: 'colleague' },
        { contactId: 'f1', circle: 'friend_family' },
        { contactId: 'x', circle: null },
      ],
    };
    expect(weeklyProgress({ ...lunchWithColleague, target: 5 }, [mixed], none, NY, now, 1).count).toBe(1);
    expect(weeklyProgress({ kind: 'distinct_people', target: 5 }, [mixed], none, NY, now, 1).count).toBe(3);
  });

  it('counts new people by their first-ever interaction', () => {
    const interactions = [lunch('2026-03-10T16:00:00Z', 'old'), lunch('2026-03-11T16:00:00Z', 'new')];
    const firstSeen = new Map([
      ['old', new Date('2025-06-01T12:00:00Z')],
      ['new', new Date('2026-03-11T16:00:00Z')],
    ]);
    expect(weeklyProgress(meetNewPerson, interactions, firstSeen, NY, now, 1)).toMatchObject({ count: 1, met: true });
    // Without the map, the earliest interaction passed in decides: both look new.
    expect(weeklyProgress(meetNewPerson, interactions, none, NY, now, 1).count).toBe(2);
    const seenLastWeek = [lunch('2026-03-05T16:00:00Z', 'new'), ...interactions];
    expect(weeklyProgress(meetNewPerson, seenLastWeek, new Map([['old', new Date('2025-01-01')]]), NY, now, 1).count).toBe(0);
  });

  it('puts Sunday 23:30 local in the week that is ending, not the next', () => {
    // Sunday 2026-03-08 23:30 EDT is Monday 03:30 UTC.
    const late = [lunch('2026-03-09T03:30:00Z', 'c1')];
    expect(weeklyProgress(lunchWithColleague, late, none, NY, now, 1)).toMatchObject({ weekStart: '2026-03-09', count: 0 });
    expect(weeklyProgress(lunchWithColleague, late, none, 'UTC', now, 1)).toMatchObject({ count: 1 });
    // With Sunday-start weeks that Sunday opens the current week.
    expect(weeklyProgress(lunchWithColleague, late, none, NY, now, 7)).toMatchObject({ weekStart: '2026-03-08', count: 1 });
  });

  it('computes this week in far-flung zones', () => {
    const sundayUtc = new Date('2026-03-15T12:00:00Z');
    expect(weeklyProgress(meetNewPerson, [], none, 'Pacific/Kiritimati', sundayUtc, 1).weekStart).toBe('2026-03-16');
    expect(weeklyProgress(meetNewPerson, [], none, 'Pacific/Pago_Pago', sundayUtc, 1).weekStart).toBe('2026-03-09');
  });

  it('rejects targets below one', () => {
    expect(() => weeklyProgress({ kind: 'interactions', target: 0 }, [], none, NY, now)).toThrow(RangeError);
    expect(() => streak({ kind: 'interactions', target: 1.5 }, [], none, NY, now)).toThrow(RangeError);
  });
});

describe('streak', () => {
  // Weekly Wednesday lunches around the ISO week 53 of 2026 (Mon 2026-12-28 to Sun 2027-01-03).
  const weekly = [
    lunch('2026-12-09T17:00:00Z', 'c1'),
    lunch('2026-12-16T17:00:00Z', 'c2'),
    lunch('2026-12-23T17:00:00Z', 'c1'),
    lunch('2026-12-30T17:00:00Z', 'c3'),
    lunch('2027-01-06T17:00:00Z', 'c1'),
  ];

  it('runs across the year boundary and ISO week 53, counting a met current week', () => {
    expect(streak(lunchWithColleague, weekly, none, NY, new Date('2027-01-08T12:00:00Z'), 1)).toEqual({
      weeks: 5,
      thisWeekMet: true,
    });
  });

  it('does not break on an unmet current week', () => {
    expect(streak(lunchWithColleague, weekly, none, NY, new Date('2027-01-12T12:00:00Z'), 1)).toEqual({
      weeks: 5,
      thisWeekMet: false,
    });
  });

  it('breaks on a missed week', () => {
    const gap = weekly.filter((i) => !i.occurredAt.toISOString().startsWith('2026-12-30'));
    expect(streak(lunchWithColleague, gap, none, NY, new Date('2027-01-08T12:00:00Z'), 1)).toEqual({
      weeks: 1,
      thisWeekMet: true,
    });
    expect(streak(lunchWithColleague, gap, none, NY, new Date('2027-01-12T12:00:00Z'), 1).weeks).toBe(1);
    expect(streak(lunchWithColleague, gap, none, NY, new Date('2027-01-19T12:00:00Z'), 1).weeks).toBe(0);
  });

  it('uses Sunday-start weeks when asked', () => {
    // Saturday 2027-01-02 and Sunday 2027-01-03 lunches: different Sunday-weeks, same ISO week.
    const weekend = [lunch('2027-01-02T17:00:00Z', 'c1'), lunch('2027-01-03T17:00:00Z', 'c2')];
    const now = new Date('2027-01-04T12:00:00Z');
    expect(streak(lunchWithColleague, weekend, none, NY, now, 7)).toEqual({ weeks: 2, thisWeekMet: true });
    expect(streak(lunchWithColleague, weekend, none, NY, now, 1)).toEqual({ weeks: 1, thisWeekMet: false });
  });

  it('agrees with weeklyProgress and never exceeds the weeks with activity (property)', () => {
    const interaction = fc.record({
      occurredAt: fc.date({ min: new Date('2026-10-01'), max: new Date('2027-02-01'), noInvalidDate: true }),
      kind: fc.constantFrom(...INTERACTION_KINDS),
      participants: fc.array(
        fc.record({ contactId: fc.constantFrom('a', 'b', 'c', 'd'), circle: fc.constantFrom('colleague', 'mentor') }),
        { minLength: 1, maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(interaction, { maxLength: 40 }),
        fc.constantFrom<Habit>(lunchWithColleague, meetNewPerson, { kind: 'interactions', target: 2 }),
        fc.constantFrom(1 as const, 7 as const),
        (interactions, habit, start) => {
          const now = new Date('2027-01-15T12:00:00Z');
          const s = streak(habit, interactions, none, NY, now, start);
          expect(s.thisWeekMet).toBe(weeklyProgress(habit, interactions, none, NY, now, start).met);
          expect(s.weeks).toBeLessThanOrEqual(interactions.length);
        },
      ),
    );
  });
});
