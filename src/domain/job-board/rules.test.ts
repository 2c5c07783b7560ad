import { describe, expect, it } from 'vitest';
import { canSeeListing, compareRanked, isOpen, matchListing, needsApproval, normTerm } from './rules';

const base = { title: 'Data analyst intern', organization: 'Northwind Health', description: 'Build dashboards in SQL.', tags: ['Data analysis', 'SQL'], kind: 'internship' as const };

describe('matchListing', () => {
  it('scores a tag above a title word above the description, and says which terms', () => {
    expect(matchListing(base, ['data analysis'])).toEqual({ score: 3, why: ['data analysis'] });
    expect(matchListing(base, ['Analyst'])).toEqual({ score: 2, why: ['Analyst'] });
    expect(matchListing(base, ['dashboards', 'health'])).toEqual({ score: 2, why: ['dashboards', 'health'] });
    expect(matchListing(base, ['Data Analysis', 'Internship', 'dashboards']).why).toEqual(['Data Analysis', 'Internship', 'dashboards']);
  });
  it('counts a term once, ignores accents, case and stop words, and needs every word of a term', () => {
    expect(matchListing(base, ['SQL', 'sql', ' Sql '])).toEqual({ score: 3, why: ['SQL'] });
    expect(matchListing({ ...base, tags: ['Gestión'] }, ['gestion'])).toEqual({ score: 3, why: ['gestion'] });
    expect(matchListing(base, ['data science'])).toEqual({ score: 0, why: [] });
    expect(matchListing(base, ['of the', ''])).toEqual({ score: 0, why: [] });
  });
  it('normalises terms', () => expect(normTerm('  Public   Speaking! ')).toBe('public speaking'));
});

describe('visibility and approval', () => {
  const l = { status: 'open' as const, closesOn: '2027-03-01', approved: true, postedByMe: false };
  it('treats the closing date as the last open day', () => {
    expect(isOpen(l, '2027-03-01')).toBe(true);
    expect(isOpen(l, '2027-03-02')).toBe(false);
    expect(isOpen({ status: 'closed', closesOn: null }, '2027-01-01')).toBe(false);
  });
  it('shows others only open, approved listings; coordinators and posters see theirs', () => {
    expect(canSeeListing({ isCoordinator: false }, l, '2027-01-01')).toBe(true);
    expect(canSeeListing({ isCoordinator: false }, { ...l, approved: false }, '2027-01-01')).toBe(false);
    expect(canSeeListing({ isCoordinator: false }, { ...l, approved: false, postedByMe: true }, '2027-01-01')).toBe(true);
    expect(canSeeListing({ isCoordinator: true }, { ...l, status: 'closed' }, '2027-01-01')).toBe(true);
  });
  it('holds mentors’ listings only in minors’ programs', () => {
    expect(needsApproval({ participantsAreMinors: true }, false)).toBe(true);
    expect(needsApproval({ participantsAreMinors: true }, true)).toBe(false);
    expect(needsApproval({ participantsAreMinors: false }, false)).toBe(false);
  });
});

describe('compareRanked', () => {
  it('orders by score, then closing soonest (none last), then newest', () => {
    const a = { score: 3, closesOn: null, createdAt: '2027-01-01', id: 'a' };
    const b = { score: 3, closesOn: '2027-02-01', createdAt: '2026-01-01', id: 'b' };
    const c = { score: 5, closesOn: null, createdAt: '2025-01-01', id: 'c' };
    const d = { score: 3, closesOn: null, createdAt: '2027-06-01', id: 'd' };
    expect([a, b, c, d].sort(compareRanked).map((x) => x.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});
