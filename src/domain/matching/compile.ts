import type { CompiledInstance, MatchingInstance } from './types';

/** Bad input, with one human-readable line per problem (ids and row numbers included). */
export class MatchingInputError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Invalid matching input: ${problems[0]}`
        : `Invalid matching input (${problems.length} problems):\n  - ${problems.slice(0, 20).join('\n  - ')}${problems.length > 20 ? `\n  - … ${problems.length - 20} more` : ''}`,
    );
    this.name = 'MatchingInputError';
  }
}

export interface IndexedInstance {
  compiled: CompiledInstance;
  menteeIds: string[];
  mentorIds: string[];
  menteeIndex: Map<string, number>;
  mentorIndex: Map<string, number>;
  /** For each compiled edge, its row in `instance.edges`. */
  edgeSource: Int32Array;
}

const MAX_SCORE = 2 ** 40;

export function indexIds(ids: readonly { id: string }[], kind: string, problems: string[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((item, row) => {
    if (index.has(item.id)) problems.push(`${kind} id "${item.id}" appears more than once (row ${row})`);
    else index.set(item.id, index.size);
  });
  return index;
}

/**
 * Validates ids, capacities and edges, and builds the CSR form.
 * Throws MatchingInputError listing every problem found.
 */
export function compileInstance(instance: MatchingInstance): IndexedInstance {
  const problems: string[] = [];
  const menteeIndex = indexIds(instance.mentees, 'mentee', problems);
  const mentorIndex = indexIds(instance.mentors, 'mentor', problems);
  const n = menteeIndex.size;
  const m = mentorIndex.size;
  const capacity = new Int32Array(m);
  instance.mentors.forEach((mentor, row) => {
    const c = mentor.capacity;
    if (!Number.isInteger(c) || c < 0 || c > 1e6) {
      problems.push(`mentor "${mentor.id}" (row ${row}) has capacity ${String(c)}; it must be a whole number ≥ 0`);
    } else {
      const j = mentorIndex.get(mentor.id);
      if (j !== undefined) capacity[j] = c;
    }
  });

  const E = instance.edges.length;
  const edgeMentee = new Int32Array(E);
  const edgeMentorRaw = new Int32Array(E);
  const seen = new Set<string>();
  let valid = 0;
  const keep = new Uint8Array(E);
  instance.edges.forEach((edge, row) => {
    const i = menteeIndex.get(edge.mentee);
    const j = mentorIndex.get(edge.mentor);
    const where = `edge ${row} (${edge.mentee} → ${edge.mentor})`;
    if (i === undefined) problems.push(`${where}: unknown mentee id "${edge.mentee}"`);
    if (j === undefined) problems.push(`${where}: unknown mentor id "${edge.mentor}"`);
    if (!Number.isInteger(edge.score) || edge.score < 0 || edge.score > MAX_SCORE) {
      problems.push(`${where}: score ${String(edge.score)} must be a whole number between 0 and 2^40`);
    }
    if (i === undefined || j === undefined) return;
    const key = `${i}:${j}`;
    if (seen.has(key)) {
      problems.push(`${where}: duplicate edge (the pair already appeared earlier)`);
      return;
    }
    seen.add(key);
    edgeMentee[row] = i;
    edgeMentorRaw[row] = j;
    keep[row] = 1;
    valid++;
  });
  if (problems.length > 0) throw new MatchingInputError(problems);

  const rowStart = new Int32Array(n + 1);
  for (let r = 0; r < E; r++) if (keep[r]) rowStart[edgeMentee[r]! + 1]!++;
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i + 1]! + rowStart[i]!;
  const fill = rowStart.slice(0, n);
  const edgeMentor = new Int32Array(valid);
  const edgeScore = new Float64Array(valid);
  const edgeSource = new Int32Array(valid);
  for (let r = 0; r < E; r++) {
    if (!keep[r]) continue;
    const pos = fill[edgeMentee[r]!]!++;
    edgeMentor[pos] = edgeMentorRaw[r]!;
    edgeScore[pos] = instance.edges[r]!.score;
    edgeSource[pos] = r;
  }
  return {
    compiled: { nMentees: n, nMentors: m, capacity, rowStart, edgeMentor, edgeScore },
    menteeIds: instance.mentees.map((x) => x.id),
    mentorIds: instance.mentors.map((x) => x.id),
    menteeIndex,
    mentorIndex,
    edgeSource,
  };
}

/** Finds the edge index of pair (i, j), or -1. Rows are short, so a scan is enough. */
export function findEdge(inst: CompiledInstance, i: number, j: number): number {
  for (let e = inst.rowStart[i]!, end = inst.rowStart[i + 1]!; e < end; e++) {
    if (inst.edgeMentor[e] === j) return e;
  }
  return -1;
}
