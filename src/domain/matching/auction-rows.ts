import { interleaved, type AuctionState } from './auction-state';

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
  /**
   * And this share of all places (default 0): with many more places than mentees the optimum
   * spreads mentees over mentors outside their best edges by score. L popular 2.0× reaches 0.59
   * of its places (uniform, tied 1.0, zipf 0.87); on its top-12 rows 62 % of the mentees wanted
   * a dropped edge after the first phase, and the auction started again on whole rows.
   */
  minReach?: number;
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
  const { n, m, rowStart, edge, slotStart } = st;
  const demand = new Int32Array(m);
  for (let i = 0; i < n; i++) for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) demand[edge[2 * e]!]!++;
  let bound = 0;
  for (let j = 0; j < m; j++) bound += Math.min(demand[j]!, slotStart[j + 1]! - slotStart[j]!);
  return bound;
}

/**
 * `hostedBound` estimated before any row is built: every `stride`-th mentee's `k` best edges by
 * score, each counting for `stride` mentees (prices are all 0 before the first phase).
 */
export function sampledHostedBound(st: AuctionState, k: number, stride: number): number {
  const { n, m, slotStart, scores } = st;
  const { rowStart, edgeMentor } = st.full;
  const demand = new Int32Array(m);
  let buf = new Float64Array(64);
  for (let i = 0; i < n; i += stride) {
    const start = rowStart[i]!;
    const deg = rowStart[i + 1]! - start;
    if (deg <= k) {
      for (let e = start; e < start + deg; e++) demand[edgeMentor[e]!]! += stride;
      continue;
    }
    if (buf.length < deg) buf = new Float64Array(deg);
    for (let q = 0; q < deg; q++) buf[q] = scores[start + q]!;
    const threshold = kthLargest(buf, deg, k);
    let taken = 0;
    for (let e = start; e < start + deg && taken < k; e++) {
      if (scores[e]! > threshold) {
        demand[edgeMentor[e]!]! += stride;
        taken++;
      }
    }
    for (let e = start; e < start + deg && taken < k; e++) {
      if (scores[e]! === threshold) {
        demand[edgeMentor[e]!]! += stride;
        taken++;
      }
    }
  }
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
 * after the coarse first phase rarely becomes its best; `requeueViolators` (auction.ts) gives
 * those that do their whole row back (`wantsDropped`, `wholeRowsFor`).
 */
export function shrinkRows(st: AuctionState, k: number): void {
  const full = fullLayout(st);
  const { n, minPrice, scores, K } = st;
  const rowStart = full.rowStart;
  const edgeMentor = full.edgeMentor;
  const mateInput = inputEdges(st);
  const chosen = new Int32Array(Math.min(edgeMentor.length, n * k));
  const count = new Int32Array(n);
  let len = 0;
  // Each edge's profit is computed once per row (`val`); quickselect reorders a copy (`sel`).
  let val = new Float64Array(64);
  let sel = new Float64Array(64);
  const droppedMax = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const start = rowStart[i]!;
    const end = rowStart[i + 1]!;
    const deg = end - start;
    const before = len;
    if (deg <= k) {
      for (let e = start; e < end; e++) chosen[len++] = e;
      count[i] = deg;
      continue;
    }
    if (val.length < deg) {
      val = new Float64Array(deg);
      sel = new Float64Array(deg);
    }
    for (let q = 0; q < deg; q++) {
      const x = Math.floor(scores[start + q]! * K) - minPrice[edgeMentor[start + q]!]!;
      val[q] = x;
      sel[q] = x;
    }
    const threshold = kthLargest(sel, deg, k);
    const me = mateInput[i]!;
    if (me >= 0) chosen[len++] = me;
    // Above the threshold first, then ties in row order, until k are active; the best score
    // among the rest is the row's dropped maximum.
    let dropped = -Infinity;
    let ties = 0;
    for (let q = 0; q < deg; q++) {
      const e = start + q;
      if (e === me) continue;
      const x = val[q]!;
      if (x > threshold && len - before < k) chosen[len++] = e;
      else if (x === threshold) ties++;
      else if (scores[e]! > dropped) dropped = scores[e]!;
    }
    if (ties > 0) {
      for (let q = 0; q < deg; q++) {
        const e = start + q;
        if (e === me || val[q]! !== threshold) continue;
        if (len - before < k) chosen[len++] = e;
        else if (scores[e]! > dropped) dropped = scores[e]!;
      }
    }
    droppedMax[i] = Math.floor(dropped * K);
    count[i] = len - before;
  }
  compact(st, full, chosen.subarray(0, len), count, mateInput);
  st.droppedMax = droppedMax;
}

