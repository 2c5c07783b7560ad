import type { CompiledInstance } from '../../../src/domain/matching/types';

export type Distribution = 'uniform' | 'popular' | 'zipf' | 'tied';
export type SizeClass = 'S' | 'M' | 'L';

export const SIZES: Record<SizeClass, { mentees: number; mentors: number; perMentee: number | 'all' }> = {
  S: { mentees: 1_000, mentors: 200, perMentee: 'all' },
  M: { mentees: 10_000, mentors: 2_000, perMentee: 50 },
  L: { mentees: 100_000, mentors: 20_000, perMentee: 50 },
};

export interface GeneratorSpec {
  mentees: number;
  mentors: number;
  perMentee: number | 'all';
  /** Total mentor slots as a multiple of the mentee count. */
  slotRatio: number;
  distribution: Distribution;
  seed: number;
}

/** mulberry32: small, fast, and good enough for reproducible benchmark instances. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Capacities start as uniform 1–5 (mean 3, which is exactly 0.6× the mentees for
 * the S/M/L shapes) and are scaled with stochastic rounding to reach the target
 * slot total; so 1.0× and 2.0× have proportionally larger capacities.
 */
function capacities(spec: GeneratorSpec, rand: () => number): Int32Array {
  const base = new Float64Array(spec.mentors);
  let sum = 0;
  for (let j = 0; j < spec.mentors; j++) {
    base[j] = 1 + Math.floor(rand() * 5);
    sum += base[j]!;
  }
  const factor = (spec.slotRatio * spec.mentees) / sum;
  const cap = new Int32Array(spec.mentors);
  for (let j = 0; j < spec.mentors; j++) {
    const x = base[j]! * factor;
    cap[j] = Math.max(1, Math.floor(x + rand()));
  }
  return cap;
}

/** Cumulative Zipf(1) weights over mentors, for skewed candidate choice. */
function zipfSampler(m: number, rand: () => number): () => number {
  const cdf = new Float64Array(m);
  let acc = 0;
  for (let k = 0; k < m; k++) {
    acc += 1 / (k + 1);
    cdf[k] = acc;
  }
  // Popularity rank is shuffled so popular mentors are not simply the low indices.
  const perm = new Int32Array(m);
  for (let k = 0; k < m; k++) perm[k] = k;
  for (let k = m - 1; k > 0; k--) {
    const r = Math.floor(rand() * (k + 1));
    const t = perm[k]!;
    perm[k] = perm[r]!;
    perm[r] = t;
  }
  return () => {
    const x = rand() * acc;
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return perm[lo]!;
  };
}

export function generate(spec: GeneratorSpec): CompiledInstance {
  const rand = rng(spec.seed);
  const n = spec.mentees;
  const m = spec.mentors;
  const capacity = capacities(spec, rand);
  const k = spec.perMentee === 'all' ? m : Math.min(m, spec.perMentee);
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i]! + k;
  const E = n * k;
  const edgeMentor = new Int32Array(E);
  const edgeScore = new Float64Array(E);

  // Low-rank "popular mentors": score ≈ mentor quality × mentee fit plus a topic term.
  const quality = new Float64Array(m);
  const topic = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    quality[j] = rand() ** 3;
    topic[j] = rand();
  }
  const pickZipf = spec.distribution === 'zipf' || spec.distribution === 'popular' ? zipfSampler(m, rand) : null;
  const mark = new Int32Array(m).fill(-1);

  for (let i = 0; i < n; i++) {
    const base = rowStart[i]!;
    if (k === m) {
      for (let j = 0; j < m; j++) edgeMentor[base + j] = j;
    } else {
      let filled = 0;
      let tries = 0;
      while (filled < k) {
        // Skewed sampling can stall on a few hot mentors; fall back to uniform after a while.
        const j = pickZipf && tries < 4 * k ? pickZipf() : Math.floor(rand() * m);
        tries++;
        if (mark[j] === i) continue;
        mark[j] = i;
        edgeMentor[base + filled++] = j;
      }
    }
    const fitA = rand();
    const fitB = rand();
    for (let e = base; e < base + k; e++) {
      const j = edgeMentor[e]!;
      let s: number;
      switch (spec.distribution) {
        case 'uniform':
          s = Math.floor(rand() * 101);
          break;
        case 'popular':
          s = Math.round(70 * quality[j]! * fitA + 30 * (1 - Math.abs(topic[j]! - fitB)));
          break;
        case 'zipf':
          s = Math.floor(1000 * rand() ** 4);
          break;
        case 'tied':
          s = Math.floor(rand() * 11);
          break;
      }
      edgeScore[e] = s;
    }
  }
  return { nMentees: n, nMentors: m, capacity, rowStart, edgeMentor, edgeScore };
}
