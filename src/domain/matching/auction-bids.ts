import type { AuctionState } from './auction-state';

// The forward bids of one auction phase (auction.ts), and the mentees' side settled after them.

/**
 * Forward bids until nobody queued wants to move: each bid takes the cheapest slot of the
 * bidder's best mentor. Returns the number of bids; the caller then settles the mentees' side
 * (`settleMates`). Nothing but the loop is here: V8 compiles the loop on stack replacement, and
 * code after it that had not run yet sent the compiled code back to the interpreter (a deopt
 * at the end of every phase, and the next phase's bids started interpreted again).
 */
export function bidPhase(st: AuctionState, eps: number, queued: number): number {
  const { n, rowStart, edge, slotStart, slotPrice, slotHolder, slotEdge, minPrice, minSlot, queue } = st;
  const qCap = n + 1;
  let qHead = 0;
  let qLen = queued;
  let bids = 0;
  while (qLen > 0) {
    const i = queue[qHead]!;
    qHead = qHead + 1 === qCap ? 0 : qHead + 1;
    qLen--;
    bids++;
    let best = -Infinity;
    let second = -Infinity;
    let bestE = -1;
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
      const val = edge[2 * e + 1]! - minPrice[edge[2 * e]!]!;
      if (val > best) {
        second = best;
        best = val;
        bestE = e;
      } else if (val > second) second = val;
    }
    if (bestE < 0 || best <= 0) continue; // opting out is at least as good
    const j = edge[2 * bestE]!;
    const wBest = edge[2 * bestE + 1]!;
    const sMin = minSlot[j]!;
    let s2 = Infinity;
    let s2Slot = -1;
    for (let k = slotStart[j]!, end = slotStart[j + 1]!; k < end; k++) {
      if (k !== sMin && slotPrice[k]! < s2) {
        s2 = slotPrice[k]!;
        s2Slot = k;
      }
    }
    const alt = wBest - s2;
    if (alt > second) second = alt;
    if (second < 0) second = 0;
    const newPrice = wBest - second + eps;
    // Bids write only the slot's side; the mentees' entries follow once the phase is over
    // (`settleMates`): nothing in a phase reads them, and the outbid holder's would be three
    // more scattered writes per bid.
    const prev = slotHolder[sMin]!;
    if (prev >= 0) {
      let tail = qHead + qLen++;
      if (tail >= qCap) tail -= qCap;
      queue[tail] = prev;
    }
    slotHolder[sMin] = i;
    slotEdge[sMin] = bestE;
    slotPrice[sMin] = newPrice;
    if (s2 < newPrice) {
      minPrice[j] = s2;
      minSlot[j] = s2Slot;
    } else minPrice[j] = newPrice;
  }
  return bids;
}

/** After bids: each mentee's held edge, slot and profit (w − the slot's price) from the slots' side. */
export function settleMates(st: AuctionState): void {
  const { edge, slotPrice, slotHolder, slotEdge, slotMentor, mateEdge, mateSlot, mateMentor, profit } = st;
  mateEdge.fill(-1);
  mateSlot.fill(-1);
  mateMentor.fill(-1);
  profit.fill(0);
  for (let k = 0; k < slotHolder.length; k++) {
    const h = slotHolder[k]!;
    if (h < 0) continue;
    const e = slotEdge[k]!;
    mateEdge[h] = e;
    mateSlot[h] = k;
    mateMentor[h] = slotMentor[k]!;
    profit[h] = edge[2 * e + 1]! - slotPrice[k]!;
  }
}
