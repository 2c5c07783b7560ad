import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyDue, isValidTimeZone, localDateOf, startOfLocalDay, todayIn } from './local-time';
import { addDays } from './calendar-date';

const hours = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 3_600_000;

describe('isValidTimeZone', () => {
  it.each(['UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Kolkata'])('accepts %s', (tz) => {
    expect(isValidTimeZone(tz)).toBe(true);
  });
  it.each(['', 'Mars/Olympus', 'Europe/Berlinn', '+05:00', 'x'.repeat(65)])('rejects %j', (tz) => {
    expect(isValidTimeZone(tz)).toBe(false);
  });
});

describe('todayIn', () => {
  const instant = new Date('2026-06-15T10:30:00Z');
  it('is already tomorrow in Kiritimati (+14) and still yesterday in Pago Pago (-11)', () => {
    expect(todayIn('Pacific/Kiritimati', instant)).toBe('2026-06-16');
    expect(todayIn('UTC', instant)).toBe('2026-06-15');
    expect(todayIn('Pacific/Pago_Pago', instant)).toBe('2026-06-14');
  });
  it('handles the half-hour offset of Asia/Kolkata', () => {
    expect(todayIn('Asia/Kolkata', new Date('2026-01-01T18:29:59Z'))).toBe('2026-01-01');
    expect(todayIn('Asia/Kolkata', new Date('2026-01-01T18:30:00Z'))).toBe('2026-01-02');
  });
  it('uses the local date late in the evening before a DST change', () => {
    // 23:30 EST on 2026-03-07 is already 2026-03-08 in UTC.
    expect(todayIn('America/New_York', new Date('2026-03-08T04:30:00Z'))).toBe('2026-03-07');
    // 23:30 EDT on 2026-10-31.
    expect(todayIn('America/New_York', new Date('2026-11-01T03:30:00Z'))).toBe('2026-10-31');
  });
  it('throws for unknown zones and invalid dates', () => {
    expect(() => todayIn('Nowhere/Land', new Date())).toThrow(RangeError);
    expect(() => todayIn('UTC', new Date('nope'))).toThrow(RangeError);
  });
});

describe('startOfLocalDay', () => {
  it('returns local midnight as a UTC instant', () => {
    expect(startOfLocalDay('2026-06-15', 'Europe/Berlin').toISOString()).toBe('2026-06-14T22:00:00.000Z');
    expect(startOfLocalDay('2026-06-15', 'Pacific/Kiritimati').toISOString()).toBe('2026-06-14T10:00:00.000Z');
    expect(startOfLocalDay('2026-06-15', 'Pacific/Pago_Pago').toISOString()).toBe('2026-06-15T11:00:00.000Z');
    expect(startOfLocalDay('2026-06-15', 'Asia/Kolkata').toISOString()).toBe('2026-06-14T18:30:00.000Z');
  });
  it('gives 23- and 25-hour days across New York DST changes', () => {
    const ny = 'America/New_York';
    expect(startOfLocalDay('2026-03-08', ny).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(hours(startOfLocalDay('2026-03-08', ny), startOfLocalDay('2026-03-09', ny))).toBe(23);
    expect(hours(startOfLocalDay('2026-11-01', ny), startOfLocalDay('2026-11-02', ny))).toBe(25);
  });
  it('gives a 23-hour day when Berlin springs forward', () => {
    expect(hours(startOfLocalDay('2026-03-29', 'Europe/Berlin'), startOfLocalDay('2026-03-30', 'Europe/Berlin'))).toBe(23);
  });
  it('starts the day at 01:00 when DST skips midnight', () => {
    expect(startOfLocalDay('2018-11-04', 'America/Sao_Paulo').toISOString()).toBe('2018-11-04T03:00:00.000Z');
  });
  it('maps a Date to the start of its local day', () => {
    expect(startOfLocalDay(new Date('2026-03-08T04:30:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-03-07T05:00:00.000Z',
    );
  });
  it('rejects impossible dates', () => {
    expect(() => startOfLocalDay('2026-02-30', 'UTC')).toThrow(RangeError);
  });
  it('is the first instant of the same local date in any zone (property)', () => {
    const zones = ['America/New_York', 'Europe/Berlin', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const start = startOfLocalDay(instant, zone);
          expect(start.getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(localDateOf(start, zone)).toBe(localDateOf(instant, zone));
          expect(localDateOf(new Date(start.getTime() - 1), zone)).toBe(addDays(localDateOf(instant, zone), -1));
        },
      ),
    );
  });
});

describe('classifyDue', () => {
  it.each([
    ['2026-03-07', '2026-03-08', 'overdue'],
    ['2026-03-08', '2026-03-08', 'today'],
    ['2026-03-09', '2026-03-08', 'upcoming'],
    ['2026-03-15', '2026-03-08', 'upcoming'],
    ['2026-03-16', '2026-03-08', 'later'],
    ['2027-01-02', '2026-12-31', 'upcoming'],
    ['2024-03-01', '2024-02-28', 'upcoming'],
  ] as const)('due %s seen on %s is %s', (due, today, expected) => {
    expect(classifyDue(due, today)).toBe(expected);
  });

  it('depends on the zone near midnight', () => {
    const now = new Date('2026-06-15T10:30:00Z');
    expect(classifyDue('2026-06-15', todayIn('Pacific/Kiritimati', now))).toBe('overdue');
    expect(classifyDue('2026-06-15', todayIn('UTC', now))).toBe('today');
    expect(classifyDue('2026-06-15', todayIn('Pacific/Pago_Pago', now))).toBe('upcoming');
  });
});