/** Whole rows for everyone again (the input layout), before any mentee holds an edge. */
export function expandRows(st: AuctionState): void {
  const full = fullLayout(st);
  st.rowStart = full.rowStart;
  st.edge = interleaved(full.edgeMentor, st.scores, st.K);
  st.edgeId = null;
  st.droppedMax = null;
  st.mateEdge.fill(-1);
}

/**
 * Whether mentee i has a dropped edge with profit above `bar` at the current prices (a full-row
 * scan; callers first rule out rows whose best dropped score, `droppedMax`, can't beat it).
 */
export function wantsDropped(st: AuctionState, i: number, bar: number): boolean {
  const { rowStart, edgeMentor } = st.full;
  const { minPrice, scores, K } = st;
  for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
    if (Math.floor(scores[e]! * K) - minPrice[edgeMentor[e]!]! > bar) return true;
  }
  return false;
}

/**
 * The active rows with `whole` mentees' input rows instead. Kept rows are copied from the active
 * arrays in order, so only the restored rows are read from the input (a restore used to rebuild
 * every row from the input's 5M edges).
 */
export function wholeRowsFor(st: AuctionState, whole: Uint8Array, restored: Int32Array, count: number): void {
  const full = fullLayout(st);
  const n = st.n;
  const next = new Int32Array(n + 1);
  rowSizes(n, whole, full.rowStart, st.rowStart, next);
  const A = next[n]!;
  const nextEdge = new Int32Array(2 * A);
  const nextId = new Int32Array(A);
  // Kept rows first, restored ones after, each in a loop of its own: a branch for the few
  // restored rows in the copy loop sent its compiled code back to the interpreter.
  copyKept(st, whole, next, nextEdge, nextId);
  copyRestored(st, full, restored, count, next, nextEdge, nextId);
  st.rowStart = next;
  st.edge = nextEdge;
  st.edgeId = nextId;
}

function rowSizes(n: number, whole: Uint8Array, fullStart: Int32Array, rowStart: Int32Array, next: Int32Array): void {
  for (let i = 0; i < n; i++) {
    const w = whole[i]!;
    next[i + 1] = next[i]! + w * (fullStart[i + 1]! - fullStart[i]!) + (1 - w) * (rowStart[i + 1]! - rowStart[i]!);
  }
}

function copyKept(st: AuctionState, whole: Uint8Array, next: Int32Array, nextEdge: Int32Array, nextId: Int32Array): void {
  const { n, rowStart, edge, mateEdge, mateSlot, slotEdge } = st;
  const edgeId = st.edgeId!;
  for (let i = 0; i < n; i++) {
    if (whole[i]) continue;
    const shift = next[i]! - rowStart[i]!;
    for (let q = rowStart[i]!, end = rowStart[i + 1]!; q < end; q++) {
      nextEdge[2 * (q + shift)] = edge[2 * q]!;
      nextEdge[2 * (q + shift) + 1] = edge[2 * q + 1]!;
      nextId[q + shift] = edgeId[q]!;
    }
    const me = mateEdge[i]!;
    if (me >= 0) {
      mateEdge[i] = me + shift;
      slotEdge[mateSlot[i]!] = me + shift;
    }
  }
}

function copyRestored(st: AuctionState, full: Layout, restored: Int32Array, count: number, next: Int32Array, nextEdge: Int32Array, nextId: Int32Array): void {
  const { scores, K, mateEdge, mateSlot, slotEdge } = st;
  const edgeId = st.edgeId!;
  for (let r = 0; r < count; r++) {
    const i = restored[r]!;
    const at = next[i]!;
    const fs = full.rowStart[i]!;
    const fe = full.rowStart[i + 1]!;
    for (let e = fs; e < fe; e++) {
      const q = at + e - fs;
      nextEdge[2 * q] = full.edgeMentor[e]!;
      nextEdge[2 * q + 1] = Math.floor(scores[e]! * K);
      nextId[q] = e;
    }
    const me = mateEdge[i]!;
    if (me >= 0) {
      mateEdge[i] = at + edgeId[me]! - fs;
      slotEdge[mateSlot[i]!] = mateEdge[i]!;
    }
  }
}

interface Layout {
  rowStart: Int32Array;
  edgeMentor: Int32Array;
}

function fullLayout(st: AuctionState): Layout {
  return st.full;
}

/** Makes the chosen input edges (grouped by mentee, `count` each) the active rows; mates follow their edge. */
function compact(st: AuctionState, full: Layout, chosen: Int32Array, count: Int32Array, mateInput: Int32Array): void {
  const { n, mateEdge, scores, K } = st;
  const A = chosen.length;
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i]! + count[i]!;
  const edge = new Int32Array(2 * A);
  for (let q = 0; q < A; q++) {
    edge[2 * q] = full.edgeMentor[chosen[q]!]!;
    edge[2 * q + 1] = Math.floor(scores[chosen[q]!]! * K);
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
  st.edge = edge;
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
