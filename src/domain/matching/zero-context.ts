import { EXCESS, MATCHED, OPTED_OUT, removeHolder, type ExactState } from './price-drops';
import type { ZeroPathScratch } from './zero-path-scratch';
import type { ZeroPathResult } from './zero-paths';

// The state one run of zero-path passes works on (zero-paths.ts, zero-levels.ts), and the arcs
// of the zero region: which nodes are sources and deficits, and the sink's zero arcs.

export interface ZeroContext {
  m: number;
  scratch: ZeroPathScratch;
  n: number;
  T: number;
  N: number;
  capacity: Int32Array;
  edgeMentor: Int32Array;
  scores: Float64Array;
  phi: Float64Array;
  state: Uint8Array;
  mate: Int32Array;
  mateScore: Float64Array;
  slotStart: Int32Array;
  slotHolder: Int32Array;
  load: Int32Array;
  flowOut: Int32Array;
  tightStart: Int32Array;
  tightEdge: Int32Array;
  tightMentor: Int32Array;
  level: Int32Array;
  cursor: Int32Array;
  queue: Int32Array;
  stackNode: Int32Array;
  stackEdge: Int32Array;
  /** The sink's excess (negative: it is short), kept current as paths are pushed. */
  sinkUnits: number;
  /** How many of queue's first entries are this phase's sources. */
  sources: number;
  /** Out-values of `nextArc`: the edge used and the cursor after the arc. */
  nextEdge: number;
  nextCursor: number;
  exact: ExactState;
  onSinkArc: (x: number) => void;
  result: ZeroPathResult;
}

export const DEAD = -2;

export function isSource(z: ZeroContext, x: number): boolean {
  return x === z.T ? z.sinkUnits > 0 : x < z.n && z.state[x] === EXCESS;
}

export function isDeficit(z: ZeroContext, x: number): boolean {
  return x === z.T ? z.sinkUnits < 0 : x >= z.n && z.load[x - z.n]! < z.flowOut[x - z.n]!;
}

/** A zero arc into the sink: from a mentee that may opt out or a mentor that may send it more. */
export function intoSink(z: ZeroContext, x: number): boolean {
  if (z.phi[x] !== z.phi[z.T]) return false;
  return x < z.n ? z.state[x] !== OPTED_OUT : z.flowOut[x - z.n]! < z.capacity[x - z.n]!;
}

/** A zero arc out of the sink: to an opted-out mentee or a mentor that sends it flow. */
export function outOfSink(z: ZeroContext, x: number): boolean {
  if (z.phi[x] !== z.phi[z.T]) return false;
  return x < z.n ? z.state[x] === OPTED_OUT : z.flowOut[x - z.n]! > 0;
}

/** Puts x at a level; its depth-first cursor starts at its first arc. */
export function enter(z: ZeroContext, x: number, lx: number, qLen: number): number {
  z.level[x] = lx;
  z.cursor[x] = x < z.n ? z.tightStart[x]! : x < z.T ? z.slotStart[x - z.n]! : 0;
  z.queue[qLen] = x;
  return qLen + 1;
}

/** Pushes one unit along stack[0] → … → stack[top], applying arcs from the end. */
export function apply(z: ZeroContext, top: number, fromExcess: boolean): void {
  const { n, T, stackNode, stackEdge, state, mate, slotStart, slotHolder, load, flowOut, capacity, result } = z;
  result.paths++;
  if (stackNode[top] === T) {
    result.excessT++;
    z.sinkUnits++;
  }
  for (let q = top; q >= 1; q--) {
    const a = stackNode[q - 1]!;
    const b = stackNode[q]!;
    if (b === T) {
      // Into the sink: a mentee opts out (its mentor lost it in the arc before) or a
      // mentor sends the sink one unit more.
      if (a < n) {
        state[a] = OPTED_OUT;
        mate[a] = -1;
        z.mateScore[a] = 0;
      } else flowOut[a - n]!++;
      z.onSinkArc(a);
    } else if (a === T) {
      // Out of the sink: an opted-out mentee steps in (its next arc matches it), or a
      // mentor sends the sink one unit less.
      if (b >= n) flowOut[b - n]!--;
    } else if (a < n) {
      const j = b - n;
      slotHolder[slotStart[j]! + load[j]!] = a;
      load[j]!++;
      mate[a] = stackEdge[q]!;
      z.mateScore[a] = z.scores[mate[a]!]!;
      state[a] = MATCHED;
      if (load[j]! > capacity[j]!) throw new Error('matching exact stage: over-full mentor (internal error)');
    } else removeHolder(z.exact, a - n, b);
  }
  if (fromExcess) result.menteesDone++;
  else {
    result.excessT--;
    z.sinkUnits--;
  }
}
