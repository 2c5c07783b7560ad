import { runAuction } from './auction';
import { verifyCertificate } from './certificate';
import { solveExact } from './exact';
import type { CertificateCheck, CompiledInstance, CoreSolution } from './types';

export interface CoreOptions {
  /** Run the auction first (default). Without it the exact stage starts from v = 0. */
  warmStart?: boolean;
}

/**
 * Solves max Σ s_ij x_ij (each mentee ≤ 1 mentor, mentor j ≤ c_j mentees) exactly
 * for the given integer scores, and checks the optimality certificate before returning.
 */
export function solveCompiled(
  inst: CompiledInstance,
  scores: Float64Array = inst.edgeScore,
  options: CoreOptions = {},
): CoreSolution & { check: CertificateCheck } {
  const t0 = now();
  let warmMate: Int32Array = new Int32Array(inst.nMentees).fill(-1);
  let warmV: Float64Array = new Float64Array(inst.nMentors);
  let bids = 0;
  let phases = 0;
  if (options.warmStart !== false && inst.edgeMentor.length > 0) {
    const auction = runAuction(inst, scores);
    warmMate = auction.mateEdge;
    warmV = auction.mentorPrice;
    bids = auction.bids;
    phases = auction.phases;
  }
  const t1 = now();
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
      auctionMs: t1 - t0,
      exactMs: t2 - t1,
      bids,
      phases,
      repairs: exact.repairs,
      dijkstraRounds: exact.rounds,
    },
  };
}

function now(): number {
  return globalThis.performance.now();
}
