import { activeEdges, expandRows, hostedBound, inputEdges, sampledHostedBound, shrinkRows, wantsDropped, wholeRowsFor, type ActiveEdges, type ShrinkOptions } from './auction-rows';
import { initState, scaleFor, setColumns, type AuctionState } from './auction-state';
import type { CompiledInstance } from './types';

export type { ActiveEdges, ShrinkOptions } from './auction-rows';

/**
 * ε-scaling forward auction (Bertsekas) for b-matching with an opt-out of value 0.
 * Each mentor slot is a separate object with its own price; a mentee bids for the
 * cheapest slot of its best mentor. The result is only a warm start: slots vacated
 * between scaling phases may keep a positive price, and ε-optimality is not exact,
 * so the exact stage (exact.ts) repairs whatever remains and produces the certificate.
 *
 * The work is split into small functions over one state object. Each benchmark and CLI
 * run is a fresh process, so JIT warm-up counts: one big function with a dozen loops was
 * recompiled on stack replacement at every new loop and deoptimised on leaving it
 * (14 TurboFan compilations per run on M), which cost more than the bids on M instances.
 */
export interface AuctionOutput {
  /** Edge assigned to each mentee, or -1. */
  mateEdge: Int32Array;
  /** Integer mentor prices in input score units (floor of the scaled minimum slot price). */
  mentorPrice: Float64Array;
  bids: number;
  phases: number;
  aborted?: boolean;
  /** Set when rows were shrunk: where the exact stage can settle the warm start cheaply first. */
  active?: ActiveEdges;
}

/**
 * The hosted bound from every 8th mentee's best edges (from 16,000 mentees up). It is biased
 * low (a mentor sampled a few times looks emptier than it is): on the L and M benchmarks it
 * gives 0.62–0.65 of the goal on popular 0.6× and 1.0× (exact 0.76–0.90) and at least 0.87 on
 * every instance whose exact bound meets the goal, so below 0.75 the first phase runs on whole
 * rows at once; above it the exact bound decides.
 */
const SAMPLE_FROM = 16_000;
const SAMPLE_STRIDE = 8;
const SAMPLE_CUTOFF = 0.75;
/** Share of mentees getting their rows back at one check beyond which the auction restarts on whole rows. */
const RESTORE_LIMIT = 0.1;

export interface AuctionOptions {
  /** Last scaling phase, in score points; 0 runs down to 1/(n+1) points, where ε-optimal is optimal. */
  finalEpsPoints: number;
  /**
   * Last phase's ε instead, when rows stay kept by score from the first phase (the exact stage
   * then starts on the active edges, where its searches are cheap).
   */
  finalEpsPointsByScore?: number;
  /** Re-offer slots vacated while priced (bounded reverse cascade) after every phase. */
  reprice: boolean;
  alpha?: number;
  /**
   * Called after each phase with its ε (score points) and the prices as mentorPrice would
   * report them; returning false stops the auction (the output then has aborted set).
   */
  afterPhase?: (epsPoints: number, mentorPrice: Float64Array) => boolean;
  /** Bid over a few edges per mentee instead of whole rows (see `ShrinkOptions`). */
  shrink?: ShrinkOptions;
}

