import type { CompiledInstance } from './types';

/**
 * Work arrays for `augmentZeroPaths`, allocated once per exact stage (passes run many times),
 * and the tight-edge index: each mentee's candidate edges with zero reduced cost. Potentials
 * change only in the searches, which set `tightStale`; the next pass rebuilds the index.
 */
export class ZeroPathScratch {
  readonly level: Int32Array;
  readonly cursor: Int32Array;
  readonly queue: Int32Array;
  readonly stackNode: Int32Array;
  /** The candidate edge used to enter each stacked mentor. */
  readonly stackEdge: Int32Array;
  readonly tightStart: Int32Array;
  tightEdge: Int32Array;
  /** edgeMentor of each tight edge, beside it: the walks then read no 50-edge-per-row array. */
  tightMentor: Int32Array;
  tightStale = true;
  /**
   * The tight edges by mentor, for the searches back from the deficits (zero-back.ts): `revStart` per
   * mentor, `revMentee` and `revEdge` per entry. Built from the index when first wanted after a rebuild.
   */
  revStart: Int32Array;
  revMentee: Int32Array;
  revEdge: Int32Array;
  reverseStale = true;
  constructor(nodes: number, mentees: number) {
    this.level = new Int32Array(nodes);
    this.cursor = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
    this.stackNode = new Int32Array(nodes + 1);
    this.stackEdge = new Int32Array(nodes + 1);
    this.tightStart = new Int32Array(mentees + 1);
    this.tightEdge = new Int32Array(Math.max(16, 2 * mentees));
    this.tightMentor = new Int32Array(this.tightEdge.length);
    this.revStart = new Int32Array(nodes - mentees);
    this.revMentee = new Int32Array(0);
    this.revEdge = new Int32Array(0);
  }

  /** The tight edges grouped by mentor (a counting sort of the index). */
  rebuildReverse(mentors: number): void {
    const n = this.tightStart.length - 1;
    const len = this.tightStart[n]!;
    const start = this.revStart;
    start.fill(0);
    countByMentor(this.tightMentor, len, start);
    for (let j = 0; j < mentors; j++) start[j + 1] = start[j + 1]! + start[j]!;
    if (this.revMentee.length < len) {
      this.revMentee = new Int32Array(this.tightEdge.length);
      this.revEdge = new Int32Array(this.tightEdge.length);
    }
    fillByMentor(this.tightStart, this.tightEdge, this.tightMentor, n, start.slice(0, mentors), this.revMentee, this.revEdge);
    this.reverseStale = false;
  }

  /** Rebuilds the tight-edge index for potentials phi (mentors at n + j). */
  rebuildTight(inst: CompiledInstance, scores: Float64Array, phi: Float64Array): void {
    let len = fillTight(inst, scores, phi, this.tightStart, this.tightEdge, this.tightMentor);
    while (len < 0) {
      this.tightEdge = grow(this.tightEdge);
      this.tightMentor = grow(this.tightMentor);
      len = fillTight(inst, scores, phi, this.tightStart, this.tightEdge, this.tightMentor);
    }
    this.tightStart[inst.nMentees] = len;
    this.tightStale = false;
    this.reverseStale = true;
  }
}

/**
 * The index's rows into `start`, `edge` and `mentor`; returns their length, or -1 when they
 * don't fit. Only the loop is here: V8 compiles it on stack replacement, and code after the loop
 * that had not run yet sent the compiled code back to the interpreter at every rebuild.
 */
function fillTight(inst: CompiledInstance, scores: Float64Array, phi: Float64Array, start: Int32Array, edge: Int32Array, mentor: Int32Array): number {
  const { nMentees: n, rowStart, edgeMentor } = inst;
  const cap = edge.length;
  let len = 0;
  for (let i = 0; i < n; i++) {
    start[i] = len;
    const px = phi[i]!;
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
      const j = edgeMentor[e]!;
      if (scores[e] === px - phi[n + j]!) {
        if (len === cap) return -1;
        mentor[len] = j;
        edge[len++] = e;
      }
    }
  }
  return len;
}

function countByMentor(mentor: Int32Array, len: number, count: Int32Array): void {
  for (let t = 0; t < len; t++) count[mentor[t]! + 1]!++;
}

function fillByMentor(start: Int32Array, edge: Int32Array, mentor: Int32Array, n: number, fill: Int32Array, revMentee: Int32Array, revEdge: Int32Array): void {
  for (let i = 0; i < n; i++) {
    for (let t = start[i]!, end = start[i + 1]!; t < end; t++) {
      const q = fill[mentor[t]!]!++;
      revMentee[q] = i;
      revEdge[q] = edge[t]!;
    }
  }
}

function grow(a: Int32Array): Int32Array {
  const grown = new Int32Array(2 * a.length);
  grown.set(a);
  return grown;
}
