import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criterionPoints, hardRuleViolation, scoreProfiles, solveMatching } from './index';
import type { HardRules, MenteeProfile, MentorProfile } from './profiles';

const pick = <T,>(xs: readonly T[]) => fc.constantFrom(...xs);
const SKILLS = ['go', 'sql', 'ux', 'sales', 'lead'] as const;
const LANGS = ['en', 'fr', 'de'] as const;

const mentee = (i: number) =>
  fc.record({
    id: fc.constant(`p${i}`),
    growthAreas: fc.subarray([...SKILLS]),
    preferredIndustries: fc.subarray(['bank', 'health']),
    languages: fc.subarray([...LANGS], { minLength: 1 }),
    timeZoneOffset: fc.integer({ min: -8, max: 9 }),
    managerId: fc.option(fc.constantFrom('p0', 'p1', 'p2', 'boss'), { nil: undefined }),
    isMinor: fc.boolean(),
    stage: pick(['early', 'mid']),
    requiresSharedLanguage: fc.boolean(),
    excludedMentors: fc.subarray(['p0', 'p3']),
  }) as fc.Arbitrary<MenteeProfile>;

const mentor = (i: number) =>
  fc.record({
    id: fc.constant(`p${i}`),
    capacity: fc.integer({ min: 0, max: 2 }),
    skills: fc.subarray([...SKILLS]),
    industry: pick(['bank', 'health', 'retail']),
    languages: fc.subarray([...LANGS], { minLength: 1 }),
    timeZoneOffset: fc.integer({ min: -8, max: 9 }),
    managerId: fc.option(fc.constantFrom('p3', 'boss'), { nil: undefined }),
    screened: fc.boolean(),
    preferredStages: fc.subarray(['early', 'mid']),
  }) as fc.Arbitrary<MentorProfile>;

describe('scoring from profiles', () => {
  it('never offers or assigns a pair that breaks a hard rule, and scores match the breakdown', () => {
    const world = fc.record({
      mentees: fc.tuple(mentee(5), mentee(6), mentee(7), mentee(8)),
      mentors: fc.tuple(mentor(0), mentor(1), mentor(2), mentor(3)),
      gap: fc.integer({ min: 1, max: 12 }),
      lang: fc.boolean(),
    });
    fc.assert(
      fc.property(world, ({ mentees, mentors, gap, lang }) => {
        // p0 reports to p3 reports to boss: mentees managed by p0 must never get p3 either.
        const rules: HardRules = { maxTimeZoneGapHours: gap, requireSharedLanguage: lang, people: [{ id: 'p0', managerId: 'p3' }], exclusions: [{ mentee: 'p5', mentor: 'p1' }] };
        const inst = scoreProfiles({ mentees, mentors }, { growth: 4, timeZone: 1 }, rules);
        // Profiles override the org chart, mentees last, as documented.
        const managers = new Map<string, string>([['p0', 'p3']]);
        for (const p of [...mentors, ...mentees]) if (p.managerId) managers.set(p.id, p.managerId);
        for (const e of inst.edges) {
          const me = mentees.find((x) => x.id === e.mentee)!;
          const mo = mentors.find((x) => x.id === e.mentor)!;
          let up = managers.get(me.id);
          const chain = new Set<string>();
          while (up && !chain.has(up)) {
            chain.add(up);
            up = managers.get(up);
          }
          expect(chain.has(mo.id)).toBe(false);
          expect(hardRuleViolation(me, mo, rules, chain, new Set(['p5\u0000p1']))).toBeNull();
          if (me.isMinor) expect(mo.screened).toBe(true);
          expect(me.excludedMentors).not.toContain(mo.id);
          expect(e.mentee === 'p5' && e.mentor === 'p1').toBe(false);
          expect(Object.values(e.breakdown!).reduce((a, b) => a + b, 0)).toBe(e.score);
        }
        const result = solveMatching(inst);
        expect(result.certificate.valid).toBe(true);
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  it('weights each criterion as configured', () => {
    const me: MenteeProfile = { id: 'a', growthAreas: ['go', 'sql'], preferredIndustries: ['bank'], languages: ['en'], timeZoneOffset: 0, stage: 'early', wantsDifferentBackground: true, background: ['x'] };
    const mo: MentorProfile = { id: 'm', capacity: 1, skills: ['go'], industry: 'bank', languages: ['en', 'fr'], timeZoneOffset: 6, preferredStages: ['early'], background: ['y'] };
    expect(criterionPoints(me, mo)).toEqual({ growth: 5, industry: 10, role: 0, language: 10, timeZone: 5, unlikeMe: 10, stage: 10 });
    const inst = scoreProfiles({ mentees: [me], mentors: [mo] }, { growth: 3, industry: 1, role: 9, language: 0, timeZone: 2, unlikeMe: 0, stage: 1 });
    expect(inst.edges).toEqual([{ mentee: 'a', mentor: 'm', score: 15 + 10 + 10 + 10, breakdown: { growth: 15, industry: 10, timeZone: 10, stage: 10 } }]);
  });

  it('keeps only the top k candidates per mentee, found through the indexes', () => {
    const mentors: MentorProfile[] = Array.from({ length: 30 }, (_, j) => ({ id: `m${j}`, capacity: 1, skills: j % 2 ? ['go'] : ['ux'], industry: j < 3 ? 'bank' : 'retail' }));
    const inst = scoreProfiles({ mentees: [{ id: 'a', growthAreas: ['go'], preferredIndustries: ['bank'] }], mentors }, { growth: 1, industry: 1 }, { topK: 4 });
    expect(inst.edges.map((e) => e.mentor)).toEqual(['m1', 'm0', 'm11', 'm13']);
    expect(inst.edges.map((e) => e.score)).toEqual([25, 15, 15, 15]); // + 5 from the default time-zone weight (offsets unknown → 5 points)
  });
});
