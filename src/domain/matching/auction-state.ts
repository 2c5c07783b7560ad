import type { CompiledInstance } from './types';

/** The auction's working state (see auction.ts); rows may be reordered and shrunk (auction-rows.ts). */
export interface AuctionState {
  n: number;
  m: number;
  rowStart: Int32Array;
  /**
   * The active edges as (mentor, w) pairs: `edge[2e]` is edge e's mentor, `edge[2e + 1]` its
   * scaled score w = ⌊score × K⌋. A bid reads one row, and rows are read in queue order, so bids
   * wait on the rows' cache misses: one interleaved run of 8 bytes per edge instead of a 4- and an
   * 8-byte array took a bid-like scan of 2M random rows from ~390–650 ms to ~250–330 ms.
   */
  edge: Int32Array;
  /** The input layout (rows and mentors); `rowStart` is the same array until rows are compacted. */
  full: { rowStart: Int32Array; edgeMentor: Int32Array };
  /** Input scores and their scale (w = ⌊scores × K⌋ fits an Int32, see `scaleFor`). */
  scores: Float64Array;
  K: number;
  /** Input edge at each position once rows are compacted by `shrinkRows`, else null. */
  edgeId: Int32Array | null;
  /**
   * Each shrunk mentee's best dropped score (scaled), -Infinity for a whole row. Prices are never
   * negative, so a mentee whose best active profit is within ε of it can't prefer a dropped edge.
   */
  droppedMax: Float64Array | null;
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
  /**
   * Column-ordered (mentee, w) pairs of the active edges, for the reverse step, whose scans of
   * popular mentors' long columns dominate on skewed instances: one sequential stream.
   */
  col: Int32Array;
  /**
   * Held edge and slot of each mentee (-1: none) and its profit w − slot price there (0 when
   * unmatched). During a bid phase they lag the slots (`slotHolder`, `slotEdge`); `settleMates` ends every phase.
   */
  mateEdge: Int32Array;
  mateSlot: Int32Array;
  /** Mentor of each mentee's held slot (-1: none), so a column scan reads no slot of another mentor. */
  mateMentor: Int32Array;
  profit: Float64Array;
  /** Circular queue of mentees waiting to bid (each at most once). */
  queue: Int32Array;
  /** Mentees `requeueViolators` sets aside to read their whole row (see there). */
  asideList: Int32Array;
  /** Their best profit on another active edge, and on any active edge (their own included). */
  asideBest: Float64Array;
  asideInside: Float64Array;
  /** How many the last pass set aside. */
  aside: number;
  bids: number;
}

/** With `compactFirst`, the scaled scores are left to the compact rows built before any bid (`shrinkRows`). */
export function initState(inst: CompiledInstance, scores: Float64Array, K: number, compactFirst = false): AuctionState {
  const { nMentees: n, nMentors: m, capacity, rowStart, edgeMentor } = inst;
  const edge = compactFirst ? new Int32Array(0) : interleaved(edgeMentor, scores, K);
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
    edge,
    edgeId: null,
    droppedMax: null,
    full: { rowStart, edgeMentor },
    scores,
    K,
    slotStart,
    slotPrice: new Float64Array(S),
    slotHolder: new Int32Array(S).fill(-1),
    slotEdge: new Int32Array(S).fill(-1),
    slotMentor,
    minPrice,
    minSlot,
    columnsStale: true,
    colStart: new Int32Array(m + 1),
    col: new Int32Array(0),
    mateEdge: new Int32Array(n).fill(-1),
    mateSlot: new Int32Array(n).fill(-1),
    mateMentor: new Int32Array(n).fill(-1),
    profit: new Float64Array(n),
    queue: new Int32Array(n + 1),
    asideList: new Int32Array(n + 1),
    asideBest: new Float64Array(n + 1),
    asideInside: new Float64Array(n + 1),
    aside: 0,
    bids: 0,
  };
  return st;
}

/**
 * Column-ordered copies of the active edges, for the reverse step; rebuilt when rows are
 * shrunk or restored (a reverse step that missed a restored row's offers left ~25 % more bids).
 */
export function setColumns(st: AuctionState): void {
  const { n, m, rowStart, edge } = st;
  const colStart = new Int32Array(m + 1);
  // One loop per function: V8 compiles a long loop on stack replacement, and reaching the
  // next, untried loop sent that code back to the interpreter (at every rebuild).
  countColumns(n, rowStart, edge, colStart);
  prefixSums(colStart, m);
  const A = colStart[m]!;
  const col = st.col.length >= 2 * A ? st.col : new Int32Array(2 * A);
  fillColumns(n, rowStart, edge, colStart.slice(0, m), col);
  st.columnsStale = false;
  st.colStart = colStart;
  st.col = col;
}

function countColumns(n: number, rowStart: Int32Array, edge: Int32Array, colStart: Int32Array): void {
  for (let i = 0; i < n; i++) for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) colStart[edge[2 * e]! + 1]!++;
}

function prefixSums(a: Int32Array, m: number): void {
  for (let j = 0; j < m; j++) a[j + 1] = a[j + 1]! + a[j]!;
}

function fillColumns(n: number, rowStart: Int32Array, edge: Int32Array, colFill: Int32Array, col: Int32Array): void {
  for (let i = 0; i < n; i++) {
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
      const c = colFill[edge[2 * e]!]!++;
      col[2 * c] = i;
      col[2 * c + 1] = edge[2 * e + 1]!;
    }
  }
}

/** Input edges as (mentor, ⌊score × K⌋) pairs. */
export function interleaved(edgeMentor: Int32Array, scores: Float64Array, K: number): Int32Array {
  const edge = new Int32Array(2 * edgeMentor.length);
  for (let e = 0; e < edgeMentor.length; e++) {
    edge[2 * e] = edgeMentor[e]!;
    edge[2 * e + 1] = Math.floor(scores[e]! * K);
  }
  return edge;
}

/** The largest score (0 when none is positive). */
export function maxScore(scores: Float64Array): number {
  let max = 0;
  for (let e = 0; e < scores.length; e++) if (scores[e]! > max) max = scores[e]!;
  return max;
}

/** Largest scaled score the auction works with: w and prices (≤ w + the first ε) stay within an Int32. */
const MAX_SCALED = 2 ** 30;

/**
 * The auction's score scale K. About n + 1 makes the final-phase ε (1) worth less than 1/n of a
 * score point, the classic condition for ε-optimality to imply optimality; it is capped so that
 * every w fits an Int32, and is a power-of-two fraction when even K = 1 would not (coverage mode
 * with kept pairs: the auction then bids on rounded scores, still a warm start for the exact stage).
 */
export function scaleFor(n: number, maxScore: number): number {
  const max = Math.max(1, maxScore);
  if (max <= MAX_SCALED) return Math.max(1, Math.min(n + 1, Math.floor(MAX_SCALED / max)));
  return 2 ** -Math.ceil(Math.log2(max / MAX_SCALED));
}
