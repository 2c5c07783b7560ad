import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedyBaseline, solveMatching } from './index';
import { bruteForce } from './test-support';
import type { MatchingInstance, MatchingResult } from './types';

/** Tiny random instances: up to 6 mentees, 3 mentors, scores 0–12 (many ties). */
const tinyInstance = fc
  .record({
    n: fc.integer({ min: 0, max: 6 }),
    caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
    cells: fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined, freq: 2 }), { minLength: 18, maxLength: 18 }),
  })
  .map(({ n, caps, cells }): MatchingInstance => {
    const mentees = Array.from({ length: n }, (_, i) => ({ id: `e${i}` }));
    const mentors = caps.map((capacity, j) => ({ id: `m${j}`, capacity }));
    const edges = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < caps.length; j++) {
        const s = cells[i * 3 + j];
        if (s !== undefined) edges.push({ mentee: `e${i}`, mentor: `m${j}`, score: s });
      }
    }
    return { mentees, mentors, edges };
  });

function checkFeasible(instance: MatchingInstance, result: MatchingResult): void {
  const cap = new Map(instance.mentors.map((m) => [m.id, m.capacity]));
  const edges = new Map(instance.edges.map((e) => [`${e.mentee}|${e.mentor}`, e.score]));
  const seen = new Set<string>();
  let total = 0;
  for (const a of result.assignments) {
    expect(seen.has(a.mentee)).toBe(false);
    seen.add(a.mentee);
    expect(edges.get(`${a.mentee}|${a.mentor}`)).toBe(a.score);
    cap.set(a.mentor, cap.get(a.mentor)! - 1);
    total += a.score;
  }
  for (const left of cap.values()) expect(left).toBeGreaterThanOrEqual(0);
  expect(result.objective).toBe(total);
  expect(result.unmatched.length + result.assignments.length).toBe(instance.mentees.length);
}

describe('solveMatching against a brute-force oracle', () => {
  it('finds the optimum score with a valid certificate, with and without the auction warm start', () => {
    fc.assert(
      fc.property(tinyInstance, fc.boolean(), (instance, warmStart) => {
        const result = solveMatching(instance, { warmStart });
        checkFeasible(instance, result);
        expect(result.objective).toBe(bruteForce(instance).score);
        expect(result.certificate.valid).toBe(true);
        expect(result.certificate.dualObjective).toBe(result.certificate.primalObjective);
        expect(result.objective).toBeGreaterThanOrEqual(greedyBaseline(instance).objective);
      }),
      { numRuns: 400, seed: 20240611 },
    );
  });

  it('coverage mode matches as many mentees as possible, then maximises score', () => {
    fc.assert(
      fc.property(tinyInstance, (instance) => {
        const result = solveMatching(instance, { mode: 'coverage' });
        checkFeasible(instance, result);
        const best = bruteForce(instance, 'coverage');
        expect(result.matchedCount).toBe(best.count);
        expect(result.objective).toBe(best.score);
        expect(result.certificate.valid).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('adding a slot never lowers the objective', () => {
    fc.assert(
      fc.property(tinyInstance, fc.nat(), (instance, pick) => {
        const before = solveMatching(instance).objective;
        const mentors = instance.mentors.map((m, j) => (j === pick % instance.mentors.length ? { ...m, capacity: m.capacity + 1 } : m));
        expect(solveMatching({ ...instance, mentors }).objective).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('honours forbidden and pinned pairs and matches the oracle on the rest', () => {
    fc.assert(
      fc.property(tinyInstance, fc.nat(), fc.nat(), (instance, a, b) => {
        fc.pre(instance.edges.length >= 2);
        const banned = instance.edges[a % instance.edges.length]!;
        const pin = instance.edges[b % instance.edges.length]!;
        fc.pre(pin !== banned && instance.mentors.find((m) => m.id === pin.mentor)!.capacity > 0);
        const result = solveMatching(instance, { forbidden: [banned], pinned: [pin] });
        checkFeasible(instance, result);
        expect(result.assignments.some((x) => x.mentee === banned.mentee && x.mentor === banned.mentor)).toBe(false);
        expect(result.assignments).toContainEqual(expect.objectContaining({ mentee: pin.mentee, mentor: pin.mentor, pinned: true }));
        const reduced: MatchingInstance = {
          mentees: instance.mentees.filter((m) => m.id !== pin.mentee),
          mentors: instance.mentors.map((m) => (m.id === pin.mentor ? { ...m, capacity: m.capacity - 1 } : m)),
          edges: instance.edges.filter((e) => e !== banned && e.mentee !== pin.mentee),
        };
        expect(result.objective).toBe(bruteForce(reduced).score + pin.score);
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe('stability and explanations', () => {
  const instance: MatchingInstance = {
    mentees: [{ id: 'ann' }, { id: 'bob' }, { id: 'cy' }],
    mentors: [
      { id: 'x', capacity: 1 },
      { id: 'y', capacity: 1 },
    ],
    edges: [
      { mentee: 'ann', mentor: 'x', score: 10 },
      { mentee: 'ann', mentor: 'y', score: 8 },
      { mentee: 'bob', mentor: 'x', score: 9 },
      { mentee: 'bob', mentor: 'y', score: 7 },
      { mentee: 'cy', mentor: 'x', score: 3 },
    ],
  };

  it('keeps previous pairs when an equally good optimum exists, and only then', () => {
    // ann–x + bob–y = 17 and ann–y + bob–x = 17 tie; the previous plan decides.
    const a = solveMatching(instance, { previous: [{ mentee: 'ann', mentor: 'y' }, { mentee: 'bob', mentor: 'x' }] });
    expect(a.objective).toBe(17);
    expect(a.keptFromPrevious).toBe(2);
    const b = solveMatching(instance, { previous: [{ mentee: 'ann', mentor: 'x' }, { mentee: 'bob', mentor: 'y' }] });
    expect(b.objective).toBe(17);
    expect(b.assignments.map((x) => `${x.mentee}-${x.mentor}`).sort()).toEqual(['ann-x', 'bob-y']);
    // Keeping cy–x would cost score, so it is dropped.
    const c = solveMatching(instance, { previous: [{ mentee: 'cy', mentor: 'x' }] });
    expect(c.objective).toBe(17);
    expect(c.keptFromPrevious).toBe(0);
    expect(c.certificate.transform.scale).toBe(2);
  });

  it('explains why a mentee did not get a higher-scoring mentor using the mentor dual', () => {
    const r = solveMatching({ ...instance, edges: instance.edges.filter((e) => !(e.mentee === 'bob' && e.mentor === 'y')) });
    expect(r.objective).toBe(17);
    const ann = r.explanations!.find((e) => e.mentee === 'ann')!;
    expect(ann.mentor).toBe('y');
    expect(ann.betterMentors).toHaveLength(1);
    expect(ann.betterMentors[0]!.mentor).toBe('x');
    expect(ann.betterMentors[0]!.reason).toMatch(/x is full \(1 slot: bob \(9\)\)/);
    const u = r.certificate.menteeDuals.ann ?? 0;
    const v = r.certificate.mentorDuals.x ?? 0;
    expect(u + v).toBeGreaterThanOrEqual(10);
    expect(r.unmatched).toEqual(['cy']);
  });
});
