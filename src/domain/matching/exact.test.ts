import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate, rng, type Distribution } from '../../../tests/bench/matching/generators';
import { solveWithHighs } from '../../../tests/bench/matching/highs-reference';
import { verifyCertificate } from './certificate';
import { compileInstance } from './compile';
import { solveExact } from './exact';
import { bruteForce } from './test-support';
import type { MatchingInstance } from './types';

/** Tiny instances (3 mentors) plus an arbitrary (possibly poor) warm start: prices and a proposed pairing. */
function tinyWithWarm(o: { maxN: number; maxScore: number; maxPrice: number; edgeFreq: number; minMentors: number }) {
  return fc
    .record({
      n: fc.integer({ min: 0, max: o.maxN }),
      caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: o.minMentors, maxLength: 3 }),
      cells: fc.array(fc.option(fc.integer({ min: 0, max: o.maxScore }), { nil: undefined, freq: o.edgeFreq }), {
        minLength: 3 * o.maxN,
        maxLength: 3 * o.maxN,
      }),
      prices: fc.array(fc.integer({ min: 0, max: o.maxPrice }), { minLength: 3, maxLength: 3 }),
      picks: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: o.maxN, maxLength: o.maxN }),
    })
    .map(({ n, caps, cells, prices, picks }) => {
      const instance: MatchingInstance = {
        mentees: Array.from({ length: n }, (_, i) => ({ id: `e${i}` })),
        mentors: caps.map((capacity, j) => ({ id: `m${j}`, capacity })),
        edges: [],
      };
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < caps.length; j++) {
          const s = cells[i * 3 + j];
          if (s !== undefined) instance.edges.push({ mentee: `e${i}`, mentor: `m${j}`, score: s });
        }
      }
      return { instance, prices, picks };
    });
}

/** Runs the exact stage alone from the drawn warm start and checks it against brute force. */
function checkFromWarm({ instance, prices, picks }: { instance: MatchingInstance; prices: number[]; picks: number[] }): number {
  const inst = compileInstance(instance).compiled;
  const mateEdge = new Int32Array(inst.nMentees).fill(-1);
  for (let i = 0; i < inst.nMentees; i++) {
    const deg = inst.rowStart[i + 1]! - inst.rowStart[i]!;
    if (picks[i]! >= 0 && deg > 0) mateEdge[i] = inst.rowStart[i]! + (picks[i]! % deg);
  }
  const out = solveExact(inst, inst.edgeScore, { mateEdge, v: Float64Array.from(prices.slice(0, inst.nMentors)) });
  const check = verifyCertificate(inst, inst.edgeScore, out.mateEdge, out.u, out.v);
  expect(check.problems).toEqual([]);
  expect(check.primalObjective).toBe(bruteForce(instance).score);
  return out.localRepairs;
}

describe('exact stage from arbitrary warm starts (exercises both forward and reverse phases)', () => {
  it('is optimal with a valid certificate whatever prices and pairs it starts from', () => {
    const drawn = tinyWithWarm({ maxN: 6, maxScore: 12, maxPrice: 14, edgeFreq: 2, minMentors: 1 });
    fc.assert(
      fc.property(drawn, (c) => {
        checkFromWarm(c);
      }),
      { numRuns: 1000, seed: 424242 },
    );
  });
});

describe('exact stage from arbitrary warm starts on heavily tied scores (zero-cost paths everywhere)', () => {
  it('is optimal with a valid certificate, and settles imbalances without searches along the way', () => {
    const drawn = tinyWithWarm({ maxN: 8, maxScore: 3, maxPrice: 4, edgeFreq: 3, minMentors: 3 });
    let local = 0;
    fc.assert(
      fc.property(drawn, (c) => {
        local += checkFromWarm(c);
      }),
      { numRuns: 1500, seed: 5150 },
    );
    // The property covers the local repairs, not only the searches.
    expect(local).toBeGreaterThan(100);
  });
});

describe('exact stage alone on mid-sized instances from poor prices (many searches from the sink)', () => {
  const cases: { dist: Distribution; ratio: number }[] = [
    { dist: 'tied', ratio: 0.6 },
    { dist: 'tied', ratio: 1 },
    { dist: 'uniform', ratio: 1 },
    { dist: 'popular', ratio: 2 },
  ];
  for (const c of cases) {
    it(`agrees with HiGHS on 400×80 ${c.dist} ${c.ratio}× slots`, async () => {
      const inst = generate({ mentees: 400, mentors: 80, perMentee: 10, slotRatio: c.ratio, distribution: c.dist, seed: 77 });
      const rand = rng(5);
      let maxS = 0;
      for (const s of inst.edgeScore) maxS = Math.max(maxS, s);
      // Random over-prices leave many under-filled mentors with v > 0, i.e. sink excess.
      const v = Float64Array.from({ length: inst.nMentors }, () => Math.floor(rand() * (maxS + 3)));
      const mateEdge = new Int32Array(inst.nMentees).fill(-1);
      for (let i = 0; i < inst.nMentees; i += 2) mateEdge[i] = inst.rowStart[i]! + Math.floor(rand() * 10);
      const out = solveExact(inst, inst.edgeScore, { mateEdge, v });
      const check = verifyCertificate(inst, inst.edgeScore, out.mateEdge, out.u, out.v);
      expect(check.problems).toEqual([]);
      expect(out.repairs).toBeGreaterThan(20);
      expect(out.localRepairs).toBeGreaterThan(0);
      expect(check.primalObjective).toBe((await solveWithHighs(inst)).objective);
    });
  }
});
