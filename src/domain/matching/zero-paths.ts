import { EXCESS, MATCHED, OPTED_OUT, removeHolder, type ExactState } from './price-drops';
import type { CompiledInstance } from './types';
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
 * exploration. Pushing flow along zero-cost paths keeps every residual reduced cost
 * non-negative, so the search stage continues from the result unchanged.
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
    backward: false,
    sourceList: scratch.sourceList,
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

interface ZeroContext {
  m: number;
  scratch: ZeroPathScratch;
  /** Levels taken backwards from the deficits this phase (the sink has excess), else forwards from the sources. */
  backward: boolean;
  /** A backward pass's levelled sources (`sources` of them). */
  sourceList: Int32Array;
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

const DEAD = -2;

function isSource(z: ZeroContext, x: number): boolean {
  return x === z.T ? z.sinkUnits > 0 : x < z.n && z.state[x] === EXCESS;
}

function isDeficit(z: ZeroContext, x: number): boolean {
  return x === z.T ? z.sinkUnits < 0 : x >= z.n && z.load[x - z.n]! < z.flowOut[x - z.n]!;
}

/** A zero arc into the sink: from a mentee that may opt out or a mentor that may send it more. */
function intoSink(z: ZeroContext, x: number): boolean {
  if (z.phi[x] !== z.phi[z.T]) return false;
  return x < z.n ? z.state[x] !== OPTED_OUT : z.flowOut[x - z.n]! < z.capacity[x - z.n]!;
}

/** A zero arc out of the sink: to an opted-out mentee or a mentor that sends it flow. */
function outOfSink(z: ZeroContext, x: number): boolean {
  if (z.phi[x] !== z.phi[z.T]) return false;
  return x < z.n ? z.state[x] === OPTED_OUT : z.flowOut[x - z.n]! > 0;
}

/** One Dinic phase: hop levels over the zero region, then blocking paths; returns paths pushed. */
function phase(z: ZeroContext): number {
  const before = z.result.paths;
  z.backward = z.sinkUnits > 0;
  if (z.backward && z.scratch.reverseStale) z.scratch.rebuildReverse(z.m);
  const qLen = z.backward ? levelsBack(z) : levels(z);
  z.result.visited += qLen < 0 ? -qLen - 1 : qLen;
  if (qLen < 0) return 0;
  descendAll(z);
  return z.result.paths - before;
}

/** Depth-first searches from every source, in the order `levels` seeded them (queue[0 … sources)). */
function descendAll(z: ZeroContext): void {
  const { level, queue, sourceList } = z;
  if (z.backward) {
    for (let q = 0, end = z.sources; q < end; q++) {
      const r = sourceList[q]!;
      while (level[r]! > 0 && isSource(z, r) && descend(z, r));
    }
    return;
  }
  for (let q = 0, end = z.sources; q < end; q++) {
    const r = queue[q]!;
    while (level[r] === 0 && isSource(z, r) && descend(z, r));
  }
}

/** Puts x at a level; its depth-first cursor starts at its first arc. */
function enter(z: ZeroContext, x: number, lx: number, qLen: number): number {
  z.level[x] = lx;
  z.cursor[x] = x < z.n ? z.tightStart[x]! : x < z.T ? z.slotStart[x - z.n]! : 0;
  z.queue[qLen] = x;
  return qLen + 1;
}

/** Level 0: the sink first when it has excess, then every excess mentee. */
function seedSources(z: ZeroContext): number {
  const { n, T, state } = z;
  let qLen = 0;
  if (z.sinkUnits > 0) qLen = enter(z, T, 0, qLen);
  for (let x = 0; x < n; x++) if (state[x] === EXCESS) qLen = enter(z, x, 0, qLen);
  return qLen;
}

/**
 * Breadth-first hop levels from every source over zero arcs, until every deficit has one.
 * Returns the number of nodes levelled, negated (and less than 0) when no deficit was reached.
 */
function levels(z: ZeroContext): number {
  const { n, T, level, queue } = z;
  level.fill(-1);
  let qLen = seedSources(z);
  z.sources = qLen;
  if (qLen === 0) return -1;
  // Paths end at a deficit, so nothing beyond the last one matters.
  const wanted = (z.sinkUnits < 0 ? 1 : 0) + countDeficits(z.load, z.flowOut, z.m);
  let found = 0;
  for (let q = 0; q < qLen && found < wanted; q++) {
    const x = queue[q]!;
    const lx = level[x]!;
    if (lx > 0 && isDeficit(z, x)) {
      found++;
      continue;
    }
    if (x < n) qLen = levelMentee(z, x, lx + 1, qLen);
    else if (x < T) qLen = levelMentor(z, x, lx + 1, qLen);
    else qLen = levelSink(z, lx + 1, qLen);
    if (x !== T && level[T]! < 0 && intoSink(z, x)) qLen = enter(z, T, lx + 1, qLen);
  }
  return found > 0 ? qLen : -qLen - 1;
}

/**
 * Hop levels backwards, from every deficit (level 0) over zero arcs reversed, for phases where
 * the sink has excess. Forwards, the sink's zero arcs reach every unpriced mentor and opted-out
 * mentee, and from them most of the graph: on L popular 1.0× each pass walked 0.2M–1.2M nodes
 * to find a handful of paths. Backwards, a pass ends where the deficits' zero regions meet a
 * source, often an unpriced mentor away, and it stops once every source has a level (paths only
 * go down from a source). Mentor arcs come from the tight index by mentor.
 * Returns the number of nodes levelled, negated (and less than 0) when no source was reached.
 */
function levelsBack(z: ZeroContext): number {
  const { n, T, level, queue, mate, mateScore, phi, edgeMentor, state, sourceList } = z;
  const { revStart, revMentee, revEdge } = z.scratch;
  level.fill(-1);
  let qLen = seedDeficits(z);
  // Paths run from a source down the levels, so nothing beyond the last source matters.
  const wanted = (z.sinkUnits > 0 ? 1 : 0) + countExcess(state, n);
  let found = 0;
  for (let q = 0; q < qLen && found < wanted; q++) {
    const x = queue[q]!;
    const next = level[x]! + 1;
    if (isSource(z, x)) {
      sourceList[found++] = x;
      continue;
    }
    if (x < n) {
      // A holder is entered from its mentor; an opted-out mentee from the sink.
      const me = mate[x]!;
      if (me >= 0) {
        const y = n + edgeMentor[me]!;
        if (level[y]! < 0 && mateScore[x]! + phi[y]! === phi[x]!) qLen = enter(z, y, next, qLen);
      } else if (state[x] === OPTED_OUT && level[T]! < 0 && outOfSink(z, x)) qLen = enter(z, T, next, qLen);
    } else if (x < T) {
      const j = x - n;
      for (let r = revStart[j]!, end = revStart[j + 1]!; r < end; r++) {
        const i = revMentee[r]!;
        if (level[i]! < 0 && revEdge[r] !== mate[i]) qLen = enter(z, i, next, qLen);
      }
      if (level[T]! < 0 && outOfSink(z, x)) qLen = enter(z, T, next, qLen);
    } else {
      for (let y = 0; y < T; y++) if (level[y]! < 0 && intoSink(z, y)) qLen = enter(z, y, next, qLen);
    }
  }
  z.sources = found;
  return found > 0 ? qLen : -qLen - 1;
}

/** Level 0 for a backward pass: every under-filled priced mentor, and the sink when it is short. */
function seedDeficits(z: ZeroContext): number {
  const { n, m, load, flowOut } = z;
  let qLen = 0;
  for (let j = 0; j < m; j++) if (load[j]! < flowOut[j]!) qLen = enter(z, n + j, 0, qLen);
  if (z.sinkUnits < 0) qLen = enter(z, z.T, 0, qLen);
  return qLen;
}

function countExcess(state: Uint8Array, n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (state[i] === EXCESS) count++;
  return count;
}

function countDeficits(load: Int32Array, flowOut: Int32Array, m: number): number {
  let count = 0;
  for (let j = 0; j < m; j++) if (load[j]! < flowOut[j]!) count++;
  return count;
}

function levelMentee(z: ZeroContext, x: number, next: number, qLen: number): number {
  const { n, level, tightStart, tightEdge, tightMentor } = z;
  const me = z.mate[x]!;
  for (let t = tightStart[x]!, end = tightStart[x + 1]!; t < end; t++) {
    const y = n + tightMentor[t]!;
    if (level[y]! < 0 && tightEdge[t] !== me) qLen = enter(z, y, next, qLen);
  }
  return qLen;
}

function levelMentor(z: ZeroContext, x: number, next: number, qLen: number): number {
  const { slotStart, slotHolder, mateScore, level, phi } = z;
  const j = x - z.n;
  const px = phi[x]!;
  for (let k = slotStart[j]!, end = k + z.load[j]!; k < end; k++) {
    const h = slotHolder[k]!;
    if (level[h]! < 0 && mateScore[h]! + px === phi[h]!) qLen = enter(z, h, next, qLen);
  }
  return qLen;
}

function levelSink(z: ZeroContext, next: number, qLen: number): number {
  const { T, level } = z;
  for (let y = 0; y < T; y++) {
    if (level[y]! < 0 && outOfSink(z, y)) qLen = enter(z, y, next, qLen);
  }
  return qLen;
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
    const y = nextArc(z, x, cursor[x]!, z.backward ? level[x]! - 1 : level[x]! + 1);
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

/** Pushes one unit along stack[0] → … → stack[top], applying arcs from the end. */
function apply(z: ZeroContext, top: number, fromExcess: boolean): void {
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
