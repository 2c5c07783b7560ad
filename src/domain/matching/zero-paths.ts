import { EXCESS, MATCHED, OPTED_OUT, removeHolder, type ExactState } from './price-drops';
import type { CompiledInstance } from './types';

export interface ZeroPathResult {
  /** Change in the sink's excess. */
  excessT: number;
  /** Excess mentees that were matched or opted out. */
  menteesDone: number;
  /** Paths pushed. */
  paths: number;
  /** Nodes the breadth-first passes visited (a machine-independent measure of the work). */
  visited: number;
}

/**
 * Pushes flow along many zero-reduced-cost paths at once, from every excess node (excess
 * mentees, and the sink when it has excess) to every deficit (under-filled mentors, and
 * the sink when it is short). The sink is also a way station: a mentee opting out and an
 * opted-out mentee stepping in are one zero path.
 *
 * The search stage finds one shortest path per round. On tight instances most rounds end
 * at distance 0 after long chains of tight pairs (57 arcs on average on L uniform 1.0×),
 * or at distance 1 after exploring the whole zero region around the source (L tied 0.6×:
 * 33k nodes per round), and every round explores the same region again. Here, phases in
 * the manner of Dinic: a breadth-first pass over the zero region gives each node its hop
 * level, then depth-first searches along level-increasing arcs (a DAG, so dead ends are
 * pruned for good) find node-disjoint paths to many deficits for the price of one
 * exploration. Pushing flow along zero-cost paths keeps every residual reduced cost
 * non-negative, so the search stage continues from the result unchanged.
 *
 * One phase per call: repeated phases found fewer paths each time (L popular 1.0×: 60, 30,
 * 13, 6, 3, 1) for the same walk of the zero region each, and leaving the rest to the next
 * search (which starts from every excess node and sees many deficits) did less work in all.
 *
 * `onSinkArc` hears of every node that gained an arc from the sink (a mentee that opted
 * out, a mentor that now sends the sink flow).
 */
/** Work arrays for `augmentZeroPaths`, allocated once per exact stage (passes run many times). */
export class ZeroPathScratch {
  readonly level: Int32Array;
  readonly cursor: Int32Array;
  readonly queue: Int32Array;
  readonly stackNode: Int32Array;
  /** The candidate edge used to enter each stacked mentor. */
  readonly stackEdge: Int32Array;
  constructor(nodes: number) {
    this.level = new Int32Array(nodes);
    this.cursor = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
    this.stackNode = new Int32Array(nodes + 1);
    this.stackEdge = new Int32Array(nodes + 1);
  }
}

