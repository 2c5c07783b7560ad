import type { CompiledInstance } from './types';

/** A sub-instance holding each mentee's best candidate edges, with the map back to the full one. */
export interface CandidateSubset {
  inst: CompiledInstance;
  scores: Float64Array;
  /** Sub-instance edge → full-instance edge. */
  edgeOf: Int32Array;
}

/**
 * Keeps the k highest-scoring candidate edges of every mentee (ties broken by position).
 * Optimal matchings use mostly top candidates, so solving this first and then repairing
 * against the full instance touches far fewer edges; exactness comes from the later
 * full-instance stage, never from this heuristic.
 */
export function topCandidates(inst: CompiledInstance, scores: Float64Array, k: number): CandidateSubset {
  const { nMentees: n, nMentors: m, capacity, rowStart, edgeMentor } = inst;
  const rRow = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rRow[i + 1] = rRow[i]! + Math.min(k, rowStart[i + 1]! - rowStart[i]!);
  const R = rRow[n]!;
  const rMentor = new Int32Array(R);
  const rScore = new Float64Array(R);
  const edgeOf = new Int32Array(R);
  let buf = new Float64Array(64);
  const key = (e: number): number => scores[e]!;
  for (let i = 0; i < n; i++) {
    const start = rowStart[i]!;
    const deg = rowStart[i + 1]! - start;
    let out = rRow[i]!;
    if (deg <= k) {
      for (let e = start; e < start + deg; e++) {
        rMentor[out] = edgeMentor[e]!;
        rScore[out] = scores[e]!;
        edgeOf[out++] = e;
      }
      continue;
    }
    if (buf.length < deg) buf = new Float64Array(deg);
    for (let q = 0; q < deg; q++) buf[q] = key(start + q);
    const threshold = kthLargest(buf, deg, k);
    // Everything above the threshold, then threshold ties in order until k are taken.
    let above = 0;
    for (let e = start; e < start + deg; e++) if (key(e) > threshold) above++;
    let ties = k - above;
    for (let e = start; e < start + deg; e++) {
      const q = key(e);
      if (q > threshold || (q === threshold && ties-- > 0)) {
        rMentor[out] = edgeMentor[e]!;
        rScore[out] = scores[e]!;
        edgeOf[out++] = e;
      }
    }
  }
  return { inst: { nMentees: n, nMentors: m, capacity, rowStart: rRow, edgeMentor: rMentor, edgeScore: rScore }, scores: rScore, edgeOf };
}

/** k-th largest of a[0..len) (1-based k ≤ len) by quickselect; reorders a. */
export function kthLargest(a: Float64Array, len: number, k: number): number {
  let lo = 0;
  let hi = len - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else return a[want]!;
  }
  return a[want]!;
}

/**
 * Mentees whose best profit s_ij − v_j at mentor prices v lies outside their subset row:
 * the subset misses an edge they would want at those prices.
 */
export function uncoveredMentees(inst: CompiledInstance, scores: Float64Array, sub: CandidateSubset, v: Float64Array): number {
  const { nMentees: n, rowStart, edgeMentor } = inst;
  const subRow = sub.inst.rowStart;
  const subMentor = sub.inst.edgeMentor;
  let count = 0;
  for (let i = 0; i < n; i++) {
    let inside = 0;
    for (let r = subRow[i]!, end = subRow[i + 1]!; r < end; r++) inside = Math.max(inside, sub.scores[r]! - v[subMentor[r]!]!);
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
      if (scores[e]! - v[edgeMentor[e]!]! > inside) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * Upper bound on how many mentees the subset can match: Σ_j min(subset edges at j, c_j).
 * When top candidates crowd onto a few mentors this falls well short of min(n, slots),
 * and the subset is not worth solving.
 */
export function subsetMatchBound(sub: CandidateSubset): number {
  const { nMentors: m, capacity, edgeMentor } = sub.inst;
  const demand = new Int32Array(m);
  for (let r = 0; r < edgeMentor.length; r++) demand[edgeMentor[r]!]!++;
  let bound = 0;
  for (let j = 0; j < m; j++) bound += Math.min(demand[j]!, capacity[j]!);
  return bound;
}
