import { describe, expect, it } from 'vitest';
import { acceptedByBoth, boardCoverage, mentorWarnings, nextVersion, normaliseAreas, reviewDue, termsChanged, wishListEmail, type AgreementTerms } from './rules';

describe('the boss warning', () => {
  it('warns when the user marks the mentor as their manager', () => {
    expect(mentorWarnings({ isManager: true, circle: 'colleague' }).map((w) => w.code)).toEqual(['own_manager']);
  });
  it('warns from the management circle when not marked', () => {
    expect(mentorWarnings({ isManager: false, circle: 'management' }).map((w) => w.code)).toEqual(['management_circle']);
  });
  it('gives one warning, not two, when both apply', () => {
    expect(mentorWarnings({ isManager: true, circle: 'management' })).toHaveLength(1);
  });
  it('is silent for anyone else', () => {
    expect(mentorWarnings({ isManager: false, circle: 'mentor' })).toEqual([]);
    expect(mentorWarnings({ isManager: false, circle: null })).toEqual([]);
  });
});

describe('board of directors coverage', () => {
  const m = (id: string, areas: string[], status: 'active' | 'paused' | 'closed' = 'active') => ({ id, name: id, kind: 'board_of_directors' as const, status, areas });
  it('groups mentors by area case-insensitively and lists wanted areas nobody covers', () => {
    const board = boardCoverage([m('a', ['Public speaking', 'Negotiation']), m('b', ['negotiation ']), m('c', ['Finance'], 'closed')], ['Negotiation', 'finance', 'Leadership']);
    expect(board.covered).toEqual([
      { area: 'Negotiation', mentors: [{ id: 'a', name: 'a', kind: 'board_of_directors' }, { id: 'b', name: 'b', kind: 'board_of_directors' }] },
      { area: 'Public speaking', mentors: [{ id: 'a', name: 'a', kind: 'board_of_directors' }] },
    ]);
    expect(board.uncovered).toEqual(['finance', 'Leadership']);
  });
  it('normalises areas: trimmed, first spelling kept, empties dropped', () => {
    expect(normaliseAreas([' Sales', 'sales', '', 'Design'])).toEqual(['Sales', 'Design']);
  });
});

describe('agreement versions', () => {
  const terms: AgreementTerms = { goals: 'Grow', cadence: 'Monthly', channels: null, responseTimes: null, confidentiality: 'Between us', duration: '6 months', reviewOn: '2027-01-01' };
  it('the first save is a change; the same terms again are not; any edit is', () => {
    expect(termsChanged(null, terms)).toBe(true);
    expect(termsChanged(terms, { ...terms })).toBe(false);
    expect(termsChanged(terms, { ...terms, cadence: 'Every two weeks' })).toBe(true);
    expect(termsChanged(terms, { ...terms, reviewOn: null })).toBe(true);
  });
  it('numbers versions from 1', () => {
    expect(nextVersion(null)).toBe(1);
    expect(nextVersion(3)).toBe(4);
  });
  it('is due for review on and after the review date', () => {
    expect(reviewDue('2026-12-01', '2026-11-30')).toBe(false);
    expect(reviewDue('2026-12-01', '2026-12-01')).toBe(true);
    expect(reviewDue('2026-12-01', '2027-01-01')).toBe(true);
    expect(reviewDue(null, '2027-01-01')).toBe(false);
  });
  it('needs the mentee and the mentor (in the app or in conversation)', () => {
    const at = new Date();
    expect(acceptedByBoth({ menteeAcceptedAt: at, mentorAcceptedAt: null, mentorAgreedOn: null })).toBe(false);
    expect(acceptedByBoth({ menteeAcceptedAt: null, mentorAcceptedAt: at, mentorAgreedOn: null })).toBe(false);
    expect(acceptedByBoth({ menteeAcceptedAt: at, mentorAcceptedAt: null, mentorAgreedOn: '2026-11-02' })).toBe(true);
  });
});

describe('the wish-list e-mail', () => {
  it('lists what was filled in and the link', () => {
    const mail = wishListEmail({ lookingFor: 'A product leader', skills: 'Roadmaps', challenges: null, industry: null, why: 'I want to lead a team' }, 'Alex', 'https://t.example/w/abc');
    expect(mail.body).toContain('Who: A product leader');
    expect(mail.body).toContain('Skills they have honed: Roadmaps');
    expect(mail.body).not.toContain('Challenges');
    expect(mail.body).toContain('https://t.example/w/abc');
    expect(mail.body.trim().endsWith('Alex')).toBe(true);
  });
});
