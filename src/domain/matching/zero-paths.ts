import type { ExactState } from './price-drops';
import type { CompiledInstance } from './types';
import { apply, DEAD, intoSink, isDeficit, isSource, outOfSink, type ZeroContext } from './zero-context';
import { backPass } from './zero-back';
import { levels } from './zero-levels';
import type { ZeroPathScratch } from './zero-path-scratch';

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
 * Pushes flow along zero-reduced-cost paths from every excess node (excess mentees, and
 * the sink when it has excess) to every deficit (under-filled mentors, and the sink when it
 * is short), until no such path is left. The sink is also a way station: a mentee opting
 * out and an opted-out mentee stepping in are one zero path.
 *
 * The search stage finds one shortest path per round; on tight instances most rounds end
 * at distance 0 after long chains of tight pairs, or explore the same zero region again.
 * Here, phases in the manner of Dinic: a breadth-first pass over the zero region gives each
 * node its hop level, then depth-first searches along level-increasing arcs (a DAG, so dead
 * ends are pruned for good) find node-disjoint paths to many deficits for the price of one
 * exploration. When the sink has excess, passes search back from the deficits instead
 * (`backPass`, zero-back.ts): forwards, the sink's zero arcs reach most of the graph. Pushing
 * flow along zero-cost paths keeps every residual reduced cost non-negative, so the search
 * stage continues from the result unchanged.
 *
 * Mentee arcs come from the tight-edge index (`ZeroPathScratch.rebuildTight`): ~1.4 of 50
 * candidate edges per mentee are tight on L instances, so a phase costs a few sweeps over
 * the nodes and phases run until none finds a path (L popular 1.0×: 60, 30, 13, 6, 3, 1, 0).
 *
 * The work is in module-level functions over one context object, not closures: a phase
 * runs a handful of times per solve, and one function holding every loop was deoptimised
 * on nearly each call (14 times in 20 calls on L popular 1.0×), running at interpreter speed.
 *
 * `onSinkArc` hears of every node that gained an arc from the sink (a mentee that opted
 * out, a mentor that now sends the sink flow).
 */
export function augmentZeroPaths(
  inst: CompiledInstance,
  scores: Float64Array,
  s: ExactState,
  excessT: number,
  onSinkArc: (x: number) => void,
  scratch: ZeroPathScratch,
): ZeroPathResult {
  if (scratch.tightStale) scratch.rebuildTight(inst, scores, s.phi);
  const z: ZeroContext = {
    m: inst.nMentors,
    scratch,
    n: s.n,
    T: s.T,
    N: s.T + 1,
    capacity: inst.capacity,
    edgeMentor: inst.edgeMentor,
    scores,
    phi: s.phi,
    state: s.state,
    mate: s.mate,
    mateScore: s.mateScore,
    slotStart: s.slotStart,
    slotHolder: s.slotHolder,
    load: s.load,
    flowOut: s.flowOut,
    tightStart: scratch.tightStart,
    tightEdge: scratch.tightEdge,
    tightMentor: scratch.tightMentor,
    level: scratch.level,
    cursor: scratch.cursor,
    queue: scratch.queue,
    stackNode: scratch.stackNode,
    stackEdge: scratch.stackEdge,
    sinkUnits: excessT,
    sources: 0,
    nextEdge: -1,
    nextCursor: 0,
    exact: s,
    onSinkArc,
    result: { excessT: 0, menteesDone: 0, paths: 0, visited: 0 },
  };
  while (phase(z) > 0);
  return z.result;
}

/** One pass: a Dinic phase (hop levels, then blocking paths), or `backPass` when the sink has excess; returns paths pushed. */
function phase(z: ZeroContext): number {
  const before = z.result.paths;
  if (z.sinkUnits > 0) {
    if (z.scratch.reverseStale) z.scratch.rebuildReverse(z.m);
    return backPass(z);
  }
  const qLen = levels(z);
  z.result.visited += qLen < 0 ? -qLen - 1 : qLen;
  if (qLen < 0) return 0;
  descendAll(z);
  return z.result.paths - before;
}

/** Depth-first searches from every source, in the order `levels` seeded them (queue[0 … sources)). */
function descendAll(z: ZeroContext): void {
  const { level, queue } = z;
  for (let q = 0, end = z.sources; q < end; q++) {
    const r = queue[q]!;
    while (level[r] === 0 && isSource(z, r) && descend(z, r));
  }
}

/** The next zero arc out of x at level wantLevel from cursor position c: its head, or -1. */
function nextArc(z: ZeroContext, x: number, c: number, wantLevel: number): number {
  const { n, T, level } = z;
  if (x < n) {
    const { tightStart, tightEdge, tightMentor } = z;
    const me = z.mate[x]!;
    const end = tightStart[x + 1]!;
    for (let q = c; q < end; q++) {
      const e = tightEdge[q]!;
      const y = n + tightMentor[q]!;
      if (level[y] === wantLevel && e !== me) {
        z.nextEdge = e;
        z.nextCursor = q + 1;
        return y;
      }
    }
    z.nextCursor = end + 1; // the sink arc comes after the row
    if (c <= end && level[T] === wantLevel && intoSink(z, x)) {
      z.nextEdge = -1;
      return T;
    }
    return -1;
  }
  if (x < T) {
    const { slotStart, slotHolder, mateScore, phi } = z;
    const j = x - n;
    const px = phi[x]!;
    const end = slotStart[j]! + z.load[j]!;
    for (let k = c; k < end; k++) {
      const h = slotHolder[k]!;
      if (level[h] === wantLevel && mateScore[h]! + px === phi[h]!) {
        z.nextCursor = k + 1;
        return h;
      }
    }
    z.nextCursor = end + 1;
    if (c <= end && level[T] === wantLevel && intoSink(z, x)) return T;
    return -1;
  }
  for (let y = c; y < T; y++) {
    if (level[y] === wantLevel && outOfSink(z, y)) {
      z.nextCursor = y + 1;
      return y;
    }
  }
  z.nextCursor = T;
  return -1;
}

/** Depth-first along level-increasing zero arcs from source r; augments and returns true at a deficit. */
function descend(z: ZeroContext, r: number): boolean {
  const { level, cursor, stackNode, stackEdge } = z;
  let top = 0;
  stackNode[0] = r;
  stackEdge[0] = -1;
  while (top >= 0) {
    const x = stackNode[top]!;
    if (top > 0 && isDeficit(z, x)) {
      apply(z, top, r < z.n);
      return true;
    }
    const y = nextArc(z, x, cursor[x]!, level[x]! + 1);
    cursor[x] = z.nextCursor;
    if (y < 0) {
      level[x] = DEAD;
      top--;
      continue;
    }
    top++;
    stackNode[top] = y;
    stackEdge[top] = z.nextEdge;
  }
  return false;
}
