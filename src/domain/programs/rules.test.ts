import { describe, expect, it } from 'vitest';
import { canSeeContact, isScreened, mentorProfile, screeningMissing, timeZoneOffsetHours, type Viewer } from './rules';

const cleared = { backgroundCheck: 'cleared', trainingCompletedOn: '2026-10-01', references: [{ name: 'R', contacted: true, ok: true }] };

describe('screening', () => {
  it('needs a cleared check, training and one reference who vouched', () => {
    expect(isScreened(cleared)).toBe(true);
    expect(screeningMissing({ ...cleared, backgroundCheck: 'pending' })).toEqual(['a cleared background check']);
    expect(screeningMissing({ ...cleared, trainingCompletedOn: null })).toEqual(['completed training']);
    expect(screeningMissing({ ...cleared, references: [{ name: 'R', contacted: true, ok: false }] })).toEqual(['at least one reference who vouched (ok)']);
    expect(isScreened(null)).toBe(false);
  });
});

describe("a minor's contact details", () => {
  const minor = { id: 'm1', userId: 'u-minor', isMinor: true };
  const base: Viewer = { userId: 'u-viewer', isCoordinator: false, guardianOf: new Set(), mentorOf: new Set(), screenedMentor: false };
  it('reach coordinators, the minor, the guardian and a screened matched mentor only', () => {
    expect(canSeeContact({ ...base, isCoordinator: true }, minor)).toBe(true);
    expect(canSeeContact({ ...base, userId: 'u-minor' }, minor)).toBe(true);
    expect(canSeeContact({ ...base, guardianOf: new Set(['m1']) }, minor)).toBe(true);
    expect(canSeeContact({ ...base, mentorOf: new Set(['m1']), screenedMentor: true }, minor)).toBe(true);
    expect(canSeeContact({ ...base, mentorOf: new Set(['m1']), screenedMentor: false }, minor)).toBe(false);
    expect(canSeeContact({ ...base, screenedMentor: true }, minor)).toBe(false);
    expect(canSeeContact(base, { ...minor, isMinor: false })).toBe(true);
  });
});

describe('profiles for the engine', () => {
  it('reads time zones as hours from UTC on the day, and tags case-insensitively', () => {
    expect(timeZoneOffsetHours('Asia/Kolkata', new Date('2027-01-15T12:00:00Z'))).toBe(5.5);
    expect(timeZoneOffsetHours('Europe/Berlin', new Date('2027-07-01T12:00:00Z'))).toBe(2);
    expect(timeZoneOffsetHours(null, new Date())).toBeUndefined();
    // The zone's formatter is reused: the same zone still answers for each instant (summer, winter).
    expect(timeZoneOffsetHours('Europe/Berlin', new Date('2027-01-15T12:00:00Z'))).toBe(1);
    expect(timeZoneOffsetHours('America/New_York', new Date('2027-03-14T06:59:00Z'))).toBe(-5);
    expect(timeZoneOffsetHours('America/New_York', new Date('2027-03-14T07:00:00Z'))).toBe(-4);
    expect(timeZoneOffsetHours('Not/AZone', new Date())).toBeUndefined();
    expect(timeZoneOffsetHours('Not/AZone', new Date())).toBeUndefined();
    const p = mentorProfile({ id: 'x', capacity: 2, skills: [' Public Speaking'], industries: ['Software', 'Games'], jobRole: 'Engineer', languages: ['EN'], timeZone: null, preferredStages: [], screened: true }, new Date());
    expect(p).toMatchObject({ skills: ['public speaking'], industry: 'software', role: 'engineer', languages: ['en'], screened: true });
  });
});
