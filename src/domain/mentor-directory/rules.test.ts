import { describe, expect, it } from 'vitest';
import { defaultDeclineMessage, defaultRequestMessage, foldText, outsideTheBox, profileSearchText, requestRefusal, searchWords } from './rules';

describe('outside the box', () => {
  const me = { skills: ['Negotiation', 'public speaking'], industry: 'Software', ageBand: '25_34', gender: null };
  it('needs a wanted skill and a difference', () => {
    expect(outsideTheBox(me, { skills: ['Sales'], industry: 'Health', ageBand: null, gender: null })).toBeNull();
    expect(outsideTheBox(me, { skills: ['negotiation'], industry: 'software', ageBand: null, gender: null })).toBeNull();
    expect(outsideTheBox(me, { skills: ['Public Speaking', 'Sales'], industry: 'Health', ageBand: null, gender: null })).toEqual({ matchedSkills: ['Public Speaking'], differences: ['works in Health, not Software'] });
  });
  it('counts age band and gender only when both stated them', () => {
    expect(outsideTheBox(me, { skills: ['Negotiation'], industry: 'Software', ageBand: '55_64', gender: 'woman' })).toEqual({ matchedSkills: ['Negotiation'], differences: ['a different generation'] });
    expect(outsideTheBox({ ...me, ageBand: null }, { skills: ['Negotiation'], industry: 'Software', ageBand: '55_64', gender: 'woman' })).toBeNull();
    expect(outsideTheBox({ ...me, gender: 'man' }, { skills: ['Negotiation'], industry: null, ageBand: null, gender: 'woman' })?.differences).toEqual(['a different gender']);
  });
});

describe('who can be asked', () => {
  it('refuses yourself, unlisted profiles and mentors not taking mentees', () => {
    expect(requestRefusal({ listed: true, availability: 'open' }, true)?.code).toBe('own_profile');
    expect(requestRefusal({ listed: false, availability: 'open' }, false)?.code).toBe('not_listed');
    expect(requestRefusal({ listed: true, availability: 'closed' }, false)?.code).toBe('not_taking_mentees');
    expect(requestRefusal({ listed: true, availability: 'limited' }, false)).toBeNull();
  });
});

describe('texts', () => {
  it('greets by first name and names the areas', () => {
    const m = defaultRequestMessage('Grace Hopper', 'Ada Byron', ['Negotiation']);
    expect(m).toMatch(/^Hi Grace,/);
    expect(m).toContain('your view on Negotiation');
    expect(m).toContain('Ada Byron');
    expect(defaultDeclineMessage('Ada Byron', 'Grace')).toMatch(/^Hi Ada, thank you/);
  });
  it('folds accents and case for search', () => {
    expect(foldText('  Lucía  FERNÁNDEZ ')).toBe('lucia fernandez');
    expect(searchWords('Zoë  UX')).toEqual(['zoe', 'ux']);
    expect(profileSearchText({ name: 'Zoë', skills: ['UX'], challenges: [], languages: [], industry: null, role: null, region: null, bio: null })).toContain('zoe');
  });
});
