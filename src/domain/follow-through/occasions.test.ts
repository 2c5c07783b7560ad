import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ageOn,
  isValidOccasionDate,
  isValidYearlessDate,
  nextOccurrence,
  occasionReminders,
  parseOccasionDate,
} from './occasions';
import { addDays, addMonths, makeIsoDate } from './calendar-date';

describe('yearless dates', () => {
  it.each(['--01-01', '--02-29', '--12-31', '--04-30'])('accepts %s', (d) => {
    expect(isValidYearlessDate(d)).toBe(true);
  });
  it.each(['--02-30', '--13-01', '--00-10', '--04-31', '--01-00', '--1-01', '02-29', '---02-29', '2026-02-28'])(
    'rejects %s',
    (d) => {
      expect(isValidYearlessDate(d)).toBe(false);
    },
  );
  it('validates dated and yearless forms together', () => {
    expect(isValidOccasionDate('2024-02-29')).toBe(true);
    expect(isValidOccasionDate('2023-02-29')).toBe(false);
    expect(isValidOccasionDate('--02-29')).toBe(true);
    expect(() => parseOccasionDate('2023-02-29')).toThrow(RangeError);
    expect(parseOccasionDate('--07-04')).toEqual({ year: null, month: 7, day: 4 });
    expect(parseOccasionDate('1990-07-04')).toEqual({ year: 1990, month: 7, day: 4 });
  });
});

describe('nextOccurrence', () => {
  it.each([
    ['--07-04', '2026-03-01', '2026-07-04'],
    ['--07-04', '2026-07-04', '2026-07-04'],
    ['--07-04', '2026-07-05', '2027-07-04'],
    ['--01-01', '2026-12-31', '2027-01-01'],
    ['1985-12-31', '2026-12-31', '2026-12-31'],
    ['1985-06-10', '2026-06-11', '2027-06-10'],
    // Feb 29: observed on Feb 28 in non-leap years.
    ['--02-29', '2026-01-10', '2026-02-28'],
    ['--02-29', '2026-02-28', '2026-02-28'],
    ['--02-29', '2026-03-01', '2027-02-28'],
    ['--02-29', '2027-03-01', '2028-02-29'],
    ['--02-29', '2028-02-29', '2028-02-29'],
    ['2000-02-29', '2028-02-28', '2028-02-29'],
    ['2000-02-29', '2100-01-01', '2100-02-28'],
    // A dated occasion does not recur before its own date.
    ['2027-05-01', '2026-03-01', '2027-05-01'],
  ])('%s seen on %s → %s', (date, today, expected) => {
    expect(nextOccurrence(date, today)).toBe(expected);
  });

  it('rejects malformed input', () => {
    expect(() => nextOccurrence('--02-30', '2026-01-01')).toThrow(RangeError);
    expect(() => nextOccurrence('--02-28', '2026/01/01')).toThrow(RangeError);
  });

  it('is always within [today, today + 1 year] (property)', () => {
    const today = fc
      .date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const monthDay = fc
      .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter(({ month, day }) => isValidYearlessDate(`--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`));
    fc.assert(
      fc.property(today, monthDay, fc.option(fc.integer({ min: 1900, max: 1949 })), (t, { month, day }, year) => {
        const date =
          year === null
            ? `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
            : makeIsoDate(year, month, month === 2 && day === 29 ? 28 : day);
        const next = nextOccurrence(date, t);
        expect(next >= t).toBe(true);
        expect(next < addDays(addMonths(t, 12), 1)).toBe(true);
      }),
    );
  });
});

describe('ageOn', () => {
  it('is null without a year or before the date', () => {
    expect(ageOn('--07-04', '2026-07-04')).toBeNull();
    expect(ageOn('2030-01-01', '2026-07-04')).toBeNull();
  });
  it('counts completed years', () => {
    expect(ageOn('1990-07-04', '2026-07-03')).toBe(35);
    expect(ageOn('1990-07-04', '2026-07-04')).toBe(36);
    expect(ageOn('1990-07-04', '1990-07-04')).toBe(0);
  });
  it('ticks over on Feb 28 for a Feb 29 birthday in non-leap years', () => {
    expect(ageOn('2000-02-29', '2026-02-27')).toBe(25);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(26);
    expect(ageOn('2000-02-29', '2028-02-28')).toBe(27);
    expect(ageOn('2000-02-29', '2028-02-29')).toBe(28);
  });
});

describe('occasionReminders', () => {
  const birthday = { date: '1986-07-04', label: 'birthday' };
  it('returns one reminder per lead time, earliest first', () => {
    expect(occasionReminders(birthday, '2026-06-01', [0, 7])).toEqual([
      { remindOn: '2026-06-27', occursOn: '2026-07-04', daysBefore: 7, years: 40, label: 'birthday' },
      { remindOn: '2026-07-04', occursOn: '2026-07-04', daysBefore: 0, years: 40, label: 'birthday' },
    ]);
  });
  it('accepts a single lead time and yearless dates', () => {
    expect(occasionReminders({ date: '--02-29', label: 'birthday' }, '2026-01-01', 3)).toEqual([
      { remindOn: '2026-02-25', occursOn: '2026-02-28', daysBefore: 3, years: null, label: 'birthday' },
    ]);
  });
  it('collapses reminders that would be in the past into one today', () => {
    expect(occasionReminders(birthday, '2026-07-02', [14, 7, 1])).toEqual([
      { remindOn: '2026-07-02', occursOn: '2026-07-04', daysBefore: 2, years: 40, label: 'birthday' },
      { remindOn: '2026-07-03', occursOn: '2026-07-04', daysBefore: 1, years: 40, label: 'birthday' },
    ]);
  });
  it('crosses the year boundary', () => {
    expect(occasionReminders({ date: '--01-02', label: 'birthday' }, '2026-12-20', 7)[0]?.remindOn).toBe('2026-12-26');
  });
  it('rejects invalid lead times', () => {
    expect(() => occasionReminders(birthday, '2026-01-01', -1)).toThrow(RangeError);
    expect(() => occasionReminders(birthday, '2026-01-01', [1.5])).toThrow(RangeError);
  });
});
