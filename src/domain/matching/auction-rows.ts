import type { AuctionState } from './auction-state';

/**
 * Optimal matchings use mostly each mentee's best few edges, so bids scan only those
 * ("active" edges); a mentee that comes to prefer a dropped edge at the current prices gets
 * its whole row back (checked before every phase after the first, and after the last).
 */
export interface ShrinkOptions {
  /** Before the first phase: each mentee's `first` best edges by score. */
  first: number;
  /**
   * Unless those can host this share of a full matching (Σ_j min(active edges at j, c_j) over
   * min(mentees, slots)): when top edges crowd onto a few popular mentors, the first phase
   * runs on whole rows and each mentee keeps its `later` best edges by profit at its prices.
   */
  minHosted: number;
  later: number;
}

/** The active edges at the end of a shrunk auction, as a sub-instance's rows. */
export interface ActiveEdges {
  rowStart: Int32Array;
  /** Sub-instance edge → input edge. */
  edgeOf: Int32Array;
  /** The matching in sub-instance edges. */
  mateEdge: Int32Array;
  /** Kept by score from the start (else by profit after a first phase on whole rows). */
  byScore: boolean;
}

/** Σ_j min(active edges at j, c_j): how many mentees the active edges could match at most. */
export function hostedBound(st: AuctionState): number {
  const { n, m, rowStart, rowEnd, edgeMentor, slotStart } = st;
  const demand = new Int32Array(m);
  for (let i = 0; i < n; i++) for (let e = rowStart[i]!, end = rowEnd[i]!; e < end; e++) demand[edgeMentor[e]!]!++;
  let bound = 0;
  for (let j = 0; j < m; j++) bound += Math.min(demand[j]!, slotStart[j + 1]! - slotStart[j]!);
  return bound;
}

export function activeEdges(st: AuctionState): Omit<ActiveEdges, 'byScore'> {
  const { n, rowStart: fullStart, rowEnd, edgeId, mateEdge } = st;
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i]! + rowEnd[i]! - fullStart[i]!;
  const edgeOf = new Int32Array(rowStart[n]!);
  const mate = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const shift = rowStart[i]! - fullStart[i]!;
    for (let e = fullStart[i]!, end = rowEnd[i]!; e < end; e++) edgeOf[e + shift] = edgeId![e]!;
    const me = mateEdge[i]!;
    // Held edges are active: bids and the reverse step's columns only use active edges.
    if (me >= 0) mate[i] = me + shift;
  }
  return { rowStart, edgeOf, mateEdge: mate };
}

/** The matching in input edge numbers. */
export function inputEdges(st: AuctionState): Int32Array {
  const { edgeId, mateEdge } = st;
  if (!edgeId) return mateEdge;
  return mateEdge.map((e) => (e >= 0 ? edgeId[e]! : -1));
}

/**
 * Reorders every longer row so its `k` best edges by profit at the current prices come
 * first (the held edge always among them) and makes only those active. Prices only rise
 * within a phase and fall uniformly between phases, so an edge far down a mentee's list
 * after the coarse first phase rarely becomes its best; `restoreRows` catches those that do.
 */
export function shrinkRows(st: AuctionState, k: number): void {
  const { n, rowStart, rowEnd, minPrice, mateEdge } = st;
  const E = st.w.length;
  const edgeMentor = st.edgeId ? st.edgeMentor : st.edgeMentor.slice();
  const w = st.w;
  let edgeId = st.edgeId;
  if (!edgeId) {
    edgeId = new Int32Array(E);
    for (let e = 0; e < E; e++) edgeId[e] = e;
  }
  let buf = new Float64Array(64);
  for (let i = 0; i < n; i++) {
    const start = rowStart[i]!;
    const deg = rowStart[i + 1]! - start;
    if (deg <= k) continue;
    if (buf.length < deg) buf = new Float64Array(deg);
    for (let q = 0; q < deg; q++) buf[q] = w[start + q]! - minPrice[edgeMentor[start + q]!]!;
    const threshold = kthLargest(buf, deg, k);
    const me = mateEdge[i]!;
    let out = start;
    const swap = (a: number, b: number): void => {
      const tm = edgeMentor[a]!;
      edgeMentor[a] = edgeMentor[b]!;
      edgeMentor[b] = tm;
      const tw = w[a]!;
      w[a] = w[b]!;
      w[b] = tw;
      const ti = edgeId[a]!;
      edgeId[a] = edgeId[b]!;
      edgeId[b] = ti;
    };
    let mePos = me;
    if (me >= 0) {
      swap(start, me);
      mePos = start;
      out++;
    }
    // Above the threshold first, then ties, until k are active.
    for (let pass = 0; pass < 2 && out < start + k; pass++) {
      for (let e = out; e < start + deg && out < start + k; e++) {
        const val = w[e]! - minPrice[edgeMentor[e]!]!;
        if (pass === 0 ? val > threshold : val === threshold) swap(out++, e);
      }
    }
    rowEnd[i] = out;
    if (me >= 0) mateEdge[i] = mePos;
  }
  st.edgeMentor = edgeMentor;
  st.edgeId = edgeId;
}

/** Gives mentees that prefer a dropped edge by more than ε their whole row back; returns how many. */
export function restoreRows(st: AuctionState, eps: number): number {
  const { n, rowStart, rowEnd, edgeMentor, w, minPrice } = st;
  let restored = 0;
  for (let i = 0; i < n; i++) {
    const full = rowStart[i + 1]!;
    const mid = rowEnd[i]!;
    if (mid === full) continue;
    let inside = 0;
    for (let e = rowStart[i]!; e < mid; e++) inside = Math.max(inside, w[e]! - minPrice[edgeMentor[e]!]!);
    for (let e = mid; e < full; e++) {
      if (w[e]! - minPrice[edgeMentor[e]!]! > inside + eps) {
        rowEnd[i] = full;
        restored++;
        break;
      }
    }
  }
  return restored;
}

/** k-th largest of a[0..len) (1-based k ≤ len) by quickselect; reorders a. */
function kthLargest(a: Float64Array, len: number, k: number): number {
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
