import { compileInstance } from './compile';
import { solveCompiled } from './core';
import { explainMentees } from './explain';
import { buildResidual } from './residual';
import type { Assignment, MatchingInstance, MatchingResult, SolveOptions } from './types';

/**
 * Optimal assignment of mentees to mentors with a checked optimality certificate.
 * Throws MatchingInputError for malformed instances or options.
 */
export function solveMatching(instance: MatchingInstance, options: SolveOptions = {}): MatchingResult {
  const t0 = globalThis.performance.now();
  const mode = options.mode ?? 'score';
  const idx = compileInstance(instance);
  const res = buildResidual(idx, mode, options.pinned, options.forbidden, options.previous);
  const core = solveCompiled(res.compiled, res.scores, { warmStart: options.warmStart, candidateSubset: options.candidateSubset });

  const base = idx.compiled;
  const assignments: Assignment[] = [];
  const assigned = new Uint8Array(base.nMentees);
  const edgeBreakdown = (e: number): Record<string, number> | undefined => instance.edges[idx.edgeSource[e]!]!.breakdown;
  let objective = 0;
  let kept = 0;
  for (let i = 0; i < base.nMentees; i++) {
    const j = res.pinnedMentor[i]!;
    if (j < 0) continue;
    let e = -1;
    for (let q = base.rowStart[i]!; q < base.rowStart[i + 1]!; q++) if (base.edgeMentor[q] === j) e = q;
    const score = e >= 0 ? base.edgeScore[e]! : 0;
    objective += score;
    assigned[i] = 1;
    const breakdown = e >= 0 ? edgeBreakdown(e) : undefined;
    assignments.push({ mentee: idx.menteeIds[i]!, mentor: idx.mentorIds[j]!, score, pinned: true, ...(breakdown ? { breakdown } : {}) });
  }
  for (let r = 0; r < res.compiled.nMentees; r++) {
    const re = core.mateEdge[r]!;
    if (re < 0) continue;
    const e = res.edgeOf[re]!;
    const i = res.menteeOf[r]!;
    const score = base.edgeScore[e]!;
    objective += score;
    assigned[i] = 1;
    const isKept = res.previousEdge[e] === 1;
    kept += isKept ? 1 : 0;
    const breakdown = edgeBreakdown(e);
    assignments.push({
      mentee: idx.menteeIds[i]!,
      mentor: idx.mentorIds[base.edgeMentor[e]!]!,
      score,
      ...(isKept ? { kept: true } : {}),
      ...(breakdown ? { breakdown } : {}),
    });
  }
  const unmatched: string[] = [];
  for (let i = 0; i < base.nMentees; i++) if (!assigned[i]) unmatched.push(idx.menteeIds[i]!);

  const menteeDuals: Record<string, number> = {};
  const mentorDuals: Record<string, number> = {};
  for (let r = 0; r < res.compiled.nMentees; r++) if (core.u[r]! > 0) menteeDuals[idx.menteeIds[res.menteeOf[r]!]!] = core.u[r]!;
  for (let j = 0; j < base.nMentors; j++) if (core.v[j]! > 0) mentorDuals[idx.mentorIds[j]!] = core.v[j]!;

  const top = options.explainTop ?? 3;
  const explanations = top > 0 ? explainMentees(idx, res, core.mateEdge, core.u, core.v, top) : undefined;
  return {
    mode,
    objective,
    matchedCount: assignments.length,
    assignments,
    unmatched,
    certificate: {
      ...core.check,
      transform: { scale: res.scale, keepBonus: res.keepBonus, matchBonus: res.matchBonus },
      menteeDuals,
      mentorDuals,
    },
    ...(explanations ? { explanations } : {}),
    ...(options.previous ? { keptFromPrevious: kept } : {}),
    warnings: res.warnings,
    stats: { ...core.stats, totalMs: globalThis.performance.now() - t0 },
  };
}
