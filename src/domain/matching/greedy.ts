import type { CompiledInstance } from './types';

/**
 * The baseline commercial tools use: take pairs from best score down, skipping
 * mentees already placed and full mentors. Returns the edge per mentee or -1.
 * Zero-score pairs are taken too, so greedy also maximises coverage among its choices.
 */
export function greedyAssign(inst: CompiledInstance, scores: Float64Array = inst.edgeScore): Int32Array {
  const { nMentees: n, capacity, rowStart, edgeMentor } = inst;
  const E = edgeMentor.length;
  const edgeMentee = new Int32Array(E);
  for (let i = 0; i < n; i++) for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) edgeMentee[e] = i;
  const order = sortEdgesByScoreDesc(scores);
  const mate = new Int32Array(n).fill(-1);
  const left = Int32Array.from(capacity);
  for (let k = 0; k < E; k++) {
    const e = order[k]!;
    const i = edgeMentee[e]!;
    const j = edgeMentor[e]!;
    if (mate[i] === -1 && left[j]! > 0) {
      mate[i] = e;
      left[j]!--;
    }
  }
  return mate;
}

function sortEdgesByScoreDesc(scores: Float64Array): Int32Array {
  const E = scores.length;
  let max = 0;
  for (let e = 0; e < E; e++) if (scores[e]! > max) max = scores[e]!;
  // Packing (score, index) into one double lets the native numeric sort do the work.
  if ((max + 1) * E < 2 ** 52) {
    const keys = new Float64Array(E);
    for (let e = 0; e < E; e++) keys[e] = (max - scores[e]!) * E + e;
    keys.sort();
    const order = new Int32Array(E);
    for (let k = 0; k < E; k++) order[k] = keys[k]! % E;
    return order;
  }
  const order = new Int32Array(E);
  for (let e = 0; e < E; e++) order[e] = e;
  return order.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

export function assignmentValue(inst: CompiledInstance, mate: Int32Array, scores: Float64Array = inst.edgeScore): number {
  let total = 0;
  for (let i = 0; i < inst.nMentees; i++) if (mate[i]! >= 0) total += scores[mate[i]!]!;
  return total;
}

export function matchedCount(mate: Int32Array): number {
  let count = 0;
  for (let i = 0; i < mate.length; i++) if (mate[i]! >= 0) count++;
  return count;
}
