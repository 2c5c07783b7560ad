import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { occurrenceStarts, repeatLabel, ruleText, shiftOccurrence } from './recurrence';

const local = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat('ccc yyyy-LL-dd HH:mm');

describe('recurrence', () => {
  it('keeps 18:00 on the wall clock across a DST change (weekly, Berlin, over the last Sunday of March)', () => {
    const start = DateTime.fromISO('2027-03-16T18:00', { zone: 'Europe/Berlin' }).toJSDate();
    const starts = occurrenceStarts(start, 'Europe/Berlin', { freq: 'weekly', interval: 1, count: 4 });
    expect(starts.map((d) => local(d, 'Europe/Berlin'))).toEqual(['Tue 2027-03-16 18:00', 'Tue 2027-03-23 18:00', 'Tue 2027-03-30 18:00', 'Tue 2027-04-06 18:00']);
    // The instant moves by an hour: 17:00 UTC in winter, 16:00 UTC in summer.
    expect(starts.map((d) => d.toISOString().slice(11, 16))).toEqual(['17:00', '17:00', '16:00', '16:00']);
  });

  it('does "every 2nd Tuesday, monthly, 6 times" and "until a date", across the autumn change in New York', () => {
    const start = DateTime.fromISO('2027-09-14T18:30', { zone: 'America/New_York' }).toJSDate();
    const r = { freq: 'monthly' as const, interval: 1, monthlyBy: 'weekday' as const, count: 6 };
    const starts = occurrenceStarts(start, 'America/New_York', r);
    expect(starts.map((d) => local(d, 'America/New_York'))).toEqual([
      'Tue 2027-09-14 18:30', 'Tue 2027-10-12 18:30', 'Tue 2027-11-09 18:30', 'Tue 2027-12-14 18:30', 'Tue 2028-01-11 18:30', 'Tue 2028-02-08 18:30',
    ]);
    expect(ruleText(start, 'America/New_York', r)).toBe('RRULE:FREQ=MONTHLY;INTERVAL=1;WKST=MO;BYDAY=+2TU;COUNT=6');
    expect(repeatLabel(start, 'America/New_York', r)).toBe('Monthly on the 2nd Tuesday, 6 times');
    const until = occurrenceStarts(start, 'America/New_York', { freq: 'weekly', interval: 2, until: '2027-10-26' });
    expect(until.map((d) => local(d, 'America/New_York'))).toEqual(['Tue 2027-09-14 18:30', 'Tue 2027-09-28 18:30', 'Tue 2027-10-12 18:30', 'Tue 2027-10-26 18:30']);
    expect(repeatLabel(start, 'America/New_York', { freq: 'weekly', interval: 2, until: '2027-10-26' })).toBe('Every 2 weeks on Tuesday, until 26 Oct 2027');
  });

  it('uses "the last" for a start in the fifth week, and day-of-month when asked', () => {
    const start = DateTime.fromISO('2027-03-30T12:00', { zone: 'UTC' }).toJSDate();
    expect(occurrenceStarts(start, 'UTC', { freq: 'monthly', interval: 1, count: 2 }).map((d) => local(d, 'UTC'))).toEqual(['Tue 2027-03-30 12:00', 'Tue 2027-04-27 12:00']);
    expect(occurrenceStarts(start, 'UTC', { freq: 'monthly', interval: 1, monthlyBy: 'date', count: 2 }).map((d) => local(d, 'UTC'))).toEqual(['Tue 2027-03-30 12:00', 'Fri 2027-04-30 12:00']);
  });

  it('moves the following occurrences like the edited one, keeping each one’s wall clock', () => {
    const zone = 'Europe/Berlin';
    const at = (s: string) => DateTime.fromISO(s, { zone }).toJSDate();
    const before = { startsAt: at('2027-03-16T18:00'), timeZone: zone };
    const after = { startsAt: at('2027-03-17T19:30'), endsAt: at('2027-03-17T21:30'), timeZone: zone };
    const moved = shiftOccurrence({ startsAt: at('2027-03-30T18:00'), timeZone: zone }, before, after);
    expect(local(moved.startsAt, zone)).toBe('Wed 2027-03-31 19:30');
    expect(local(moved.endsAt, zone)).toBe('Wed 2027-03-31 21:30');
  });
});
