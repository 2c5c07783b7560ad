import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAuction } from './auction';
import { scaleFor } from './auction-state';
import { verifyCertificate } from './certificate';
import { compileInstance } from './compile';
import { solveExact } from './exact';
import { bruteForce } from './test-support';
import type { MatchingInstance } from './types';

/** Tiny instances with wide rows, so rows and columns take several bids and reverse moves. */
const tiny = fc
  .record({
    n: fc.integer({ min: 1, max: 7 }),
    caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 5 }),
    cells: fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined, freq: 4 }), { minLength: 35, maxLength: 35 }),
  })
  .map(({ n, caps, cells }): MatchingInstance => {
    const instance: MatchingInstance = {
      mentees: Array.from({ length: n }, (_, i) => ({ id: `e${i}` })),
      mentors: caps.map((capacity, j) => ({ id: `m${j}`, capacity })),
      edges: [],
    };
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < caps.length; j++) {
        const s = cells[i * 5 + j];
        if (s !== undefined) instance.edges.push({ mentee: `e${i}`, mentor: `m${j}`, score: s });
      }
    }
    return instance;
  });

describe('auction as a warm start', () => {
  it('whether run to the end, stopped coarse or aborted after any phase, on whole or shrunk rows, the exact stage reaches the optimum from it', () => {
    fc.assert(
      fc.property(tiny, fc.constantFrom(0, 0.01, 1), fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.option(fc.integer({ min: 1, max: 4 })), fc.boolean(), (instance, finalEps, stopAt, reprice, keep, byScore) => {
        const inst = compileInstance(instance).compiled;
        let seen = 0;
        // Kept by score from the start (minHosted 0) or by profit after the first phase (minHosted 2).
        const shrink = keep === null ? undefined : { first: keep, later: keep, minHosted: byScore ? 0 : 2 };
        const auction = runAuction(inst, inst.edgeScore, { finalEpsPoints: finalEps, reprice, shrink, afterPhase: () => ++seen !== stopAt });
        expect(auction.aborted === true).toBe(seen === stopAt);
        expect(auction.phases).toBe(seen);
        for (let i = 0; i < inst.nMentees; i++) {
          const e = auction.mateEdge[i]!;
          if (e >= 0) expect(e >= inst.rowStart[i]! && e < inst.rowStart[i + 1]!).toBe(true);
        }
        for (const p of auction.mentorPrice) expect(Number.isInteger(p) && p >= 0).toBe(true);
        const out = solveExact(inst, inst.edgeScore, { mateEdge: auction.mateEdge, v: auction.mentorPrice });
        const check = verifyCertificate(inst, inst.edgeScore, out.mateEdge, out.u, out.v);
        expect(check.problems).toEqual([]);
        expect(check.primalObjective).toBe(bruteForce(instance).score);
      }),
      { numRuns: 1200, seed: 2026 },
    );
  });

  it('on rows shrunk to one edge, mentees get dropped edges back when they come to prefer them', () => {
    // Each mentee bids over its best edge only (from the start or after the first phase); one that later prefers
    // a dropped edge must get its whole row back, so at the end nobody envies a dropped edge
    // by more than the rounding of the prices (one point).
    fc.assert(
      fc.property(tiny, fc.boolean(), (instance, byScore) => {
        const inst = compileInstance(instance).compiled;
        const out = runAuction(inst, inst.edgeScore, { finalEpsPoints: 0, reprice: true, shrink: { first: 1, later: 1, minHosted: byScore ? 0 : 2 } });
        const used = new Map<number, number>();
        for (let i = 0; i < inst.nMentees; i++) {
          const me = out.mateEdge[i]!;
          let best = 0;
          for (let e = inst.rowStart[i]!; e < inst.rowStart[i + 1]!; e++) {
            const j = inst.edgeMentor[e]!;
            if (inst.capacity[j]! > 0) best = Math.max(best, inst.edgeScore[e]! - out.mentorPrice[j]!);
          }
          if (me < 0) {
            expect(best).toBeLessThanOrEqual(1);
            continue;
          }
          expect(me >= inst.rowStart[i]! && me < inst.rowStart[i + 1]!).toBe(true);
          const j = inst.edgeMentor[me]!;
          used.set(j, (used.get(j) ?? 0) + 1);
          expect(inst.edgeScore[me]! - out.mentorPrice[j]!).toBeGreaterThanOrEqual(best - 1);
        }
        for (const [j, c] of used) expect(c).toBeLessThanOrEqual(inst.capacity[j]!);
        // The active edges map back to input edges of the same mentee, and hold the same matching
        // (none are kept when the auction ended after a first phase on whole rows).
        const active = out.active ?? { rowStart: inst.rowStart, edgeOf: Int32Array.from(inst.edgeMentor, (_, e) => e), mateEdge: out.mateEdge };
        for (let i = 0; i < inst.nMentees; i++) {
          for (let q = active.rowStart[i]!; q < active.rowStart[i + 1]!; q++) {
            expect(active.edgeOf[q]! >= inst.rowStart[i]! && active.edgeOf[q]! < inst.rowStart[i + 1]!).toBe(true);
          }
          const q = active.mateEdge[i]!;
          expect(q >= 0 ? active.edgeOf[q] : -1).toBe(out.mateEdge[i]);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('bids on rounded scores when scaling would overflow an Int32, and is still optimal when the rounding loses nothing', () => {
    // Scores of up to 40 × 2^32 points (coverage mode with kept pairs reaches such sizes): the
    // scale becomes 2^-8, so every bid works on score / 256, which is exact for multiples of 2^32.
    expect(scaleFor(7, 40 * 2 ** 32)).toBe(2 ** -8);
    expect(scaleFor(100_000, 100)).toBe(100_001);
    expect(scaleFor(100_000, 2 ** 20)).toBe(2 ** 10);
    fc.assert(
      fc.property(tiny, (small) => {
        const instance = { ...small, edges: small.edges.map((e) => ({ ...e, score: e.score * 2 ** 32 })) };
        const inst = compileInstance(instance).compiled;
        const out = runAuction(inst, inst.edgeScore, { finalEpsPoints: 0, reprice: true });
        let objective = 0;
        for (let i = 0; i < inst.nMentees; i++) if (out.mateEdge[i]! >= 0) objective += inst.edgeScore[out.mateEdge[i]!]!;
        // ε is 2^8 points at the end, far below one score step (2^32) over 7 mentees.
        expect(objective).toBe(bruteForce(instance).score);
        const exact = solveExact(inst, inst.edgeScore, { mateEdge: out.mateEdge, v: out.mentorPrice });
        expect(verifyCertificate(inst, inst.edgeScore, exact.mateEdge, exact.u, exact.v).problems).toEqual([]);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
