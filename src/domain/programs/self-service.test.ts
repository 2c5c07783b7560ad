import { describe, expect, it } from 'vitest';
import { scoreProfiles, type MenteeProfile, type MentorProfile } from '../matching/index';
import { explainPair, hardRuleRefusal, planRequestMove, rankMentorsFor } from './self-service';

const mentee: MenteeProfile = { id: 'me', growthAreas: ['public speaking', 'negotiation'], preferredIndustries: ['software'], preferredRoles: ['engineer'], languages: ['en', 'de'], timeZoneOffset: 1, stage: 'early_career' };
const mentors: MentorProfile[] = [
  { id: 'a', capacity: 2, skills: ['public speaking'], industry: 'software', role: 'engineer', languages: ['de'], timeZoneOffset: 1, preferredStages: ['early_career'] },
  { id: 'b', capacity: 1, skills: ['negotiation', 'public speaking'], industry: 'finance', languages: ['fr'], timeZoneOffset: -4 },
  { id: 'c', capacity: 3, skills: [], languages: ['en'] },
];

describe('planRequestMove', () => {
  it('walks the state machine; a minors’ program waits for a coordinator', () => {
    expect(planRequestMove('pending', 'accept', false)).toEqual({ to: 'accepted' });
    expect(planRequestMove('pending', 'accept', true)).toEqual({ to: 'accepted_by_mentor' });
    expect(planRequestMove('accepted_by_mentor', 'approve', true)).toEqual({ to: 'approved' });
    expect(planRequestMove('accepted_by_mentor', 'reject', true)).toEqual({ to: 'declined_by_coordinator' });
    expect(planRequestMove('accepted_by_mentor', 'withdraw', true)).toEqual({ to: 'withdrawn' });
    expect(planRequestMove('pending', 'expire', false)).toEqual({ to: 'expired' });
    expect(planRequestMove('pending', 'approve', true)).toEqual({ refusal: { code: 'request_not_open', detail: 'This request was already still waiting for the mentor.' } });
    expect(planRequestMove('declined', 'accept', false)).toMatchObject({ refusal: { detail: 'This request was already declined.' } });
    expect(planRequestMove('accepted', 'withdraw', false)).toMatchObject({ refusal: { code: 'request_not_open' } });
  });
});

describe('explainPair', () => {
  it('scores exactly as the coordinator’s run does, for any weights', () => {
    for (const weights of [{}, { growth: 10, timeZone: 0 }, { language: 7, stage: 0, role: 3 }]) {
      const run = scoreProfiles({ mentees: [mentee], mentors }, weights).edges;
      expect(run.length).toBe(mentors.length);
      for (const edge of run) {
        const { score, breakdown } = explainPair(mentee, mentors.find((m) => m.id === edge.mentor)!, weights);
        expect({ score, breakdown }).toEqual({ score: edge.score, breakdown: edge.breakdown });
      }
    }
  });

  it('puts every earning criterion in plain words, and the time-zone gap even when it earns nothing', () => {
    expect(explainPair(mentee, mentors[0]!).reasons.map((r) => r.text)).toEqual([
      'shares your growth area: public speaking',
      'works in an industry you prefer: software',
      'works in a role you want to learn about: engineer',
      'same language: de',
      'same time zone',
      'likes mentoring people at your stage (early career)',
    ]);
    const far = explainPair({ ...mentee, timeZoneOffset: 12 }, { ...mentors[2]!, timeZoneOffset: 0 });
    expect(far.reasons.find((r) => r.criterion === 'timeZone')).toEqual({ criterion: 'timeZone', points: 0, text: '12 h time-zone gap' });
    expect(explainPair(mentee, mentors[1]!).reasons.map((r) => r.text)).toContain('5 h time-zone gap');
  });
});

describe('rankMentorsFor and the hard rules', () => {
  it('ranks best first, full mentors last, and leaves out whoever breaks a hard rule', () => {
    const pool = mentors.map((profile) => ({ profile, capacityLeft: profile.id === 'a' ? 0 : 1 }));
    expect(rankMentorsFor(mentee, pool, {}, new Set()).map((r) => [r.mentorId, r.full])).toEqual([['b', false], ['c', false], ['a', true]]);
    expect(rankMentorsFor({ ...mentee, managerId: 'b' }, pool, {}, new Set(['c'])).map((r) => r.mentorId)).toEqual(['a']);
    const minor = { ...mentee, isMinor: true };
    const screenedC = pool.map((m) => (m.profile.id === 'c' ? { ...m, profile: { ...m.profile, screened: true } } : m));
    expect(rankMentorsFor(minor, screenedC, {}, new Set()).map((r) => r.mentorId)).toEqual(['c']);
  });

  it('names the rule a pair breaks', () => {
    expect(hardRuleRefusal(mentee, mentors[0]!, false)).toBeNull();
    expect(hardRuleRefusal(mentee, mentors[0]!, true)?.code).toBe('forbidden_pair');
    expect(hardRuleRefusal({ ...mentee, managerId: 'a' }, mentors[0]!, false)?.code).toBe('manager_pair');
    expect(hardRuleRefusal({ ...mentee, isMinor: true }, mentors[0]!, false)?.code).toBe('needs_screened_mentor');
    expect(hardRuleRefusal({ ...mentee, isMinor: true }, { ...mentors[0]!, screened: true }, false)).toBeNull();
  });
});
