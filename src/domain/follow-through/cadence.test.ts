import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCadence,
  DEFAULT_CIRCLE_CADENCES,
  cadencePeriodDays,
  effectiveDueDate,
  firstDueDate,
  keepInTouchDueDate,
  spreadOffset,
  keepInTouchStatus,
  nextDueDate,
  resolveCadence,
  validateCadence,
  type Cadence,
} from './cadence';
import { localDateOf } from './local-time';
import { CADENCE_CIRCLES } from './vocabulary';

const monthly: Cadence = { every: 1, unit: 'month' };

describe('validateCadence', () => {
  it.each([
    [1, 'day'],
    [365, 'day'],
    [1, 'week'],
    [52, 'week'],
    [1, 'month'],
    [24, 'month'],
  ] as const)('accepts every %i %s', (every, unit) => {
    expect(validateCadence({ every, unit })).toEqual({ ok: true });
  });
  it.each([
    [0, 'day'],
    [366, 'day'],
    [53, 'week'],
    [25, 'month'],
    [1.5, 'week'],
    [-1, 'month'],
  ] as const)('rejects every %s %s', (every, unit) => {
    expect(validateCadence({ every, unit }).ok).toBe(false);
  });
  it('rejects an unknown unit', () => {
    expect(validateCadence({ every: 1, unit: 'year' as never }).ok).toBe(false);
  });
  it('ships valid defaults for every circle', () => {
    for (const circle of CADENCE_CIRCLES) expect(validateCadence(DEFAULT_CIRCLE_CADENCES[circle]).ok).toBe(true);
    expect(DEFAULT_CIRCLE_CADENCES.potential_mentor).toEqual({ every: 2, unit: 'month' });
    expect(DEFAULT_CIRCLE_CADENCES.mentor).toEqual({ every: 1, unit: 'month' });
    expect(DEFAULT_CIRCLE_CADENCES.former_colleague).toEqual({ every: 6, unit: 'month' });
  });
});

describe('resolveCadence', () => {
  const weekly: Cadence = { every: 1, unit: 'week' };
  it('prefers the contact override', () => {
    expect(resolveCadence({ circle: 'mentor', starred: true, cadence: weekly })).toEqual({
      cadence: weekly,
      source: 'contact',
    });
  });
  it('uses the potential-mentor default for starred contacts over their circle', () => {
    expect(resolveCadence({ circle: 'colleague', starred: true })).toEqual({
      cadence: { every: 2, unit: 'month' },
      source: 'potential_mentor',
      circle: 'potential_mentor',
    });
  });
  it('uses the circle default, user-edited first', () => {
    expect(resolveCadence({ circle: 'vendor' })?.cadence).toEqual({ every: 3, unit: 'month' });
    expect(resolveCadence({ circle: 'vendor' }, { vendor: weekly })).toEqual({
      cadence: weekly,
      source: 'circle',
      circle: 'vendor',
    });
  });
  it("treats a contact without a circle as 'other'", () => {
    expect(resolveCadence({ circle: null })).toMatchObject({ circle: 'other', cadence: DEFAULT_CIRCLE_CADENCES.other });
  });
  it('returns null when the applicable default is switched off', () => {
    expect(resolveCadence({ circle: 'vendor' }, { vendor: null })).toBeNull();
    expect(resolveCadence({ circle: 'vendor', starred: true }, { potential_mentor: null })).toBeNull();
    expect(resolveCadence({ circle: 'vendor', cadence: weekly }, { vendor: null })?.source).toBe('contact');
  });
  it('ignores a null contact cadence', () => {
    expect(resolveCadence({ circle: 'mentor', cadence: null })?.source).toBe('circle');
  });
});

describe('addCadence', () => {
  it.each([
    ['2026-01-31', { every: 1, unit: 'month' }, '2026-02-28'],
    ['2028-01-31', { every: 1, unit: 'month' }, '2028-02-29'],
    ['2026-03-31', { every: 1, unit: 'month' }, '2026-04-30'],
    ['2026-08-31', { every: 6, unit: 'month' }, '2027-02-28'],
    ['2026-12-15', { every: 2, unit: 'month' }, '2027-02-15'],
    ['2026-12-29', { every: 1, unit: 'week' }, '2027-01-05'],
    ['2026-02-28', { every: 1, unit: 'day' }, '2026-03-01'],
    ['2028-02-28', { every: 1, unit: 'day' }, '2028-02-29'],
  ] as const)('%s + %o = %s', (date, cadence, expected) => {
    expect(addCadence(date, cadence)).toBe(expected);
  });
});

