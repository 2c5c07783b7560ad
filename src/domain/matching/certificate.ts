import type { CertificateCheck, CompiledInstance } from './types';

const EXACT = 2 ** 53;

/**
 * Independent check of an LP optimality certificate for max Σ s_ij x_ij subject to
 * Σ_j x_ij ≤ 1 and Σ_i x_ij ≤ c_j. Weak duality makes the assignment provably optimal
 * when: duals are non-negative, u_i + v_j ≥ s_ij on every candidate edge, the
 * assignment is feasible, and Σ s (assigned) = Σ u_i + Σ c_j v_j.
 * It deliberately shares no code with the solver.
 */
export function verifyCertificate(
  inst: CompiledInstance,
  scores: Float64Array,
  mateEdge: Int32Array,
  u: Float64Array,
  v: Float64Array,
): CertificateCheck {
  const { nMentees: n, nMentors: m, capacity, rowStart, edgeMentor } = inst;
  const problems: string[] = [];
  const note = (msg: string): void => {
    if (problems.length < 10) problems.push(msg);
  };
  let dual = 0;
  for (let i = 0; i < n; i++) {
    const x = u[i]!;
    if (!(x >= 0) || !Number.isInteger(x) || x > EXACT) note(`mentee #${i}: dual u=${x} is not a non-negative integer`);
    dual += x;
  }
  for (let j = 0; j < m; j++) {
    const x = v[j]!;
    if (!(x >= 0) || !Number.isInteger(x) || x > EXACT) note(`mentor #${j}: dual v=${x} is not a non-negative integer`);
    dual += capacity[j]! * x;
  }
  const load = new Int32Array(m);
  let primal = 0;
  for (let i = 0; i < n; i++) {
    const start = rowStart[i]!;
    const end = rowStart[i + 1]!;
    for (let e = start; e < end; e++) {
      if (u[i]! + v[edgeMentor[e]!]! < scores[e]!) note(`edge mentee #${i} → mentor #${edgeMentor[e]}: u+v < score`);
    }
    const me = mateEdge[i]!;
    if (me === -1) continue;
    if (me < start || me >= end) {
      note(`mentee #${i}: assigned edge ${me} is not one of its candidate edges`);
      continue;
    }
    load[edgeMentor[me]!]!++;
    primal += scores[me]!;
  }
  for (let j = 0; j < m; j++) if (load[j]! > capacity[j]!) note(`mentor #${j}: ${load[j]} assigned, capacity ${capacity[j]}`);
  if (primal > EXACT || dual > EXACT) note('objective exceeds the exactly representable integer range');
  if (primal !== dual) note(`primal objective ${primal} ≠ dual objective ${dual}`);
  return { valid: problems.length === 0, primalObjective: primal, dualObjective: dual, problems };
}
