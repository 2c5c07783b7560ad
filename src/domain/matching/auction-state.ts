import type { CompiledInstance } from './types';

/** The auction's working state (see auction.ts); rows may be reordered and shrunk (auction-rows.ts). */
export interface AuctionState {
  n: number;
  m: number;
  rowStart: Int32Array;
  edgeMentor: Int32Array;
  /** The input layout (rows, mentors, scaled scores) once active rows are compacted, else null. */
  full: { rowStart: Int32Array; edgeMentor: Int32Array } | null;
  /** Input scores and their scale: w = scores × K, for the input layout's edges. */
  scores: Float64Array;
  K: number;
  /** Input edge at each position once rows are compacted by `shrinkRows`, else null. */
  edgeId: Int32Array | null;
  /**
   * Each shrunk mentee's best dropped score (scaled), -Infinity for a whole row. Prices are never
   * negative, so a mentee whose best active profit is within ε of it can't prefer a dropped edge.
   */
  droppedMax: Float64Array | null;
  /** Scores × K. */
  w: Float64Array;
  slotStart: Int32Array;
  slotPrice: Float64Array;
  slotHolder: Int32Array;
  /** Active edge of each held slot's holder (stale when the slot is free). */
  slotEdge: Int32Array;
  slotMentor: Int32Array;
  minPrice: Float64Array;
  minSlot: Int32Array;
  /** Whether the column copies lag the active rows; they are rebuilt only when a reverse step needs them. */
  columnsStale: boolean;
  colStart: Int32Array;
  colEdge: Int32Array;
  // Column-ordered copies for the reverse step, whose scans of popular mentors' long
  // columns dominate on skewed instances: sequential reads instead of gathers.
  colW: Float64Array;
  colMentee: Int32Array;
  /**
   * Held edge and slot of each mentee (-1: none) and its profit w − slot price there (0 when
   * unmatched). During a bid phase they lag the slots (`slotHolder`, `slotEdge`); `settleMates` ends every phase.
   */
  mateEdge: Int32Array;
  mateSlot: Int32Array;
  profit: Float64Array;
  /** Circular queue of mentees waiting to bid (each at most once). */
  queue: Int32Array;
  bids: number;
}

/** With `compactFirst`, the scaled scores are left to the compact rows built before any bid (`shrinkRows`). */
export function initState(inst: CompiledInstance, scores: Float64Array, K: number, compactFirst = false): AuctionState {
  const { nMentees: n, nMentors: m, capacity, rowStart, edgeMentor } = inst;
  const w = compactFirst ? new Float64Array(0) : scaledScores(scores, K);
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + capacity[j]!;
  const S = slotStart[m]!;
  const minPrice = new Float64Array(m);
  const minSlot = new Int32Array(m);
  const slotMentor = new Int32Array(S);
  for (let j = 0; j < m; j++) {
    if (capacity[j]! === 0) {
      minPrice[j] = Infinity;
      minSlot[j] = -1;
    } else minSlot[j] = slotStart[j]!;
    slotMentor.fill(j, slotStart[j]!, slotStart[j + 1]!);
  }
  const st: AuctionState = {
    n,
    m,
    rowStart,
    edgeMentor,
    edgeId: null,
    droppedMax: null,
    full: null,
    scores,
    K,
    w,
    slotStart,
    slotPrice: new Float64Array(S),
    slotHolder: new Int32Array(S).fill(-1),
    slotEdge: new Int32Array(S).fill(-1),
    slotMentor,
    minPrice,
    minSlot,
    columnsStale: true,
    colStart: new Int32Array(m + 1),
    colEdge: new Int32Array(0),
    colW: new Float64Array(0),
    colMentee: new Int32Array(0),
    mateEdge: new Int32Array(n).fill(-1),
    mateSlot: new Int32Array(n).fill(-1),
    profit: new Float64Array(n),
    queue: new Int32Array(n + 1),
    bids: 0,
  };
  return st;
}

/**
 * Column-ordered copies of the active edges, for the reverse step; rebuilt when rows are
 * shrunk or restored (a reverse step that missed a restored row's offers left ~25 % more bids).
 */
export function setColumns(st: AuctionState): void {
  const { n, m, rowStart, edgeMentor, w } = st;
  const colStart = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) colStart[edgeMentor[e]! + 1]!++;
  for (let j = 0; j < m; j++) colStart[j + 1] = colStart[j + 1]! + colStart[j]!;
  const A = colStart[m]!;
  const colFill = colStart.slice(0, m);
  const colEdge = st.colEdge.length >= A ? st.colEdge : new Int32Array(A);
  const colW = st.colW.length >= A ? st.colW : new Float64Array(A);
  const colMentee = st.colMentee.length >= A ? st.colMentee : new Int32Array(A);
  for (let i = 0; i < n; i++) {
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
      const c = colFill[edgeMentor[e]!]!++;
      colEdge[c] = e;
      colW[c] = w[e]!;
      colMentee[c] = i;
    }
  }
  st.columnsStale = false;
  st.colStart = colStart;
  st.colEdge = colEdge;
  st.colW = colW;
  st.colMentee = colMentee;
}

export function scaledScores(scores: Float64Array, K: number): Float64Array {
  const w = new Float64Array(scores.length);
  for (let e = 0; e < scores.length; e++) w[e] = scores[e]! * K;
  return w;
}