describe('nextDueDate', () => {
  it('returns null for never contacted', () => {
    expect(nextDueDate(null, monthly, 'UTC')).toBeNull();
  });
  it('counts from the local date, not the UTC date, at 23:30 before a DST change', () => {
    // 23:30 EST on Sat 2026-03-07 (already 03-08 in UTC).
    expect(nextDueDate(new Date('2026-03-08T04:30:00Z'), monthly, 'America/New_York')).toBe('2026-04-07');
    expect(nextDueDate(new Date('2026-03-08T04:30:00Z'), { every: 1, unit: 'day' }, 'America/New_York')).toBe(
      '2026-03-08',
    );
    // 23:30 EDT on 2026-10-31, the night clocks fall back.
    expect(nextDueDate(new Date('2026-11-01T03:30:00Z'), { every: 1, unit: 'week' }, 'America/New_York')).toBe(
      '2026-11-07',
    );
    // 00:30 CET on 2026-03-29 in Berlin is still 03-28 in UTC.
    expect(nextDueDate(new Date('2026-03-28T23:30:00Z'), monthly, 'Europe/Berlin')).toBe('2026-04-29');
  });
  it('clamps month ends in the local zone', () => {
    // 2026-01-31 20:00 in Pago Pago is 2026-02-01 in UTC.
    expect(nextDueDate(new Date('2026-02-01T07:00:00Z'), monthly, 'Pacific/Pago_Pago')).toBe('2026-02-28');
    expect(nextDueDate(new Date('2028-01-31T12:00:00Z'), monthly, 'UTC')).toBe('2028-02-29');
  });
  it('is always after the local date of the last interaction (property)', () => {
    const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata'];
    const cadence = fc.oneof(
      fc.record({ every: fc.integer({ min: 1, max: 365 }), unit: fc.constant('day' as const) }),
      fc.record({ every: fc.integer({ min: 1, max: 52 }), unit: fc.constant('week' as const) }),
      fc.record({ every: fc.integer({ min: 1, max: 24 }), unit: fc.constant('month' as const) }),
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2060-01-01'), noInvalidDate: true }),
        cadence,
        fc.constantFrom(...zones),
        (last, c, zone) => {
          const due = nextDueDate(last, c, zone);
          expect(due).not.toBeNull();
          expect(due! > localDateOf(last, zone)).toBe(true);
        },
      ),
    );
  });
});

describe('effectiveDueDate and keepInTouchStatus', () => {
  const now = new Date('2026-06-15T10:30:00Z');
  it("makes a never-contacted person due on the user's today", () => {
    expect(effectiveDueDate(null, monthly, 'Pacific/Kiritimati', now)).toBe('2026-06-16');
    expect(keepInTouchStatus(null, monthly, 'Pacific/Pago_Pago', now)).toEqual({
      dueDate: '2026-06-14',
      due: 'today',
      neverContacted: true,
    });
  });
  it('classifies a contacted person against the local today', () => {
    const last = new Date('2026-05-15T12:00:00Z');
    expect(keepInTouchStatus(last, monthly, 'Pacific/Kiritimati', now)).toEqual({
      dueDate: '2026-06-16',
      due: 'today',
      neverContacted: false,
    });
    expect(keepInTouchStatus(last, monthly, 'Pacific/Pago_Pago', now).due).toBe('upcoming');
    expect(keepInTouchStatus(new Date('2026-05-01T12:00:00Z'), monthly, 'UTC', now).due).toBe('overdue');
  });
});

describe('spread first due dates (never contacted)', () => {
  const ids = Array.from({ length: 300 }, (_, i) => `4f1c${i.toString(16).padStart(4, '0')}-aaaa-4bbb-8ccc-${(i * 7919).toString(16).padStart(12, '0')}`);
  it('lands inside one cadence period from the day the cadence began, the same day every time', () => {
    for (const id of ids) {
      const due = firstDueDate(id, '2026-06-15', monthly);
      expect(due >= '2026-06-15' && due < '2026-07-15').toBe(true);
      expect(firstDueDate(id, '2026-06-15', monthly)).toBe(due);
    }
  });
  it('spreads many contacts over the period instead of all due on the first day', () => {
    const perDay = new Map<string, number>();
    for (const id of ids) perDay.set(firstDueDate(id, '2026-06-15', monthly), (perDay.get(firstDueDate(id, '2026-06-15', monthly)) ?? 0) + 1);
    expect(perDay.size).toBeGreaterThanOrEqual(25);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(25);
    expect(perDay.get('2026-06-15') ?? 0).toBeLessThan(30);
  });
  it('knows the length of a period (month ends, weeks, days)', () => {
    expect(cadencePeriodDays('2026-01-31', monthly)).toBe(28);
    expect(cadencePeriodDays('2026-06-15', { every: 2, unit: 'week' })).toBe(14);
    expect(cadencePeriodDays('2026-06-15', { every: 1, unit: 'day' })).toBe(1);
    expect(firstDueDate(ids[0]!, '2026-06-15', { every: 1, unit: 'day' })).toBe('2026-06-15');
    expect(spreadOffset('anything', 1)).toBe(0);
  });
  it('keeps last interaction + cadence for someone contacted', () => {
    const first = { key: ids[0]!, since: '2026-06-15' };
    expect(keepInTouchDueDate(new Date('2026-05-15T12:00:00Z'), monthly, 'UTC', first)).toBe('2026-06-15');
    expect(keepInTouchDueDate(null, monthly, 'UTC', first)).toBe(firstDueDate(ids[0]!, '2026-06-15', monthly));
  });
});
