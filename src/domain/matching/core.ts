import { runAuction } from './auction';
import { verifyCertificate } from './certificate';
import { solveExact } from './exact';
import { subsetMatchBound, topCandidates, uncoveredMentees } from './sparsify';
import type { CertificateCheck, CompiledInstance, CoreSolution } from './types';

export interface CoreOptions {
  /** Run the auction first (default). Without it the exact stage starts from v = 0. */
  warmStart?: boolean;
  /** Reduced first solve; the defaults suit the benchmarks, tests shrink k to reach this path. */
  candidateSubset?: CandidateSubsetOptions;
  /** Clock for the stage timings in stats (ms); benchmarks pass a CPU-time clock. Default: wall time. */
  clock?: () => number;
}

export interface CandidateSubsetOptions {
  /** Best candidates kept per mentee; used when mentees average more than 2k candidates. */
  k: number;
  /** Share of mentees allowed to prefer a dropped edge at the subset's prices before it is abandoned. */
  maxUncoveredShare: number;
}

const DEFAULT_SUBSET: CandidateSubsetOptions = { k: 12, maxUncoveredShare: 0.01 };
/** The subset must be able to host this share of a full matching to be tried at all. */
const SUBSET_MIN_HOSTED = 0.95;
/** Subset auction phase after which the uncovered share is checked early. */
const EARLY_CHECK_PHASE = 2;
/** Last auction phase's ε, in score points, on the subset and on the full instance. */
const SUBSET_FINAL_EPS = 0.01;
const FULL_FINAL_EPS = 0.01;
/**
 * After its first phase the full auction bids over each mentee's best 8 edges by profit at
 * that phase's prices (others come back when preferred): L popular 1.0× scanned 34M edges
 * in bids instead of 106M, for 4 % more bids.
 */
const FULL_SHRINK_TO = 8;

/**
 * Solves max Σ s_ij x_ij (each mentee ≤ 1 mentor, mentor j ≤ c_j mentees) exactly
 * for the given integer scores, and checks the optimality certificate before returning.
 */
export function solveCompiled(
  inst: CompiledInstance,
  scores: Float64Array = inst.edgeScore,
  options: CoreOptions = {},
): CoreSolution & { check: CertificateCheck } {
  const now = options.clock ?? wallClock;
  const t0 = now();
  let warmMate: Int32Array = new Int32Array(inst.nMentees).fill(-1);
  let warmV: Float64Array = new Float64Array(inst.nMentors);
  let bids = 0;
  let phases = 0;
  let subRepairs = 0;
  let subRounds = 0;
  let subWork = 0;
  let tSub = t0;
  const E = inst.edgeMentor.length;
  if (options.warmStart !== false && E > 0) {
    const subset = options.candidateSubset ?? DEFAULT_SUBSET;
    const viaSubset = E > 2 * subset.k * inst.nMentees ? subsetWarmStart(inst, scores, subset) : null;
    if (viaSubset) {
      ({ mateEdge: warmMate, v: warmV, bids, phases } = viaSubset);
      subRepairs = viaSubset.repairs;
      subRounds = viaSubset.rounds;
      subWork = viaSubset.work;
    } else {
      // Like the subset, the full auction stops at ε = 0.01 points: the four phases below it
      // took ~28 % of the bids on L popular 1.0× and the exact stage finishes from there.
      const auction = runAuction(inst, scores, { finalEpsPoints: FULL_FINAL_EPS, reprice: true, shrinkTo: FULL_SHRINK_TO });
      warmMate = auction.mateEdge;
      warmV = auction.mentorPrice;
      bids += auction.bids;
      phases += auction.phases;
    }
    tSub = now();
  }
  const exact = solveExact(inst, scores, { mateEdge: warmMate, v: warmV });
  const t2 = now();
  const check = verifyCertificate(inst, scores, exact.mateEdge, exact.u, exact.v);
  if (!check.valid) {
    // A failed certificate means a solver bug; never hand back an unproven answer.
    throw new Error(`matching: optimality certificate failed: ${check.problems.join('; ')}`);
  }
  return {
    mateEdge: exact.mateEdge,
    u: exact.u,
    v: exact.v,
    objective: check.primalObjective,
    check,
    stats: {
      auctionMs: tSub - t0,
      exactMs: t2 - tSub,
      bids,
      phases,
      repairs: subRepairs + exact.repairs,
      dijkstraRounds: subRounds + exact.rounds,
      fullRepairs: exact.repairs,
      exactWork: subWork + exact.work,
    },
  };
}

function wallClock(): number {
  return globalThis.performance.now();
}

/**
 * Solves the subset of each mentee's best candidates (auction, then exact) and returns its
 * optimum as a warm start, or null when the subset is not worth it; those checks are
 * heuristics, exactness comes from the full-instance stage either way.
 */
function subsetWarmStart(
  inst: CompiledInstance,
  scores: Float64Array,
  subset: CandidateSubsetOptions,
): { mateEdge: Int32Array; v: Float64Array; bids: number; phases: number; repairs: number; rounds: number; work: number } | null {
  const sub = topCandidates(inst, scores, subset.k);
  let slots = 0;
  for (let j = 0; j < inst.nMentors; j++) slots += inst.capacity[j]!;
  // Top candidates crowding onto a few (popular) mentors: the subset can't host a near-full matching.
  if (subsetMatchBound(sub) < SUBSET_MIN_HOSTED * Math.min(inst.nMentees, slots)) return null;
  // Coarse: on 12 edges the exact stage finishes from ε = 0.01 points cheaply. The reverse
  // step stays on: a priced slot left vacant becomes a search from the sink, which at
  // 0.6× slots must settle every opted-out mentee.
  // Many mentees preferring a dropped edge at the subset's prices would each need a
  // full-instance search, which costs more than the full auction. That share is already
  // near its final value after the second phase (L zipf 1.0×: 10.7 % there, 12.0 % at the
  // end), so the check runs there too and a doomed subset costs two phases, not all.
  const limit = inst.nMentees * subset.maxUncoveredShare;
  let seen = 0;
  const auction = runAuction(sub.inst, sub.scores, {
    finalEpsPoints: SUBSET_FINAL_EPS,
    reprice: true,
    afterPhase: (_eps, v) => ++seen !== EARLY_CHECK_PHASE || uncoveredMentees(inst, scores, sub, v) <= limit,
  });
  if (auction.aborted || uncoveredMentees(inst, scores, sub, auction.mentorPrice) > limit) return null;
  const subExact = solveExact(sub.inst, sub.scores, { mateEdge: auction.mateEdge, v: auction.mentorPrice });
  return {
    mateEdge: subExact.mateEdge.map((e) => (e >= 0 ? sub.edgeOf[e]! : -1)),
    v: subExact.v,
    bids: auction.bids,
    phases: auction.phases,
    repairs: subExact.repairs,
    rounds: subExact.rounds,
    work: subExact.work,
  };
}
