import type { CompiledInstance } from './types';

/**
 * ε-scaling forward auction (Bertsekas) for b-matching with an opt-out of value 0.
 * Each mentor slot is a separate object with its own price; a mentee bids for the
 * cheapest slot of its best mentor. The result is only a warm start: slots vacated
 * between scaling phases may keep a positive price, and ε-optimality is not exact,
 * so the exact stage (exact.ts) repairs whatever remains and produces the certificate.
 */
export interface AuctionOutput {
  /** Edge assigned to each mentee, or -1. */
  mateEdge: Int32Array;
  /** Integer mentor prices in input score units (floor of the scaled minimum slot price). */
  mentorPrice: Float64Array;
  bids: number;
  phases: number;
}

const MAX_EXACT = 2 ** 52;
/** Last scaling phase, in score points. */
const FINAL_EPS_POINTS = 0.01;

export function runAuction(inst: CompiledInstance, scores: Float64Array, alpha = 6): AuctionOutput {
  const { nMentees: n, nMentors: m, capacity, rowStart, edgeMentor } = inst;
  const E = edgeMentor.length;
  let maxS = 0;
  for (let e = 0; e < E; e++) if (scores[e]! > maxS) maxS = scores[e]!;
  // Scaling by ~n makes final-phase ε (=1) worth less than 1/n of a score point,
  // the classic condition for ε-optimality to imply optimality.
  const K = Math.max(1, Math.min(n + 1, Math.floor(MAX_EXACT / Math.max(1, maxS * 4))));
  const w = new Float64Array(E);
  for (let e = 0; e < E; e++) w[e] = scores[e]! * K;

  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + capacity[j]!;
  const S = slotStart[m]!;
  const slotPrice = new Float64Array(S);
  const slotHolder = new Int32Array(S).fill(-1);
  const minPrice = new Float64Array(m);
  const minSlot = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    if (capacity[j]! === 0) {
      minPrice[j] = Infinity;
      minSlot[j] = -1;
    } else minSlot[j] = slotStart[j]!;
  }
  const mateEdge = new Int32Array(n).fill(-1);
  const mateSlot = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n + 1);
  let qHead = 0;
  let qLen = 0;
  const qCap = n + 1;

  let bids = 0;
  let phases = 0;
  let eps = Math.max(1, Math.floor((maxS * K) / 8));
  // Phases below ~1/100 of a score point cost as many bids as the coarse ones but change
  // little; the exact stage finishes from there more cheaply.
  const finalEps = Math.max(1, Math.floor(K * FINAL_EPS_POINTS));
  let prevEps = eps;

  for (;;) {
    phases++;
    if (phases === 1) {
      for (let i = 0; i < n; i++) if (rowStart[i + 1]! > rowStart[i]!) queue[qLen++] = i;
    } else {
      // With an opt-out, the previous phase's overshoot (up to ε per price) would price
      // out mentees for good. Lowering every price by the drop in ε keeps all relative
      // comparisons and gives back exactly that slack; clamping at 0 only makes
      // free slots look dearer, which cannot break anyone's ε-optimality.
      const delta = prevEps - eps;
      for (let j = 0; j < m; j++) {
        let best = Infinity;
        let bestSlot = -1;
        for (let k = slotStart[j]!, end = slotStart[j + 1]!; k < end; k++) {
          const p = Math.max(0, slotPrice[k]! - delta);
          slotPrice[k] = p;
          if (p < best) {
            best = p;
            bestSlot = k;
          }
        }
        minPrice[j] = best;
        minSlot[j] = bestSlot;
      }
      // Keep assignments that are still ε-optimal; only violators rebid.
      for (let i = 0; i < n; i++) {
        const me = mateEdge[i]!;
        let best = 0;
        for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
          if (e === me) continue;
          const val = w[e]! - minPrice[edgeMentor[e]!]!;
          if (val > best) best = val;
        }
        if (me < 0) {
          if (best > eps) queue[(qHead + qLen++) % qCap] = i;
          continue;
        }
        const j = edgeMentor[me]!;
        const slot = mateSlot[i]!;
        // Others only ever see a mentor's cheapest slot, so a held slot may be re-priced
        // anywhere down to that minimum without disturbing anyone else. That restores
        // ε-optimality without vacating a priced slot nobody might bid for again.
        const floor = minPrice[j]!;
        const wanted = Math.min(w[me]! - best + eps, slot === minSlot[j] ? Infinity : floor + eps);
        if (slotPrice[slot]! <= wanted) continue;
        if (wanted >= floor) slotPrice[slot] = wanted;
        else {
          slotPrice[slot] = floor;
          slotHolder[slot] = -1;
          mateEdge[i] = -1;
          mateSlot[i] = -1;
          queue[(qHead + qLen++) % qCap] = i;
        }
      }
    }

    while (qLen > 0) {
      const i = queue[qHead]!;
      qHead = (qHead + 1) % qCap;
      qLen--;
      bids++;
      let best = -Infinity;
      let second = -Infinity;
      let bestE = -1;
      for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
        const val = w[e]! - minPrice[edgeMentor[e]!]!;
        if (val > best) {
          second = best;
          best = val;
          bestE = e;
        } else if (val > second) second = val;
      }
      if (bestE < 0 || best <= 0) continue; // opting out is at least as good
      const j = edgeMentor[bestE]!;
      const sMin = minSlot[j]!;
      let s2 = Infinity;
      let s2Slot = -1;
      for (let k = slotStart[j]!, end = slotStart[j + 1]!; k < end; k++) {
        if (k !== sMin && slotPrice[k]! < s2) {
          s2 = slotPrice[k]!;
          s2Slot = k;
        }
      }
      const alt = w[bestE]! - s2;
      if (alt > second) second = alt;
      if (second < 0) second = 0;
      const newPrice = w[bestE]! - second + eps;
      const prev = slotHolder[sMin]!;
      if (prev >= 0) {
        mateEdge[prev] = -1;
        mateSlot[prev] = -1;
        queue[(qHead + qLen++) % qCap] = prev;
      }
      slotHolder[sMin] = i;
      slotPrice[sMin] = newPrice;
      mateEdge[i] = bestE;
      mateSlot[i] = sMin;
      if (s2 < newPrice) {
        minPrice[j] = s2;
        minSlot[j] = s2Slot;
      } else minPrice[j] = newPrice;
    }
    if (eps <= finalEps) break;
    prevEps = eps;
    eps = Math.max(1, Math.floor(eps / alpha));
  }

  const mentorPrice = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const p = minPrice[j]!;
    mentorPrice[j] = Number.isFinite(p) ? Math.floor((p + 1) / K) : 0;
  }
  return { mateEdge, mentorPrice, bids, phases };
}