export function augmentZeroPaths(
  inst: CompiledInstance,
  scores: Float64Array,
  s: ExactState,
  excessT: number,
  onSinkArc: (x: number) => void,
  scratch: ZeroPathScratch,
): ZeroPathResult {
  const { nMentors: m, capacity, rowStart, edgeMentor } = inst;
  const { n, T, phi, state, mate, slotStart, slotHolder, load, flowOut } = s;
  const N = n + m + 1;
  const { level, cursor, queue, stackNode, stackEdge } = scratch;
  const DEAD = -2;
  const result: ZeroPathResult = { excessT: 0, menteesDone: 0, paths: 0, visited: 0 };
  const sinkUnits = (): number => excessT + result.excessT;

  const isSource = (x: number): boolean => (x === T ? sinkUnits() > 0 : x < n && state[x] === EXCESS);
  const isDeficit = (x: number): boolean => (x === T ? sinkUnits() < 0 : x >= n && load[x - n]! < flowOut[x - n]!);
  const tightPair = (i: number, e: number): boolean => scores[e]! === phi[i]! - phi[n + edgeMentor[e]!]!;
  const heldTight = (x: number, h: number): boolean => scores[mate[h]!]! + phi[x]! === phi[h]!;
  const atSink = (x: number): boolean => phi[x] === phi[T];
  // Zero arcs at the sink: into it from a mentee that may opt out or a mentor that may send
  // it more; out of it to an opted-out mentee or a mentor that sends it flow.
  const intoSink = (x: number): boolean => atSink(x) && (x < n ? state[x] !== OPTED_OUT : flowOut[x - n]! < capacity[x - n]!);
  const outOfSink = (x: number): boolean => atSink(x) && (x < n ? state[x] === OPTED_OUT : flowOut[x - n]! > 0);
  const firstArc = (x: number): number => (x < n ? rowStart[x]! : x < T ? slotStart[x - n]! : 0);

  /** The next zero arc out of x from cursor position c, as [head, edge, next cursor], or head -1. */
  let nextEdge = -1;
  let nextCursor = 0;
  const nextArc = (x: number, c: number, wantLevel: number): number => {
    if (x < n) {
      const me = mate[x]!;
      for (let e = c, end = rowStart[x + 1]!; e < end; e++) {
        const y = n + edgeMentor[e]!;
        if (level[y] === wantLevel && e !== me && tightPair(x, e)) {
          nextEdge = e;
          nextCursor = e + 1;
          return y;
        }
      }
      nextCursor = rowStart[x + 1]!;
      if (c <= nextCursor && level[T] === wantLevel && intoSink(x)) {
        nextEdge = -1;
        nextCursor = nextCursor + 1; // the sink arc comes after the row
        return T;
      }
      return -1;
    }
    if (x < T) {
      const j = x - n;
      const end = slotStart[j]! + load[j]!;
      for (let k = c; k < end; k++) {
        const h = slotHolder[k]!;
        if (level[h] === wantLevel && heldTight(x, h)) {
          nextCursor = k + 1;
          return h;
        }
      }
      nextCursor = end;
      if (c <= end && level[T] === wantLevel && intoSink(x)) {
        nextCursor = end + 1;
        return T;
      }
      return -1;
    }
    for (let y = c; y < T; y++) {
      if (level[y] === wantLevel && outOfSink(y)) {
        nextCursor = y + 1;
        return y;
      }
    }
    nextCursor = T;
    return -1;
  };

  {
    level.fill(-1);
    let qLen = 0;
    for (let x = 0; x < N; x++) {
      if (isSource(x)) {
        level[x] = 0;
        queue[qLen++] = x;
      }
    }
    if (qLen === 0) return result;
    let reachable = false;
    for (let q = 0; q < qLen; q++) {
      const x = queue[q]!;
      const lx = level[x]!;
      if (lx > 0 && isDeficit(x)) {
        reachable = true;
        continue;
      }
      // Breadth-first: every zero arc to an unlevelled node. Written out per node kind
      // (not through nextArc): this loop is most of a pass on L instances.
      const next = lx + 1;
      if (x < n) {
        const me = mate[x]!;
        const px = phi[x]!;
        for (let e = rowStart[x]!, end = rowStart[x + 1]!; e < end; e++) {
          const y = n + edgeMentor[e]!;
          if (level[y]! < 0 && e !== me && scores[e] === px - phi[y]!) {
            level[y] = next;
            queue[qLen++] = y;
          }
        }
      } else if (x < T) {
        const j = x - n;
        const px = phi[x]!;
        for (let k = slotStart[j]!, end = k + load[j]!; k < end; k++) {
          const h = slotHolder[k]!;
          if (level[h]! < 0 && scores[mate[h]!]! + px === phi[h]!) {
            level[h] = next;
            queue[qLen++] = h;
          }
        }
      } else {
        for (let y = 0; y < T; y++) {
          if (level[y]! < 0 && outOfSink(y)) {
            level[y] = next;
            queue[qLen++] = y;
          }
        }
        continue;
      }
      if (level[T]! < 0 && intoSink(x)) {
        level[T] = next;
        queue[qLen++] = T;
      }
    }
    result.visited += qLen;
    if (!reachable) return result;

    for (let x = 0; x < N; x++) cursor[x] = firstArc(x);
    for (let r = 0; r < N; r++) {
      while (level[r] === 0 && isSource(r) && descend(r));
    }
    return result;
  }

  /** Depth-first along level-increasing zero arcs from source r; augments and returns true at a deficit. */
  function descend(r: number): boolean {
    let top = 0;
    const fromExcess = r < n;
    stackNode[0] = r;
    stackEdge[0] = -1;
    while (top >= 0) {
      const x = stackNode[top]!;
      if (top > 0 && isDeficit(x)) {
        apply(top, fromExcess);
        return true;
      }
      const y = nextArc(x, cursor[x]!, level[x]! + 1);
      cursor[x] = nextCursor;
      if (y < 0) {
        level[x] = DEAD;
        top--;
        continue;
      }
      top++;
      stackNode[top] = y;
      stackEdge[top] = nextEdge;
    }
    return false;
  }

  /** Pushes one unit along stack[0] → … → stack[top], applying arcs from the end. */
  function apply(top: number, fromExcess: boolean): void {
    result.paths++;
    if (stackNode[top] === T) result.excessT++;
    for (let q = top; q >= 1; q--) {
      const a = stackNode[q - 1]!;
      const b = stackNode[q]!;
      if (b === T) {
        // Into the sink: a mentee opts out (its mentor lost it in the arc before) or a
        // mentor sends the sink one unit more.
        if (a < n) {
          state[a] = OPTED_OUT;
          mate[a] = -1;
        } else flowOut[a - n]!++;
        onSinkArc(a);
      } else if (a === T) {
        // Out of the sink: an opted-out mentee steps in (its next arc matches it), or a
        // mentor sends the sink one unit less.
        if (b >= n) flowOut[b - n]!--;
      } else if (a < n) {
        const j = b - n;
        slotHolder[slotStart[j]! + load[j]!] = a;
        load[j]!++;
        mate[a] = stackEdge[q]!;
        state[a] = MATCHED;
        if (load[j]! > capacity[j]!) throw new Error('matching exact stage: over-full mentor (internal error)');
      } else removeHolder(s, a - n, b);
    }
    if (fromExcess) result.menteesDone++;
    else result.excessT--;
  }
}
