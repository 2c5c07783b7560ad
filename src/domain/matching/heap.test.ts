import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BucketQueue, MinHeap } from './heap';

/** A Dijkstra-like run: each step pops the minimum and pushes keys at or above it. */
function drain(q: BucketQueue | MinHeap, seeds: number[], steps: number[][]): number[] {
  q.clear();
  for (const [node, key] of seeds.entries()) q.push(key, node);
  const popped: number[] = [];
  let s = 0;
  while (q.size > 0) {
    const key = q.topKey();
    q.pop();
    popped.push(key);
    if (s < 200) for (const d of steps[s % steps.length] ?? []) q.push(key + d, s);
    s++;
  }
  return popped;
}

describe('BucketQueue', () => {
  it('pops keys in the same order as a binary heap, across buckets, non-integers and the overflow', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 20 }),
        fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(0.5), fc.constant(5000)), { maxLength: 3 }), {
          minLength: 1,
          maxLength: 30,
        }),
        (seeds, steps) => {
          const limited = steps.map((s) => s.slice(0, 3));
          const bucket = new BucketQueue(64);
          const heap = new MinHeap(4);
          const a = drain(bucket, seeds, limited.slice(0, 8));
          expect(a).toEqual(drain(heap, seeds, limited.slice(0, 8)));
          // Reused after clear() with entries left, as every search round that stops early does.
          for (const [node, key] of seeds.entries()) bucket.push(key, node);
          const later = seeds.map((k) => 50 - k);
          const steps2 = limited.slice(8, 16).length > 0 ? limited.slice(8, 16) : limited;
          expect(drain(bucket, later, steps2)).toEqual(drain(heap, later, steps2));
          for (let i = 1; i < a.length; i++) expect(a[i]!).toBeGreaterThanOrEqual(a[i - 1]!);
        },
      ),
      { numRuns: 300, seed: 99 },
    );
  });
});
