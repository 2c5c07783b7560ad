import { bidPhase, settleMates } from './auction-bids';
import { lowerPrices, requeueViolators } from './auction-requeue';
import { reprice } from './auction-reverse';
import { activeEdges, expandRows, hostedBound, inputEdges, sampledHostedBound, shrinkRows, type ActiveEdges, type ShrinkOptions } from './auction-rows';
import { initState, maxScore, scaleFor, type AuctionState } from './auction-state';
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
  /** `maxScore(scores)` when the caller has it already (one pass over every edge less). */
  maxScore?: number;
}

export function runAuction(inst: CompiledInstance, scores: Float64Array, options: AuctionOptions): AuctionOutput {
  const alpha = options.alpha ?? 6;
  const n = inst.nMentees;
  const maxS = options.maxScore ?? maxScore(scores);
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


/** Rounding up by the final ε keeps every unmatched mentee priced out of its best mentor. */
function roundedPrices(st: AuctionState, eps: number, K: number): Float64Array {
  const v = new Float64Array(st.m);
  for (let j = 0; j < st.m; j++) {
    const p = st.minPrice[j]!;
    v[j] = Number.isFinite(p) ? Math.floor((p + eps) / K) : 0;
  }
  return v;
}
