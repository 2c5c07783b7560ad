import { describe, expect, it } from 'vitest';
import { MatchingInputError, parseMatchingInput, solveMatching } from './index';
import type { MatchingInstance } from './types';

const base = (): MatchingInstance => ({
  mentees: [{ id: 'a' }, { id: 'b' }],
  mentors: [{ id: 'x', capacity: 1 }],
  edges: [{ mentee: 'a', mentor: 'x', score: 3 }],
});

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(MatchingInputError);
    return (err as MatchingInputError).problems;
  }
  throw new Error('expected a MatchingInputError');
}

describe('malformed input is rejected with messages naming the offender', () => {
  it('unknown ids', () => {
    const inst = base();
    inst.edges.push({ mentee: 'zed', mentor: 'x', score: 1 }, { mentee: 'b', mentor: 'nope', score: 1 });
    expect(problemsOf(() => solveMatching(inst))).toEqual([
      'edge 1 (zed → x): unknown mentee id "zed"',
      'edge 2 (b → nope): unknown mentor id "nope"',
    ]);
  });

  it('negative or fractional capacity', () => {
    const inst = base();
    inst.mentors.push({ id: 'y', capacity: -2 }, { id: 'z', capacity: 1.5 });
    const problems = problemsOf(() => solveMatching(inst));
    expect(problems[0]).toMatch(/mentor "y" \(row 1\) has capacity -2/);
    expect(problems[1]).toMatch(/mentor "z" \(row 2\) has capacity 1.5/);
    expect(problemsOf(() => parseMatchingInput(inst))[0]).toBe('mentors[1] (id "y").capacity: must not be negative');
  });

  it('duplicate edges and duplicate ids', () => {
    const inst = base();
    inst.edges.push({ mentee: 'a', mentor: 'x', score: 5 });
    inst.mentees.push({ id: 'a' });
    const problems = problemsOf(() => solveMatching(inst));
    expect(problems).toContain('mentee id "a" appears more than once (row 2)');
    expect(problems).toContain('edge 1 (a → x): duplicate edge (the pair already appeared earlier)');
  });

  it('negative or non-integer scores, bad shapes and bad options', () => {
    expect(problemsOf(() => parseMatchingInput({ ...base(), edges: [{ mentee: 'a', mentor: 'x', score: -1 }] }))[0]).toBe(
      'edges[0] (a → x).score: must not be negative',
    );
    expect(problemsOf(() => parseMatchingInput([]))[0]).toMatch(/JSON object/);
    expect(problemsOf(() => parseMatchingInput({ mentees: [{}], mentors: [] }))[0]).toMatch(/^mentees\[0\]\.id: /);
    expect(problemsOf(() => solveMatching(base(), { pinned: [{ mentee: 'a', mentor: 'q' }] }))).toEqual([
      'pinned pair 0: unknown mentor id "q"',
    ]);
    expect(
      problemsOf(() => solveMatching(base(), { pinned: [{ mentee: 'a', mentor: 'x' }, { mentee: 'b', mentor: 'x' }] }))[0],
    ).toMatch(/no capacity left/);
  });

  it('accepts a valid pre-scored instance and a valid profile set', () => {
    expect(parseMatchingInput({ ...base(), mode: 'coverage' })).toMatchObject({ kind: 'scored', mode: 'coverage' });
    expect(parseMatchingInput({ mentees: [{ id: 'a', growthAreas: ['go'] }], mentors: [{ id: 'x', capacity: 2 }], weights: { growth: 3 } })).toMatchObject({
      kind: 'profiles',
      weights: { growth: 3 },
    });
    expect(problemsOf(() => parseMatchingInput({ mentees: [], mentors: [], weights: { charisma: 2 } }))[0]).toMatch(/^weights: /);
  });
});
