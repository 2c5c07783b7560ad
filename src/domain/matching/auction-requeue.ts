import { wantsDropped, wholeRowsFor } from './auction-rows';
import type { AuctionState } from './auction-state';

// Phase start of the auction (auction.ts): prices come down by the drop in ε, and every mentee
// is judged ε-optimal, re-priced or queued to bid again, with the dropped-edge check on the way.

/**
 * With an opt-out, the previous phase's overshoot (up to ε per price) would price out
 * mentees for good. Lowering every price by the drop in ε keeps all relative comparisons
 * and gives back exactly that slack; clamping at 0 only makes free slots look dearer,
 * which cannot break anyone's ε-optimality.
 */
export function lowerPrices(st: AuctionState, delta: number): void {
  const { m, slotStart, slotPrice, minPrice, minSlot } = st;
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
}

/**
 * Keeps assignments that are still ε-optimal; queues the violators and returns how many.
 *
 * With `restoreAtMost` ≥ 0 (shrunk rows), a mentee that prefers a dropped edge by more than ε
 * gets its whole row back and is judged on it; the check rides on this pass over the rows
 * instead of a pass of its own. More than `restoreAtMost` such mentees returns -1 with the rows
 * unchanged (the caller starts again on whole rows).
 */
export function requeueViolators(st: AuctionState, eps: number, restoreAtMost = -1): number {
  const queued = judgeRows(st, eps, restoreAtMost);
  return st.aside === 0 ? queued : judgeAside(st, eps, st.aside, queued, restoreAtMost);
}

/** `requeueViolators`' pass over every row; sets `st.aside`. Only the loop is here (see `bidPhase`). */
function judgeRows(st: AuctionState, eps: number, restoreAtMost: number): number {
  const { n, rowStart, edge, minPrice, mateEdge } = st;
  const droppedMax = restoreAtMost >= 0 ? st.droppedMax : null;
  const held = st.asideList;
  const heldBest = st.asideBest;
  const heldInside = st.asideInside;
  let queued = 0;
  let aside = 0;
  for (let i = 0; i < n; i++) {
    const me = mateEdge[i]!;
    const best = bestOtherProfit(rowStart, edge, minPrice, i, me);
    // Prices are never negative, so a row whose best dropped score is within ε of its best
    // active profit can't prefer a dropped edge; the others are set aside and read in full
    // after this loop. The few such rows take no branch of their own here: the loop runs as
    // compiled code, and the first pass through an untried branch sent it back to the
    // interpreter for the rest of the loop (most of a 100k-mentee pass on L popular 1.0×).
    if (droppedMax !== null) {
      const inside = me < 0 ? best : Math.max(best, edge[2 * me + 1]! - minPrice[edge[2 * me]!]!);
      const check = droppedMax[i]! > inside + eps ? 1 : 0;
      held[aside] = i;
      heldBest[aside] = best;
      heldInside[aside] = inside;
      aside += check;
      if (check === 1) continue;
    }
    queued = judge(st, i, best, eps, queued);
  }
  st.aside = aside;
  return queued;
}

/**
 * The mentees `requeueViolators` set aside (`asideList`): those that want a dropped edge get
 * their whole row back, then everyone set aside is judged on its row. More than
 * `restoreAtMost` wanting returns -1 with the rows unchanged.
 */
function judgeAside(st: AuctionState, eps: number, aside: number, queued: number, restoreAtMost: number): number {
  const { minPrice, mateEdge, asideList, asideBest, asideInside } = st;
  const droppedMax = st.droppedMax!;
  const whole = new Uint8Array(st.n);
  const restoredList = new Int32Array(aside);
  let restored = 0;
  for (let k = 0; k < aside; k++) {
    const i = asideList[k]!;
    if (wantsDropped(st, i, asideInside[k]! + eps)) {
      whole[i] = 1;
      restoredList[restored++] = i;
    }
  }
  if (restored > restoreAtMost) return -1;
  if (restored > 0) {
    for (let k = 0; k < restored; k++) droppedMax[restoredList[k]!] = -Infinity;
    wholeRowsFor(st, whole, restoredList, restored);
    st.columnsStale = true;
  }
  // The rest keep their best other profit from the pass; a restored row is read again.
  for (let k = 0; k < aside; k++) {
    const i = asideList[k]!;
    const best = whole[i] ? bestOtherProfit(st.rowStart, st.edge, minPrice, i, mateEdge[i]!) : asideBest[k]!;
    queued = judge(st, i, best, eps, queued);
  }
  return queued;
}

/** Mentee i's best profit on an active edge other than `me` (0 when none is positive). */
function bestOtherProfit(rowStart: Int32Array, edge: Int32Array, minPrice: Float64Array, i: number, me: number): number {
  let best = 0;
  for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
    if (e === me) continue;
    const val = edge[2 * e + 1]! - minPrice[edge[2 * e]!]!;
    if (val > best) best = val;
  }
  return best;
}

/** Mentee i's ε-optimality given its best other profit: kept, its slot re-priced down, or queued. */
function judge(st: AuctionState, i: number, best: number, eps: number, queued: number): number {
  const { edge, slotPrice, slotHolder, minPrice, minSlot, mateEdge, mateSlot, profit, queue } = st;
  const me = mateEdge[i]!;
  if (me < 0) {
    if (best > eps) queue[queued++] = i;
    return queued;
  }
  const slot = mateSlot[i]!;
  const wMe = edge[2 * me + 1]!;
  profit[i] = wMe - slotPrice[slot]!;
  const j = edge[2 * me]!;
  // Others only ever see a mentor's cheapest slot, so a held slot may be re-priced
  // anywhere down to that minimum without disturbing anyone else. That restores
  // ε-optimality without vacating a priced slot nobody might bid for again.
  const floor = minPrice[j]!;
  const wanted = Math.min(wMe - best + eps, slot === minSlot[j] ? Infinity : floor + eps);
  if (slotPrice[slot]! <= wanted) return queued;
  if (wanted >= floor) {
    slotPrice[slot] = wanted;
    profit[i] = wMe - wanted;
  } else {
    slotPrice[slot] = floor;
    slotHolder[slot] = -1;
    mateEdge[i] = -1;
    mateSlot[i] = -1;
    st.mateMentor[i] = -1;
    profit[i] = 0;
    queue[queued++] = i;
  }
  return queued;
}
