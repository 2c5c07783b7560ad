import type { CompiledInstance } from './types';

/**
 * The exact stage's state, shared so that under-filled priced mentors can be repaired
 * locally before any shortest-path search (see `dropPrices`).
 */
export interface ExactState {
  n: number;
  /** Index of the sink node; potentials phi are indexed mentees 0..n-1, mentors n..n+m-1, sink. */
  T: number;
  phi: Float64Array;
  state: Uint8Array;
  mate: Int32Array;
  /** scores[mate[i]] (0 when unmatched), kept beside mate: checking a holder's arc then reads no 50-edge row. */
  mateScore: Float64Array;
  slotStart: Int32Array;
  slotHolder: Int32Array;
  load: Int32Array;
  flowOut: Int32Array;
}

export const MATCHED = 0;
export const OPTED_OUT = 1;
export const EXCESS = 2;

/**
 * Exact reverse-auction steps for mentors that are not full but carry a price (v_j > 0).
 *
 * Such a mentor is a deficit of the flow. A Dijkstra search from the sink reaches it only
 * after settling every node nearer than v_j, which on tight instances is most of the graph.
 * Locally, the same repair is: lower v_j to the best offer among mentees not holding it,
 * max(0, max_i s_ij − u_i), raising each holder's u by the same amount so their pairs stay
 * tight. Every residual arc keeps a non-negative reduced cost, so the search-based stage can
 * continue from here. If the price reaches 0 the deficit is gone; otherwise the best offerer
 * moves in (preferring a mentee that is unmatched, so the chain ends) and, if it left a
 * priced mentor, that mentor is the next deficit.
 *
 * Ties can make such chains cycle, so the work is bounded by a budget of scanned edges;
 * whatever is left stays a deficit for the searches. Returns the change in the sink's
 * excess and the number of excess mentees matched.
 */
export function dropPrices(
  inst: CompiledInstance,
  scores: Float64Array,
  s: ExactState,
): { excessT: number; menteesMatched: number; resolved: number } {
  const { nMentors: m, capacity, edgeMentor } = inst;
  const { n, T, phi, state, mate, mateScore, slotStart, slotHolder, load, flowOut } = s;
  const work: number[] = [];
  for (let j = 0; j < m; j++) if (load[j]! < flowOut[j]!) work.push(j);
  if (work.length === 0) return { excessT: 0, menteesMatched: 0, resolved: 0 };

  const initial = work.length;
  const { colStart, colEdge, edgeMentee } = columns(inst);
  const moved = new Uint8Array(n);
  let excessT = 0;
  let menteesMatched = 0;
  let budget = 2 * edgeMentor.length + 64 * m;
  const price = (j: number): number => phi[T]! - phi[n + j]!;

  while (work.length > 0 && budget > 0) {
    const j = work.pop()!;
    while (load[j]! < flowOut[j]! && budget > 0) {
      const vj = price(j);
      if (vj <= 0) {
        excessT -= flowOut[j]! - load[j]!;
        flowOut[j] = load[j]!;
        break;
      }
      // The price can fall to the best offer over all non-holders; the mover is one of the
      // mentees making that offer that has not moved yet in this call, so chains can't cycle.
      let best = 0;
      let bestE = -1;
      let bestRank = -1;
      const c0 = colStart[j]!;
      const c1 = colStart[j + 1]!;
      budget -= c1 - c0 + 1;
      for (let c = c0; c < c1; c++) {
        const e = colEdge[c]!;
        const i = edgeMentee[e]!;
        const me = mate[i]!;
        if (me === e) continue;
        const val = scores[e]! - (phi[i]! - phi[T]!);
        if (val < best || val <= 0) continue;
        if (val > best) {
          best = val;
          bestE = -1;
          bestRank = -1;
        }
        if (moved[i]) continue;
        // Among equal offers, one that ends the chain: an excess mentee, an opted-out one,
        // or one whose current mentor is unpriced.
        const rank = state[i] === EXCESS ? 3 : state[i] === OPTED_OUT ? 2 : price(edgeMentor[me]!) <= 0 ? 1 : 0;
        if (rank > bestRank) {
          bestE = e;
          bestRank = rank;
        }
      }
      const drop = vj - best;
      if (drop > 0) {
        phi[n + j] = phi[n + j]! + drop;
        for (let k = slotStart[j]!, end = k + load[j]!; k < end; k++) {
          const h = slotHolder[k]!;
          phi[h] = phi[h]! + drop;
        }
      }
      if (best <= 0) continue; // price is 0 now; the next pass returns the unused flow
      if (bestE < 0) break; // only mentees that moved already would move in: left to the searches
      const i = edgeMentee[bestE]!;
      moved[i] = 1;
      const from = state[i] === MATCHED ? edgeMentor[mate[i]!]! : -1;
      if (from >= 0) {
        removeHolder(s, from, i);
        work.push(from);
      } else if (state[i] === EXCESS) menteesMatched++;
      else excessT--; // an opted-out mentee's unit now reaches the sink through j
      slotHolder[slotStart[j]! + load[j]!] = i;
      load[j]!++;
      mate[i] = bestE;
      mateScore[i] = scores[bestE]!;
      state[i] = MATCHED;
      if (capacity[j]! < load[j]!) throw new Error('matching exact stage: over-full mentor (internal error)');
    }
  }
  let left = 0;
  for (let j = 0; j < m; j++) if (load[j]! < flowOut[j]!) left++;
  return { excessT, menteesMatched, resolved: initial - left };
}

export function removeHolder(s: ExactState, j: number, h: number): void {
  const { slotStart, slotHolder, load } = s;
  const start = slotStart[j]!;
  const last = start + load[j]! - 1;
  for (let k = start; k <= last; k++) {
    if (slotHolder[k] === h) {
      slotHolder[k] = slotHolder[last]!;
      slotHolder[last] = -1;
      load[j]!--;
      return;
    }
  }
  throw new Error('matching exact stage: holder missing (internal error)');
}

function columns(inst: CompiledInstance): { colStart: Int32Array; colEdge: Int32Array; edgeMentee: Int32Array } {
  const { nMentees: n, nMentors: m, rowStart, edgeMentor } = inst;
  const E = edgeMentor.length;
  const colStart = new Int32Array(m + 1);
  for (let e = 0; e < E; e++) colStart[edgeMentor[e]! + 1]!++;
  for (let j = 0; j < m; j++) colStart[j + 1] = colStart[j + 1]! + colStart[j]!;
  const colEdge = new Int32Array(E);
  const fill = colStart.slice(0, m);
  const edgeMentee = new Int32Array(E);
  for (let i = 0; i < n; i++) {
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
      edgeMentee[e] = i;
      colEdge[fill[edgeMentor[e]!]!++] = e;
    }
  }
  return { colStart, colEdge, edgeMentee };
}
