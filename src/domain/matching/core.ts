import { runAuction, type ActiveEdges } from './auction';
import { maxScore } from './auction-state';
import { verifyCertificate } from './certificate';
import { solveExact } from './exact';
import type { CertificateCheck, CompiledInstance, CoreSolution } from './types';

export interface CoreOptions {
  /**
   * Run the auction first: true always, false never (the exact stage then starts from v = 0).
   * By default it runs unless no score exceeds `EXACT_ONLY_MAX_SCORE`.
   */
  warmStart?: boolean;
  /** Reduced first solve; the defaults suit the benchmarks, tests shrink k to reach this path. */
  candidateSubset?: CandidateSubsetOptions;
  /** Clock for the stage timings in stats (ms); benchmarks pass a CPU-time clock. Default: wall time. */
  clock?: () => number;
}

export interface CandidateSubsetOptions {
  /** Best candidates by score each mentee bids over from the start; used when mentees average more than 2k candidates. */
  k: number;
  /** When those crowd onto popular mentors (see `ShrinkOptions.minHosted`), best candidates by profit kept after the first phase. */
  later: number;
  /** Share of a full matching the first k must be able to host. */
  minHosted: number;
  /** Share of all places they must be able to host too (see `ShrinkOptions.minReach`). */
  minReach?: number;
  /**
   * Fewest mentees for the exact stage on the active edges (default 0: always). Below it the
   * full stage alone is cheaper: the defaults skip it under 30,000 mentees.
   */
  minMentees?: number;
}

// 12 by score: L uniform/zipf/tied are solved on them with few dropped edges wanted back. After a
// first phase on whole rows (popular mentors), 16 by profit: on L popular 1.0× that took 2.03M
// bids and left 2.26M nodes of exact work, against 2.24M and 2.69M with 8 and 2.13M and 2.52M
// with whole rows throughout.
// On M (10k mentees) the full stage's repairs are cheap and a second exact solve on the active
// edges costs more than it saves (CPU, same sitting, load ~10: M uniform 1.0× 569/516 → 422/453 ms,
// zipf 1.0× 698/664 → 490/564, tied 1.0× 487/429 → 401/341, tied 0.6× 244/220 → 160/158).
const DEFAULT_SUBSET: CandidateSubsetOptions = { k: 12, later: 16, minHosted: 0.95, minReach: 0.75, minMentees: 30_000 };
/** Last auction phase's ε, in score points: the exact stage finishes from there more cheaply than more phases. */
const FINAL_EPS = 0.01;
/**
 * With rows kept by score the exact stage on the active edges finishes from one phase earlier more
 * cheaply than the ε = 0.01 phase (CPU ms, same sitting, load ~15: L uniform 1.0× 4,125/3,967 →
 * 3,985/3,156 with 2.88M → 2.22M bids and the same work; tied 1.0× 3,001/3,230 → 2,697/2,688).
 * The full stage does not (L popular 1.0× 4,669/4,685 → 4,869/4,903), nor M's (see `minMentees`).
 */
const FINAL_EPS_ACTIVE = 0.06;
/**
 * Scores of at most this many points (a 0–10 rubric) are solved by the exact stage alone: its
 * searches' distances take a handful of values, so each zero-path pass settles a whole tier of
 * ties at once, while the auction spends its phases on price differences far below a point.
 * Wall ms, same sitting, seeds 1 and 2, auction → exact alone: L tied 1.0× 1,333 → 871 and
 * 1,256 → 520; 2.0× 418 → 236 and 440 → 203; 0.6× 757 → 753 and 795 → 678; M tied 1.0× 190 → 102
 * and 161 → 170, 2.0× 86 → 64 and 82 → 63, 0.6× 124 → 160 and 186 → 198. With 0–100 points
 * (uniform, popular) the exact stage alone is even on M uniform and 3–5× slower on M popular.
 */
const EXACT_ONLY_MAX_SCORE = 16;

/**
 * Solves max Σ s_ij x_ij (each mentee ≤ 1 mentor, mentor j ≤ c_j mentees) exactly
 * for the given integer scores, and checks the optimality certificate before returning.
 *
 * The auction's warm start is first made exact on the edges its bids used (each mentee's
 * best few, see `ShrinkOptions`), where searches scan a few edges per mentee instead of all;
 * the full-instance exact stage then only repairs mentees that want a dropped edge.
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
  const maxS = maxScore(scores);
  const warmStart = options.warmStart ?? maxS > EXACT_ONLY_MAX_SCORE;
  if (warmStart && E > 0) {
    const subset = options.candidateSubset ?? DEFAULT_SUBSET;
    const shrink = E > 2 * subset.k * inst.nMentees ? { first: subset.k, later: subset.later, minHosted: subset.minHosted, minReach: subset.minReach } : undefined;
    const onActive = inst.nMentees >= (subset.minMentees ?? 0);
    const auction = runAuction(inst, scores, { finalEpsPoints: FINAL_EPS, finalEpsPointsByScore: onActive ? FINAL_EPS_ACTIVE : undefined, reprice: true, shrink, maxScore: maxS });
    bids = auction.bids;
    phases = auction.phases;
    warmMate = auction.mateEdge;
    warmV = auction.mentorPrice;
    // On edges kept by profit (popular mentors) the full stage from the auction did less work
    // than this (L popular 1.0×: 2.3M nodes against 4.2M), so it is only done on edges kept by score.
    if (auction.active?.byScore && onActive) {
      const settled = exactOnActive(inst, scores, auction.active, warmV);
      warmMate = settled.mateEdge;
      warmV = settled.v;
      subRepairs = settled.repairs;
      subRounds = settled.rounds;
      subWork = settled.work;
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

/** Rounds of exact solves on the active edges, each adding the rows of mentees that want a dropped edge. */
const ACTIVE_ROUNDS = 3;

