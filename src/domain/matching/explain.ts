import type { IndexedInstance } from './compile';
import type { ResidualProblem } from './residual';
import type { BetterMentorNote, MenteeExplanation } from './types';

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/**
 * "Why not a better mentor?" from the duals. For mentee i and a mentor j it scores
 * higher than its current match, dual feasibility gives u_i + v_j ≥ s_ij, i.e. the
 * most i could add by taking a slot at j (s_ij − u_i) is no more than v_j, the value
 * a slot at j already produces for the pairs holding it. So j must be full, and any
 * move would lose at least as much elsewhere as it gains here.
 */
export function explainMentees(
  idx: IndexedInstance,
  res: ResidualProblem,
  mateEdge: Int32Array,
  u: Float64Array,
  v: Float64Array,
  top: number,
): MenteeExplanation[] {
  const { compiled, scores, scale, matchBonus, edgeOf } = res;
  const { rowStart, edgeMentor, nMentees, nMentors, capacity } = compiled;
  const base = idx.compiled.edgeScore;
  const holders: number[][] = Array.from({ length: nMentors }, () => []);
  for (let r = 0; r < nMentees; r++) if (mateEdge[r]! >= 0) holders[edgeMentor[mateEdge[r]!]!]!.push(r);
  const menteeName = (r: number): string => idx.menteeIds[res.menteeOf[r]!]!;
  const points = (x: number): string => fmt(x / scale);
  const out: MenteeExplanation[] = [];

  for (let r = 0; r < nMentees; r++) {
    const me = mateEdge[r]!;
    const current = me >= 0 ? base[edgeOf[me]!]! : -1;
    const better: number[] = [];
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      if (e !== me && base[edgeOf[e]!]! > Math.max(current, 0)) better.push(e);
    }
    better.sort((a, b) => base[edgeOf[b]!]! - base[edgeOf[a]!]! || a - b);
    const notes: BetterMentorNote[] = better.slice(0, top).map((e) => {
      const j = edgeMentor[e]!;
      const name = idx.mentorIds[j]!;
      const score = base[edgeOf[e]!]!;
      if (capacity[j] === 0) {
        return { mentor: name, score, reason: `${name} has no open slots: all are taken by pinned pairs.` };
      }
      const gain = scores[e]! - u[r]!;
      const held = holders[j]!
        .map((h) => ({ h, s: base[edgeOf[mateEdge[h]!]!]! }))
        .sort((a, b) => b.s - a.s)
        .slice(0, 3)
        .map(({ h, s }) => `${menteeName(h)} (${s})`)
        .join(', ');
      const unit = matchBonus > 0 ? ' (in coverage units, where each match also earns a bonus)' : '';
      return {
        mentor: name,
        score,
        reason:
          `${name} would score ${score} (vs ${me >= 0 ? current : 'no match'}), but ${name} is full ` +
          `(${capacity[j]} slot${capacity[j] === 1 ? '' : 's'}: ${held}${holders[j]!.length > 3 ? ', …' : ''}). ` +
          `Each slot at ${name} is worth ${points(v[j]!)} to the plan (what its holders add beyond their next-best options), ` +
          `while ${menteeName(r)} would add at most ${points(gain)} there${unit}, so no swap can raise the total.`,
      };
    });
    out.push({
      mentee: menteeName(r),
      mentor: me >= 0 ? idx.mentorIds[edgeMentor[me]!]! : null,
      score: me >= 0 ? current : 0,
      betterMentors: notes,
    });
  }
  return out;
}
