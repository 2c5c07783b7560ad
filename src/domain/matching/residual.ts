import { findEdge, MatchingInputError, type IndexedInstance } from './compile';
import type { CompiledInstance, MatchingMode, PairRef } from './types';

/**
 * The problem the core solver actually sees: pinned mentees removed (their mentor's
 * capacity reduced), forbidden pairs dropped, and scores transformed so one integer
 * objective encodes the lexicographic goals (coverage, then score, then stability).
 */
export interface ResidualProblem {
  compiled: CompiledInstance;
  /** Residual mentee index → original mentee index. */
  menteeOf: Int32Array;
  /** Residual edge → original compiled edge. */
  edgeOf: Int32Array;
  /** Solver scores: (score*scale + keep) + matchBonus. */
  scores: Float64Array;
  scale: number;
  matchBonus: number;
  keepBonus: number;
  /** Original mentee index → pinned mentor index, or -1. */
  pinnedMentor: Int32Array;
  /** Original compiled edge → 1 if it was in `previous`. */
  previousEdge: Uint8Array;
  warnings: string[];
}

const EXACT = 2 ** 53;

function resolvePairs(idx: IndexedInstance, pairs: PairRef[] | undefined, label: string, problems: string[]): [number, number][] {
  const out: [number, number][] = [];
  (pairs ?? []).forEach((pair, row) => {
    const i = idx.menteeIndex.get(pair.mentee);
    const j = idx.mentorIndex.get(pair.mentor);
    if (i === undefined) problems.push(`${label} ${row}: unknown mentee id "${pair.mentee}"`);
    if (j === undefined) problems.push(`${label} ${row}: unknown mentor id "${pair.mentor}"`);
    if (i !== undefined && j !== undefined) out.push([i, j]);
  });
  return out;
}

export function buildResidual(
  idx: IndexedInstance,
  mode: MatchingMode,
  pinned: PairRef[] | undefined,
  forbidden: PairRef[] | undefined,
  previous: PairRef[] | undefined,
): ResidualProblem {
  const base = idx.compiled;
  const { nMentees: n, nMentors: m, rowStart, edgeMentor, edgeScore } = base;
  const problems: string[] = [];
  const pins = resolvePairs(idx, pinned, 'pinned pair', problems);
  const bans = resolvePairs(idx, forbidden, 'forbidden pair', problems);
  const prev = resolvePairs(idx, previous, 'previous pair', problems);
  if (problems.length > 0) throw new MatchingInputError(problems);

  const banned = new Uint8Array(base.edgeMentor.length);
  const bannedPairs = new Set<string>();
  for (const [i, j] of bans) {
    bannedPairs.add(`${i}:${j}`);
    const e = findEdge(base, i, j);
    if (e >= 0) banned[e] = 1;
  }
  const pinnedMentor = new Int32Array(n).fill(-1);
  const capacity = Int32Array.from(base.capacity);
  for (const [i, j] of pins) {
    const who = `${idx.menteeIds[i]} → ${idx.mentorIds[j]}`;
    if (pinnedMentor[i] !== -1) problems.push(`pinned pair ${who}: mentee ${idx.menteeIds[i]} is pinned more than once`);
    else if (bannedPairs.has(`${i}:${j}`)) problems.push(`pinned pair ${who} is also forbidden`);
    else if (capacity[j]! <= 0) problems.push(`pinned pair ${who}: mentor ${idx.mentorIds[j]} has no capacity left for it`);
    else {
      pinnedMentor[i] = j;
      capacity[j]!--;
    }
  }
  if (problems.length > 0) throw new MatchingInputError(problems);
  const previousEdge = new Uint8Array(base.edgeMentor.length);
  for (const [i, j] of prev) {
    const e = findEdge(base, i, j);
    if (e >= 0 && !banned[e]) previousEdge[e] = 1;
  }

  let nr = 0;
  let er = 0;
  for (let i = 0; i < n; i++) {
    if (pinnedMentor[i] !== -1) continue;
    nr++;
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) if (!banned[e]) er++;
  }
  const menteeOf = new Int32Array(nr);
  const edgeOf = new Int32Array(er);
  const rRow = new Int32Array(nr + 1);
  const rMentor = new Int32Array(er);
  const rScore = new Float64Array(er);
  let r = 0;
  let k = 0;
  let maxScore = 0;
  let keepCount = 0;
  for (let i = 0; i < n; i++) {
    if (pinnedMentor[i] !== -1) continue;
    menteeOf[r] = i;
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
      if (banned[e]) continue;
      edgeOf[k] = e;
      rMentor[k] = edgeMentor[e]!;
      rScore[k] = edgeScore[e]!;
      if (edgeScore[e]! > maxScore) maxScore = edgeScore[e]!;
      keepCount += previousEdge[e]!;
      k++;
    }
    rRow[++r] = k;
  }
  const compiled: CompiledInstance = { nMentees: nr, nMentors: m, capacity, rowStart: rRow, edgeMentor: rMentor, edgeScore: rScore };

  let slots = 0;
  for (let j = 0; j < m; j++) slots += capacity[j]!;
  const pairsBound = Math.max(1, Math.min(nr, slots));
  const warnings: string[] = [];
  // Keeping previous pairs is worth less than one score point in total, so it only breaks ties.
  let scale = keepCount > 0 ? keepCount + 1 : 1;
  let keepBonus = keepCount > 0 ? 1 : 0;
  const boundFor = (sc: number): number => {
    const top = maxScore * sc + keepBonus;
    return mode === 'coverage' ? (top * pairsBound + 1 + top) * pairsBound : top * pairsBound;
  };
  if (boundFor(scale) >= EXACT && keepBonus > 0) {
    warnings.push('instance too large to also prefer previous pairs exactly; stability tie-break skipped');
    scale = 1;
    keepBonus = 0;
  }
  if (boundFor(scale) >= EXACT) {
    throw new MatchingInputError([`scores too large for exact arithmetic in ${mode} mode (max score ${maxScore}, up to ${pairsBound} pairs)`]);
  }
  // A match bonus above any achievable score total makes one more match always win.
  const matchBonus = mode === 'coverage' ? (maxScore * scale + keepBonus) * pairsBound + 1 : 0;
  const scores = new Float64Array(er);
  for (let q = 0; q < er; q++) {
    scores[q] = rScore[q]! * scale + (keepBonus && previousEdge[edgeOf[q]!] ? 1 : 0) + matchBonus;
  }
  return { compiled, menteeOf, edgeOf, scores, scale, matchBonus, keepBonus, pinnedMentor, previousEdge, warnings };
}