/**
 * The exact stage on the active edges, from the auction's matching and prices. Its duals can
 * make a dropped edge attractive to a few mentees (L popular 1.0×: 242); their whole rows join
 * the active edges and the solve continues from where it was, so the full-instance stage
 * (whose searches scan every edge) rarely has anything left to repair.
 */
function exactOnActive(
  inst: CompiledInstance,
  scores: Float64Array,
  active: ActiveEdges,
  v0: Float64Array,
): { mateEdge: Int32Array; v: Float64Array; repairs: number; rounds: number; work: number } {
  let { rowStart, edgeOf } = active;
  let mate = active.mateEdge;
  let v = v0;
  let repairs = 0;
  let rounds = 0;
  let work = 0;
  for (let round = 0; ; round++) {
    const sub = subInstance(inst, scores, rowStart, edgeOf);
    const out = solveExact(sub, sub.edgeScore, { mateEdge: mate, v });
    repairs += out.repairs;
    rounds += out.rounds;
    work += out.work;
    v = out.v;
    const inputMate = out.mateEdge.map((q) => (q >= 0 ? edgeOf[q]! : -1));
    if (round + 1 === ACTIVE_ROUNDS) return { mateEdge: inputMate, v, repairs, rounds, work };
    const wanting = menteesWantingDropped(inst, scores, rowStart, edgeOf, out.u, v);
    if (wanting.length === 0) return { mateEdge: inputMate, v, repairs, rounds, work };
    ({ rowStart, edgeOf, mate } = withWholeRows(inst, rowStart, edgeOf, out.mateEdge, wanting));
  }
}

function subInstance(inst: CompiledInstance, scores: Float64Array, rowStart: Int32Array, edgeOf: Int32Array): CompiledInstance {
  const edgeScore = new Float64Array(edgeOf.length);
  const edgeMentor = new Int32Array(edgeOf.length);
  for (let q = 0; q < edgeOf.length; q++) {
    edgeScore[q] = scores[edgeOf[q]!]!;
    edgeMentor[q] = inst.edgeMentor[edgeOf[q]!]!;
  }
  return { nMentees: inst.nMentees, nMentors: inst.nMentors, capacity: inst.capacity, rowStart, edgeMentor, edgeScore };
}

/** Mentees with a dropped edge whose score exceeds u_i + v_j: the duals are not feasible there. */
function menteesWantingDropped(
  inst: CompiledInstance,
  scores: Float64Array,
  rowStart: Int32Array,
  edgeOf: Int32Array,
  u: Float64Array,
  v: Float64Array,
): number[] {
  const wanting: number[] = [];
  for (let i = 0; i < inst.nMentees; i++) {
    const start = inst.rowStart[i]!;
    const end = inst.rowStart[i + 1]!;
    if (rowStart[i + 1]! - rowStart[i]! === end - start) continue;
    for (let e = start; e < end; e++) {
      if (scores[e]! > u[i]! + v[inst.edgeMentor[e]!]!) {
        wanting.push(i);
        break;
      }
    }
  }
  return wanting;
}

/** The active rows with the given mentees' whole rows instead, and the matching renumbered. */
function withWholeRows(
  inst: CompiledInstance,
  rowStart: Int32Array,
  edgeOf: Int32Array,
  mate: Int32Array,
  wanting: number[],
): { rowStart: Int32Array; edgeOf: Int32Array; mate: Int32Array } {
  const n = inst.nMentees;
  const whole = new Uint8Array(n);
  for (const i of wanting) whole[i] = 1;
  const nextStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) nextStart[i + 1] = nextStart[i]! + (whole[i] ? inst.rowStart[i + 1]! - inst.rowStart[i]! : rowStart[i + 1]! - rowStart[i]!);
  const nextEdgeOf = new Int32Array(nextStart[n]!);
  const nextMate = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let out = nextStart[i]!;
    const held = mate[i]! >= 0 ? edgeOf[mate[i]!]! : -1;
    if (whole[i]) {
      for (let e = inst.rowStart[i]!; e < inst.rowStart[i + 1]!; e++) {
        if (e === held) nextMate[i] = out;
        nextEdgeOf[out++] = e;
      }
    } else {
      const shift = out - rowStart[i]!;
      for (let q = rowStart[i]!; q < rowStart[i + 1]!; q++) nextEdgeOf[q + shift] = edgeOf[q]!;
      if (held >= 0) nextMate[i] = mate[i]! + shift;
    }
  }
  return { rowStart: nextStart, edgeOf: nextEdgeOf, mate: nextMate };
}
