import { describe, expect, it } from 'vitest';
import {
  cadenceSchema,
  circleCadenceDefaultsSchema,
  commitmentActionSchema,
  habitSchema,
  occasionDateSchema,
  templateSchema,
  timeZoneSchema,
  weekStartsOnSchema,
} from './schemas';
import * as api from './index';

describe('cadenceSchema', () => {
  it('accepts valid cadences and rejects out-of-range ones with the domain message', () => {
    expect(cadenceSchema.parse({ every: 2, unit: 'month' })).toEqual({ every: 2, unit: 'month' });
    const result = cadenceSchema.safeParse({ every: 25, unit: 'month' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('A monthly cadence must be a whole number from 1 to 24');
    expect(result.error?.issues[0]?.path).toEqual(['every']);
    expect(cadenceSchema.safeParse({ every: 53, unit: 'week' }).success).toBe(false);
    expect(cadenceSchema.safeParse({ every: 1, unit: 'year' }).success).toBe(false);
    expect(cadenceSchema.safeParse({ every: 1.5, unit: 'day' }).success).toBe(false);
  });
  it('validates circle defaults, allowing null to switch a circle off', () => {
    expect(circleCadenceDefaultsSchema.parse({ vendor: null, potential_mentor: { every: 6, unit: 'week' } })).toEqual({
      vendor: null,
      potential_mentor: { every: 6, unit: 'week' },
    });
    expect(circleCadenceDefaultsSchema.safeParse({ bogus: null }).success).toBe(false);
  });
});

describe('habitSchema', () => {
  it('accepts the lunch habit and rejects bad filters', () => {
    const habit = { kind: 'distinct_people', target: 1, filter: { kinds: ['lunch'], circles: ['colleague'] } };
    expect(habitSchema.parse(habit)).toEqual(habit);
    expect(habitSchema.safeParse({ ...habit, target: 0 }).success).toBe(false);
    expect(habitSchema.safeParse({ ...habit, filter: { kinds: ['brunch'] } }).success).toBe(false);
    expect(habitSchema.safeParse({ ...habit, filter: { circles: ['potential_mentor'] } }).success).toBe(false);
    expect(weekStartsOnSchema.safeParse(1).success).toBe(true);
    expect(weekStartsOnSchema.safeParse(0).success).toBe(false);
  });
});

describe('templateSchema', () => {
  it('accepts a valid template and defaults the channel', () => {
    expect(templateSchema.parse({ name: 'Hi', subject: 'Hello {firstName}', body: 'Hi {firstName}' })).toMatchObject({
      channel: 'email',
    });
  });
  it('reports syntax errors in body and subject', () => {
    const body = templateSchema.safeParse({ name: 'x', subject: null, body: 'Hi {firstName' });
    expect(body.error?.issues[0]?.message).toContain("Unclosed '{'");
    expect(body.error?.issues[0]?.path).toEqual(['body']);
    const subject = templateSchema.safeParse({ name: 'x', subject: 'oops}', body: 'fine' });
    expect(subject.error?.issues[0]?.path).toEqual(['subject']);
    expect(templateSchema.safeParse({ name: 'x', subject: null, body: '   ' }).success).toBe(false);
    expect(templateSchema.safeParse({ name: ' ', subject: null, body: 'b' }).success).toBe(false);
  });
});

describe('other schemas', () => {
  it('validates zones, occasion dates and commitment actions', () => {
    expect(timeZoneSchema.safeParse('Asia/Kolkata').success).toBe(true);
    expect(timeZoneSchema.safeParse('Asia/Nowhere').success).toBe(false);
    expect(occasionDateSchema.safeParse('--02-29').success).toBe(true);
    expect(occasionDateSchema.safeParse('--02-30').success).toBe(false);
    expect(occasionDateSchema.safeParse('2025-02-29').success).toBe(false);
    expect(commitmentActionSchema.parse({ type: 'drop', reason: 'moved on' })).toEqual({ type: 'drop', reason: 'moved on' });
    expect(commitmentActionSchema.safeParse({ type: 'drop', reason: '  ' }).success).toBe(false);
    expect(commitmentActionSchema.safeParse({ type: 'finish' }).success).toBe(false);
  });
});

describe('index', () => {
  it('exposes the public API', () => {
    for (const name of [
      'resolveCadence',
      'nextDueDate',
      'todayIn',
      'startOfLocalDay',
      'classifyDue',
      'nextOccurrence',
      'occasionReminders',
      'ageOn',
      'thankYouTasksFor',
      'transition',
      'nextStepFor',
      'renderTemplate',
      'extractFields',
      'mailtoUrl',
      'weeklyProgress',
      'streak',
      'cadenceSchema',
      'habitSchema',
      'templateSchema',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name], name).not.toBe('undefined');
    }
  });
});