export function runAuction(inst: CompiledInstance, scores: Float64Array, options: AuctionOptions): AuctionOutput {
  const alpha = options.alpha ?? 6;
  const n = inst.nMentees;
  const maxS = maxOf(scores);
  const K = scaleFor(n, maxS);
  const st = initState(inst, scores, K, options.shrink !== undefined);

  let phases = 0;
  let eps = Math.max(1, Math.floor((maxS * K) / 8));
  // Phases far below a score point cost as many bids as the coarse ones but change little;
  // on a small candidate subset the exact stage finishes from a coarser ε more cheaply.
  let finalEps = Math.max(1, Math.floor(K * options.finalEpsPoints));
  let prevEps = eps;
  const shrink = options.shrink;
  let shrinkLater = false;

  for (;;) {
    phases++;
    let queued: number;
    if (phases === 1) {
      if (shrink) {
        const places = st.slotPrice.length;
        const goal = Math.max(shrink.minHosted * Math.min(n, places), (shrink.minReach ?? 0) * places);
        // A sample settles the clear cases without building rows that would be thrown away
        // (L popular 1.0×: ~0.2 s of the first shrink and its expansion).
        if (n >= SAMPLE_FROM && sampledHostedBound(st, shrink.first, SAMPLE_STRIDE) < SAMPLE_CUTOFF * goal) {
          expandRows(st);
          shrinkLater = true;
        } else {
          shrinkRows(st, shrink.first);
          if (hostedBound(st) < goal) {
            expandRows(st);
            shrinkLater = true;
          }
        }
        if (!shrinkLater && options.finalEpsPointsByScore !== undefined) finalEps = Math.max(1, Math.floor(K * options.finalEpsPointsByScore));
      }
      st.columnsStale = true;
      queued = 0;
      for (let i = 0; i < n; i++) if (st.rowStart[i + 1]! > st.rowStart[i]!) st.queue[queued++] = i;
    } else {
      const shrinkNow = phases === 2 && shrinkLater;
      if (shrinkNow) {
        shrinkRows(st, shrink!.later);
        st.columnsStale = true;
      }
      lowerPrices(st, prevEps - eps);
      // Mentees that came to prefer a dropped edge bid over their whole row from now on. Many of
      // them (L popular 2.0×: 62 % after the second phase) means the kept edges were the wrong
      // ones: start again on whole rows. Going on from these prices instead cost 40 % more time
      // in bids on L popular 2.0×.
      queued = requeueViolators(st, eps, st.edgeId && !shrinkNow ? RESTORE_LIMIT * n : -1);
      if (queued < 0) {
        const again = runAuction(inst, scores, { ...options, shrink: undefined });
        return { ...again, bids: again.bids + st.bids, phases: again.phases + phases - 1 };
      }
    }
    st.bids += bidPhase(st, eps, queued);
    settleMates(st);
    if (options.reprice) reprice(st, eps);
    if (options.afterPhase) {
      const v = roundedPrices(st, eps, K);
      if (!options.afterPhase(eps / K, v)) return { mateEdge: inputEdges(st), mentorPrice: v, bids: st.bids, phases, aborted: true };
    }
    if (eps <= finalEps) break;
    prevEps = eps;
    eps = Math.max(1, Math.floor(eps / alpha));
  }
  if (st.edgeId) {
    // Mentees that prefer a dropped edge at the final prices bid again over their whole row.
    for (let round = 0; round < 2; round++) {
      const queued = requeueViolators(st, eps, n);
      if (queued === 0) break;
      st.bids += bidPhase(st, eps, queued);
      settleMates(st);
      if (options.reprice) reprice(st, eps);
    }
  }
  const out: AuctionOutput = { mateEdge: inputEdges(st), mentorPrice: roundedPrices(st, eps, K), bids: st.bids, phases };
  if (st.edgeId) out.active = { ...activeEdges(st), byScore: !shrinkLater };
  return out;
}

function maxOf(a: Float64Array): number {
  let max = 0;
  for (let e = 0; e < a.length; e++) if (a[e]! > max) max = a[e]!;
  return max;
}

/**
 * With an opt-out, the previous phase's overshoot (up to ε per price) would price out
 * mentees for good. Lowering every price by the drop in ε keeps all relative comparisons
 * and gives back exactly that slack; clamping at 0 only makes free slots look dearer,
 * which cannot break anyone's ε-optimality.
 */
function lowerPrices(st: AuctionState, delta: number): void {
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
function requeueViolators(st: AuctionState, eps: number, restoreAtMost = -1): number {
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
    let best = 0;
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
      if (e === me) continue;
      const val = edge[2 * e + 1]! - minPrice[edge[2 * e]!]!;
      if (val > best) best = val;
    }
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
  const rows = st.rowStart;
  const edges = st.edge;
  for (let k = 0; k < aside; k++) {
    const i = asideList[k]!;
    let best = asideBest[k]!;
    if (whole[i]) {
      const me = mateEdge[i]!;
      best = 0;
      for (let e = rows[i]!, end = rows[i + 1]!; e < end; e++) {
        if (e === me) continue;
        const val = edges[2 * e + 1]! - minPrice[edges[2 * e]!]!;
        if (val > best) best = val;
      }
    }
    queued = judge(st, i, best, eps, queued);
  }
  return queued;
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

/**
 * Forward bids until nobody queued wants to move: each bid takes the cheapest slot of the
 * bidder's best mentor. Returns the number of bids; the caller then settles the mentees' side
 * (`settleMates`). Nothing but the loop is here: V8 compiles the loop on stack replacement, and
 * code after it that had not run yet sent the compiled code back to the interpreter (a deopt
 * at the end of every phase, and the next phase's bids started interpreted again).
 */
function bidPhase(st: AuctionState, eps: number, queued: number): number {
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
function settleMates(st: AuctionState): void {
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

/**
 * Reverse step for slots left free with a positive price (vacated when a holder moved
 * at a phase start): lower the price until the most interested mentee is ε from
 * indifferent and hand it the slot, or to 0 when nobody wants it. Nobody's
 * ε-optimality breaks; the mover may free another slot, handled the same way.
 */
function reprice(st: AuctionState, epsNow: number): void {
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

/** Rounding up by the final ε keeps every unmatched mentee priced out of its best mentor. */
function roundedPrices(st: AuctionState, eps: number, K: number): Float64Array {
  const v = new Float64Array(st.m);
  for (let j = 0; j < st.m; j++) {
    const p = st.minPrice[j]!;
    v[j] = Number.isFinite(p) ? Math.floor((p + eps) / K) : 0;
  }
  return v;
}
