import { scaledScores, type AuctionState } from './auction-state';

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
  const { n, m, rowStart, edgeMentor, slotStart } = st;
  const demand = new Int32Array(m);
  for (let i = 0; i < n; i++) for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) demand[edgeMentor[e]!]!++;
  let bound = 0;
  for (let j = 0; j < m; j++) bound += Math.min(demand[j]!, slotStart[j + 1]! - slotStart[j]!);
  return bound;
}

export function activeEdges(st: AuctionState): Omit<ActiveEdges, 'byScore'> {
  return { rowStart: st.rowStart.slice(), edgeOf: st.edgeId!.slice(), mateEdge: st.mateEdge.slice() };
}

/** The matching in input edge numbers. */
export function inputEdges(st: AuctionState): Int32Array {
  const { edgeId, mateEdge } = st;
  if (!edgeId) return mateEdge;
  return mateEdge.map((e) => (e >= 0 ? edgeId[e]! : -1));
}

/**
 * Makes only each mentee's `k` best edges by profit at the current prices active (the held
 * edge always among them), in compact arrays: bids then read a few contiguous megabytes instead
 * of the whole instance (L tied 1.0×: 2.8 s on rows shrunk in place, 2.0 s compact). Prices only
 * rise within a phase and fall uniformly between phases, so an edge far down a mentee's list
 * after the coarse first phase rarely becomes its best; `restoreRows` catches those that do.
 */
export function shrinkRows(st: AuctionState, k: number): void {
  const full = fullLayout(st);
  const { n, minPrice, scores, K } = st;
  const mateInput = inputEdges(st);
  const chosen = new Int32Array(Math.min(full.edgeMentor.length, n * k));
  const count = new Int32Array(n);
  let len = 0;
  let buf = new Float64Array(64);
  let kept = new Uint8Array(64);
  const droppedMax = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const start = full.rowStart[i]!;
    const end = full.rowStart[i + 1]!;
    const deg = end - start;
    const before = len;
    if (deg <= k) {
      for (let e = start; e < end; e++) chosen[len++] = e;
    } else {
      if (kept.length < deg) kept = new Uint8Array(deg);
      if (buf.length < deg) buf = new Float64Array(deg);
      for (let q = 0; q < deg; q++) buf[q] = scores[start + q]! * K - minPrice[full.edgeMentor[start + q]!]!;
      const threshold = kthLargest(buf, deg, k);
      const me = mateInput[i]!;
      if (me >= 0) chosen[len++] = me;
      // Above the threshold first, then ties in row order, until k are active.
      for (let pass = 0; pass < 2 && len - before < k; pass++) {
        for (let e = start; e < end && len - before < k; e++) {
          if (e === me) continue;
          const val = scores[e]! * K - minPrice[full.edgeMentor[e]!]!;
          if (pass === 0 ? val > threshold : val === threshold) chosen[len++] = e;
        }
      }
      for (let q = before; q < len; q++) kept[chosen[q]! - start] = 1;
      let dropped = -Infinity;
      for (let q = 0; q < deg; q++) {
        if (kept[q]) kept[q] = 0;
        else if (scores[start + q]! * K > dropped) dropped = scores[start + q]! * K;
      }
      droppedMax[i] = dropped;
    }
    count[i] = len - before;
  }
  compact(st, full, chosen.subarray(0, len), count, mateInput);
  st.droppedMax = droppedMax;
}

/** Whole rows for everyone again (the input layout), before any mentee holds an edge. */
export function expandRows(st: AuctionState): void {
  const full = fullLayout(st);
  st.rowStart = full.rowStart;
  st.edgeMentor = full.edgeMentor;
  st.w = scaledScores(st.scores, st.K);
  st.edgeId = null;
  st.droppedMax = null;
  st.mateEdge.fill(-1);
}

/** Gives mentees that prefer a dropped edge by more than ε their whole row back; returns how many. */
export function restoreRows(st: AuctionState, eps: number): number {
  const full = fullLayout(st);
  const { n, rowStart, edgeMentor, w, minPrice, scores, K } = st;
  const droppedMax = st.droppedMax!;
  const whole = new Uint8Array(n);
  let restored = 0;
  for (let i = 0; i < n; i++) {
    const fs = full.rowStart[i]!;
    const fe = full.rowStart[i + 1]!;
    if (rowStart[i + 1]! - rowStart[i]! === fe - fs) {
      whole[i] = 1;
      continue;
    }
    let inside = 0;
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) inside = Math.max(inside, w[e]! - minPrice[edgeMentor[e]!]!);
    if (droppedMax[i]! <= inside + eps) continue;
    for (let e = fs; e < fe; e++) {
      if (scores[e]! * K - minPrice[full.edgeMentor[e]!]! > inside + eps) {
        whole[i] = 1;
        restored++;
        break;
      }
    }
  }
  if (restored === 0) return 0;
  const edgeId = st.edgeId!;
  const count = new Int32Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    count[i] = whole[i] ? full.rowStart[i + 1]! - full.rowStart[i]! : rowStart[i + 1]! - rowStart[i]!;
    len += count[i]!;
  }
  const chosen = new Int32Array(len);
  let out = 0;
  for (let i = 0; i < n; i++) {
    if (whole[i]) for (let e = full.rowStart[i]!; e < full.rowStart[i + 1]!; e++) chosen[out++] = e;
    else for (let q = rowStart[i]!; q < rowStart[i + 1]!; q++) chosen[out++] = edgeId[q]!;
  }
  compact(st, full, chosen, count, inputEdges(st));
  return restored;
}

interface Layout {
  rowStart: Int32Array;
  edgeMentor: Int32Array;
}

/** The input layout, kept aside the first time rows are compacted. */
function fullLayout(st: AuctionState): Layout {
  st.full ??= { rowStart: st.rowStart, edgeMentor: st.edgeMentor };
  return st.full;
}

/** Makes the chosen input edges (grouped by mentee, `count` each) the active rows; mates follow their edge. */
function compact(st: AuctionState, full: Layout, chosen: Int32Array, count: Int32Array, mateInput: Int32Array): void {
  const { n, mateEdge, scores, K } = st;
  const A = chosen.length;
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i]! + count[i]!;
  const edgeMentor = new Int32Array(A);
  const w = new Float64Array(A);
  for (let q = 0; q < A; q++) {
    edgeMentor[q] = full.edgeMentor[chosen[q]!]!;
    w[q] = scores[chosen[q]!]! * K;
  }
  for (let i = 0; i < n; i++) {
    const me = mateInput[i]!;
    mateEdge[i] = -1;
    if (me < 0) continue;
    for (let q = rowStart[i]!; q < rowStart[i + 1]!; q++) {
      if (chosen[q] === me) {
        mateEdge[i] = q;
        st.slotEdge[st.mateSlot[i]!] = q;
        break;
      }
    }
  }
  st.rowStart = rowStart;
  st.edgeMentor = edgeMentor;
  st.w = w;
  st.edgeId = chosen;
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
