import { setColumns, type AuctionState } from './auction-state';

// The auction's reverse step (auction.ts): slots left free with a price are re-offered.

/**
 * Reverse step for slots left free with a positive price (vacated when a holder moved
 * at a phase start): lower the price until the most interested mentee is ε from
 * indifferent and hand it the slot, or to 0 when nobody wants it. Nobody's
 * ε-optimality breaks; the mover may free another slot, handled the same way.
 */
export function reprice(st: AuctionState, epsNow: number): void {
  const { slotStart, slotPrice, slotHolder, slotEdge, slotMentor, minPrice, minSlot } = st;
  const { rowStart, edge, mateEdge, mateSlot, mateMentor, profit } = st;
  const S = slotPrice.length;
  const stack: number[] = [];
  for (let k = 0; k < S; k++) if (slotHolder[k]! < 0 && slotPrice[k]! > 0) stack.push(k);
  // A forward phase never leaves a slot it priced free, so after the first phase (whole
  // rows on popular instances: 5M edges) there is nothing to re-offer and no column to build.
  if (stack.length === 0) return;
  if (st.columnsStale) setColumns(st);
  const { colStart, col } = st;
  // Long reverse cascades move one mentee by ε at a time; past a budget the exact stage
  // is cheaper, so the rest is left to it. Since column scans are sequential, 100 moves per
  // vacated slot pay off: L zipf 1.0x left 117 repairs with 20, 20 with 100.
  let budget = 100 * stack.length + 100;
  while (stack.length > 0 && budget-- > 0) {
    const slot = stack.pop()!;
    if (slotHolder[slot]! >= 0) continue;
    const j = slotMentor[slot]!;
    let best = -Infinity;
    let bestK = -1;
    for (let c = colStart[j]!, end = colStart[j + 1]!; c < end; c++) {
      const k = col[2 * c]!;
      const gain = col[2 * c + 1]! - profit[k]!;
      if (gain > best && mateMentor[k] !== j) {
        best = gain;
        bestK = k;
      }
    }
    const price = Math.max(0, best - epsNow);
    slotPrice[slot] = price;
    if (price > 0) {
      const k = bestK;
      // The edge from k to j (a row names each mentor once); only moves look it up.
      let bestE = rowStart[k]!;
      while (edge[2 * bestE] !== j) bestE++;
      const old = mateSlot[k]!;
      if (old >= 0) {
        slotHolder[old] = -1;
        if (slotPrice[old]! > 0) stack.push(old);
      }
      slotHolder[slot] = k;
      slotEdge[slot] = bestE;
      mateEdge[k] = bestE;
      mateSlot[k] = slot;
      mateMentor[k] = j;
      profit[k] = edge[2 * bestE + 1]! - price;
    }
    let low = Infinity;
    let lowSlot = -1;
    for (let q = slotStart[j]!, end = slotStart[j + 1]!; q < end; q++) {
      if (slotPrice[q]! < low) {
        low = slotPrice[q]!;
        lowSlot = q;
      }
    }
    minPrice[j] = low;
    minSlot[j] = lowSlot;
  }
}
