import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate, type Distribution } from '../../../tests/bench/matching/generators';
import { solveWithHighs } from '../../../tests/bench/matching/highs-reference';
import { compileInstance } from './compile';
import { solveCompiled } from './core';
import { solveMatching } from './index';
import { topCandidates, uncoveredMentees } from './sparsify';
import { bruteForce } from './test-support';
import type { MatchingInstance } from './types';

describe('top candidates per mentee', () => {
  it('keeps the k best edges of each row, earlier ones first among ties, and maps them back', () => {
    const inst = compileInstance({
      mentees: [{ id: 'a' }, { id: 'b' }],
      mentors: [{ id: 'x', capacity: 1 }, { id: 'y', capacity: 1 }, { id: 'z', capacity: 1 }],
      edges: [
        { mentee: 'a', mentor: 'x', score: 5 },
        { mentee: 'a', mentor: 'y', score: 9 },
        { mentee: 'a', mentor: 'z', score: 5 },
        { mentee: 'b', mentor: 'z', score: 1 },
      ],
    }).compiled;
    const sub = topCandidates(inst, inst.edgeScore, 2);
    expect(Array.from(sub.inst.rowStart)).toEqual([0, 2, 3]);
    expect(Array.from(sub.edgeOf)).toEqual([0, 1, 3]);
    expect(Array.from(sub.scores)).toEqual([5, 9, 1]);
    expect(Array.from(sub.inst.edgeMentor)).toEqual([0, 1, 2]);
    // At price 5 on y, a's best profit is 5 at x (kept) or z (dropped): covered.
    expect(uncoveredMentees(inst, inst.edgeScore, sub, Float64Array.from([0, 5, 0]))).toBe(0);
    // At price 4 on x and 5 on y, z (profit 5) beats both kept edges (1 and 4).
    expect(uncoveredMentees(inst, inst.edgeScore, sub, Float64Array.from([4, 5, 0]))).toBe(1);
  });
});

/** Dense tiny instances (every pair a candidate) so a subset of 1–2 edges drops most of them. */
const denseTiny = fc
  .record({
    n: fc.integer({ min: 1, max: 6 }),
    caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 5 }),
    cells: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 30, maxLength: 30 }),
  })
  .map(({ n, caps, cells }): MatchingInstance => ({
    mentees: Array.from({ length: n }, (_, i) => ({ id: `e${i}` })),
    mentors: caps.map((capacity, j) => ({ id: `m${j}`, capacity })),
    edges: Array.from({ length: n * caps.length }, (_, q) => ({
      mentee: `e${Math.floor(q / caps.length)}`,
      mentor: `m${q % caps.length}`,
      score: cells[q]!,
    })),
  }));

describe('reduced first solve, then the full-instance exact stage', () => {
  it('is optimal whether the subset is kept (share 1) or abandoned (share 0)', () => {
    fc.assert(
      fc.property(denseTiny, fc.integer({ min: 1, max: 2 }), fc.constantFrom(0, 1), (instance, k, share) => {
        const inst = compileInstance(instance).compiled;
        const sol = solveCompiled(inst, inst.edgeScore, { candidateSubset: { k, maxUncoveredShare: share } });
        expect(sol.check.problems).toEqual([]);
        expect(sol.objective).toBe(bruteForce(instance).score);
      }),
      { numRuns: 600, seed: 515 },
    );
  });

  it('coverage mode through the subset still matches as many mentees as possible, then maximises score', () => {
    fc.assert(
      fc.property(denseTiny, (instance) => {
        const result = solveMatching(instance, { mode: 'coverage', candidateSubset: { k: 1, maxUncoveredShare: 1 } });
        const best = bruteForce(instance, 'coverage');
        expect(result.matchedCount).toBe(best.count);
        expect(result.objective).toBe(best.score);
        expect(result.certificate.valid).toBe(true);
      }),
      { numRuns: 300, seed: 99 },
    );
  });

  const cases: { dist: Distribution; ratio: number }[] = [
    { dist: 'uniform', ratio: 0.6 },
    { dist: 'tied', ratio: 1 },
    { dist: 'popular', ratio: 1 },
    { dist: 'zipf', ratio: 2 },
  ];
  for (const c of cases) {
    it(`agrees with HiGHS on 300×60 ${c.dist} ${c.ratio}× slots with 3 of 12 candidates kept`, async () => {
      const inst = generate({ mentees: 300, mentors: 60, perMentee: 12, slotRatio: c.ratio, distribution: c.dist, seed: 31 });
      const sol = solveCompiled(inst, inst.edgeScore, { candidateSubset: { k: 3, maxUncoveredShare: 1 } });
      const highs = await solveWithHighs(inst);
      expect(sol.check.valid).toBe(true);
      expect(sol.objective).toBe(highs.objective);
    });
  }
});
