import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventFieldErrors, inAudience, listedTo, membershipInAudience, placeFor, rsvpClosedReason, seatsToPromote, summarizeAttendance } from './rules';
import { createEventBody } from './api';

const at = (iso: string) => new Date(iso);

describe('audience', () => {
  it('takes everyone when no roles are chosen, and always the coordinators', () => {
    const all = { audienceRoles: [], audienceCohortId: null };
    expect(membershipInAudience(all, { role: 'guardian', cohortId: null })).toBe(true);
    const mentees = { audienceRoles: ['mentee'], audienceCohortId: 'c1' };
    expect(membershipInAudience(mentees, { role: 'coordinator', cohortId: null })).toBe(true);
    expect(membershipInAudience(mentees, { role: 'mentor', cohortId: null })).toBe(false);
    expect(membershipInAudience(mentees, { role: 'mentee', cohortId: 'c1' })).toBe(true);
    expect(membershipInAudience(mentees, { role: 'mentee', cohortId: 'c2' })).toBe(false);
    expect(membershipInAudience(mentees, { role: 'mentee', cohortId: null })).toBe(false);
    // A cohort narrows only mentees: mentors invited alongside are not in cohorts.
    expect(membershipInAudience({ audienceRoles: ['mentee', 'mentor'], audienceCohortId: 'c1' }, { role: 'mentor', cohortId: null })).toBe(true);
    expect(inAudience(mentees, [{ role: 'mentor', cohortId: null }, { role: 'mentee', cohortId: 'c1' }])).toBe(true);
    expect(inAudience(mentees, [])).toBe(false);
  });
});

describe('when RSVPs close', () => {
  const e = { status: 'scheduled', startsAt: at('2027-03-04T18:00:00Z'), rsvpDeadline: at('2027-03-01T12:00:00Z') };
  it('is open before the deadline, closed after it, once started, and when cancelled', () => {
    expect(rsvpClosedReason(e, at('2027-03-01T11:59:59Z'))).toBeNull();
    expect(rsvpClosedReason(e, at('2027-03-01T12:00:01Z'))).toMatch(/deadline/);
    expect(rsvpClosedReason({ ...e, rsvpDeadline: null }, at('2027-03-04T18:00:00Z'))).toMatch(/started/);
    expect(rsvpClosedReason({ ...e, endsAt: at('2027-03-04T20:00:00Z') }, at('2027-03-04T20:00:00Z'))).toBe('This event is over.');
    expect(rsvpClosedReason({ ...e, status: 'cancelled' }, at('2026-01-01T00:00:00Z'))).toMatch(/cancelled/);
  });
});

describe('capacity and the waitlist', () => {
  it('seats people until full, then waitlists', () => {
    expect(placeFor(null, 10_000)).toBe('going');
    expect(placeFor(3, 2)).toBe('going');
    expect(placeFor(3, 3)).toBe('waitlisted');
  });
  it('never promotes past capacity or more than are waiting (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), (cap, going, waiting) => {
        const n = seatsToPromote(cap, going, waiting);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(waiting);
        expect(going + n <= cap || n === 0).toBe(true);
      }),
    );
  });
});

describe('attendance', () => {
  it('counts RSVPed, checked in, no-shows and walk-ins', () => {
    const rsvps = [
      { userId: 'a', status: 'going' },
      { userId: 'b', status: 'going' },
      { userId: 'c', status: 'waitlisted' },
      { userId: 'd', status: 'not_going' },
    ];
    expect(summarizeAttendance(rsvps, [{ userId: 'a' }, { userId: 'c' }, { userId: 'e' }])).toEqual({ going: 2, waitlisted: 1, checkedIn: 3, noShows: 1, walkIns: 2 });
  });
  it('lists only people who opted in, and minors only to coordinators', () => {
    expect(listedTo(false, { listed: false, isMinor: false })).toBe(false);
    expect(listedTo(false, { listed: true, isMinor: false })).toBe(true);
    expect(listedTo(false, { listed: true, isMinor: true })).toBe(false);
    expect(listedTo(true, { listed: true, isMinor: true })).toBe(true);
  });
});

describe('event fields', () => {
  const base = { startsAt: at('2027-03-04T18:00:00Z'), endsAt: at('2027-03-04T20:00:00Z'), rsvpDeadline: null, location: 'Hall', onlineUrl: null };
  it('wants the end after the start, the deadline before it, and somewhere to be', () => {
    expect(eventFieldErrors(base)).toEqual([]);
    expect(eventFieldErrors({ ...base, endsAt: base.startsAt }).map((e) => e.path)).toEqual(['endsAt']);
    expect(eventFieldErrors({ ...base, rsvpDeadline: at('2027-03-05T00:00:00Z') }).map((e) => e.path)).toEqual(['rsvpDeadline']);
    expect(eventFieldErrors({ ...base, location: null }).map((e) => e.path)).toEqual(['location']);
    expect(eventFieldErrors({ ...base, location: null, onlineUrl: 'https://meet.example/x' })).toEqual([]);
  });
  it('names each bad field once in the API schema', () => {
    const r = createEventBody.safeParse({ title: '', kind: 'party', startsAt: '2027-13-01T00:00:00Z', endsAt: '2027-03-04T20:00:00+01:00', timeZone: 'Europe/Berlin', capacity: 1.5, onlineUrl: 'ftp://x' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['capacity', 'kind', 'onlineUrl', 'startsAt', 'title']);
  });
});
