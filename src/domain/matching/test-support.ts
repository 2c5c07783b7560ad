import type { MatchingInstance } from './types';

/**
 * Brute-force oracle for tiny instances: tries every choice (no mentor or one candidate)
 * per mentee. Returns the best [matchedCount, score] in lexicographic or score order.
 */
export function bruteForce(instance: MatchingInstance, mode: 'score' | 'coverage' = 'score'): { score: number; count: number } {
  const cap = new Map(instance.mentors.map((m) => [m.id, m.capacity]));
  const options = instance.mentees.map((me) => instance.edges.filter((e) => e.mentee === me.id));
  let best = { score: 0, count: 0 };
  const better = (a: { score: number; count: number }, b: typeof a): boolean =>
    mode === 'coverage' ? a.count > b.count || (a.count === b.count && a.score > b.score) : a.score > b.score;
  const walk = (k: number, score: number, count: number): void => {
    if (k === options.length) {
      if (better({ score, count }, best)) best = { score, count };
      return;
    }
    walk(k + 1, score, count);
    for (const e of options[k]!) {
      const left = cap.get(e.mentor)!;
      if (left <= 0) continue;
      cap.set(e.mentor, left - 1);
      walk(k + 1, score + e.score, count + 1);
      cap.set(e.mentor, left);
    }
  };
  walk(0, 0, 0);
  return best;
}
